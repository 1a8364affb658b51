"""Typed slots of a sentence (number, date, name), names joined and split, and a sentence's slot signature."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsdesk.compare.claims import _LOCATIVE, _NUMBER_WORDS, _VAGUE, Slots, name_spans
from newsdesk.compare.conflicts.dates import _CLOCK, _MERIDIEM, _date_key, _day, _month_at
from newsdesk.compare.conflicts.lexicon import (
    _DATE_WORDS,
    _DEMONYM,
    _FUNCTION_CAPS,
    _ROLE_CAPS,
    _TITLE,
    _first_word,
)
from newsdesk.compare.conflicts.names import _facility_after
from newsdesk.compare.conflicts.negation import _is_neg
from newsdesk.compare.conflicts.values import _hyphen_number, _num
from newsdesk.text import STOPWORDS


def signature(s: Slots) -> frozenset[str]:
    """The tokens a contradiction can hit: numbers, date words, non-initial capitalised words, negations."""
    out = set()
    for k, t in enumerate(s.tokens):
        low = t.lower()
        if t[:1].isdigit() or low in _VAGUE or low in _NUMBER_WORDS or low in _DATE_WORDS or _is_neg(t) \
                or "-" in low and (_hyphen_number(low)[0] is not None or fraction(low) is not None) \
                or (k and t[:1].isupper()):
            out.add(low)
    return frozenset(out)


def _names_in(tokens: tuple[str, ...], start: int, end: int) -> list[str]:
    """Name slots (as _typed_slots finds them) overlapping tokens[start:end]."""
    return [" ".join(tokens[i:j]) for typ, i, j, _ in _typed_slots(tokens)
            if typ == "name" and j > start and i < end]


def _slot_tokens(tokens: Sequence[str]) -> list[tuple[str, int, int, str]]:
    """(type, start, end, value) for numbers and dates: weekday, month, day ("October 31", "1 May"), year, time."""
    out = []
    k, n = 0, len(tokens)
    while k < n:
        t = tokens[k]
        month = _month_at(tokens, k)
        if month:
            if k + 1 < n and (d := _day(tokens[k + 1])):
                out.append(("date:day", k, k + 2, f"{month} {d}"))
                k += 2
                continue
            if k + 2 < n and tokens[k + 1] == "." and (d := _day(tokens[k + 2])):
                out.append(("date:day", k, k + 3, f"{month} {d}"))  # "Aug. 7": a day, as "August 7" is
                k += 3
                continue
            if k and (d := _day(tokens[k - 1])) and out and out[-1][1] == k - 1 and out[-1][0] == "number":
                out[-1] = ("date:day", k - 1, k + 1, f"{month} {d}")  # "1 May"
                k += 1
                continue
            out.append(("date:month", k, k + 1, month))
        elif _CLOCK.fullmatch(t):
            nxt = _MERIDIEM.get(tokens[k + 1].lower(), "") if k + 1 < n else ""
            end = k + 2 if nxt else k + 1
            out.append(("date:time", k, end, f"{t}{nxt}"))
            k = end
            continue
        elif _decade(tokens, k):
            # "the 1960s girl-group", "the '60s": a decade, not the year 1960 nor the number 60
            out.append(("date:decade", k, k + 2, f"{t}s"))
            k += 2
            continue
        elif dk := _date_key(t):
            out.append(("date:" + dk, k, k + 1, re.sub(r"['’]s$", "", t.lower().rstrip("."))))
        elif (compound := scaled_number_words(tokens, k)) is not None:
            out.append(("number", k, compound[1], str(compound[0])))  # "One hundred and three": 103, not 3
            k = compound[1]
            continue
        elif (v := _num(t)) is not None or (v := fraction(t)) is not None:
            out.append(("number", k, k + 1, str(v)))
        k += 1
    return out


_SCALES = {"hundred": 100.0, "thousand": 1000.0}


def scaled_number_words(tokens: Sequence[str], k: int) -> tuple[float, int] | None:
    """(value, end) of a number written in words with a scale ("One hundred and three" -> 103, "two hundred" -> 200,
    "three thousand" -> 3000), None when tokens[k] opens none."""
    low = tokens[k].lower()
    if low not in _NUMBER_WORDS or _NUMBER_WORDS[low] >= 100 or k + 1 >= len(tokens) \
            or tokens[k + 1].lower() not in _SCALES:
        return None
    scale = _SCALES[tokens[k + 1].lower()]
    value, end = _NUMBER_WORDS[low] * scale, k + 2
    m = end + 1 if end < len(tokens) and tokens[end].lower() == "and" else end
    if m < len(tokens):
        nxt = tokens[m].lower()
        rest = _NUMBER_WORDS.get(nxt) if nxt in _NUMBER_WORDS else _hyphen_number(nxt)[0] if "-" in nxt else None
        if rest is not None and rest < 100 and not _hyphen_number(nxt)[1]:
            value, end = value + rest, m + 1
    if end < len(tokens) and _SCALES.get(tokens[end].lower(), 0) > scale:
        return value * _SCALES[tokens[end].lower()], end + 1  # "three hundred thousand": 300,000, not 300
    return value, end


# The denominators of a fraction written in words, singular ("one-[third]") and plural ("two-[thirds]").
_DENOMINATORS = {w: float(d) for d, words in [(2, ["half", "halves"]), (3, ["third", "thirds"]),
                                              (4, ["quarter", "quarters", "fourth", "fourths"]),
                                              (5, ["fifth", "fifths"]), (6, ["sixth", "sixths"]),
                                              (8, ["eighth", "eighths"]), (10, ["tenth", "tenths"])] for w in words}


def fraction(token: str) -> float | None:
    """The value of a fraction written in words ("three-fifths" -> 0.6, "one-third" -> 0.333...), None for anything else
    ("twenty-first" is an ordinal; "one-fourth" a quarter, "five-eighths" 0.625)."""
    parts = token.lower().split("-")
    if len(parts) != 2 or parts[0] not in _NUMBER_WORDS or parts[1] not in _DENOMINATORS \
            or _NUMBER_WORDS[parts[0]] >= 20:
        return None
    plural = parts[1].endswith("s")
    if plural == (parts[0] == "one"):
        return None  # "one-thirds", "two-third": no fraction as written
    return _NUMBER_WORDS[parts[0]] / _DENOMINATORS[parts[1]]


def _decade(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] starts a decade ("1960" "s", "'" "60" "s")."""
    if k + 1 >= len(tokens) or tokens[k + 1] != "s":
        return False
    t = tokens[k]
    return _date_key(t) == "year" or len(t) == 2 and t.isdigit() and k > 0 and tokens[k - 1] in ("'", "’")


