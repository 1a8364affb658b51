"""One fact, two figures: two sentences that state one fact but for a figure of the same thing (#5).

The fact grouping withholds a confirmation when two near sentences give different figures for what may be one thing
("the surplus will total $2.9 trillion" / "... $1.9 trillion", ``fact_match.figures_differ``). Shown as a number
conflict, such a pair must state one fact in every other respect: the rest of what the shorter one states is
stated by the other (``SAME_REST``), the figure stands among the same words on both sides, the sentences name the
same places, give no different years and differ in nothing else the grouping reads (people, stage, comparison,
denial); a sentence saying "he" is not of a person the other names in full and its own article never names. A rounded or loose figure ("$3 trillion" / "$2.9 trillion", "more than 200,000" / "220,000") is no
difference. The conflict finder's own guards (a count higher in a later article, questions) apply as to any figure.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from newsdesk.compare.claims import _PLACE_NOUNS, Claim
from newsdesk.compare.conflicts.counted import aboard_counts, body_size, body_sizes
from newsdesk.compare.conflicts.holders import held_shares
from newsdesk.compare.conflicts.lexicon import _DATE_WORDS
from newsdesk.compare.conflicts.names import _is_place
from newsdesk.compare.conflicts.pairing import _AROUND
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _compatible, _num, _qualified
from newsdesk.compare.consensus import (
    MIN_SHARED_TERMS,
    ClaimIndex,
    article_words,
    differ_in_what_they_state,
    is_question,
    speaker_terms,
    stated_terms,
)
from newsdesk.compare.fact_match import (
    Figure,
    differing_figures,
    figures,
    story_people,
    unknown_person,
)
from newsdesk.text import STOPWORDS, content_terms

FACT_COS = 0.35  # the cosine at which the fact grouping takes two sentences as one fact (CompareConfig.fact_similarity)
SAME_REST = 0.8  # of the shorter sentence's stated terms (figures left out), the share the other must state too
CONTEXT = 4  # tokens either side of a figure that make its frame


def figure_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """(claim, claim, value, value) for each pair of sentences of different articles that state one fact with two
    figures of one thing (see the module's docstring)."""
    out: list[tuple[int, int, str, str]] = []
    counted = np.array([any(f.counts for f in figures(c.slots.tokens)) for c in idx.claims], dtype=bool)
    near = np.triu(idx.sim >= FACT_COS, k=1) & counted[:, None] & counted[None, :]
    if not near.any():
        return _story_wide(out, idx)
    people = story_people(idx.claims)
    words = {a: article_words(ac.article) for a, ac in idx.articles.items()}
    for i, j in np.argwhere(near):
        a, b = idx.claims[i], idx.claims[j]
        pair = differing_figures(a, b)  # the cheap test first: most near pairs give no two figures of one thing
        if pair is None or is_question(a.text) or is_question(b.text) or unknown_person(a, b, words[a.article]) \
                or unknown_person(b, a, words[b.article]):
            continue  # "A 28-year-old Frenchman, he ..." is not of a person named in full whom its article never names
        if not one_fact_but_the_figure(a, b, pair, people):
            continue
        x, y = pair
        out.append((int(i), int(j), figure_text(a, x), figure_text(b, y)))
    return _story_wide(out, idx)


def _story_wide(out: list[tuple[int, int, str, str]], idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """``out`` with the figure conflicts read wherever in a story two sentences stand, each pair once."""
    done = {(i, j) for i, j, _, _ in out}
    for hit in held_share_conflicts(idx) + body_size_conflicts(idx) + aboard_conflicts(idx):
        if (hit[0], hit[1]) not in done:
            out.append(hit)
            done.add((hit[0], hit[1]))
    return out


# Cheap tests of a sentence's text before its slots are read (most sentences give no share, body size or count aboard).
_SHARE_TEXT = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_BODY_TEXT = re.compile(r"\d\s*-?\s*member\b|\bof \d", re.IGNORECASE)
_ABOARD_TEXT = re.compile(r"\b(?:on board|aboard)\b", re.IGNORECASE)


def held_share_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """(claim, claim, value, value) for two sentences of different articles that give one holder two shares of one
    thing, wherever in the story they stand ("Zyuganov trails with about [45] percent" / "about [20] percent for
    Communist Gennady Zyuganov", "Barnes & Noble has about [31] percent of the retail book market" / "Barnes & Noble's
    sales account for about [14] percent of the consumer book market"): the same name holds both (``held_shares``),
    of the same noun or of none, of one measure (a standing in polls, a vote's result, or neither: ``share_measure``),
    the figures differ beyond rounding and neither is a bound the other lies within, and the sentences give the same
    dates (or none)."""
    held = [(k, c, held_shares(c.slots.tokens)) for k, c in enumerate(idx.claims) if _SHARE_TEXT.search(c.text)]
    held = [(k, c, h) for k, c, h in held if h and not is_question(c.text)]
    out: list[tuple[int, int, str, str]] = []
    for n, (i, a, shares_a) in enumerate(held):
        for j, b, shares_b in held[n + 1:]:
            if a.article == b.article or set(a.dates) != set(b.dates):  # "a poll released Tuesday" / "polls say"
                continue
            scope_a, scope_b = _scopes(a), _scopes(b)
            if scope_a - scope_b and scope_b - scope_a:  # "in Ohio" / "in Texas": a share of each place
                continue
            hit = _two_shares(a, shares_a, b, shares_b)
            if hit:
                out.append((i, j, *hit))
    return out


def body_size_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """(claim, claim, value, value) for two sentences of different articles that give one body two sizes, wherever in
    the story they stand ("a [27]-member committee of science teachers" / "the committee of [59] science teachers"):
    the same body noun made of the same people (a word of who it is made of shared), one such body in each sentence,
    a name both sentences give besides (whose body it is: "the Kansas Board of Education"), the same dates or none."""
    sized = [(k, c, body_sizes(c.slots.tokens)) for k, c in enumerate(idx.claims) if _BODY_TEXT.search(c.text)]
    sized = [(k, c, s) for k, c, s in sized if len(s) == 1 and not is_question(c.text)]
    out: list[tuple[int, int, str, str]] = []
    for n, (i, a, [(body_a, ia, members_a)]) in enumerate(sized):
        for j, b, [(body_b, ib, members_b)] in sized[n + 1:]:
            if a.article == b.article or body_a != body_b or not members_a & members_b \
                    or set(a.dates) != set(b.dates) or not _names(a) & _names(b):
                continue
            va, vb = body_size(a.slots.tokens, ia), body_size(b.slots.tokens, ib)
            if va is not None and vb is not None and not _compatible(va, vb, False):
                out.append((i, j, a.slots.tokens[ia], b.slots.tokens[ib]))
    return out


ABOARD_NAMES = 2  # names two sentences must share to tell of one craft ("the EgyptAir flight ... off Nantucket")


def aboard_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """(claim, claim, value, value) for two sentences of different articles that count those aboard one craft twice,
    wherever in the story they stand ("All the [439] people on board are feared dead as the EgyptAir Boeing 767 ...
    crashed ... off Nantucket" / "The EgyptAir flight crashed Oct. 31 off ... Nantucket, killing the [217] people on
    board"): one such count in each sentence, of the same unit word (or none: "passengers" leave out the crew), and
    at least ``ABOARD_NAMES`` names both sentences give (whose craft, where). Who was aboard a flight does not change
    between two reports, so no date is asked."""
    counted = [(k, c, aboard_counts(c.slots.tokens)) for k, c in enumerate(idx.claims) if _ABOARD_TEXT.search(c.text)]
    counted = [(k, c, n) for k, c, n in counted if len(n) == 1 and not is_question(c.text)]
    out: list[tuple[int, int, str, str]] = []
    for n, (i, a, [(ia, unit_a)]) in enumerate(counted):
        for j, b, [(ib, unit_b)] in counted[n + 1:]:
            if a.article == b.article or unit_a != unit_b or len(_name_runs(a) & _name_runs(b)) < ABOARD_NAMES:
                continue
            va, vb = _num(a.slots.tokens[ia]), _num(b.slots.tokens[ib])
            if va is not None and vb is not None and not _compatible(va, vb, False):
                out.append((i, j, f"{a.slots.tokens[ia]} {unit_a}".strip(), f"{b.slots.tokens[ib]} {unit_b}".strip()))
    return out


def _name_runs(claim: Claim) -> set[str]:
    """Each name of a sentence whole ("egyptair flight", "long island"): a shared "Flight" or "Island" is no shared
    craft or place."""
    runs, run = set(), []
    toks = claim.slots.tokens
    lone_first = len(toks) > 1 and not toks[1][:1].isupper()  # a capitalised first word alone: no name
    for t in [*(toks[1:] if lone_first else toks), "."]:
        if t[:1].isupper() and t.lower() not in STOPWORDS and t.lower() not in _DATE_WORDS:
            run.append(t.lower())
        elif run:
            runs.add(" ".join(run))
            run = []
    return runs


def _scopes(claim: Claim) -> set[str]:
    """The names a sentence puts after "in" or "among" (where a share is held: "in Ohio", "in Asia"), lower-cased."""
    toks = claim.slots.tokens
    return {toks[k + 1].lower() for k in range(len(toks) - 1) if toks[k].lower() in ("in", "among")
            and toks[k + 1][:1].isupper()}


def _names(claim: Claim) -> set[str]:
    """The capitalised words of a sentence past its first (the names it gives), lower-cased."""
    return {t.lower() for t in claim.slots.tokens[1:] if t[:1].isupper() and t.lower() not in STOPWORDS
            and t.lower() not in _DATE_WORDS}


def _two_shares(a: Claim, shares_a: Sequence[tuple[str, int, str, str]], b: Claim,
                shares_b: Sequence[tuple[str, int, str, str]]) -> tuple[str, str] | None:
    """The two differing shares one holder holds in two sentences (one holder with one share in each), or None."""
    ta, tb = a.slots.tokens, b.slots.tokens
    for holder, i, of, measure in shares_a:
        mine_a = [s for s in shares_a if s[0] == holder]
        mine_b = [s for s in shares_b if s[0] == holder]
        if len(mine_a) != 1 or len(mine_b) != 1:
            continue  # "from 20 percent to 25 percent": a holder's change, not one share
        _, j, of_b, measure_b = mine_b[0]
        va, vb = _num(ta[i]), _num(tb[j])
        if va is None or vb is None or of != of_b or measure != measure_b:
            continue
        if _compatible(va, vb, _qualified(ta, i) or _qualified(tb, j)) or _bound_around(ta, i, va, tb, j, vb):
            continue
        return f"{ta[i]} {ta[i + 1]}", f"{tb[j]} {tb[j + 1]}"
    return None


def _bound_around(ta: Sequence[str], i: int, va: float, tb: Sequence[str], j: int, vb: float) -> bool:
    """Whether either share is a bound the other lies within ("more than 20 percent" / "43 percent")."""
    def bound(toks: Sequence[str], k: int) -> str:
        before = {" ".join(t.lower() for t in toks[max(0, k - n):k]) for n in (1, 2, 3)}
        return "lower" if before & _LOWER_BOUND else "upper" if before & _UPPER_BOUND else ""
    ba, bb = bound(ta, i), bound(tb, j)
    return ba == "lower" and vb > va or ba == "upper" and vb < va or bb == "lower" and va > vb \
        or bb == "upper" and va < vb


def one_fact_but_the_figure(a: Claim, b: Claim, pair: tuple[Figure, Figure], people: Collection[str] = ()) -> bool:
    """Whether two sentences giving two figures of one thing (``pair``) state one fact in every other respect."""
    x, y = pair
    speakers = speaker_terms(a) | speaker_terms(b)
    own_a = stated_terms(a) - speakers - _figure_terms(a)
    own_b = stated_terms(b) - speakers - _figure_terms(b)
    shared = own_a & own_b
    if len(shared) < MIN_SHARED_TERMS or len(shared) < SAME_REST * min(len(own_a), len(own_b)):
        return False
    if any(_no_plain_count(c, f) for c, f in ((a, x), (b, y))) or _bounded(a, x, b, y) or _bounded(b, y, a, x) \
            or (x.counts & y.counts) <= _TIME_UNITS:
        return False
    noun_a, noun_b = _first_noun(a, x), _first_noun(b, y)
    if noun_a and noun_b and noun_a != noun_b:
        return False  # "3 million households" / "1.4 million families": two counts of two things
    if len(shared) < min(len(own_a), len(own_b)) and len(_frame(a, x) & _frame(b, y) - _SHARE_WORDS) < FRAME_WORDS:
        return False  # "the undercount rate was 1.6 percent" / "the poverty rate hovered around 13 percent"; a
        # sentence whose words the other all states gives its figure wherever ("the surplus would total $1.9 trillion
        # over the next 10 years" / "the surplus over the next 10 years will be $2.9 trillion")
    if sentence_places(a) != sentence_places(b) or dated_differently(a, b):
        return False
    return not differ_in_what_they_state(a, b, people)


FRAME_WORDS = 2  # content words around the figure (a share's "percent" left out) the two sentences must share
_SHARE_WORDS = frozenset(content_terms("percent per cent percentage"))
_TIME_UNITS = frozenset(content_terms("year years month months week weeks day days hour hours minute minutes decade"))
# A figure that is part of something, one end of a span or of a change, or a rate: "another 11 people", "the latter
# two", "wounded about 70 others", "between 270 and 480 million", "reduced from 10 acres", "one out of 10 children",
# "15 cents of every dollar".
_PART_BEFORE = frozenset(["other", "another", "latter", "former", "additional", "from", "to", "between", "of", "and",
                          "or", "per", "including"])
_PART_AFTER = frozenset(["other", "others", "more", "additional", "to", "and", "or", "per"])
_LOWER_BOUND = frozenset(["more than", "over", "at least", "upwards of", "above", "exceeding"])
_UPPER_BOUND = frozenset(["up to", "less than", "fewer than", "under", "below", "as many as", "no more than"])


def _no_plain_count(claim: Claim, fig: Figure) -> bool:
    """Whether a figure is no plain count of the thing: part of something, an end of a span or a change, a rate."""
    toks = [t.lower() for t in claim.slots.tokens]
    start = fig.start - 1 if fig.start > 0 and toks[fig.start - 1] in ("$", "£", "€") else fig.start
    before = toks[start - 1] if start > 0 else ""
    after = toks[fig.end] if fig.end < len(toks) else ""
    span = after in ("-", "–") and fig.end + 1 < len(toks) and toks[fig.end + 1][:1].isdigit()  # "18-34", not "29-year-old"
    rate = bool({"every", "each", "per"} & set(toks[fig.end:fig.end + 3]))  # "15 cents of every budget dollar"
    return before in _PART_BEFORE or after in _PART_AFTER or span or rate \
        or " ".join(toks[max(0, start - 2):start]) == "out of"


def _bounded(claim: Claim, x: Figure, claim_y: Claim, y: Figure) -> bool:
    """Whether ``x`` is a bound that ``y`` lies within ("more than $1 billion" / "$10 billion", "up to 128GB" /
    "64GB"); not when ``y`` is a bound of the same kind ("up to 64GB")."""
    toks = [t.lower() for t in claim.slots.tokens]
    start = x.start - 1 if x.start > 0 and toks[x.start - 1] in ("$", "£", "€") else x.start
    before = {" ".join(toks[max(0, start - k):start]) for k in (1, 2, 3)}
    lower, upper = bool(before & _LOWER_BOUND), bool(before & _UPPER_BOUND)
    return lower and y.amount > x.amount and not _bound_of(claim_y, y, _LOWER_BOUND) \
        or upper and y.amount < x.amount and not _bound_of(claim_y, y, _UPPER_BOUND)


def _bound_of(claim: Claim, fig: Figure, bounds: frozenset[str]) -> bool:
    """Whether a figure is given as a bound of this kind ("up to 64GB" and "up to 128GB" are two maxima)."""
    toks = [t.lower() for t in claim.slots.tokens]
    start = fig.start - 1 if fig.start > 0 and toks[fig.start - 1] in ("$", "£", "€") else fig.start
    return bool({" ".join(toks[max(0, start - k):start]) for k in (1, 2, 3)} & bounds)


def _first_noun(claim: Claim, fig: Figure) -> frozenset[str]:
    """The stem of the word right after a figure (and its scale word), when it is a content word ("households")."""
    toks = claim.slots.tokens
    nxt = toks[fig.end] if fig.end < len(toks) else ""
    return frozenset(content_terms(nxt)) if nxt.isalpha() else frozenset()


def _figure_terms(claim: Claim) -> set[str]:
    toks = claim.slots.tokens
    return {t for typ, i, j, _ in _typed_slots(toks) if typ == "number" for t in content_terms(" ".join(toks[i:j]))}


def _frame(claim: Claim, fig: Figure) -> set[str]:
    """The content terms within ``CONTEXT`` tokens of a figure, the figure left out."""
    toks = claim.slots.tokens
    near = [*toks[max(0, fig.start - CONTEXT):fig.start], *toks[fig.end:fig.end + CONTEXT]]
    return set(content_terms(" ".join(t for t in near if not t[:1].isdigit())))


def figure_text(claim: Claim, fig: Figure) -> str:
    """A figure as the sentence writes it, with its currency sign and scale word ("$1.9 trillion")."""
    toks = claim.slots.tokens
    start = fig.start - 1 if fig.start > 0 and toks[fig.start - 1] in ("$", "£", "€") else fig.start
    return " ".join(toks[start:fig.end]).replace("$ ", "$").replace("£ ", "£").replace("€ ", "€")


def dated_differently(a: Claim, b: Claim) -> bool:
    """Whether the two sentences date their figures differently: other years ("in 1997" / "in 1998", "in 1997" /
    "currently"), or other dates where both give some."""
    years_a = {d for d in a.dates if d.startswith("year:")}
    years_b = {d for d in b.dates if d.startswith("year:")}
    return years_a != years_b or bool(a.dates) and bool(b.dates) and not set(a.dates) & set(b.dates)


def sentence_places(c: Claim) -> frozenset[str]:
    """The places a sentence names (as the slot comparison reads them)."""
    toks = c.slots.tokens
    return frozenset(v for typ, i, j, v in _typed_slots(toks) if typ == "name" and _is_place(toks, i, j)
                     and not _possessor(toks, j))


def _possessor(toks: Sequence[str], j: int) -> bool:
    """Whether the name ending at toks[j] owns the lower-case noun after it ("received one from [Bush's]
    predecessor"): whose, not where ("from [Chicago's] suburbs" is where). E26."""
    return bool(re.search(r"['’]s$", toks[j - 1])) and j < len(toks) and toks[j][:1].islower() \
        and toks[j].lower() not in _PLACE_NOUNS and toks[j].lower() not in _AROUND
