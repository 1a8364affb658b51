"""Two sentences tied by one amount of money: "a $4.4 trillion surplus over the next [15] years" / "surpluses over the
next [38] years of $4.4 trillion" state one total, so the figures each gives beside it, counting the same thing, are
one figure given twice."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.lexicon import _SCALE_WORDS
from newsdesk.compare.conflicts.numbers import _money, _number_role
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _compatible, _num
from newsdesk.text import STOPWORDS, stem

# Words of a span or a forecast beside an amount, not what the amount is of ("over the next 15 years of $4.4 trillion").
_NOT_OF_AMOUNT = frozenset(["next", "last", "past", "over", "years", "year", "months", "month", "weeks", "week", "days",
                            "day", "decade", "decades", "period", "through", "until", "projected", "estimated", "total"])
BEFORE_AMOUNT, AFTER_AMOUNT = 8, 3  # tokens read on each side of an amount for what it is of
_AMOUNT_LINKS = frozenset(["of", "in", "for", "at", "worth", "from"])


def _amounts(tokens: Sequence[str]) -> list[tuple[int, float, str]]:
    """(first token, value as written, scale word) of each amount of money of a sentence ("$4.4 trillion" -> 4.4,
    "trillion")."""
    out = []
    for typ, i, j, _value in _typed_slots(tokens):
        if typ == "number" and _money(tokens, i, j) and (v := _num(tokens[i])) is not None:
            scale = tokens[j].lower() if j < len(tokens) and tokens[j].lower() in _SCALE_WORDS else ""
            out.append((i, v, scale))
    return out


def shared_amount(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether two sentences state one amount of money alike (the same scale, equal up to rounding: "$3 trillion" /
    "$2.9 trillion"), besides the figures at ta[i] and tb[j]."""
    return any(x != i and y != j and sa == sb and _compatible(va, vb, False) and _of_one_thing(ta, x, tb, y)
               for x, va, sa in _amounts(ta) for y, vb, sb in _amounts(tb))


def _amount_words(tokens: Sequence[str], x: int) -> set[str]:
    """Stems of the words naming what the amount at tokens[x] is of: the few words after it ("$3 trillion [surplus]",
    "$2.3 billion in [fees]") and, where "of" / "at" / "worth" ties it to the words before, those ("budget [surpluses]
    over the next 15 years of $4.4 trillion"); spans, numbers and verbs before it ("will receive $3 million") aside."""
    j = x + 1
    while j < len(tokens) and (tokens[j].lower() in _SCALE_WORDS or _num(tokens[j]) is not None):
        j += 1
    near = list(tokens[j:j + AFTER_AMOUNT])
    k = x - 1 if x and tokens[x - 1] in ("$", "£", "€") else x
    if k and tokens[k - 1].lower() in ("of", "at", "worth"):
        near += tokens[max(0, k - 1 - BEFORE_AMOUNT):k - 1]
    return {stem(w) for t in near if (w := t.lower()).isalpha() and w not in STOPWORDS and w not in _NOT_OF_AMOUNT
            and w not in _SCALE_WORDS and w not in _AMOUNT_LINKS}


def _of_one_thing(ta: Sequence[str], x: int, tb: Sequence[str], y: int) -> bool:
    """Whether two equal amounts are said to be of one thing: a word beside each is the same ("fees", "surplus" /
    "surpluses"); "$3 million for the parks department" / "$3 million for the transport office" are two grants."""
    return bool(_amount_words(ta, x) & _amount_words(tb, y))


def _lone_of_unit(tokens: Sequence[str], i: int, units: frozenset[str]) -> bool:
    """Whether the number at tokens[i] is the only number of its sentence that counts any of ``units``."""
    return not any(x != i and _number_role(tokens, x, y)[0] & units
                   for typ, x, y, _v in _typed_slots(tokens) if typ == "number")


def tied_by_amount(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether two figures, neither of them money, count the same thing in two sentences that state one amount of money
    alike, each the only figure of that unit in its sentence: "$4.4 trillion ... over the next [15] years" / "over the
    next [38] years of $4.4 trillion" give one total two spans; "$4.4 trillion over [15] years" / "$5.9 trillion over
    [10] years" are two totals."""
    if _money(ta, i, i + 1) or _money(tb, j, j + 1):
        return False
    units = _number_role(ta, i, i + 1)[0] & _number_role(tb, j, j + 1)[0]
    return bool(units) and _lone_of_unit(ta, i, units) and _lone_of_unit(tb, j, units) and shared_amount(ta, i, tb, j)