# A party and state label after a politician's name ("Sen. X, R-South Carolina", "(R-S.C.)", "D-Calif."): an
# affiliation, not an actor of its own.
_PARTY_STATE = re.compile(r"^[RDI]-[A-Z]")


@lru_cache(maxsize=50_000)
def _typed_slots(tokens: tuple[str, ...]) -> tuple[tuple[str, int, int, str], ...]:
    """(type, start, end, value) of every slot a contradiction can hit: number, date:<type>, name (a pure function
    of the sentence's tokens, memoised: each sentence is met in many pairs and in frame_conflicts)."""
    out = _slot_tokens(tokens)
    spans = _initials_joined(tokens, _split_at_titles(tokens, name_spans(tokens)))
    listed = _list_items(tokens, spans)
    for i, j in spans:
        if any(re.sub(r"['’]s$", "", t.lower().rstrip(".")) in _DATE_WORDS for t in tokens[i:j]):
            continue
        if i == _first_word(tokens) and tokens[i].lower().rstrip(".") in _FUNCTION_CAPS and j - i > 1:
            i += 1  # "Not for Kansas board member": the span starts after the capitalised function word
            while i < j and tokens[i].lower() in ("for", "of", "the"):
                i += 1
            if i >= j:
                continue
        elif i == _first_word(tokens) and (j - i == 1 or tokens[i].lower().rstrip(".") in _FUNCTION_CAPS):
            continue  # a capitalised first word is no evidence of a name
        if i and tokens[i - 1] in ("``", "\"", "“", "(", "_", "--", "—", ":") and j - i == 1:
            continue
        nxt = tokens[j] if j < len(tokens) else ""
        if j - i == 1 and _DEMONYM.search(tokens[i]) and nxt[:1].islower() and nxt.lower() not in STOPWORDS \
                and nxt.lower() not in _UNIT_NOUNS and not (i and tokens[i - 1].lower() in _LOCATIVE):  # "in Nairobi reportedly": a place
            continue  # "Jamaican sprinter": an adjective, not a name
        if _modifier(tokens, i, j):
            continue  # "Houston pickax killer", "Cairo-bound plane", "Jupiter moons": a name describing a noun
        if _PARTY_STATE.match(tokens[i]) or i > 1 and tokens[i - 1] == "." and _PARTY_STATE.match(tokens[i - 2]):
            continue  # "R-South Carolina", the "C" of "R-S.C.": a party and state label
        if (i, j) in listed:
            continue  # an item of a list of names ("Sweden, Finland, Estonia"), not an apposition
        if i > 2 and tokens[i - 1] == "and" and _org_tail(tokens, i - 1):
            continue  # "Board of Pardons and [Paroles]": the end of an organization's name, not a name of its own
        if j - i == 1 and _ADJ_DEMONYM.search(tokens[i]) and i and tokens[i - 1].lower() in _COPULA:
            continue  # "The crew members were [French]": an adjective
        if j - i == 1 and len(tokens[i].rstrip(".")) <= 4 and i > 1 and tokens[i - 1] == "," \
                and tokens[i - 2][:1].isupper() and (j == len(tokens) or tokens[j] in (".", ",", ";", ")")
                                                     or tokens[i].endswith(".")):
            continue  # a state or country abbreviation qualifying a place ("Richmond, Va.", "Pearl, Miss.")
        out.append(("name", i, j, " ".join(tokens[i:j]).rstrip(".,").lower()))
    return tuple(out)


