"""Ranges, bounds and rates: a number that is one end of a span ("300 to 500 million"), a limit ("at least 36", "up to
80 percent"), a value changed from ("from 10 acres to three") or a count of a base ("14 out of every 100"); and when
two such figures state one measure (one range's end, one rate's base, one share's whole)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.conflicts.lexicon import _SCALE_WORDS
from newsdesk.compare.conflicts.values import _compatible, _num
from newsdesk.text import STOPWORDS, stem

_LOWER_BOUND = re.compile(r"\b(?:at least|more than|over|upwards of|in excess of|above)\s*\$?\s*$", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"\b(?:at most|fewer than|less than|up to|under|below|no more than|within)\s*\$?\s*$",
                          re.IGNORECASE)


def _bounded_ok(ta: Sequence[str], i: int, va: float, tb: Sequence[str], j: int, vb: float) -> bool:
    """"more than $1 billion" is compatible with "$10 billion"; "up to 40" with "25"; "from 10 acres" is an old value."""
    before_a, before_b = " ".join(ta[max(0, i - 4):i]), " ".join(tb[max(0, j - 4):j])
    low_a, low_b = bool(_LOWER_BOUND.search(before_a)), bool(_LOWER_BOUND.search(before_b))
    up_a, up_b = bool(_UPPER_BOUND.search(before_a)), bool(_UPPER_BOUND.search(before_b))
    # One side a bound, the other a figure within it; two bounds ("more than 155,000" / "more than 465,000") differ.
    if low_a != low_b and (low_a and vb >= va or low_b and va >= vb):
        return True
    if up_a != up_b and (up_a and vb <= va or up_b and va <= vb):
        return True
    # a value changed from ("from 10 acres to three") is an old value, unless both sides name the value it changed to
    return (_old_value(ta, i) or _old_value(tb, j)) and not _same_change(ta, i, tb, j)


def _change_target(tokens: Sequence[str], i: int) -> float | None:
    """The value a number is changed to ("from [eight] years in prison to one", "her [three-year] sentence to one
    year"): the number right after the first "to" within six tokens, None when there is none."""
    for k in range(i + 1, min(len(tokens) - 1, i + 7)):
        if tokens[k].lower() == "to":
            return _num(tokens[k + 1]) if tokens[k + 1].lower() != "one" else 1.0
    return None


def _same_change(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Two old values of one change to the same new value ("reduced her sentence from [eight] years to one" /
    "reducing her [three-year] prison sentence to one year"): the old values are comparable."""
    to_a, to_b = _change_target(ta, i), _change_target(tb, j)
    return to_a is not None and to_b is not None and abs(to_a - to_b) < 1e-9


_CHANGE_BEFORE = re.compile(r"\b(?:up|down|ris\w*|rose|f[ae]ll\w*|increas\w*|decreas\w*|rais\w*|lower\w*|reduc\w*|"
                            r"cut\w*|drop\w*|jump\w*|climb\w*|grew|grow\w*|slash\w*|chang\w*)\s+(?:[\w'’-]+\s+){0,4}"
                            r"from\s*\$?\s*$", re.IGNORECASE)


def _old_value(tokens: Sequence[str], i: int) -> bool:
    """A value changed from ("from 10 acres to three", "reduced her sentence from three years"), not a source
    ("150 passports from 10 countries")."""
    before = " ".join(tokens[max(0, i - 4):i])
    if not re.search(r"\bfrom\s*\$?\s*$", before):
        return False
    return any(t.lower() == "to" for t in tokens[i + 1:i + 7]) or bool(_CHANGE_BEFORE.search(" ".join(tokens[max(0, i - 8):i])))


_RANGE = frozenset(["to", "and", "-", "–", "or"])
_MULTIPLIERS = _SCALE_WORDS - {"of", "per"}  # words that go on with a number ("300 [million] to 500 million")


def _past_multipliers(tokens: Sequence[str], j: int) -> int:
    """The index of the first token from ``j`` on that is not a multiplier of the number before it."""
    while j < len(tokens) and tokens[j].lower() in _MULTIPLIERS:
        j += 1
    return j


def _in_range(tokens: Sequence[str], i: int, j: int) -> bool:
    """A number that is one end of a range or list ("300 to 500 million", "between 5 and 15", "13 and 11")."""
    k = _past_multipliers(tokens, j)
    after = k < len(tokens) - 1 and tokens[k].lower() in _RANGE and _num(tokens[k + 1]) is not None
    before = i > 1 and tokens[i - 1].lower() in _RANGE and _num(tokens[i - 2]) is not None
    before = before or i > 2 and tokens[i - 1].lower() in _RANGE and tokens[i - 2].lower() in _SCALE_WORDS \
        and _num(tokens[i - 3]) is not None
    return after or before or _bound_or_rate(tokens, i, j)


_SPAN_WORDS = _RANGE - {"or"}  # a range, not a list of alternatives


def _range_end(tokens: Sequence[str], i: int, j: int) -> tuple[str, float] | None:
    """("low", other end) or ("high", other end) for a number that is one end of a range written with "to" or a dash
    ("two [to] three days", "ages 18-34", "between 5 and 15"), else None."""
    k = _past_multipliers(tokens, j)
    if k < len(tokens) - 1 and tokens[k].lower() in _SPAN_WORDS and (v := _num(tokens[k + 1])) is not None \
            and (tokens[k].lower() != "and" or i and tokens[i - 1].lower() == "between"):
        return "low", v
    if i > 1 and tokens[i - 1].lower() in _SPAN_WORDS and (v := _num(tokens[i - 2])) is not None \
            and (tokens[i - 1].lower() != "and" or i > 2 and tokens[i - 3].lower() == "between"):
        return "high", v
    # the low end with its unit or multiplier written out ("3 percent to [5] percent", "300 million to [500] million")
    if i > 2 and tokens[i - 1].lower() in _SPAN_WORDS and tokens[i - 2].lower() in _MULTIPLIERS \
            and (v := _num(tokens[i - 3])) is not None \
            and (tokens[i - 1].lower() != "and" or i > 3 and tokens[i - 4].lower() == "between"):
        return "high", v
    return None


def _same_range(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Two ranges with one end the same and the other different ("ages 18-34" / "ages 25 to 34", "two to three days" /
    "one to three days"): one range, stated with two values for one end."""
    ea, eb = _range_end(ta, i1, i2), _range_end(tb, j1, j2)
    return ea is not None and eb is not None and ea[0] == eb[0] and abs(ea[1] - eb[1]) < 1e-9


_OPEN_END = re.compile(r"^(?:and|or) (?:younger|older|more|less|fewer|over|under|above|below|up|higher|lower)\b")
_RATE = re.compile(r"^(?:[a-z]+ )?(?:out )?of (?:every|each)\b|^(?:out of|in every|in each)\b")  # "15 cents of every dollar"
_RATE_BEFORE = re.compile(r"\b(?:out of|of every|in every|one in|1 in)\s*$")


def _bound_or_rate(tokens: Sequence[str], i: int, j: int) -> bool:
    """"14 and younger", "10 or more" (an open end), "5 of every 10,000", "1 out of 500" (a rate): not a count."""
    after = " ".join(t.lower() for t in tokens[j:j + 3])
    before = " ".join(t.lower() for t in tokens[max(0, i - 3):i])
    return bool(_OPEN_END.match(after) or _RATE.match(after) or _RATE_BEFORE.search(before)
                or re.search(r"\b(?:older|younger) than(?: age)?\s*$", before))


def _same_bound(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Two open ends or rates in the same words ("an age younger than [10,000] years" / "younger than [30,000] years",
    "[14] out of every 100 Kenyans" / "[33] out of 100 Kenyans", "14 out of [201] Kenyans" / "14 out of every [100]
    Kenyans"): one bound stated with two values, a contradiction as two counts are; so is an end of a range against
    a bound on its side ("60 to [80] percent" / "up to [80] percent")."""
    if _range_against_bound(ta, i1, i2, tb, j1, j2) or _range_against_bound(tb, j1, j2, ta, i1, i2):
        return True
    if not (_bound_or_rate(ta, i1, i2) and _bound_or_rate(tb, j1, j2)):
        return False

    def frame(tokens: Sequence[str], i: int, j: int) -> tuple[list[str], list[str]]:
        low = [t.lower() for t in tokens]
        after = [t for t in low[j:j + 5] if t not in ("every", "each")][:3]
        if _RATE.match(" ".join(low[j:j + 3])):
            return [], after  # a rate: the same base
        # an open end or a bound: the same words around it ("out of every [100]" is "out of [100]")
        return [t for t in low[max(0, i - 3):i] if t not in ("every", "each")][-2:], after[:2]

    if frame(ta, i1, i2) != frame(tb, j1, j2):
        return False
    # Two bases of one rate, each after its count ("14 out of [201]" / "14 out of every [100]"): one rate only when the
    # two shares differ ("7 out of [50]" is "14 out of every [100]").
    ra, rb = _rate_share(ta, i1), _rate_share(tb, j1)
    return ra is None or rb is None or not _compatible(ra, rb, False)


def _rate_share(tokens: Sequence[str], i: int) -> float | None:
    """The share a rate's base gives with the count before it ("14 out of every [100]" -> 0.14); None otherwise."""
    k = i - 1
    while k >= 0 and tokens[k].lower() in ("out", "of", "every", "each", "in"):
        k -= 1
    if k == i - 1 or k < 0 or (count := _num(tokens[k])) is None or not (base := _num(tokens[i])):
        return None
    return count / base


def _bound_side(tokens: Sequence[str], i: int) -> str:
    """"low" for a number after "at least" / "more than", "high" after "up to" / "less than", else ""."""
    before = " ".join(tokens[max(0, i - 4):i])
    return "low" if _LOWER_BOUND.search(before) else "high" if _UPPER_BOUND.search(before) else ""


def _range_against_bound(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """An end of a range against a bound on the same side ("families earning 60 to [80] percent" / "up to [80]
    percent", "[7] percent to 15 percent" / "at least [7] percent"): the same limit, stated twice."""
    end = _range_end(ta, i1, i2)
    return end is not None and _range_end(tb, j1, j2) is None and _bound_side(tb, j1) == end[0]


def _rate_base(tokens: Sequence[str], j: int) -> float | None:
    """The base of a rate a count opens ("[14] out of every 100 Kenyans" -> 100.0), None when it opens none."""
    if j < len(tokens) - 2 and _RATE.match(" ".join(t.lower() for t in tokens[j:j + 3])):
        return next((v for k in range(j + 1, min(len(tokens), j + 4)) if (v := _num(tokens[k])) is not None), None)
    return None


def _share_of(tokens: Sequence[str], j: int) -> tuple[frozenset[str], frozenset[str]]:
    """What a share is of, and what is said of it: the first two content words (stemmed) after "percent of" ("90
    percent of all [malaria cases] [occur] in Africa" -> {malaria, case}) and the content words of the next
    SHARE_SAID tokens after them, up to the clause's end ({occur, africa}); both empty for a number that is no share of
    a named whole."""
    k = j
    if k < len(tokens) and tokens[k].lower() in ("%", "percent"):
        k += 1
    if k >= len(tokens) or tokens[k].lower() != "of" or j == k:
        return frozenset(), frozenset()
    words: list[str] = []
    end = k + 1
    for end in range(k + 1, min(len(tokens), k + 6)):
        low = tokens[end].lower()
        if not low.isalpha():
            break
        if low in STOPWORDS or low in ("all", "every", "each"):
            continue
        words.append(stem(low))
        if len(words) == 2:
            break
    said: set[str] = set()
    for t in tokens[end + 1:end + 1 + SHARE_SAID]:
        if t in (",", ".", ";", ":"):
            break  # the clause ends: "of American adults are overweight[,] according to ..."
        if t.isalpha() and t.lower() not in STOPWORDS:
            said.add(stem(t.lower()))
    return frozenset(words), frozenset(said)


SHARE_SAID = 8  # tokens after a share's whole, up to the clause's end, that say what is said of it


def same_measure(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether two numbers are tied to one measure by more than a unit: the same end of one range ("between 3 and [5]
    percent" / "3 percent to [18] percent"), counts of one rate base ("[14] out of every 100 Kenyans" / "[33] out of
    100 Kenyans") or shares of one whole said of one thing ("90 percent of all malaria cases occur in Africa" / "[81]
    percent of malaria cases occur in Africa")."""
    if _same_range(ta, i1, i2, tb, j1, j2):
        return True
    ra, rb = _rate_base(ta, i2), _rate_base(tb, j2)
    if ra is not None and rb is not None and abs(ra - rb) < 1e-9:
        return True
    (wa, said_a), (wb, said_b) = _share_of(ta, i2), _share_of(tb, j2)
    return len(wa) == 2 and wa == wb and bool(said_a & said_b)  # not "45 percent of adults are obese" / "30 percent
    # of adults smoke": two shares of one whole, of two things


def restated_limit(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether one figure is an end of a range and the other a bound on that side ("[7] percent to 15 percent" / "at
    least [7] percent"): one limit stated twice, which a bound does not make compatible with another value."""
    return _range_against_bound(ta, i1, i2, tb, j1, j2) or _range_against_bound(tb, j1, j2, ta, i1, i2)


def opposite_limits(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether one figure is an end of a range and the other a bound on the other side ("[60] to 80 percent" / "up to
    [80] percent"): the low end is no approximation of the upper limit."""
    for (t1, x1, x2), (t2, y1) in (((ta, i1, i2), (tb, j1)), ((tb, j1, j2), (ta, i1))):
        end = _range_end(t1, x1, x2)
        side = _bound_side(t2, y1)
        if end is not None and side and side != end[0]:
            return True
    return False


def other_wholes(ta: Sequence[str], i2: int, tb: Sequence[str], j2: int) -> bool:
    """Whether two shares name the wholes they are of, with no word in common ("10 percent of all [transactions]" /
    "14 percent of the consumer book [market]"): shares of two things, however alike the sentences are worded."""
    wa, wb = _share_of(ta, i2)[0], _share_of(tb, j2)[0]
    return bool(wa) and bool(wb) and not wa & wb
