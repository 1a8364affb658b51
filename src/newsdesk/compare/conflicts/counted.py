"""What a figure counts, read from the words around it, where two figures of one unit still count different things:
some more of them ("[three] other states"), the part at a place named before ("[80] people died there"), a
different charge or item ("[two] counts of assault" / "[six] counts of mischief"), or one figure converted into
another unit in brackets ("2,500km ([1,500] miles)" / "2,500km ([1,550] miles)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.claims import _MONTH_ABBR, MONTHS, WEEKDAYS
from newsdesk.compare.conflicts.lexicon import _span_of
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _compatible, _num
from newsdesk.text import STOPWORDS, stem

# "three other states", "two more people", "five additional cases", "another three", "a further two": some besides
# those named already, not the whole
_BESIDES_AFTER = frozenset(["other", "others", "more", "additional", "further", "extra"])
_BESIDES_BEFORE = frozenset(["another", "further", "additional"])
# Ends of the words a figure's "of" phrase is read over ("two counts of assault, one count of ...").
_PHRASE_END = frozenset([",", ";", ".", "and", "or", "in", "on", "at", "for", "from", "with", "while", "after", "(", ")"])
# A share's "of" phrase names its whole, which other_wholes (paraphrase) reads.
_SHARE_WORDS = frozenset(["percent", "%", "per", "percentage", "share", "half", "third", "quarter"])
# Verbs that follow "there" when it opens a clause of its own ("there were 80"), not a place pointed back to.
_THERE_VERBS = frozenset(["is", "are", "was", "were", "will", "would", "have", "has", "had", "may", "might", "could"])


def counts_others(tokens: Sequence[str], i: int, j: int) -> bool:
    """Whether the figure at tokens[i:j] counts some besides those named already ("[three] other states", "[two] more
    people", "another [three]"): added to a count given elsewhere, it is no second answer to that count. Not after
    another figure of the sentence, which the "other" sets it against ("36 killed and another [74] injured")."""
    after = tokens[j].lower() if j < len(tokens) else ""
    before = tokens[i - 1].lower() if i > 0 else ""
    if any(typ == "number" and start < i for typ, start, _, _ in _typed_slots(tuple(tokens))):
        return False  # "36 servicemen were killed and another [74] injured": others than the figure before, all of them
    return after in _BESIDES_AFTER or before in _BESIDES_BEFORE


def counts_there(tokens: Sequence[str], j: int) -> bool:
    """Whether the clause of the figure ending at tokens[j] restricts it to a place named in an earlier sentence ("At
    least [80] people died there"): a part of the whole, not the whole ("[130] people have died")."""
    for k in range(j, len(tokens)):
        low = tokens[k].lower()
        if low in (";", ":") or low == "," and k > j + 1:
            return False
        if low == "there":
            return k + 1 >= len(tokens) or tokens[k + 1].lower() not in _THERE_VERBS
    return False


def of_what(tokens: Sequence[str], j: int) -> frozenset[str]:
    """The content words (stemmed) of the "of" phrase right after a figure's unit ("two counts [of third degree
    assault]" -> {"third", "degre", "assault"}); empty when the unit has none."""
    if j < len(tokens) and tokens[j].lower() in _SHARE_WORDS:
        return frozenset()  # "40 percent of voters" / "35 percent of those polled": one whole, worded two ways
    k = j + 1 if j < len(tokens) and tokens[j][:1].isalpha() else j
    if k >= len(tokens) or tokens[k].lower() != "of":
        return frozenset()
    words: set[str] = set()
    for n, t in enumerate(tokens[k + 1:k + 6], start=k + 1):
        low = t.lower()
        if low == "." and _date_word(tokens[n - 1]):
            continue  # "of the Aug. 9 flood": the month's abbreviation, not the phrase's end
        if low in _PHRASE_END:
            break
        if low[:1].isalpha() and low not in STOPWORDS and not _date_word(t):
            words.add(stem(low))
    return frozenset(words)


def _date_word(token: str) -> bool:
    """Whether a capitalised token is a weekday or a month, written out or cut short ("Monday", "August", "Aug",
    "Sept"): in a figure's "of" phrase it says when, not what ("survivors of the [August] 17 earthquake" / "survivors
    of the [Aug.] 17 quake" count one thing)."""
    low = token.lower().rstrip(".")
    return token[:1].isupper() and (low in MONTHS or low in _MONTH_ABBR or low in WEEKDAYS)


def of_other_things(ta: Sequence[str], ja: int, tb: Sequence[str], jb: int) -> bool:
    """Whether two figures of one unit count what two "of" phrases sharing no word name ("[two] counts of third degree
    assault" / "[six] counts of criminal mischief", "[40] cases of measles" / "[12] cases of mumps"): two items."""
    wa, wb = of_what(ta, ja), of_what(tb, jb)
    return bool(wa) and bool(wb) and not wa & wb


def figure_at(tokens: Sequence[str], value: str) -> tuple[int, int]:
    """(start, end) of the figure of a number conflict's side ("45 people") in its sentence's tokens; (0, 0) when the
    value is not found there."""
    i, j = _span_of(tokens, value)
    for k in range(i, j):
        if _num(tokens[k]) is not None:
            return k, k + 1
    return 0, 0


def counted_differently(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether two sentences' differing figures count different things by the words around them: more besides those
    named, the part at a place named before, or an item of another "of" phrase (see above)."""
    i1, i2 = figure_at(ta, value_a)
    j1, j2 = figure_at(tb, value_b)
    if not i2 or not j2:
        return False
    return counts_others(ta, i1, i2) != counts_others(tb, j1, j2) or counts_there(ta, i2) != counts_there(tb, j2) \
        or of_other_things(ta, i2, tb, j2)


_CONVERTED = re.compile(r"(\d[\d,.]*)\s*([A-Za-z]+)\.?\s*\(\s*(?:about |some |around |roughly )?(\d[\d,.]*)\s*([A-Za-z]+)")


def conversions(text: str) -> dict[str, str]:
    """Figures in brackets that convert the figure right before them into another unit, keyed by that converted
    figure as written: "2,500km (1,500 miles)" -> {"1,500": "2,500 km"}."""
    return {m.group(3): f"{m.group(1)} {m.group(2).lower()}" for m in _CONVERTED.finditer(text)
            if m.group(2).lower() != m.group(4).lower()}


def same_conversion(text_a: str, value_a: str, text_b: str, value_b: str) -> bool:
    """Whether two differing figures each convert, in brackets, one figure both sentences give alike, and agree up to
    an approximation's rounding ("2,500km ([1,500] miles)" / "2,500km ([1,550] miles)"): one distance, not two."""
    fa, fb = value_a.split()[0] if value_a.split() else "", value_b.split()[0] if value_b.split() else ""
    source_a, source_b = conversions(text_a).get(fa), conversions(text_b).get(fb)
    na, nb = _num(fa), _num(fb)
    # a conversion is an approximation: equal up to its rounding, not a wrong one ("30 km (18 miles)" / "(41 miles)")
    return source_a is not None and source_a == source_b and na is not None and nb is not None \
        and _compatible(na, nb, True)


# A figure split into parts, each given with the place or body it is for ("[350] flights were called off at O'Hare and
# 150 at Midway"): the parts' prepositions, and what may join two parts.
_PART_PREPS = frozenset(["at", "in", "on", "for", "from"])
_PART_JOINS = frozenset(["and", ",", "while", "whereas"])
_PART_ENDS = frozenset([";", ":", ".", "(", ")", "--", "—"])
_PART_REACH = 8  # tokens after a figure read for the name of the part it counts
_PART_QUALIFIERS = frozenset(["more", "less", "fewer", "than", "about", "nearly", "almost", "some", "over", "under",
                              "around", "roughly", "at", "least", "most", "another", "just", "only"])


def _part_name(tokens: Sequence[str], j: int, stop: int) -> str:
    """The names after "at/in/on/for/from" that the figure ending at tokens[j] is given for, read up to ``stop`` (the
    next figure) within its clause, by their first words, lower-cased and joined by "+" ("at O'Hare and Midway" ->
    "o'hare+midway"); "" when there is none."""
    for k in range(j, min(stop, len(tokens) - 1, j + _PART_REACH)):
        if tokens[k] in _PART_ENDS:
            return ""
        if tokens[k].lower() in _PART_PREPS and tokens[k + 1][:1].isupper():
            names = [tokens[k + 1].lower()]
            for m in range(k + 2, min(stop, len(tokens) - 1)):
                if tokens[m].lower() in ("and", ",") and tokens[m + 1][:1].isupper():
                    names.append(tokens[m + 1].lower())
                elif not tokens[m][:1].isupper() and tokens[m].lower() not in ("and", ","):
                    break
            return "+".join(sorted(set(names)))
    return ""


def _elliptic_part(tokens: Sequence[str], one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether the later of two figures names its part right after it, or after the earlier figure's unit ("350 flights
    at O'Hare and [150 at] Midway", "... and [150 flights at] Midway"), as a count split into parts does; an age or a
    second figure of its own ("Keswick, 63, originally from Dunmere") is no part."""
    (_, first_end), (_, later_end) = sorted([one, other])
    unit = tokens[first_end].lower() if first_end < len(tokens) else ""
    k = later_end + 1 if later_end < len(tokens) and tokens[later_end].lower() == unit and unit.isalpha() else later_end
    return k < len(tokens) and tokens[k].lower() in _PART_PREPS


def split_part(tokens: Sequence[str], i: int, j: int) -> str:
    """The name of the part a figure counts when its sentence splits a count into parts by place or body, the figures
    joined by "and" or a comma and each given with a name of its own ("[350] flights were called off at O'Hare and 150
    at Midway" -> "o'hare"); "" when the figure is no such part."""
    figures = [(x, y) for typ, x, y, _ in _typed_slots(tuple(tokens)) if typ == "number"]
    at = figures.index((i, j)) if (i, j) in figures else -1
    if at < 0:
        return ""
    own = _part_name(tokens, j, figures[at + 1][0] if at + 1 < len(figures) else len(tokens))
    if not own:
        return ""
    for n in (at - 1, at + 1):
        if not 0 <= n < len(figures):
            continue
        k = max(i, figures[n][0]) - 1  # before the later of the two figures
        while k > 0 and tokens[k].lower() in _PART_QUALIFIERS:
            k -= 1  # "and [more than] 150 at Midway"
        if k < 0 or tokens[k].lower() not in _PART_JOINS or not _elliptic_part(tokens, (i, j), figures[n]):
            continue
        other = _part_name(tokens, figures[n][1], figures[n + 1][0] if n + 1 < len(figures) else len(tokens))
        if other and other != own:
            return own
    return ""


def part_against_whole(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether one of two differing figures is one part of a count its sentence splits by place or body ("[350]
    flights were cancelled at O'Hare and 150 at Midway") and the other is not that part ("[600] flights were
    cancelled at Chicago's two airports"): a part, not a second answer to the whole. The same part on both sides
    ("[300] flights at O'Hare") is compared."""
    i1, i2 = figure_at(ta, value_a)
    j1, j2 = figure_at(tb, value_b)
    if not i2 or not j2:
        return False
    part_a, part_b = split_part(ta, i1, i2), split_part(tb, j1, j2)
    if not part_a and not part_b:
        return False
    name_a = part_a or _part_name(ta, i2, len(ta))
    name_b = part_b or _part_name(tb, j2, len(tb))
    return name_a != name_b


# A figure told as a total ("a total of [216,000] sq km", "[900] in all") and one told as a new or added part ("a new
# [60,000] sq km area", "an additional [300] troops"): the whole and an addition to it, two quantities.
_TOTAL_BEFORE = frozenset(["total", "totaling", "totalling", "combined", "overall", "altogether", "cumulative"])
_TOTAL_AFTER = (("in", "all"), ("in", "total"), ("altogether",), ("combined",), ("overall",))
_ADDED_BEFORE = frozenset(["new", "additional", "another", "extra", "further"])
_ADDED_AFTER = frozenset(["new", "additional", "more", "extra"])


def _told_as_total(tokens: Sequence[str], i: int, j: int) -> bool:
    before = [t.lower() for t in tokens[max(0, i - 3):i]]
    after = tuple(t.lower() for t in tokens[j:j + 5])
    return bool(_TOTAL_BEFORE & set(before)) or any(
        after[k:k + len(tail)] == tail for tail in _TOTAL_AFTER for k in range(3))


def _told_as_added(tokens: Sequence[str], i: int, j: int) -> bool:
    before = [t.lower() for t in tokens[max(0, i - 2):i]]
    return bool(_ADDED_BEFORE & set(before)) or j < len(tokens) and tokens[j].lower() in _ADDED_AFTER


def total_against_added(ta: Sequence[str], value_a: str, tb: Sequence[str], value_b: str) -> bool:
    """Whether one figure is told as a total and the other as a new or added part ("a total of [216,000] sq km" / "a
    new [60,000] sq km area"): the whole and what was added to it, not two answers to one count."""
    i1, i2 = figure_at(ta, value_a)
    j1, j2 = figure_at(tb, value_b)
    if not i2 or not j2:
        return False
    return _told_as_total(ta, i1, i2) and _told_as_added(tb, j1, j2) \
        or _told_as_added(ta, i1, i2) and _told_as_total(tb, j1, j2)


# The size of a body given two ways: "a [27]-member committee of science teachers" / "the committee of [59] science
# teachers" (#5, N28).
_BODIES = frozenset(["committee", "panel", "board", "jury", "commission", "council", "team", "delegation", "task",
                     "group", "crew", "cabinet", "squad"])
_MEMBERS_END = frozenset([",", ";", ".", "which", "who", "that", "to", "in", "on", "at", "for", "from", "with", "was",
                          "were", "is", "are", "has", "had", "(", ")"])


def _members(tokens: Sequence[str], k: int) -> frozenset[str]:
    """The content words of who a body is made of, from tokens[k] ("science teachers and professors to write ..." ->
    {scienc, teacher, professor}), up to four words."""
    out: set[str] = set()
    for tok in tokens[k:k + 4]:
        low = tok.lower()
        if low in _MEMBERS_END:
            break
        if low.isalpha() and low not in STOPWORDS:
            out.add(stem(low))
    return frozenset(out)


def body_sizes(tokens: Sequence[str]) -> list[tuple[str, int, frozenset[str]]]:
    """(body noun, index of the figure, who it is made of) for each body a sentence gives the size of: "a [27]-member
    committee of science teachers", "the committee of [59] science teachers"."""
    low = [t.lower() for t in tokens]
    out: list[tuple[str, int, frozenset[str]]] = []
    for i, tok in enumerate(low):
        m = re.fullmatch(r"(.+)-member", tok)
        split = _num(tok) is not None and low[i + 1:i + 3] == ["-", "member"]  # "27 - member", as tokens split it
        body = i + (3 if split else 1)
        if (split or m and _num(m.group(1)) is not None) and body < len(low) and low[body] in _BODIES:
            k = body + 1
            members = _members(tokens, k + 1) if k < len(low) and low[k] == "of" else frozenset()
            out.append((low[body], i, members))
        elif tok in _BODIES and i + 2 < len(low) and low[i + 1] == "of" and _num(tokens[i + 2]) is not None \
                and tokens[i + 2][:1].isdigit():
            out.append((tok, i + 2, _members(tokens, i + 3)))
    return out


def body_size(tokens: Sequence[str], i: int) -> float | None:
    """The figure of a body's size at tokens[i] ("27-member" -> 27, "27" of "27 - member", "59" -> 59)."""
    return _num(tokens[i].lower().removesuffix("-member"))


# People aboard a craft: "all the [439] people on board", "killing the [217] people on board", "all 109 aboard".
_ABOARD_UNITS = frozenset(["people", "persons", "passengers", "crew", "others", "souls"])
_ABOARD_PART = frozenset(["other", "another", "more", "of", "including", "and", "plus"])


def aboard_counts(tokens: Sequence[str]) -> list[tuple[int, str]]:
    """(index of the figure, the unit word or "") for each count of those aboard a craft a sentence gives ("the [217]
    people on board", "all [109] aboard"); not a part ("[12] other people on board", "[199] passengers and 18 crew")."""
    low = [t.lower() for t in tokens]
    out: list[tuple[int, str]] = []
    for i, tok in enumerate(tokens):
        if not tok[:1].isdigit() or _num(tok) is None or i and low[i - 1] in _ABOARD_PART:
            continue
        k, unit = i + 1, ""
        if k < len(low) and low[k] in _ABOARD_UNITS:
            unit, k = low[k], k + 1
        if low[k:k + 2] == ["on", "board"] or low[k:k + 1] == ["aboard"]:
            out.append((i, unit))
    return out
