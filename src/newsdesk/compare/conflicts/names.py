"""What sort a name is: a place, a person or an organisation."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsdesk.compare.claims import _LOCATIVE, _PLACE_NOUNS
from newsdesk.compare.conflicts.lexicon import _DEMONYM, _FACILITY, _ORG_WORDS, _TITLE
from newsdesk.text import STOPWORDS

# "the city of X", "two neighbourhoods of Damascus", "the outskirts of Aleppo": X is where.
_PART_OF = frozenset(["city", "town", "province", "village", "region", "neighbourhoods", "neighborhoods", "neighbourhood",
                      "neighborhood", "suburbs", "suburb", "outskirts", "streets", "districts", "district", "heart",
                      "centre", "center", "downtown"])


def _is_place(tokens: Sequence[str], i: int, j: int) -> bool:
    prev = tokens[i - 1].lower() if i else ""
    prev2 = tokens[i - 2].lower() if i > 1 else ""
    if prev2 in _LOCATIVE and prev.isalpha() and prev not in STOPWORDS and tokens[i - 1][:1].islower() \
            and prev not in ("least", "most", "all"):
        return True  # "in neighbouring Kenya", "near northern Aleppo"
    nxt = tokens[j].lower() if j < len(tokens) else ""
    if prev in ("a", "an") and prev2 in _LOCATIVE and j - i == 1 and tokens[j:j + 1] and tokens[j][:1].islower():
        return True  # "in a Michigan river", "in a Paris suburb": the place, said as a modifier
    if re.search(r"['’]s$", tokens[j - 1]) and _facility_after(tokens, j):
        return True  # "New York's Mount Sinai Hospital", "Chicago's Soldier Field": where the facility is
    return prev in _LOCATIVE or (prev == "the" and prev2 in _LOCATIVE) or nxt in _PLACE_NOUNS or prev == "of" and \
        prev2 in _PART_OF


def _facility_after(tokens: Sequence[str], j: int) -> bool:
    """A capitalised facility name starts at tokens[j] ("Soldier Field", "Mount Sinai Beth Israel Hospital")."""
    k = j
    while k < len(tokens) and k < j + 6 and tokens[k][:1].isupper():
        if tokens[k].lower().strip(".,") in _FACILITY or tokens[k].lower() in ("hospital", "ward", "district", "county"):
            return True
        k += 1
    return False


# Words that make a place of another name's word: "East Boston" is not "Boston University", "Lake Charles" not "Ray
# Charles".
_PLACE_QUALIFIERS = frozenset(["east", "west", "north", "south", "northern", "southern", "eastern", "western", "central",
                               "upper", "lower", "greater", "lake", "mount", "fort", "port", "south-east",
                               "north-east", "south-west", "north-west"])

_ORG_NOUNS = frozenset(["firm", "company", "group", "organization", "organisation", "agency", "bank", "fund", "charity",
                        "nonprofit", "union", "party", "network", "newspaper", "chain", "retailer", "maker",
                        "manufacturer", "startup", "corporation", "conglomerate", "company's", "lender", "insurer"])


def _org_apposed(tokens: Sequence[str], j: int) -> bool:
    """Whether the name ending at tokens[j] is called an organization right after it ("Bain Capital, a firm that")."""
    if j >= len(tokens) or tokens[j] != ",":
        return False
    for t in tokens[j + 1:j + 5]:
        low = t.lower()
        if low in ("a", "an", "the", "its", "private", "investment", "equity", "small", "large", "local", "major"):
            continue
        return low in _ORG_NOUNS
    return False


def _institutions(na: str, nb: str) -> bool:
    """Two organizations ("at the Cato Institute" / "at Seafirst Bank"): who (an employer, an agency), not where, even
    after "at" or "in"."""
    return _org_like(na) and _org_like(nb)


def _org_like(name: str) -> bool:
    """Whether a name reads as an organisation's: an organisation word in it ("Harbor Health Department"), or it is the
    initials of one ("HR", "FBI": see ``_org_initials``)."""
    return _org_named(name) or _org_initials(name)


def _org_named(name: str) -> bool:
    """Whether a name has an organisation word in it ("Harbor Health Department", "Lakeside Water Works")."""
    return any(w.lower().strip(".,") in _ORG_WORDS for w in name.split())


# Initials that name places, which the gazetteers do not know by them: common country and city initials, and the U.S.
# states' postal codes ("a complaint to [HR]" is no place; "in [NYC]", "in [NJ]" are).
_PLACE_INITIALS = frozenset(["us", "usa", "uk", "uae", "eu", "dc", "nyc", "la", "sf", "ussr", "prc", "drc"]) | frozenset([
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "me", "md",
    "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri",
    "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy"])


@functools.lru_cache(maxsize=4096)
def _org_initials(name: str) -> bool:
    """Whether a name is one word of two to five capital letters ("HR", "FBI", "NASA") that names no place: neither
    a place's initials nor a name the gazetteers know as a place ("UK", "ROME")."""
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()) or name.lower() in _PLACE_INITIALS:
        return False
    # geography reads this module: imported when first asked
    from newsdesk.compare.conflicts.geography import known_place

    return not known_place(name)


