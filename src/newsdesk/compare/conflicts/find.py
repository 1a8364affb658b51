"""All the conflicts of a story: every rule over the indexed claims, merged by kind and value."""

from __future__ import annotations

import difflib
import re

import numpy as np

from newsdesk.compare.claims import NAME_PARTICLES, Claim, quantities, tokens
from newsdesk.compare.conflicts.counted import same_conversion
from newsdesk.compare.conflicts.dates import _different_days, _filed, _is_year, full_date_conflicts
from newsdesk.compare.conflicts.denials import _denied_claims, denier
from newsdesk.compare.conflicts.fact_figures import figure_conflicts, sentence_places
from newsdesk.compare.conflicts.frames import frame_conflicts
from newsdesk.compare.conflicts.geography import known_to_lie_in, structure_against_area
from newsdesk.compare.conflicts.holders import remarks_of_two, two_bodies
from newsdesk.compare.conflicts.lexicon import _ROLE_CAPS, _TITLE
from newsdesk.compare.conflicts.numbers import _grew, corrected_reports
from newsdesk.compare.conflicts.pairing import (
    aligned_threshold,
    anchored_conflicts,
    candidate_pairs,
    pair_conflicts,
)
from newsdesk.compare.conflicts.params import ALIGNED, CLOSE, MUTUAL_FROM, PAIR
from newsdesk.compare.conflicts.parents import parent_conflicts
from newsdesk.compare.conflicts.place_events import described_place_conflicts
from newsdesk.compare.conflicts.place_frames import frame_place_conflicts
from newsdesk.compare.conflicts.places import home_conflicts
from newsdesk.compare.conflicts.posts_held import two_posts_conflicts
from newsdesk.compare.conflicts.reports import report_conflicts
from newsdesk.compare.conflicts.roles import described_conflicts, post_conflicts, role_conflicts
from newsdesk.compare.conflicts.slots import signature
from newsdesk.compare.conflicts.story_places import story_places
from newsdesk.compare.consensus import ClaimIndex, is_question
from newsdesk.model import Conflict, ConflictSide


