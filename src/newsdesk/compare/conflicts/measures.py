"""What two figures measure, read from the words that tie each to its thing, where two figures of one unit still
measure different things: the counted noun with two contrasting modifiers ("a [2]-megapixel front-facing camera" /
"a [16]-megapixel rear-facing camera"), two periods ("[11] million units in the first month" / "[12] million units
during the three-month period"), two measures of money ("a [$5.2] billion profit" / "sales of herbs ... to [$4.4]
billion"), or two owners ("BSkyB ... securing [116] matches" / "Setanta ... has rights to [46] live matches, while
BSkyB has won the rights to 92": the other sentence gives BSkyB a figure of its own)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.compare.conflicts.counted import figure_at
from newsdesk.compare.conflicts.dates import _date_key, _month_at
from newsdesk.compare.conflicts.numbers import _money, _number_role
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _num
from newsdesk.text import STOPWORDS, stem

# Modifiers of one sort, each naming another kind of the thing it describes: "the front camera" is not "the rear
# camera", "domestic sales" are not "foreign sales", "the first quarter" is not "the second quarter".
_CONTRASTS = [
    "front rear back", "upper lower", "inner outer", "left right",
    "north south east west northern southern eastern western northeastern northwestern southeastern southwestern",
    "domestic foreign international overseas", "male female", "first second third fourth fifth last final",
    "minimum maximum", "daily weekly monthly annual yearly quarterly", "primary secondary", "public private",
    "net gross", "indoor outdoor", "upstream downstream",
]
_CONTRAST_SET = {w: n for n, words in enumerate(_CONTRASTS) for w in words.split()}
_PHRASE_STOP = frozenset([",", ";", ":", ".", "(", ")", "--", "—", "and", "or", "but", "of", "in", "on", "at", "for",
                          "from", "with", "to", "by", "during", "over", "than", "as", "that", "which", "who"])


def _noun_phrase(tokens: Sequence[str], j: int) -> list[str]:
    """The lower-case words after a figure's end up to its noun ("[2]-megapixel front-facing camera" -> ["megapixel",
    "front-facing", "camera"]), a joined unit's hyphen passed over; at most four words."""
    out: list[str] = []
    k = j
    while k < len(tokens) and len(out) < 4:
        low = tokens[k].lower()
        if low == "-":
            k += 1
            continue
        if low in _PHRASE_STOP or low in STOPWORDS or not low.replace("-", "").isalpha() or tokens[k][:1].isupper():
            break
        out.append(low)
        k += 1
    return out


def _contrast(ma: str, mb: str) -> bool:
    """Whether two modifiers name two kinds of one thing: two compounds that share their second part ("front-facing" /
    "rear-facing", "short-term" / "long-term") or two words of one contrast set ("front" / "rear")."""
    if ma == mb:
        return False
    pa, pb = ma.split("-"), mb.split("-")
    if len(pa) == len(pb) == 2 and pa[1] == pb[1] and pa[0] != pb[0]:
        return True
    return ma in _CONTRAST_SET and _CONTRAST_SET[ma] == _CONTRAST_SET.get(mb)


