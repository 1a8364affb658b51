"""Sentence pairing: which sentences are compared, and the conflicts of one pair of sentences."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence

import numpy as np

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.actors import _alias
from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.compare.conflicts.names import _actor_sort, _is_place
from newsdesk.compare.conflicts.negation import _para_negation
from newsdesk.compare.conflicts.numbers import _compatible, _number_role
from newsdesk.compare.conflicts.params import ALIGNED, ALIGNED_FEW, CLOSE, CROWD, FEW, PAIR, TOP
from newsdesk.compare.conflicts.paraphrase import _aligned_slot_conflicts, _differing_slots
from newsdesk.compare.conflicts.places import _list_conflicts, _prep, _same_spot_names, seat_conflicts
from newsdesk.compare.conflicts.slots import Slot, _typed_slots, signature
from newsdesk.compare.conflicts.wording import _local_conflicts
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import ConflictKind


def _flip(hit: tuple[ConflictKind, str, str] | None) -> tuple[ConflictKind, str, str] | None:
    return (hit[0], hit[2], hit[1]) if hit else None


def aligned_threshold(n_articles: int) -> float:
    """Cosine two sentences need to be compared slot by slot, given how many articles the story has."""
    share = min(1.0, max(0.0, (n_articles - FEW) / (CROWD - FEW)))
    return ALIGNED_FEW + share * (ALIGNED - ALIGNED_FEW)


def pair_conflicts(a: Claim, b: Claim, cos: float = 1.0, aligned: float = ALIGNED,
                   crowded: bool = False) -> list[tuple[ConflictKind, str, str]]:
    """Every slot on which two aligned claims disagree: (kind, value in a, value in b)."""
    if a.text == b.text or signature(a.slots) == signature(b.slots):
        return []
    ta = [t.lower() for t in a.slots.tokens]
    tb = [t.lower() for t in b.slots.tokens]
    out: list[tuple[ConflictKind, str, str]] = []
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    close = sm.real_quick_ratio() >= CLOSE and sm.quick_ratio() >= CLOSE and sm.ratio() >= CLOSE
    if close:
        out = _local_conflicts(a, b, [op for op in sm.get_opcodes() if op[0] != "equal"])
    if cos < aligned:  # loosely aligned: a negation inserted into the same wording, or a slot anchored in context
        out = [hit for hit in out if hit[0] == "denial"]
        if cos >= PAIR:
            out += _aligned_slot_conflicts(a, b, cos, crowded, anchored=True)
            out += [hit for hit in _same_spot_names(a, b) + seat_conflicts(a, b)
                    if (hit[1], hit[2]) not in {(x, y) for _, x, y in out}]
        return out
    if not any(k == "denial" for k, _, _ in out):
        hit = _para_negation(a, b, cos, crowded) or _flip(_para_negation(b, a, cos, crowded))
        if hit:
            out.append(hit)
    seen = {(k, va.split()[0].lower() if va.split() else va) for k, va, _ in out}
    for hit in _aligned_slot_conflicts(a, b, cos, crowded) + _list_conflicts(a, b) + _same_spot_names(a, b) \
            + seat_conflicts(a, b):
        if (hit[0], hit[1].split()[0].lower() if hit[1].split() else hit[1]) not in seen:
            out.append(hit)
    if any(k == "place" for k, _, _ in out) and _counts_differ(a, b):
        # "the embassy in Tanzania killed 11 people" / "the embassy in neighboring Kenya killed 248 people": a count for
        # each place, two places of one story, not two answers to where
        out = [hit for hit in out if hit[0] not in ("place", "number")]
    if any(k == "number" for k, _, _ in out) and _since(a.text) and _since(b.text) and _since(a.text) != _since(b.text):
        # "has arrested more than 500 members ... since May" / "Since Sunday, ... has arrested more than 300": counts
        # over two periods
        out = [hit for hit in out if hit[0] != "number"]
    if any(k == "number" for k, _, _ in out) and any(k in ("place", "date") for k, _, _ in out):
        # "in Tanzania killed 11" / "in Kenya killed 248": a figure for another place or time, not a contradiction
        out = [hit for hit in out if hit[0] != "number"]
    if any(k == "date" for k, _, _ in out) and any(k in ("actor", "place") for k, _, _ in out) \
            or any(k in ("actor", "place") for k, _, _ in out) and _dates_differ(a, b):
        # "Mongolia and Japan established relations in 1972" / "The United States and Mongolia ... in 1987", "passed
        # the House on Tuesday" / "passed the Senate on Thursday": who and when both differ, two different events
        # rather than two contradictions
        out = [hit for hit in out if hit[0] not in ("date", "actor", "place")]
    # A birth or stage name against a name: another name of the same person, not another actor.
    out = [hit for hit in out if hit[0] != "actor" or _alias(a.text, hit[1]) == _alias(b.text, hit[2])]
    out = [hit for hit in out if hit[0] not in ("place", "actor") or _around(a, hit[1]) == _around(b, hit[2])
           or is_country(hit[1]) or is_country(hit[2])]
    if any(k in ("place", "actor") for k, _, _ in out) and _two_lists(a, b):
        out = [hit for hit in out if hit[0] not in ("place", "actor")]
    return [hit for hit in out if hit[0] != "place" or _place_side(a, hit[1]) and _place_side(b, hit[2])
            and not _origin_against_site(a, hit[1], b, hit[2])]


# Nouns for the land around a place, or along it: "a [Paris] suburb", "the outskirts of [Aleppo]", "off the coast of
# [Florida]". Such a place holds many others, which the story does not name.
_AROUND = frozenset(["suburb", "suburbs", "outskirts", "area", "coast", "environs", "vicinity"])


@functools.cache
def _countries() -> frozenset[str]:
    """English names of countries and world regions, lower case (CLDR's territory names through babel, which
    trafilatura's URL library courlan installs); empty when babel cannot be imported."""
    try:
        from babel import Locale
    except ImportError:
        return frozenset()
    return frozenset(name.lower() for name in Locale("en").territories.values())


def is_country(value: str) -> bool:
    """Whether a place name is a country's or a world region's ("Syria", "the United States", "Western Africa")."""
    name = value.lower().strip()
    return (name[4:] if name.startswith("the ") else name) in _countries()


def _around(c: Claim, value: str) -> str:
    """The noun that makes a name the land around a place ("in a [Paris] suburb", "off the coast of [Florida]"), "" when
    there is none: "in [Montreuil]" and "in a Paris suburb", "off [Fort Lauderdale]" and "off the coast of Florida" may
    be one spot; two suburbs of two cities may not. A country is no spot in the land around a city ("arrested in
    Syria" / "in a Paris suburb" stays a conflict; see ``is_country``)."""
    toks = [t.lower() for t in c.slots.tokens]
    i, j = _span_of(toks, value.lower())
    if not j:
        return ""
    if j < len(toks) and toks[j] in _AROUND:
        return toks[j].rstrip("s")
    if i >= 2 and toks[i - 1] == "of" and toks[i - 2] in _AROUND:
        return toks[i - 2].rstrip("s")
    return ""


_SINCE = re.compile(r"\b(?i:since)\s+((?:(?:early|late|mid|the end of|the start of|last)[\s-]+)?(?:[A-Z][a-z]+\.?"
                    r"(?:\s+\d{1,2}\b)?|\d{4}))")


def _two_lists(a: Claim, b: Claim) -> bool:
    """Whether two sentences enumerate names, two or more of them shared and two or more of each its own ("shootings in
    Pearl, Miss.; West Paducah, Ky.; ... and Richmond, Va." / "... in Pearl, Miss.; West Paducah, Ky.; ... and this year
    in Littleton, Colo., and Conyers, Ga."): two lists, not one name given two ways (one item replaced in a list of one
    length is _list_conflicts' case)."""
    ta, tb = a.slots.tokens, b.slots.tokens
    slots_a, slots_b = _typed_slots(ta), _typed_slots(tb)
    sa, sb = _differing_slots(a, b, slots_a, slots_b)
    return _names_of(sa) >= 2 and _names_of(sb) >= 2 and _names_of(slots_a) - _names_of(sa) >= 2 \
        and (_enumerated(slots_a, ta) >= 3 or _enumerated(slots_b, tb) >= 3)


def _names_of(slots: Sequence[Slot]) -> int:
    return sum(1 for t, *_ in slots if t == "name")


def _enumerated(slots: Sequence[Slot], tokens: Sequence[str]) -> int:
    """How many names of these slots are items of an enumeration: after a comma or semicolon, with or without "and"
    ("...; Springfield, Ore.; and [Richmond], Va."). One is no list ("in Palm Coast, [Florida]")."""
    n = 0
    for t, i, _, _ in slots:
        k = i - 1
        if k >= 0 and tokens[k].lower() == "and":
            k -= 1
        n += t == "name" and k >= 0 and tokens[k] in (",", ";")
    return n


def _since(text: str) -> str:
    """The start of the period a sentence counts over ("since May", "Since Sunday", "since 1990"), lower-cased."""
    m = _SINCE.search(text)
    return m.group(1).lower().rstrip(".") if m else ""


def _origin_against_site(a: Claim, va: str, b: Claim, vb: str) -> bool:
    """Whether one side of a place conflict is where something came from ("after takeoff from [New York]") and the
    other is not ("crashed off the island of [Nantucket]"): two places of one story, not two answers to where."""
    ta, tb = [t.lower() for t in a.slots.tokens], [t.lower() for t in b.slots.tokens]
    (i, i2), (j, j2) = _span_of(ta, va.lower()), _span_of(tb, vb.lower())
    return bool(i2 and j2) and (_prep(ta, i) == "from") != (_prep(tb, j) == "from")


def _place_side(c: Claim, value: str) -> bool:
    """Whether a side of a place conflict may be a place: not a possessive of a common noun ("[Rivlin's] office") and
    not a person's name outside any place context ("honoring shortstop [Troy Tulowitzki] on Saturday")."""
    toks = c.slots.tokens
    i, j = _span_of(toks, value)
    if j == 0:
        return True
    if re.search(r"['’]s$", value):  # "[Kelso's] Mount Alder Hospital" is where; "[Smith's] car" is whose
        return j < len(toks) and toks[j][:1].isupper()
    if _is_place(toks, i, j):
        return True
    if j < len(toks) and (toks[j].lower() in _SUBJECT_VERBS or _PAST.match(toks[j])):
        return False  # "[Ahmed] has been providing information", "[Cohen] obtained": a verb's subject, not where
    return _actor_sort(toks, i, j) != "person"


_PAST = re.compile(r"[a-z]{3,}ed$")  # a past tense right after a name: "Cohen obtained", "Hollande declared"
_SUBJECT_VERBS = frozenset(["has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "did",
                            "does", "said", "says", "told", "denied", "denies"])


def _counts_differ(a: Claim, b: Claim) -> bool:
    """Whether each sentence has a number the other does not state, counting the same thing (a unit word in common:
    "killed 11 people" / "248 people were killed"), with values that differ beyond rounding."""
    ta, tb = a.slots.tokens, b.slots.tokens
    sa, sb = _differing_slots(a, b, _typed_slots(ta), _typed_slots(tb))
    return any(_number_role(ta, x1, x2)[0] & _number_role(tb, y1, y2)[0] and not _compatible(float(va), float(vb), False)
               for t, x1, x2, va in sa if t == "number" for u, y1, y2, vb in sb if u == "number")


def _dates_differ(a: Claim, b: Claim) -> bool:
    """Whether each sentence has a date of one type (weekday, month, year, day) that the other does not state."""
    ta, tb = a.slots.tokens, b.slots.tokens
    sa, sb = _differing_slots(a, b, _typed_slots(ta), _typed_slots(tb))
    return bool({t for t, *_ in sa if t.startswith("date")} & {t for t, *_ in sb if t.startswith("date")})


def candidate_pairs(idx: ClaimIndex, aligned: float = ALIGNED, top: int = TOP, mutual: bool = False) -> np.ndarray:
    """Pairs worth diffing: each claim with its single best match in each other article, when that match is
    also among its `top` best overall and the cosine reaches `aligned` (symmetric boolean matrix)."""
    sim = idx.sim
    n = sim.shape[0]
    owner = np.array([c.article for c in idx.claims])
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    block = np.cumsum(np.r_[False, owner[1:] != owner[:-1]])
    block_max = np.maximum.reduceat(sim, starts, axis=1)[:, block]
    k = min(top, n)
    kth = -np.partition(-sim, k - 1, axis=1)[:, k - 1] if k else np.zeros(n)
    mask = (sim >= block_max) & (sim >= kth[:, None]) & (sim >= aligned)
    return mask & mask.T if mutual else mask | mask.T