def _agent_slot(tokens: Sequence[str], i: int) -> bool:
    """A name after "against", "by", "with", "for", "behind", "than": a party to the event (a target, an agent, a rival:
    "finished behind [X]"), not where it was."""
    return bool(i) and tokens[i - 1].lower() in ("against", "by", "with", "for", "versus", "vs", "behind", "than", "over")


def _actor_sort(tokens: Sequence[str], i: int, j: int) -> str | None:
    """"person" (two or three capitalised words, or a title before), "org" (an organization word), else None;
    None too for a possessive ("al-Assad's government": the name qualifies a noun) or a demonym ("Lebanese ...").
    Initials alone ("TMZ") make no "org": two lone names of one sort are paired as rivals, and initials are as often an
    outlet told ("sources tell [TMZ]") as a party to the event."""
    name = " ".join(tokens[i:j])
    if _is_place(tokens, i, j) or re.search(r"['’]s$", tokens[j - 1]):
        return None
    if _org_named(name) and j - i > 1:
        return "org"  # "American Psychiatric Association": an organization, whatever its first word
    if _DEMONYM.search(tokens[i]) and len(tokens[i]) > 4:
        return None
    if _org_named(name):
        return "org"
    words = tokens[i:j]
    if words[-1].lower().strip(".,") in _FACILITY or words[-1].lower() in _PLACE_NOUNS:
        return None  # "Old Harbour Bridge", "Soldier Field": a place, whatever precedes it
    if _titled_work(tokens, i, j):
        return None  # "the hits “[White Rabbit]” and ...": a song's, a book's or a film's title, no one who acts
    if _person_like(tokens, i, j):
        return "person"
    if i and tokens[i - 1].lower() == "the":
        return None  # "after the [Great Blackout] of 1965": an event's or a thing's name; a person's takes no "the"
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace(
            "'", "").replace("’", "").isalpha() for w in words):
        return "person"
    return None


_OPENING_QUOTES = frozenset(["“", '"', "``", "‘", "'"])
_CLOSING_QUOTES = frozenset(["”", '"', "''", "’", "'"])


def _titled_work(tokens: Sequence[str], i: int, j: int) -> bool:
    """Whether the name at tokens[i:j] stands alone in quotation marks, a title ("the album “Surrealistic Pillow”")."""
    return 0 < i and j < len(tokens) and tokens[i - 1] in _OPENING_QUOTES and tokens[j] in _CLOSING_QUOTES


def _person_like(tokens: Sequence[str], i: int, j: int) -> bool:
    """A name that reads as a person's: after a title, with a middle initial ("Timothy M. Wolfe"), or followed by
    "said" / ", who" / a comma and a role."""
    prev = tokens[i - 1].lower().rstrip(".") if i else ""
    first = tokens[i].lower().rstrip(".")
    nxt = " ".join(tokens[j:j + 3]).lower() + " "
    initial = any(re.fullmatch(r"[A-Z]", tokens[k]) and tokens[k + 1] == "." for k in range(i + 1, j - 2))
    return prev in _TITLE or first in _TITLE or initial or nxt.startswith(("said ", "says ", "told ", ", who ", ", a ",
                                                                            ", the ", ", an "))