def contrasting_kinds(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two figures count one noun with two contrasting modifiers, each absent from the other sentence ("a
    [2]-megapixel front-facing camera" / "a [16]-megapixel rear-facing camera"): two things of one kind."""
    i2, j2 = figure_at(ta, value_a)[1], figure_at(tb, value_b)[1]
    if not i2 or not j2:
        return False
    pa, pb = _noun_phrase(ta, i2), _noun_phrase(tb, j2)
    if len(pa) < 2 or len(pb) < 2 or stem(pa[-1]) != stem(pb[-1]):
        return False
    low_a, low_b = {t.lower() for t in ta}, {t.lower() for t in tb}
    return any(_contrast(ma, mb) and ma not in low_b and mb not in low_a for ma in pa[:-1] for mb in pb[:-1])


# Nouns of a span of time that a figure may be given for ("in the first month", "during the three-month period").
_PERIODS = frozenset(stem(w) for w in ["day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year",
                                       "years", "season", "seasons", "half", "period", "decade", "weekend"])
_PERIOD_PREPS = frozenset(["in", "during", "over", "within", "throughout", "for"])
_CLAUSE = frozenset([",", ";", ":", "(", ")", "--", "—", ".", "while", "whereas", "but", "compared"])
_VAGUE_PERIOD = frozenset(stem(w) for w in ["period", "time", "the", "a", "an", "its", "their", "his", "her", "this",
                                            "that", "same"])


def _period(tokens: Sequence[str], i: int, j: int) -> frozenset[str]:
    """The words of the period the figure at tokens[i:j] is given for in its clause ("[11] million units in the first
    month" -> {first, month}; "during the three-month period" -> {three, month}), stemmed, hyphenated words split;
    empty when the clause names none (a phrase holding the figure itself, "for [12] hours", is its measure)."""
    start = i
    while start > 0 and tokens[start - 1].lower() not in _CLAUSE:
        start -= 1
    end = j
    while end < len(tokens) and tokens[end].lower() not in _CLAUSE:
        end += 1
    for k in range(start, end):
        if tokens[k].lower() not in _PERIOD_PREPS or i <= k < j:
            continue
        words: list[str] = []
        for m in range(k + 1, min(end, k + 5)):
            if i <= m < j:
                break  # "for at least [12] hours": the figure's own measure
            parts = [w for w in tokens[m].lower().split("-") if w]
            words += [stem(w) for w in parts]
            if parts and stem(parts[-1]) in _PERIODS:
                return frozenset(w for w in words if w not in _VAGUE_PERIOD)
    return frozenset()


def other_periods(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two figures are each given for a period their clause names and the two periods differ, neither holding
    the other's words ("[11] million units in the first month" / "[12] million units during the three-month period";
    "in the first three months" / "during the three-month period" is one period)."""
    (i1, i2), (j1, j2) = figure_at(ta, value_a), figure_at(tb, value_b)
    if not i2 or not j2:
        return False
    pa, pb = _period(ta, i1, i2), _period(tb, j1, j2)
    return bool(pa) and bool(pb) and not pa <= pb and not pb <= pa


# Measures of money: a profit is no sale, a loss no cost ("a $5.2 billion profit" / "sales of herbs ... $4.4 billion").
_MONEY_MEASURES = {stem(w): n for n, words in enumerate([
    "profit profits earnings earned income", "sales sale revenue revenues turnover", "loss losses lost",
    "cost costs spending spent budget", "debt debts deficit", "salary salaries wage wages pay"]) for w in words.split()}
MEASURE_REACH = 10  # tokens on each side of an amount of money read for the measure it is


def _measure(tokens: Sequence[str], i: int, j: int) -> int | None:
    """The measure of money nearest to the amount at tokens[i:j] in its sentence (``_MONEY_MEASURES``), None when none
    is within MEASURE_REACH tokens."""
    best: tuple[int, int] | None = None
    for k in range(max(0, i - MEASURE_REACH), min(len(tokens), j + MEASURE_REACH)):
        group = _MONEY_MEASURES.get(stem(tokens[k].lower()))
        if group is None or i <= k < j:
            continue
        gap = i - k if k < i else k - j + 1
        if best is None or gap < best[0]:
            best = (gap, group)
    return best[1] if best else None


def other_measures(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two amounts of money measure two different things by the measure word nearest to each ("Merck made a
    [$5.2 billion] profit" / "Sales of herbs are also growing, to [$4.4 billion]")."""
    (i1, i2), (j1, j2) = figure_at(ta, value_a), figure_at(tb, value_b)
    if not i2 or not j2 or not (_money(ta, i1, i2) and _money(tb, j1, j2)):
        return False
    ma, mb = _measure(ta, i1, i2), _measure(tb, j1, j2)
    return ma is not None and mb is not None and ma != mb


def _owner(tokens: Sequence[str], i: int) -> str:
    """The capitalised name nearest before the figure at tokens[i] ("BSkyB has won the rights to [92]" -> "bskyb",
    "broke Sky's monopoly and has rights to [46]" -> "sky"), lower-case, without a possessive; "" when there is none
    (a sentence's first word only with a capital inside it)."""
    for k in range(i - 1, -1, -1):
        t = tokens[k]
        if t in (";", ":"):
            return ""
        word = t.removesuffix("'s").removesuffix("’s")
        if k == 0 and not any(c.isupper() for c in word[1:]):
            return ""  # a sentence's first word is capitalised whatever it is ("Last winter ..."), unless "BSkyB"
        if word[:1].isupper() and word.replace(".", "").isalnum() and word.lower() not in STOPWORDS \
                and not _date_key(word) and not _month_at(tokens, k) and _num(word) is None:
            return word.lower()
    return ""


def other_owners(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether the other sentence gives the name that owns one figure (the name nearest before it) another figure of
    its own, counting the same thing, the figure compared being another name's ("BSkyB ... securing [116] matches" / "Setanta ... has rights
    to [46] live matches, while BSkyB has won the rights to 92 live matches")."""
    (i1, i2), (j1, j2) = figure_at(ta, value_a), figure_at(tb, value_b)
    if not i2 or not j2 or "year-old" in _number_role(ta, i1, i2)[0] | _number_role(tb, j1, j2)[0]:
        return False  # an age is of the name beside it, after or before ("Lena Brook, 41," / "19-year-old Omar Vance")
    return _owned_elsewhere(ta, i1, tb, j1) or _owned_elsewhere(tb, j1, ta, i1)


def _owned_elsewhere(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether tb gives the owner of ta's figure at i a figure of its own, counting what that one counts, other than
    the figure at j."""
    owner = _owner(ta, i)
    if not owner or _owner(tb, j) == owner:
        return False
    units = _number_role(ta, i, i + 1)[0]
    return any(typ == "number" and k != j and _owner(tb, k) == owner and units & _number_role(tb, k, end)[0]
               for typ, k, end, _ in _typed_slots(tuple(tb)))
