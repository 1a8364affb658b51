"""Rates of change ("grew by at least [7] percent a year", "has increased [7] percent to 15 percent") and the one
figure of its unit a sentence gives: when two aligned sentences each give one such figure, the pairing of the two is
unambiguous, however many figures of other units they give besides."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsdesk.compare.conflicts.numbers import _first_unit
from newsdesk.compare.conflicts.ranges import _range_end
from newsdesk.compare.conflicts.values import _num

CHANGE_NEAR = re.compile(r"^(?:by|up|down|ris(?:e|es|en|ing)|rose|fell|fallen|falling|increas\w*|decreas\w*|rais\w*|"
                         r"lower\w*|reduc\w*|cut\w*|drop\w*|jump\w*|climb\w*|gr[eo]w\w*|slash\w*|declin\w*|"
                         r"surg\w*|plung\w*|soar\w*|gain\w*|more|less|higher|growth|change)$", re.IGNORECASE)

Slot = tuple[str, int, int, str]


def share_of_change(toks: Sequence[str], i: int) -> bool:
    """Whether the share at toks[i] measures a change ("dropped by as much as [28] percent", "growing by at least [7]
    percent a year", "a [5] percent increase"): a word of change among the five tokens before it or the two after its
    "percent", not a share of a whole ("polls indicated that [70] percent of voters")."""
    around = list(toks[max(0, i - 5):i]) + list(toks[i + 2:i + 4])
    return any(CHANGE_NEAR.match(t) for t in around)


def _low_end(toks: Sequence[str], i: int) -> int:
    """The index of a range's low end for its high end ("increased 7 percent to [15] percent" -> that of 7), else i."""
    end = _range_end(toks, i, i + 1)
    if end is None or end[0] != "high":
        return i
    k = i - 2
    while k > 0 and _num(toks[k]) is None:
        k -= 1
    return k


def _units(slots: Sequence[Slot], toks: Sequence[str]) -> Counter[str]:
    """How many figures of each unit the number slots give, the two ends of a range counted once."""
    out: Counter[str] = Counter()
    for typ, i, j, _ in slots:
        if typ != "number":
            continue
        end = _range_end(toks, i, j)
        if end is not None and end[0] == "high":
            continue  # counted with its low end
        out[_first_unit(toks, j)] += 1
    return out


def only_rates_of_change(sa: Sequence[Slot], ta: Sequence[str], i1: int, i2: int,
                         sb: Sequence[Slot], tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether two differing shares are the only shares among the differing figures of their sentences (a range
    counted as one) and both measure a change ("a number that's growing by at least [19] percent a year" / "the number
    of home schoolers has increased [7] percent to 15 percent"): the one rate of change each aligned sentence gives,
    one slot, whatever figures of other units ("1.3 million", "five years") differ besides."""
    if _first_unit(ta, i2) != "percent" or _first_unit(tb, j2) != "percent":
        return False
    if _units(sa, ta)["percent"] != 1 or _units(sb, tb)["percent"] != 1:
        return False
    return _changed_by(ta, _low_end(ta, i1)) and _changed_by(tb, _low_end(tb, j1))


_COMPARATIVES = frozenset(["more", "less", "fewer", "higher", "lower"])


def _changed_by(toks: Sequence[str], i: int) -> bool:
    """share_of_change without a comparative that only bounds the share ("[more] than 80 percent of child seats": a
    share of a whole, not a change)."""
    def changes(k: int) -> bool:
        low = toks[k].lower()
        return bool(CHANGE_NEAR.match(low)) and not (low in _COMPARATIVES and k + 1 < len(toks)
                                                     and toks[k + 1].lower() == "than")
    return any(changes(k) for k in [*range(max(0, i - 5), i), *range(i + 2, min(len(toks), i + 4))])