def _initials_joined(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name spans cut at a middle initial joined again: "[James E] . [Hall]" -> "James E . Hall" (one person)."""
    out: list[tuple[int, int]] = []
    for i, j in spans:
        if out and out[-1][1] == i - 1 and tokens[i - 1] == "." and re.fullmatch(r"[A-Z]", tokens[i - 2]) \
                and out[-1][1] - out[-1][0] > 1:
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


_ADJ_DEMONYM = re.compile(r"[a-z](?:ian|ean|ese|ish|ench|utch)$")
_COPULA = frozenset(["is", "are", "was", "were", "be", "been", "being", "became", "become", "remain", "remained"])
_ORG_HEADS = frozenset(["board", "bureau", "department", "ministry", "office", "centers", "center", "centre", "institute",
                        "school", "college", "academy", "society", "commission", "committee", "council", "secretary",
                        "division", "agency", "association", "federation", "union", "museum", "university"])


def _org_tail(tokens: Sequence[str], k: int) -> bool:
    """Whether the "and" at tokens[k] joins two words of one organization's name ("Board of Pardons and Paroles",
    "Centers for Disease Control and Prevention", "Department of Housing and Urban Development")."""
    m = k - 1
    while m > 0 and m > k - 5 and tokens[m][:1].isupper():
        m -= 1
    return m < k - 1 and m > 0 and tokens[m].lower() in ("of", "for") and tokens[m - 1].lower() in _ORG_HEADS \
        and tokens[m - 1][:1].isupper()


def _split_at_titles(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A person's name after a title inside one capitalised run is a name of its own: "Senate Majority Leader [Bob
    Dole]", "Hennepin County Chief Deputy [Mike Carlson]" -> the office ("Senate Majority", "Hennepin County") and
    the person, so that the person is compared, not the office words both sentences share."""
    out: list[tuple[int, int]] = []
    split: list[tuple[int, int]] = []
    for i, j in spans:  # "Kelso's Mount Alder Hospital" -> "Kelso's" (where) + "Mount Alder Hospital" (what)
        k = next((k for k in range(i, j - 1) if re.search(r"['’]s$", tokens[k]) and tokens[k + 1][:1].isupper()
                  and _facility_after(tokens, k + 1)), -1)
        split.extend([(i, k + 1), (k + 1, j)] if k >= 0 else [(i, j)])
    for i, j in split:
        cut = max((k for k in range(i, j - 1) if tokens[k].lower().rstrip(".") in _TITLE | _ROLE_CAPS), default=-1)
        if cut < 0 or not tokens[j - 1][:1].isupper():
            out.append((i, j))
            continue
        first = cut
        while first > i and tokens[first - 1].lower().rstrip(".") in _TITLE | _ROLE_CAPS:
            first -= 1
        if first > i:
            out.append((i, first))
        out.append((cut + 1, j))
    return out