def find_conflicts(idx: ClaimIndex, aligned: float = PAIR) -> list[Conflict]:
    """All conflicts in a story, merged by (kind, values), strongest first."""
    found: dict[tuple[str, str, str], dict[str, object]] = {}
    order: list[tuple[float, tuple[str, str, str]]] = []
    if len(idx.claims):
        n_articles = len({c.article for c in idx.claims})
        min_cos = aligned_threshold(n_articles)
        crowded = n_articles >= MUTUAL_FROM
        mask = candidate_pairs(idx, aligned, mutual=crowded)
        # In a crowded story, a pair that is not each other's best match (one sentence's best in the other's article,
        # not the other way) is compared for its figures and dates only ("the usual three daily inspections of the
        # runway" / "one of eight daily runway inspections": the other article has a closer sentence on the same
        # skipped inspection). Under ALIGNED, as a mutual pair under the aligned threshold is: a lone slot with its own
        # context words on both sides ("Bush granted a [30]-day reprieve for McGinn in June" / "likely to grant McGinn
        # a [60]-day reprieve", whose best match in the first article is another sentence on the reprieve).
        one_sided = candidate_pairs(idx, aligned) & ~mask if crowded else np.zeros_like(mask)
        pairs = np.argwhere(np.triu(mask | one_sided, k=1))
        seen: set[tuple[str, str]] = set()
        loose: set[tuple[str, str]] = set()  # one-sided pairs: compared for figures and dates, not judged whole
        sigs: dict[str, frozenset[str]] = {}
        places = story_places(idx.claims)
        for i, j in pairs:
            a, b = idx.claims[i], idx.claims[j]
            key = (a.text, b.text)
            if key in seen or key in loose or a.text == b.text:
                continue
            (loose if one_sided[i, j] else seen).add(key)
            sa = sigs.get(a.text) or sigs.setdefault(a.text, signature(a.slots))
            sb = sigs.get(b.text) or sigs.setdefault(b.text, signature(b.slots))
            if sa == sb or _asks(a, b):
                continue
            cos = float(idx.sim[i, j])
            hits = pair_conflicts(a, b, cos, max(min_cos, ALIGNED) if one_sided[i, j] else min_cos, crowded, places)
            if one_sided[i, j]:
                # Shares ("5 percent" / "90 percent") are too many in such a story to pair loosely, and a figure for
                # more places or other places ("in Dar es Salaam and Nairobi killed 258" / "in Tanzania killed 11")
                # counts something else.
                hits = [hit for hit in hits if hit[0] == "date" or hit[0] == "number" and not _share(hit[1], hit[2])
                        and sentence_places(a) == sentence_places(b)]
            for kind, va, vb in hits:
                if kind == "date" and _different_days(idx, a, b, va, vb) or kind == "number" and _grew(idx, a, b, va, vb):
                    continue
                if kind == "number" and same_conversion(a.text, va, b.text, vb):
                    continue  # "2,500km ([1,500] miles)" / "2,500km ([1,550] miles)": one figure converted twice
                if kind in ("actor", "place") and _told_on_other_days(idx, a, b):
                    continue
                _add(found, order, kind, (a, va), (b, vb), 1.0 + cos)
            if cos >= PAIR and not one_sided[i, j] and not any(kind == "actor" for kind, _, _ in hits):
                for va, vb in described_conflicts(a, b, crowded):  # one post, worded differently, two holders
                    _add(found, order, "actor", (a, va), (b, vb), 1.0 + cos)
            if cos >= (ALIGNED if one_sided[i, j] else PAIR) and not any(kind == "date" for kind, _, _ in hits):
                for va, vb in full_date_conflicts(a, b):  # one month and day, two years
                    _add(found, order, "date", (a, va), (b, vb), 1.0 + cos)
        # (the anchored rule still takes a one-sided pair under ALIGNED, as it did before such pairs were compared)
        for i, j, kind, va, vb in anchored_conflicts(idx, mask | one_sided & (idx.sim >= ALIGNED), min_cos, crowded):
            a, b = idx.claims[i], idx.claims[j]
            if is_question(a.text) or is_question(b.text) or kind == "date" and _different_days(idx, a, b, va, vb) \
                    or kind == "number" and _grew(idx, a, b, va, vb):
                continue
            _add(found, order, kind, (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
        for i, j, va, vb in post_conflicts(idx):
            a, b = idx.claims[i], idx.claims[j]
            if (a.text, b.text) not in seen:
                _add(found, order, "actor", (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
        # one post, or one unit's body, twice; one person given two posts
        for i, j, va, vb in role_conflicts(idx) + parent_conflicts(idx) + two_posts_conflicts(idx):
            a, b = idx.claims[i], idx.claims[j]
            _add(found, order, "actor", (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
        # one body's seat, one post's place, one place's description, one phrase's place: anywhere in the story
        for i, j, kind, va, vb in home_conflicts(idx) + described_place_conflicts(idx) + frame_place_conflicts(idx):
            _add(found, order, kind, (idx.claims[i], va), (idx.claims[j], vb), 1.0 + float(idx.sim[i, j]))
        for i, j, kind, va, vb in frame_conflicts(idx):
            a, b = idx.claims[i], idx.claims[j]
            # A year after the same five words ("since the death penalty was reinstated in [1976]") holds even where
            # the rest of the two sentences differs too much for pair_conflicts to name a slot.
            year_frame = kind == "date" and _is_year(va) and _is_year(vb)
            if (a.text, b.text) in seen and not year_frame or kind == "date" and _different_days(idx, a, b, va, vb) \
                    or kind == "number" and _grew(idx, a, b, va, vb):
                continue
            _add(found, order, kind, (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
        for i, j, va, vb in figure_conflicts(idx):  # one fact but for a figure of one thing
            a, b = idx.claims[i], idx.claims[j]
            if not _grew(idx, a, b, va, vb) and not same_conversion(a.text, va, b.text, vb):
                _add(found, order, "number", (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
    for c, d, score in _denied_claims(idx):
        claim, denial = idx.claims[c], idx.claims[d]
        who = denier(denial)
        _add(found, order, "denial", (claim, "claim"), (denial, f"denied by {who}" if who else "denial"), 2.0 + score)
    for c, stated, corrected in corrected_reports(idx):
        _add(found, order, "number", (c, stated), (c, corrected), 1.8)
    for kind, side_a, side_b in report_conflicts(idx):
        _add(found, order, kind, side_a, side_b, 1.5)
    order.sort(key=lambda t: -t[0])
    order = [(score, key) for score, key in order if not _no_sides(key, found[key], idx)]
    nested = nested_places(idx)
    out: list[Conflict] = []
    shown: dict[tuple[str, frozenset[str]], list[list[str]]] = {}
    for _, key in order:
        if key[0] == "place" and frozenset(key[1:]) in nested:
            continue  # "Nairobi" / "Kenya": the story itself puts one inside the other
        sides = found[key]["sides"]  # type: ignore[index]
        if _told_already(shown, key[0], sides.values()):
            continue
        out.append(Conflict(key[0], tuple(  # type: ignore[arg-type]
            ConflictSide(text, value, tuple(arts)) for value, text, arts in sides.values()), slot=key[0]))
    return out


_NAME = rf"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|{'|'.join(sorted(NAME_PARTICLES - {'of', 'for'}))}))*"
# "in Nairobi, Kenya", "at the embassy in Nairobi in neighboring Kenya", "NAIROBI, Kenya (AP) _"
_IN_PLACE = re.compile(rf"\b(?:in|at|near|from|outside) (?:the (?:[a-z]+ )?)?({_NAME}),? (?:in (?:neighbou?ring )?)?"
                       rf"({_NAME})\b")
_DATELINE_PLACE = re.compile(rf"^([A-Z][A-Z .'-]+), ({_NAME}) \(")


def nested_places(idx: ClaimIndex) -> set[frozenset[str]]:
    """Pairs of places the story's own sentences put one inside the other ("in Nairobi, Kenya", "the embassy in
    Nairobi in neighboring Kenya", "in the ancient Dakhleh in Egypt's Western Desert", a dateline "NAIROBI, Kenya
    (AP)"), lower-cased: a report of one and a report of
    the other do not contradict each other on where."""
    out: set[frozenset[str]] = set()
    for c in idx.claims:
        for m in (*_IN_PLACE.finditer(c.text), *_DATELINE_PLACE.finditer(c.text)):
            inner, outer = m.group(1).lower(), re.split(r"['’]s\b", m.group(2).lower())[0]  # "Egypt's Western Desert"
            if inner != outer:
                out.add(frozenset((inner, outer)))
    return out


# Values that are no actor and no place, read from the words around them in the sentence: a contraction ("I'm",
# "I'll"), an abbreviated title ("Sgt", "Lt"), a name with a number ("Flight 370", "NewsChannel 15", "MH370"), a
# party to a court case ("Brulotte v. Thys"), an organisation that only describes a person's post ("the former U.S.
# House speaker").
_CONTRACTION = re.compile(r"^(?:i|you|we|they|he|she|it|that|there|who|what)['’](?:m|ll|re|ve|d|s)$", re.IGNORECASE)
_CODE = re.compile(r"\b[A-Z]+\d")  # a model or flight code ("Galaxy S5", "MH370"): a thing's name, no actor
_TITLE_ABBREV = frozenset(["sgt", "lt", "capt", "col", "gen", "maj", "adm", "cpl", "pvt", "rep", "sen", "gov", "dr",
                           "mr", "mrs", "ms", "prof", "rev", "st", "supt", "insp", "det"])
# A distance right after a place ("in Guangzhou [160 kilometers] (100 miles) north of the border") says how far it
# lies from another: the place is no name with a number ("Flight 370").
_DISTANCE_AFTER = re.compile(r"\s?\d[\d,.]*\s*(?:kilomet(?:er|re)s?|km|miles?|meters|metres|feet|yards)\b",
                             re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:former|then|late|new|outgoing)\s+)?$", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"\s+(?:speaker|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chief|president|"
                         r"director|leader|head|secretary|minister|official|officials|commander|coach|owner|"
                         r"founder|executive|lawyer|attorney|member|members)\b")


def _no_sides(key: tuple[str, str, str], entry: dict, idx: ClaimIndex) -> bool:
    """Whether an actor or place conflict has a side that is no actor or place (see above), or two sides that are
    two parts of one name the story gives ("Kim" / "Kardashian", "Najib" / "Razak": one person)."""
    kind = key[0]
    if kind not in ("actor", "place"):
        return False
    sides = list(entry["sides"].values())  # (value, text, articles)
    for value, text, _arts in sides:
        v = value.strip()
        if _CONTRACTION.search(v) or v.lower().rstrip(".") in _TITLE_ABBREV:
            return True
        at = text.find(v)
        after = text[at + len(v):at + len(v) + 30] if at >= 0 else ""
        if re.match(r"\s?\d", after) and not (kind == "place" and _DISTANCE_AFTER.match(after)) \
                or re.match(r"\s+v\.(?:\s|$)", after) or _CODE.search(v):
            return True
        if kind == "actor" and _ROLE_AFTER.match(after) \
                and _THE_BEFORE.search(text, max(0, at - 20), max(at, 0)):
            return True  # "the former U.S. House speaker": a person, described by the body they served
    if len(sides) == 2 and sum(describes_other_name(text, text.find(value.strip()), _after(text, value.strip()))
                               for value, text, _ in sides) == 1:
        return True  # "[U.S.]-China allied forces", "[U.S.] President Barack Obama", "the 70th [Precinct]" against a name
        # that describes nothing ("State Department spokesman X" / "Elections Institute spokesman X" is one post's body)
    if len(sides) == 2 and known_to_lie_in(sides[0][0].strip(), sides[1][0].strip()):
        return True  # "the special envoy to [Ukraine]" / "the special envoy to [Kyiv]": a capital or town lies in its
        # country, a state in its country; one place named two ways, whether read as a place or as an actor
    if kind == "actor" and len(sides) == 2:
        (va, ta, _), (vb, tb, _) = sides
        toks_a, toks_b = tokens(ta), tokens(tb)
        if two_bodies(toks_a, va.strip(), toks_b, vb.strip()) or remarks_of_two(toks_a, va.strip(), toks_b, vb.strip()):
            return True  # "Cobb County Superior Court Judge [X]" / "Washington, D.C., Superior Court Judge [Y]": one
            # title of two bodies; "[X] made the remarks" / "the point was made by [Y]": two speakers of what each
            # article tells elsewhere
    if kind == "place" and len(sides) == 2 and structure_against_area(sides[0][0], sides[1][0]):
        return True  # "near the [Freedom Bridge]" / "in [Delphi]": a site lies in some town, which may be that one
    if kind == "actor" and len(sides) == 2 and any(_office_and_holder(x, y) for x, y in (sides, sides[::-1])):
        return True  # "the President of [the United States of America]" / "President [Obama]": one person
    if kind == "actor" and len(sides) == 2:
        a, b = (side[0].strip().lower() for side in sides)
        if " " not in a and " " not in b and b in _names_with(idx, a):
            return True
    return False


# A name that only describes the name after it: joined to it by a hyphen ("U.S.-China allied forces"), or the country
# or body of a post whose holder is named next ("U.S. President Barack Obama", "Texas Gov. Rick Perry"); a name after
# a figure is a numbered unit's ("the 70th Precinct", as "Flight 370" is).
_TITLES = "|".join(sorted(_TITLE | _ROLE_CAPS | {"ambassador", "attorney general", "secretary of state", "foreign minister",
                                                 "prime minister", "general", "gen", "lt", "capt", "col", "det"}))
_JOINED_NAME = re.compile(r"\.?[-–][A-Z]")
_POST_AND_HOLDER = re.compile(rf"\.?\s+(?:[A-Z][a-z]+\s+)?(?i:{_TITLES})\.?\s+[A-Z][a-z]")
_NUMBERED = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")  # an ordinal: "on May [5] Obama said" is no unit


def _after(text: str, value: str) -> str:
    at = text.find(value)
    return text[at + len(value):at + len(value) + 30] if at >= 0 else ""


def describes_other_name(text: str, at: int, after: str) -> bool:
    """Whether a name found at text[at] only describes a name after it (see above), or is a numbered unit's."""
    return at >= 0 and bool(_JOINED_NAME.match(after) or _POST_AND_HOLDER.match(after)
                            or at > 0 and _NUMBERED.search(text[max(0, at - 12):at]))


_OFFICE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def _office_and_holder(side_a: tuple, side_b: tuple) -> bool:
    """Whether one side is the country or body an office is of ("the President of [the United States]") and the other
    the name after that office's title ("President [Obama]"): the office and its holder, not two actors."""
    (va, ta, _), (vb, tb, _) = side_a, side_b
    at = ta.find(va)
    m = _OFFICE_OF.search(ta, max(0, at - 40), at) if at > 0 else None
    return bool(m) and m.group(1).lower() in _TITLE | _ROLE_CAPS \
        and re.search(rf"\b{m.group(1)}\.?\s+{re.escape(vb)}\b", tb) is not None


def _names_with(idx: ClaimIndex, word: str) -> set[str]:
    """The words of the story's multi-word names that hold ``word`` ("najib" -> {"najib", "razak"})."""
    out: set[str] = set()
    for c in idx.claims:
        for m in _MULTI_NAME.finditer(c.text):
            words = m.group(0).lower().split()
            if word in words:
                out.update(words)
    return out


_MULTI_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+")


def _holds(outer: str, inner: str) -> bool:
    """Whether ``inner`` is words of ``outer`` ("said thursday" holds "thursday"; "13 percent" does not hold "3
    percent")."""
    return re.search(rf"(?<![\w.,]){re.escape(inner)}(?![\w])", outer) is not None


def _told_already(shown: dict[tuple[str, frozenset[str]], list[list[str]]], kind: str, sides) -> bool:
    """Whether a stronger conflict of this kind already set the same sentences against each other on values that
    hold these ("*said Thursday*" / "*as saying Sunday*" after "*Thursday*" / "*Sunday*": one conflict, found by two
    rules); records this one's values otherwise."""
    values = [value.lower() for value, _text, _arts in sides]
    key = (kind, frozenset(text for _value, text, _arts in sides))
    for earlier in shown.get(key, []):
        if len(earlier) == len(values) and all(any(_holds(v, w) or _holds(w, v) for w in earlier) for v in values):
            return True
    shown.setdefault(key, []).append(values)
    return False


def _add(found: dict, order: list, kind: str, side_a: tuple[Claim, str], side_b: tuple[Claim, str],
         score: float) -> None:
    (ca, va), (cb, vb) = side_a, side_b
    if kind != "denial":
        va, vb = tidy_value(va), tidy_value(vb)
    if va.lower() == vb.lower():
        va, vb = f"{va} ({ca.article[:6]})", f"{vb} ({cb.article[:6]})"
    key = (kind, *sorted((_value_key(kind, va), _value_key(kind, vb))))
    if kind == "denial":  # values alone ("claim" / "denial") do not identify a denial conflict
        key = (kind, *sorted((ca.text, cb.text)))
    if key not in found:
        found[key] = {"sides": {}}
        order.append((score, key))
    sides = found[key]["sides"]
    for claim, value in ((ca, va), (cb, vb)):
        # "Four people" and "four people" are one side: sides are keyed case-insensitively.
        _value, _text, arts = sides.setdefault(_value_key(kind, value), (value, claim.text, []))
        if claim.article not in arts:
            arts.append(claim.article)


# (function words in lower case only: "hepatitis A", "Portland, OR" keep their letters; a minus sign before a figure stays)
_LOOSE_START = re.compile(r"^(?:[\s,;:–—]+|-(?!\d)|(?:[Aa]nd|[Oo]r|[Bb]ut)\s+)+")
_LOOSE_END = re.compile(r"(?:[\s,;:–—-]+|\s+(?:in|on|at|of|for|to|from|by|with|and|or|the|a|an|as))+$")


def tidy_value(value: str) -> str:
    """A side's value as a reader sees it, without the punctuation or the function word a phrase taken between
    two sentences' shared words ends or opens with ("500,000 in" -> "500,000", ", killing 213 people" -> "killing
    213 people"); the value as given when nothing else would be left."""
    tidy = _LOOSE_END.sub("", _LOOSE_START.sub("", value))
    return tidy or value


def _value_key(kind: str, value: str) -> str:
    """What identifies a side: a number by its value ("Nearly 3 million" = "three million"), else the words."""
    if kind == "number":
        qs = quantities(tokens(value))
        if qs:
            return f"#{qs[0].value:g}"
    return value.lower()


_THAT_DAY = re.compile(r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening))\b", re.IGNORECASE)


def _told_on_other_days(idx: ClaimIndex, a: Claim, b: Claim) -> bool:
    """Whether two sentences each say what happened "today" in copies filed on different days ("ULAN BATOR, July 16
    (Xinhua) -- ... relations with Japan, President X told ... today" / "ULAN BATOR, July 21 -- ... with China and
    Russia, X said today"): two statements, not two accounts of one."""
    if not (_THAT_DAY.search(a.text) and _THAT_DAY.search(b.text)):
        return False
    art_a, art_b = idx.articles[a.article].article, idx.articles[b.article].article
    da, db = art_a.published, art_b.published
    if not (da and db):
        da, db = _filed(art_a.text), _filed(art_b.text)
    return bool(da and db and da != db)


LONG_QUESTION = 15  # tokens: a question this long that two copies word alike states things on its way (review R22b)


def _asks(a: Claim, b: Claim) -> bool:
    """Whether a pair holds a question, which reports no fact: unless both sentences are one question worded alike
    (token-diff ratio CLOSE or more), two copies of which give it with another name, figure or date ("Her company
    publishes the [Cassandra Report], a survey of ... Generations X and Why?" / "... the [Trend Desk], a survey of
    ... Generations X and Why?"): one of them misquotes it."""
    if not (is_question(a.text) or is_question(b.text)):
        return False
    if not (is_question(a.text) and is_question(b.text)):
        return True
    if min(len(a.slots.tokens), len(b.slots.tokens)) < LONG_QUESTION:
        return True  # "What will happen to the families in Lordstown now?" / "... in Oshawa now?": two people asking
    sm = difflib.SequenceMatcher(a=[t.lower() for t in a.slots.tokens], b=[t.lower() for t in b.slots.tokens],
                                 autojunk=False)
    return sm.ratio() < CLOSE


def _share(*values: str) -> bool:
    """Whether a number conflict's values are shares ("5 percent", "90%")."""
    return any(re.search(r"%|\bper ?cent\b", v, re.IGNORECASE) for v in values)


