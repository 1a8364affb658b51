"""Sentence pairing: which sentences are compared, and the conflicts of one pair of sentences."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence

import numpy as np

from newsdesk.compare.claims import _VAGUE, WEEKDAYS, Claim, quantities, tokens
from newsdesk.compare.conflicts.actors import _alias, _is_speaker
from newsdesk.compare.conflicts.agents import agents_of_two_acts, asked_two_things, two_founded_bodies
from newsdesk.compare.conflicts.counted import (
    counted_differently,
    figure_at,
    part_against_whole,
    total_against_added,
)
from newsdesk.compare.conflicts.date_pairs import (
    one_of_listed_pair_changed,
    one_period_started_twice,
    one_persons_act_dated_twice,
)
from newsdesk.compare.conflicts.geography import known_area, known_to_lie_in
from newsdesk.compare.conflicts.lexicon import _DATE_WORDS, _span_of
from newsdesk.compare.conflicts.measures import contrasting_kinds, other_measures, other_owners, other_periods
from newsdesk.compare.conflicts.names import _actor_sort, _is_place, _org_like
from newsdesk.compare.conflicts.negation import _para_negation
from newsdesk.compare.conflicts.numbers import _CURRENCY_AFTER, _TIME_UNITS, _money, _number_role
from newsdesk.compare.conflicts.params import (
    ALIGNED,
    ALIGNED_FEW,
    CLOSE,
    CROWD,
    FEW,
    OUTLIER_WORDS,
    PAIR,
    SLOT_LOW,
    SLOT_RATIO,
    SLOT_WINDOW,
    TOP,
)
from newsdesk.compare.conflicts.paraphrase import _aligned_slot_conflicts, _differing_slots, _wide_context
from newsdesk.compare.conflicts.penalties import for_two_offences, maximum_conflict, story_maxima
from newsdesk.compare.conflicts.place_events import event_place_conflicts, phrase_place_conflicts
from newsdesk.compare.conflicts.places import _list_conflicts, _prep, _same_spot_names, seat_conflicts
from newsdesk.compare.conflicts.rates import CHANGE_NEAR, share_of_change
from newsdesk.compare.conflicts.slots import Slot, _typed_slots, signature
from newsdesk.compare.conflicts.source_clause import without_source
from newsdesk.compare.conflicts.story_places import place_modifier
from newsdesk.compare.conflicts.totals import tied_by_amount
from newsdesk.compare.conflicts.values import _compatible
from newsdesk.compare.conflicts.wording import _local_conflicts
from newsdesk.compare.consensus import ClaimIndex, is_question
from newsdesk.model import ConflictKind
from newsdesk.text import STOPWORDS, stem


def _flip(hit: tuple[ConflictKind, str, str] | None) -> tuple[ConflictKind, str, str] | None:
    return (hit[0], hit[2], hit[1]) if hit else None


def aligned_threshold(n_articles: int) -> float:
    """Cosine two sentences need to be compared slot by slot, given how many articles the story has."""
    share = min(1.0, max(0.0, (n_articles - FEW) / (CROWD - FEW)))
    return ALIGNED_FEW + share * (ALIGNED - ALIGNED_FEW)


def pair_conflicts(a: Claim, b: Claim, cos: float = 1.0, aligned: float = ALIGNED, crowded: bool = False,
                   places: frozenset[str] = frozenset(), *, lone_counts: bool = False) -> list[tuple[ConflictKind, str, str]]:
    """Every slot on which two aligned claims disagree: (kind, value in a, value in b). ``places``: the names the
    story gives as places (story_places.story_places); ``lone_counts``: see ``_aligned_slot_conflicts``."""
    if a.text == b.text or signature(a.slots) == signature(b.slots):
        return []
    ta = [t.lower() for t in a.slots.tokens]
    tb = [t.lower() for t in b.slots.tokens]
    out: list[tuple[ConflictKind, str, str]] = []
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    close = sm.real_quick_ratio() >= CLOSE and sm.quick_ratio() >= CLOSE and sm.ratio() >= CLOSE \
        and _alike_besides_source(ta, tb)
    if close:
        out = _local_conflicts(a, b, [op for op in sm.get_opcodes() if op[0] != "equal"])
        out = [hit for hit in out if hit[0] != "number" or not counted_differently(a.slots.tokens, hit[1],
                                                                                     b.slots.tokens, hit[2])]
    if cos < aligned:  # loosely aligned: a negation inserted into the same wording, or a slot anchored in context
        out = [hit for hit in out if hit[0] == "denial"]
        if cos >= PAIR:
            out += _aligned_slot_conflicts(a, b, cos, crowded, anchored=True)
            for hit in _same_spot_names(a, b) + seat_conflicts(a, b) + event_place_conflicts(a, b) \
                    + phrase_place_conflicts(a, b):
                if (hit[1], hit[2]) not in {(x, y) for _, x, y in out}:
                    out.append(hit)  # each pair of values once (R18: the event and phrase rules repeat one another)
        return _without_other_measures(a, b, out)
    if not any(k == "denial" for k, _, _ in out):
        hit = _para_negation(a, b, cos, crowded) or _flip(_para_negation(b, a, cos, crowded))
        if hit:
            out.append(hit)
    def key(kind: str, value: str) -> tuple[str, str]:  # a name is one conflict, whether read as actor or place
        return ("name" if kind in ("actor", "place") else kind, value.split()[0].lower() if value.split() else value)

    seen = {key(k, va) for k, va, _ in out}
    for hit in _aligned_slot_conflicts(a, b, cos, crowded, places=places, lone_counts=lone_counts) \
            + _list_conflicts(a, b) + _same_spot_names(a, b) \
            + seat_conflicts(a, b) + event_place_conflicts(a, b) + phrase_place_conflicts(a, b):
        if key(hit[0], hit[1]) not in seen:
            out.append(hit)
            seen.add(key(hit[0], hit[1]))
    if crowded and cos >= ALIGNED and not any(k in ("place", "actor") for k, _, _ in out):
        out += crowded_lone_places(a, b, cos, places)
        if not any(k in ("place", "number", "date") for k, _, _ in out):
            out += lone_places_beside_figures(a, b)
    if any(k == "place" for k, _, _ in out) and _counts_differ(a, b):
        # "the embassy in Tanzania killed 11 people" / "the embassy in neighboring Kenya killed 248 people": a count for
        # each place, two places of one story, not two answers to where
        out = [hit for hit in out if hit[0] not in ("place", "number")]
    # "[350] flights were cancelled at O'Hare and 150 at Midway" / "[600] flights at Chicago's two airports": a part
    # against the whole; "a total of [216,000] sq km" / "a new [60,000] sq km area": the whole against an addition
    out = [hit for hit in out if hit[0] != "number" or not (
        part_against_whole(a.slots.tokens, hit[1], b.slots.tokens, hit[2])
        or total_against_added(a.slots.tokens, hit[1], b.slots.tokens, hit[2])
        or for_two_offences(a.slots.tokens, *figure_at(a.slots.tokens, hit[1]),
                            b.slots.tokens, *figure_at(b.slots.tokens, hit[2])))]
    if any(k == "number" for k, _, _ in out) and _since(a.text) and _since(b.text) and _since(a.text) != _since(b.text):
        # "has arrested more than 500 members ... since May" / "Since Sunday, ... has arrested more than 300": counts
        # over two periods
        out = [hit for hit in out if hit[0] != "number"]
    out = _without_other_measures(a, b, out)
    if any(k == "number" for k, _, _ in out) and any(k in ("place", "date") for k, _, _ in out):
        # "in Tanzania killed 11" / "in Kenya killed 248": a figure for another place or time, not a contradiction;
        # but a span of years back ("slain [eleven] years ago" / "whose death [five] years ago") is no figure of the
        # day an article tells of ("apologized Wednesday" / "apologized Thursday"): days apart account for no years
        weekdays_only = all(k != "place" and (k != "date" or _weekday(va) and _weekday(vb)) for k, va, vb in out
                            if k != "number")
        out = [hit for hit in out if hit[0] != "number" or weekdays_only and _years_ago(a, hit[1])
               and _years_ago(b, hit[2])]
    if any(k == "date" for k, _, _ in out) and any(k in ("actor", "place") for k, _, _ in out) \
            or any(k in ("actor", "place") for k, _, _ in out) and _dates_differ(a, b):
        # "Mongolia and Japan established relations in 1972" / "The United States and Mongolia ... in 1987", "passed
        # the House on Tuesday" / "passed the Senate on Thursday": who and when both differ, two different events
        # rather than two contradictions
        out = [hit for hit in out if hit[0] not in ("date", "actor", "place")]
    # "handed down by [the Ninth Circuit]" / "appealed by [the Justice Department]": the agents of two acts; "asked
    # [X] to explain the closure" / "asked [Y] to call a strike vote": two people asked two things; "X, founder of
    # [A]" / "X, who founded [B]": two bodies one person founded
    out = [hit for hit in out if hit[0] not in ("actor", "place")
           or not (agents_of_two_acts(a.slots.tokens, hit[1], b.slots.tokens, hit[2])
                   or asked_two_things(a.slots.tokens, hit[1], b.slots.tokens, hit[2])
                   or two_founded_bodies(a.slots.tokens, hit[1], b.slots.tokens, hit[2]))]
    if a.denial != b.denial:
        # "Kober believes Alanis can form a government" / "Doukas denied that he can form a government": one speaker
        # affirms, the other denies; two positions, not one statement credited to two people
        out = [hit for hit in out if hit[0] != "actor" or not (_is_speaker(a, hit[1]) and _is_speaker(b, hit[2]))]
    # A birth or stage name against a name: another name of the same person, not another actor.
    out = [hit for hit in out if hit[0] != "actor" or _alias(a.text, hit[1]) == _alias(b.text, hit[2])]
    out = [hit for hit in out if hit[0] not in ("place", "actor") or _around(a, hit[1]) == _around(b, hit[2])
           or is_country(hit[1]) or is_country(hit[2])]
    if any(k in ("place", "actor") for k, _, _ in out) and _two_lists(a, b):
        out = [hit for hit in out if hit[0] not in ("place", "actor")]
    return [hit for hit in out if hit[0] != "place" or _place_side(a, hit[1], places) and _place_side(b, hit[2], places)
            and not _origin_against_site(a, hit[1], b, hit[2])
            and not known_to_lie_in(_as_written(a, hit[1]), _as_written(b, hit[2]))]


def crowded_lone_places(a: Claim, b: Claim, cos: float,
                        places: frozenset[str] = frozenset()) -> list[tuple[ConflictKind, str, str]]:
    """In a crowded story (weeks of coverage, many places), the lone differing place of one aligned sentence against
    the lone differing name of the other, as a smaller story pairs them, only where both follow the same preposition
    and share a content word within a few words ("are fighting to [keep] him in [X]" / "have fought to [keep] Elian
    with them in [Y]"), in two sentences aligned at ALIGNED or more."""
    ta, tb = a.slots.tokens, b.slots.tokens
    out: list[tuple[ConflictKind, str, str]] = []
    for kind, va, vb in _aligned_slot_conflicts(a, b, cos, False, places=places):
        if kind != "place":
            continue
        (i1, i2), (j1, j2) = _span_of(ta, va), _span_of(tb, vb)
        prep = _prep(ta, i1) if i2 else ""
        if prep and j2 and prep == _prep(tb, j1) \
                and _wide_context(ta, i1, i2) & _wide_context(tb, j1, j2):
            out.append((kind, va, vb))
    return out


LONE_PLACE_WORDS = 2  # content words two lone places must share around them where figures of other things differ too


def lone_places_beside_figures(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """The one differing name of each of two aligned sentences, both places after the same preposition, with
    LONE_PLACE_WORDS content words shared around them, where the only other slots that differ are figures ("Ten days
    before the vote, a small group of parents in [X] appeared before the local school board" / "At the urging of a
    group of parents, the school board in [Y], a town of about 7,000, ..."): the figures count other things (days, a
    town's people), and the place is still the one slot both sentences fill. Not where a date differs too (another
    event), nor where the figures are found to differ on one thing (pair_conflicts calls it only then): two places
    and two figures of one thing are two facts."""
    ta, tb = a.slots.tokens, b.slots.tokens
    sa, sb = _differing_slots(a, b, _typed_slots(ta), _typed_slots(tb))
    if any(s[0].startswith("date") for s in (*sa, *sb)):
        return []
    names_a, names_b = [s for s in sa if s[0] == "name"], [s for s in sb if s[0] == "name"]
    if len(names_a) != 1 or len(names_b) != 1:
        return []
    (_, i1, i2, _), (_, j1, j2, _) = names_a[0], names_b[0]
    prep = _prep(ta, i1)
    na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
    if not prep or prep != _prep(tb, j1) or not (_is_place(ta, i1, i2) and _is_place(tb, j1, j2)) \
            or len(_wide_context(ta, i1, i2) & _wide_context(tb, j1, j2)) < LONE_PLACE_WORDS:
        return []
    if _org_like(na) or _org_like(nb):
        return []  # "director of the autism project at the [UW]" / "... at the [University of Washington]": a body
    return [("place", na, nb)]


def _without_other_measures(a: Claim, b: Claim,
                            hits: list[tuple[ConflictKind, str, str]]) -> list[tuple[ConflictKind, str, str]]:
    """The hits less the number hits whose two figures measure two things (measures.py): "a [2]-megapixel front-facing
    camera" / "a [16]-megapixel rear-facing camera", "[11] million in the first month" / "[12] million during the
    three-month period", "a [$5.2 billion] profit" / "sales ... to [$4.4 billion]", BSkyB's [116] against Setanta's [46]
    where the other sentence gives BSkyB 92."""
    ta, tb = a.slots.tokens, b.slots.tokens
    return [hit for hit in hits if hit[0] != "number" or not any(
        differ(ta, hit[1], tb, hit[2]) for differ in (contrasting_kinds, other_periods, other_measures, other_owners))]


def _alike_besides_source(ta: list[str], tb: list[str]) -> bool:
    """Whether two sentences worded alike are still alike without their "according to ..." clauses ("The maximum
    individual donation is [$2,700], according to the FEC" / "Lewis has received about [$73,000], according to the
    latest FEC data" share their source, not their fact)."""
    ra, rb = without_source(ta), without_source(tb)
    if len(ra) == len(ta) and len(rb) == len(tb):
        return True
    return difflib.SequenceMatcher(a=ra, b=rb, autojunk=False).ratio() >= CLOSE


def _as_written(c: Claim, value: str) -> str:
    """A place slot's value with the lower-case "state" that follows it in its sentence ("met in [Washington] state"
    -> "Washington state": the state, not the capital), else the value as it is."""
    toks = c.slots.tokens
    _, j = _span_of(toks, value)
    return f"{value} state" if j and j < len(toks) and toks[j] == "state" else value


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
    return name.removeprefix("the ") in _countries()


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


def _weekday(value: str) -> bool:
    return value.strip().lower() in WEEKDAYS


def _years_ago(c: Claim, value: str) -> bool:
    """Whether a figure is a span of years back from the telling ("[five] years ago", "[11 years] ago")."""
    first = value.split()[0] if value.split() else value
    return bool(re.search(rf"(?<!\w){re.escape(first)} years? ago\b", c.text, re.IGNORECASE))


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


def _place_side(c: Claim, value: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether a side of a place conflict may be a place: not a possessive of a common noun ("[Rivlin's] office") and
    not a person's name outside any place context ("honoring shortstop [Troy Tulowitzki] on Saturday"); a name the
    story gives as a place elsewhere, describing a noun, is one ("the [San Francisco] scene": story_places)."""
    toks = c.slots.tokens
    i, j = _span_of(toks, value)
    if j == 0:
        return True
    if re.search(r"['’]s$", value):  # "[Kelso's] Mount Alder Hospital" is where; "[Smith's] car" is whose
        return j < len(toks) and toks[j][:1].isupper()
    if _is_place(toks, i, j) or place_modifier(toks, i, j, places):
        return True
    if j < len(toks) and (toks[j].lower() in _SUBJECT_VERBS or _PAST.match(toks[j])):
        # "[Ahmed] has been providing information", "[Cohen] obtained": a verb's subject, not where; a country,
        # state or province the gazetteers know may act ("[Quebec] will hold a provincial election")
        return known_area(value)
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
    also among its `top` best overall and the cosine reaches `aligned` (symmetric boolean matrix). A question is no
    statement's match (it reports no fact, and the pair is never compared): a statement's best match in an article
    is its closest statement there ("Could X have been me 35 years ago?" does not hide "X could have been me, 35 years
    ago, he said")."""
    asks = np.array([is_question(c.text) for c in idx.claims], dtype=bool)
    sim = np.where(asks[:, None] != asks[None, :], -1.0, idx.sim) if asks.any() else idx.sim
    n = sim.shape[0]
    owner = np.array([c.article for c in idx.claims])
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    block = np.cumsum(np.r_[False, owner[1:] != owner[:-1]])
    block_max = np.maximum.reduceat(sim, starts, axis=1)[:, block]
    k = min(top, n)
    kth = -np.partition(-sim, k - 1, axis=1)[:, k - 1] if k else np.zeros(n)
    mask = (sim >= block_max) & (sim >= kth[:, None]) & (sim >= aligned)
    return mask & mask.T if mutual else mask | mask.T


# --- Slot-anchored pairs: a figure or a date in the same words, in sentences that are otherwise worded apart ---------

_OTHER = frozenset(["other", "others", "more", "additional"])
_SPEECH = frozenset(["said", "says", "told", "added", "say", "tell", "according", "reported", "announced"])
# Events that happen once, so that a year in the words around one names it ("the [1967] Mideast war").
_EVENTS = frozenset(stem(w) for w in [
    "war", "crash", "attack", "bombing", "election", "referendum", "earthquake", "quake", "flood", "hurricane", "coup",
    "revolution", "uprising", "invasion", "massacre", "disaster", "explosion", "blast", "riot", "shooting",
    "assassination", "tsunami", "genocide", "accident", "sinking", "olympics"])
_VOTE = frozenset([stem("vote")])  # one body's vote on one thing, in a month: scheduled or held once
# Acts done once to what they act on, so that a year beside one and its object names it as an event does ("since the
# death penalty was [reinstated] in 1976" / "since the Supreme Court [reinstated] the death penalty in 1973"): a law is
# reinstated or abolished once, a person born once.
_ONCE_ACTS = frozenset(stem(w) for w in ["reinstated", "reinstatement", "abolished", "abolition", "born"])

Occurrence = tuple[str, str, str, frozenset[str]]  # (article, slot type, value, context words)


def slot_context(toks: Sequence[str], i: int, j: int, window: int = SLOT_WINDOW) -> frozenset[str]:
    """Content words (stemmed) within ``window`` tokens of a slot, speech verbs, date words and hedges left out: what
    the slot is about ("with [3,000] hours of sunshine a year" -> {hour, sunshin, year})."""
    out = set()
    for k in list(range(max(0, i - window), i)) + list(range(j, min(len(toks), j + window))):
        t = toks[k].lower()
        if t.replace("-", "").isalpha() and len(t) > 2 and t not in STOPWORDS and t not in _DATE_WORDS \
                and t not in _SPEECH and t not in _HEDGES:
            out.add(stem(t))
    return frozenset(out)


# Words that hedge a figure ("for at [least] 12 hours", "[nearly] 300 people"): they say how exact it is, not what
# it counts, and tie no two figures together.
_HEDGES = frozenset(["least", "most", "nearly", "almost", "around", "approximately", "roughly", "fewer", "less", "more",
                     "than", "estimated", "upwards", "about", "some", "over", "under", "just", "only"])


def _slot_at(toks: Sequence[str], value: str) -> tuple[int, int]:
    """Where a conflict's value ("9,000 hours", "Oct. 18") starts in a sentence's tokens: the span of its longest
    leading part that the sentence has; (0, 0) when none."""
    parts = [p.lower() for p in tokens(value)]
    low = [t.lower() for t in toks]
    for k in range(len(parts), 0, -1):
        i, j = _span_of(low, " ".join(parts[:k]))
        if j:
            return i, j
    return 0, 0


TypedAt = tuple[str, str, int, frozenset[str]]  # a slot's (type, value, first token, context words)


def _typed_at(c: Claim, value: str) -> TypedAt | None:
    """(type, slot value, first token, context) of the number or date slot a conflict's value stands for."""
    toks = c.slots.tokens
    i, j = _slot_at(toks, value)
    if not j:
        return None
    for typ, x, y, v in _typed_slots(toks):
        if typ != "name" and (x <= i < y or i <= x < j):
            return typ, v, x, slot_context(toks, x, y)
    return None


def slot_occurrences(idx: ClaimIndex) -> list[Occurrence]:
    """Every number and date slot of a story, with its article and context."""
    out = []
    for c in idx.claims:
        toks = c.slots.tokens
        for typ, i, j, value in _typed_slots(toks):
            if typ != "name":
                out.append((c.article, typ, value, slot_context(toks, i, j)))
    return out


def _in_name(toks: Sequence[str], i: int) -> bool:
    """Whether a number is part of a name or heads a timeline entry ("Section [8]", "Flight [990]", "[19] -- ...")."""
    if i == 0 or i == 1 and toks[0] in ("_", "-", "--", "—"):
        return True
    prev = toks[i - 1]
    return i > 1 and prev[:1].isupper() and prev.isalpha() and prev.lower() not in STOPWORDS


def _strong_anchor(kind: str, a: Claim, va: str, sa: TypedAt, b: Claim, vb: str, sb: TypedAt) -> bool:
    """Whether two slots say what they are in the same words, enough to be compared whatever else the sentences say.

    A date: two days of a month ("the [July 25] crash" / "crashed ... on [October 25]"), or two years beside the same
    event that happens once ("the [1967] Mideast war" / "the [1964] Middle East War"), or two months beside one vote
    and what it is on; not weekdays or other months (many statements and events in a story have one), nor a year beside a budget or a record ("the 2001 budget" / "the
    1999 budget": two budgets); a year beside an act done once to what two more shared words name ("the death
    penalty was reinstated in [1976]" / "reinstated the death penalty in [1973]") is as strong as one beside an
    event. A number: the same counted noun ("[10] others" / "[23] others") and another shared word, not a vague amount ("hundreds"), a number inside a name ("Section 8"), an amount of money, a share with
    fewer than two shared words besides "percent" ("dropped by 33 percent" / "fallen more than 50 percent": shares of
    many things; "polls indicated that [70] percent" / "polls indicated about [148] percent" is one poll's; a rate of
    change only when both name what changed in CHANGED_WORDS shared words: ``_changed_thing``), a
    multiple, a distance, a span of time ("the first ten months" / "six months": two periods), one thing of many ("a
    [five]-story building"), some besides others ("[two] other students" / "[six] students"), or two figures
    SLOT_RATIO times apart."""
    shared = sa[3] & sb[3]
    if len(shared) < 2:
        return False
    if kind == "date":
        if sa[0] == sb[0] == "date:year":
            return bool(shared & _EVENTS) or bool(shared & _ONCE_ACTS) and len(shared - _ONCE_ACTS) >= 2
        if sa[0] == sb[0] == "date:month":
            # a month beside one vote and what it is on ("to vote on the standards in [September]" / "scheduled to
            # vote in [June] on the new standards"); not an election, of which a story may tell several in one year
            # (governors' in October, local ones in February)
            return bool(shared & _VOTE) and len(shared) >= 2
        return sa[0] == sb[0] == "date:day"
    ta, tb = a.slots.tokens, b.slots.tokens
    i, j = sa[2], sb[2]
    if ta[i].lower() in _VAGUE or tb[j].lower() in _VAGUE or _in_name(ta, i) or _in_name(tb, j):
        return False
    if _amount(ta, i) or _amount(tb, j):
        return False
    if (i and ta[i - 1].lower() in ("a", "an") and not _per_cent(ta, i)
            or j and tb[j - 1].lower() in ("a", "an") and not _per_cent(tb, j)):
        return False  # "a [five]-story apartment building" / "a [six]-story apartment building": one of many, two
        # (not "a [148] percent elevation": the article is the change's)
    qa, qb = quantities(tokens(va)), quantities(tokens(vb))
    fa = abs(qa[0].value if qa else float(sa[1]))
    fb = abs(qb[0].value if qb else float(sb[1]))
    if min(fa, fb) * SLOT_RATIO < max(fa, fb):
        return False
    if (i + 1 < len(ta) and ta[i + 1].lower() in _OTHER) != (j + 1 < len(tb) and tb[j + 1].lower() in _OTHER):
        return False  # "[two] other students" / "[six] students": some besides those named, against all
    ua, ub = _number_role(ta, i, i + 1)[0], _number_role(tb, j, j + 1)[0]
    units = ua & ub
    if units == {"percent"}:  # a share of a whole, in the same words; not a rate of change, of which a story has many
        if share_of_change(ta, i) or share_of_change(tb, j):
            # a rate of change, of which a story has many, unless both name what changed alike ("on average a [148]
            # percent elevation in concentrations of a brain protein called the dopamine transporter" / "on average
            # [70] percent more of a protein called the dopamine transporter")
            return len(_changed_thing(ta, i) & _changed_thing(tb, j)) >= CHANGED_WORDS
        return len(shared - units) >= 2
    if units and units <= _LENGTHS and _magnitude(ta, i) and _magnitude(tb, j):
        # one measure of one thing: "the river crested at [14] feet" / "at [19] feet"; not of one of several ("the
        # first wave", "a separate landslide") nor of two named things ("the Cedar River" / "the Fox River")
        if _one_of_several(ta) or _one_of_several(tb) or _names_before(ta, i) ^ _names_before(tb, j):
            return False
        return len(shared - units) >= 2
    return bool(units) and not units & _NOT_COUNTS and bool(shared - units)


_CHANGE_NEAR = CHANGE_NEAR


CHANGED_WORDS = 3  # content words two rates of change must both give for what changed
_CHANGED_REACH = 12  # tokens after a rate of change read for what changed
_CLAUSE_END = frozenset([",", ";", ":", ".", "--", "—", "(", ")", "than", "but", "while", "whereas"])


def _changed_thing(toks: Sequence[str], i: int) -> set[str]:
    """Content words (stemmed) of the clause after the share at toks[i], up to _CHANGED_REACH tokens: what changed ("[148]
    percent elevation in concentrations of a brain protein called the dopamine transporter" -> {elev, concentr, brain,
    protein, ...}); the words of change left out."""
    out = set()
    for t in toks[i + 1:i + 1 + _CHANGED_REACH]:
        if t in _CLAUSE_END or t.lower() in _CLAUSE_END:
            break
        low = t.lower()
        if low.isalpha() and len(low) > 2 and low not in STOPWORDS and low not in _HEDGES \
                and not _CHANGE_NEAR.match(low) and low not in ("percent", "per", "cent"):
            out.add(stem(low))
    return out


def _per_cent(toks: Sequence[str], i: int) -> bool:
    """Whether the number at toks[i] is a share ("[148] percent", "[5]%")."""
    return i + 1 < len(toks) and toks[i + 1].lower() in ("percent", "%", "per")


# A span of time, a share, a multiple (of a base each sentence names: "10 times farther from the sun than it is now" /
# "5 times farther from the Sun than is Earth") or a distance (of one of the many things a story places: "the
# refinery, about [110] kilometers southeast of Istanbul" / "the epicenter ... about [70] kilometers southeast of
# Istanbul") is no count of one thing.
_LENGTHS = frozenset(stem(w) for w in ["kilometers", "kilometres", "km", "miles", "meters", "metres", "feet", "foot",
                                       "yards", "inches"])
# Words after a length that make it a distance to somewhere ("[30] miles south of the capital", "[10] miles away",
# "[2] miles off the coast") or before it that make it a radius ("within [5] miles"): one of the many things a story places.
_WHERE_AFTER = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                          "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern",
                          "western", "from", "away", "off", "outside", "inland", "offshore", "beyond", "upstream",
                          "downstream", "short", "apart", "across", "behind", "ahead", "of", "to", "into", "toward",
                          "towards", "up", "down", "long", "wide", "deep", "high", "tall", "by"])
_WHERE_BEFORE = frozenset(["within", "some", "another", "first", "last", "final", "every", "per", "each"])


_SEVERAL = frozenset(["first", "second", "third", "fourth", "fifth", "last", "final", "another", "separate", "other",
                      "earlier", "later", "next", "previous"])


def _one_of_several(toks: Sequence[str]) -> bool:
    """Whether a sentence picks one of several things it could measure ("the first wave", "a separate landslide")."""
    return any(t.lower() in _SEVERAL for t in toks)


def _names_before(toks: Sequence[str], i: int, reach: int = 8) -> frozenset[str]:
    """Capitalised words (not the sentence's first) in the ``reach`` tokens before toks[i]: what is measured, when
    named ("the Cedar River crested at [14] feet" -> {Cedar, River})."""
    return frozenset(t for k, t in enumerate(toks[max(0, i - reach):i], start=max(0, i - reach))
                     if k and t[:1].isupper() and t.isalpha())


def _magnitude(toks: Sequence[str], i: int) -> bool:
    """Whether the number at toks[i], a length right after it, measures the thing the sentence is about ("crested at
    [14] feet", "a wave of [10] meters"), not a distance to a place ("[30] miles south of the capital"), a radius
    ("within [5] miles"), a stretch of a route ("the last [3] miles") or a size of one of many things ("[20] feet
    long")."""
    after = toks[i + 2].lower() if i + 2 < len(toks) else ""
    before = toks[i - 1].lower() if i else ""
    return i + 1 < len(toks) and after not in _WHERE_AFTER and before not in _WHERE_BEFORE


_NOT_COUNTS = _TIME_UNITS | {stem(w) for w in ["percent", "times", "kilometers", "kilometres", "km", "miles", "meters",
                                               "metres", "feet", "yards"]}


def _tied(a: Claim, sa: TypedAt, b: Claim, sb: TypedAt) -> bool:
    """Whether two figures say what they are in two shared words and are tied by one amount of money both sentences
    state (``totals.tied_by_amount``): "$4.4 trillion ... over the next [15] years" / "over the next [38] years of $4.4
    trillion" is one total over two spans, however many spans the story gives for other totals."""
    return len(sa[3] & sb[3]) >= 2 and tied_by_amount(a.slots.tokens, sa[2], b.slots.tokens, sb[2])


def _amount(toks: Sequence[str], i: int) -> bool:
    """Whether the number at toks[i] is an amount of money ("$3 billion", "1.484 billion U.S. dollars"): a story
    has many (aid, loans, budgets, sales), worded alike."""
    return _money(toks, i, i + 1) or any(t.lower() in _CURRENCY_AFTER for t in toks[i + 1:i + 5])


def _outlier(occ: Sequence[Occurrence], sa: TypedAt, sb: TypedAt) -> bool:
    """Whether the story gives the slot, in the words the two share (OUTLIER_WORDS of them, or all when fewer), exactly
    two values, one of them in a single article: one source against the rest ("the July 25 crash" in eight articles,
    "October 25" in one). A frame with a third value ("said Tuesday", "Thursday", "Monday") holds many facts, and two
    values each in several articles are two facts the story keeps apart."""
    shared = sa[3] & sb[3]
    family = sa[0].split(":")[0]
    values: list[str | float] = []
    arts: dict[int, set[str]] = {}
    for art, typ, value, ctx in occ:
        if typ.split(":")[0] != family or len(ctx & shared) < min(len(shared), OUTLIER_WORDS):
            continue
        if family == "number":
            v: str | float = float(value)
            at = next((n for n, x in enumerate(values) if _compatible(float(x), float(v), True)), None)
        else:
            v = value
            at = next((n for n, x in enumerate(values) if x == v), None)
        if at is None:
            values.append(v)
            at = len(values) - 1
        arts.setdefault(at, set()).add(art)
    counts = sorted(len(x) for x in arts.values())
    return len(counts) == 2 and counts[0] == 1


def anchored_conflicts(idx: ClaimIndex, compared: np.ndarray, min_cos: float,
                       crowded: bool) -> list[tuple[int, int, ConflictKind, str, str]]:
    """Figures and dates of sentences worded too far apart for the cosine gate (SLOT_LOW to the aligned threshold,
    or aligned but left out of a crowded story's mutual-best pairs), each the best match of the other in its article
    one way at least, where the two slots share their words (``_strong_anchor``) and the story gives the slot in
    those words one value against the rest (``_outlier``): "the first in [25] years of commercial operations" /
    "the first in the Concorde's [24] years of commercial service" is not enough; "his mother and [10] others" /
    "his mother and [23] others were killed" is, where no third figure is given for them."""
    sim = idx.sim
    n = sim.shape[0]
    if n == 0:
        return []
    owner = np.array([c.article for c in idx.claims])
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    block = np.cumsum(np.r_[False, owner[1:] != owner[:-1]])
    block_max = np.maximum.reduceat(sim, starts, axis=1)[:, block]
    best = (sim >= block_max) & (sim >= SLOT_LOW)
    todo = (best | best.T) & ~(compared & (sim >= min_cos))
    pairs = np.argwhere(np.triu(todo, k=1))
    if not len(pairs):
        return []
    occ = slot_occurrences(idx)
    # Only a sentence with a figure or a date can give one of these conflicts: the others are not diffed at all
    # (pair_conflicts is most of the time of a large story's comparison).
    counted = [any(typ != "name" for typ, *_ in _typed_slots(c.slots.tokens)) for c in idx.claims]
    maxima = story_maxima(idx)
    out: list[tuple[int, int, ConflictKind, str, str]] = []
    for i, j in pairs:
        a, b = idx.claims[i], idx.claims[j]
        if a.text == b.text or not (counted[i] and counted[j]):
            continue
        most = maximum_conflict(maxima, a, b) if maxima else None
        if most:
            out.append((int(i), int(j), "number", *most))  # one law's maximum given two values (penalties.py)
        # one act done once to a person, named beside it in both, or one period's start, in two years (date_pairs)
        acts = one_persons_act_dated_twice(a.slots.tokens, b.slots.tokens) \
            + one_period_started_twice(a.slots.tokens, b.slots.tokens)
        out += [(int(i), int(j), "date", va, vb) for va, vb in acts]
        for kind, va, vb in pair_conflicts(a, b, float(sim[i, j]), 0.0, crowded, lone_counts=True):
            if kind == "date" and (va, vb) in acts:
                continue
            if kind == "number" and most:
                continue
            if kind == "place" and ("place", va, vb) in event_place_conflicts(a, b):
                out.append((int(i), int(j), kind, va, vb))  # one event given two places (places.py)
            if kind not in ("number", "date"):
                continue
            sa, sb = _typed_at(a, va), _typed_at(b, vb)
            if sa and sb and (_strong_anchor(kind, a, va, sa, b, vb, sb) and _outlier(occ, sa, sb)
                              or kind == "number" and _tied(a, sa, b, sb)
                              or kind == "date" and one_of_listed_pair_changed(a.slots.tokens, sa[2], b.slots.tokens,
                                                                               sb[2])):
                out.append((int(i), int(j), kind, va, vb))
    return out