_MODIFIER_SUFFIX = re.compile(r"-(?:bound|based|born|led|backed|owned|run|made|style|era|linked)$", re.IGNORECASE)

# Nouns of an administrative unit, named by the word before them ("the Yagi district"); not "the Massachusetts coast"
# or "Ghana's capital", where the name describes a place said otherwise.
_UNIT_NOUNS = frozenset(["district", "province", "county", "region", "ward", "prefecture", "governorate",
                         "municipality", "township", "neighborhood", "neighbourhood", "suburb"])


# Words that open a clause or a phrase, never a noun a name could describe ("executed in the Canada [since] 1976").
_NOT_NOUNS = frozenset(["since", "although", "unless", "whether", "though", "despite", "without", "within", "among",
                        "across"])


def _modifier(tokens: Sequence[str], i: int, j: int) -> bool:
    """A one-word name used as a modifier of the noun after it ("Texas pickax killer", "Washington lawyer"), or a
    hyphenated one ("Cairo-bound"); a place after "in/at/near" is kept, and so is "in a Michigan river"."""
    if _MODIFIER_SUFFIX.search(tokens[i]) and j - i == 1:
        return True
    if j - i != 1 or j >= len(tokens):
        return False
    nxt = tokens[j]
    prev = tokens[i - 1].lower() if i else ""
    if prev in _LOCATIVE or not nxt[:1].islower() or nxt.lower() in STOPWORDS | _NOT_NOUNS or len(nxt) < 3:
        return False
    if prev in ("a", "an") and i > 1 and tokens[i - 2].lower() in _LOCATIVE:
        return False  # "in a Paris suburb": a place (see _is_place)
    if nxt.lower() in _UNIT_NOUNS:
        return False  # "the Yagi district", "Idlib province": the name of the place, not a word describing it
    return not nxt.lower().endswith(("ed", "es", "s", "ing")) or nxt.lower().endswith(("ss", "us"))


def _list_items(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """Name spans in a run of three or more names joined by ",", ";", "and", "or" (an enumeration)."""
    joined = [k + 1 < len(spans) and spans[k + 1][0] - spans[k][1] in (1, 2)
              and all(t in (",", ";", "and", "or", "&") for t in tokens[spans[k][1]:spans[k + 1][0]])
              for k in range(len(spans))]
    out: set[tuple[int, int]] = set()
    k = 0
    while k < len(spans):
        m = k
        while m < len(spans) and joined[m]:
            m += 1
        if m - k + 1 >= 3:
            out.update(spans[k:m + 1])
        k = m + 1
    return out


def _list_groups(tokens: Sequence[str]) -> list[list[tuple[int, int]]]:
    """The enumerations of three or more names of a sentence, each as its name spans in order."""
    spans = _split_at_titles(tokens, name_spans(tokens))
    items = _list_items(tokens, spans)
    groups: list[list[tuple[int, int]]] = []
    for sp in spans:
        if sp not in items:
            continue
        if groups and groups[-1][-1][1] <= sp[0] and sp[0] - groups[-1][-1][1] <= 2 \
                and all(t in (",", ";", "and", "or", "&") for t in tokens[groups[-1][-1][1]:sp[0]]):
            groups[-1].append(sp)
        else:
            groups.append([sp])
    return [g for g in groups if len(g) >= 3]


Slot = tuple[str, int, int, str]
