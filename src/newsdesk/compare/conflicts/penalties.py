"""The most a law lets a court impose: "a maximum sentence of [five] years in prison", "up to [40] years in prison".
A law sets one maximum, so two sources that give the maximum under one law two values contradict each other, however
differently the two sentences are worded; maxima under two laws named apart ("under federal law" / "under Taiwanese
law") are two figures."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.claims import Claim
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _compatible, _hyphen_number
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.text import STOPWORDS, stem

_TERM_UNITS = frozenset(["year", "years", "month", "months"])
_PENALTY_WORDS = frozenset(["prison", "jail", "imprisonment", "sentence", "penalty", "incarceration"])
_MAXIMUM_WORDS = frozenset(["maximum", "max"])
_CLAUSE_MARKS = frozenset([",", ";", ":", ".", "--", "—", "(", ")", "or", "and"])
_REACH = 6  # tokens on each side of the figure read for the penalty and the maximum
_LAW = re.compile(r"\bunder (?:the )?((?:[\w.'’-]+ ){0,3}?(?:law|laws|act|statute|statutes|code))\b", re.IGNORECASE)

Maximum = tuple[int, float, str]  # (article, years, law)


def law_scope(text: str) -> str:
    """The law a sentence says it speaks under ("Under federal law, perjury is punishable ..." -> "federal law"),
    lower case and singular; "" when it names none."""
    m = _LAW.search(text)
    return m.group(1).lower().removesuffix("s") if m else ""


def _term_years(tokens: Sequence[str], i: int, j: int) -> float | None:
    """The years a figure of a prison term is ("[five] years", "[18] months" -> 1.5, "a [five-year] sentence"), None
    when it counts no years or months."""
    value, joined = _hyphen_number(tokens[i].lower())
    unit = joined or (tokens[j].lower() if j < len(tokens) else "")
    if unit.removesuffix("s") + "s" not in _TERM_UNITS:
        return None
    slot = next((float(v) for t, x, _y, v in _typed_slots(tuple(tokens)) if t == "number" and x == i), value)
    if slot is None:
        return None
    return slot / 12 if unit.startswith("month") else slot


def _clause_around(tokens: Sequence[str], i: int, j: int) -> tuple[list[str], list[str]]:
    """The lower-cased tokens before and after a figure, up to _REACH on each side, within its clause."""
    before: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if tokens[k] in _CLAUSE_MARKS:
            break
        before.insert(0, tokens[k].lower())
    after: list[str] = []
    for k in range(j, min(len(tokens), j + _REACH)):
        if tokens[k] in _CLAUSE_MARKS:
            break
        after.append(tokens[k].lower())
    return before, after


def maximum_term(tokens: Sequence[str], i: int, j: int) -> float | None:
    """The years of a prison term stated as the most that may be imposed ("carries a maximum sentence of [five] years
    in prison", "could receive up to [40] years in prison", "The maximum penalty ... is [40] years"), None for any other
    figure ("was sentenced to [six] years in prison", "faces at least [20] years")."""
    years = _term_years(tokens, i, j)
    if years is None:
        return None
    before, after = _clause_around(tokens, i, j)
    if not _PENALTY_WORDS & set(before + after):
        return None
    upper = before[-2:] == ["up", "to"] or before[-3:] == ["as", "much", "as"]
    return years if upper or _MAXIMUM_WORDS & set(before) else None


def story_maxima(idx: ClaimIndex) -> list[Maximum]:
    """Every maximum prison term of a story, with its article and the law its sentence speaks under."""
    out = []
    for c in idx.claims:
        toks = c.slots.tokens
        for typ, i, j, _v in _typed_slots(toks):
            if typ == "number" and (years := maximum_term(toks, i, j)) is not None:
                out.append((c.article, years, law_scope(c.text)))
    return out


def one_maximum(maxima: Sequence[Maximum], law: str) -> bool:
    """Whether the story gives the maximum under a law (or, where no law is named, its own case's) exactly two values,
    one of them in a single article: one source against the rest. A third value means maxima of several charges or
    cases ("faces up to 90 years", "up to four years", "up to five years"), which the story keeps apart."""
    values: list[float] = []
    arts: dict[int, set[str]] = {}
    for art, years, scope in maxima:
        if scope != law:
            continue
        at = next((n for n, x in enumerate(values) if _compatible(x, years, False)), None)
        if at is None:
            values.append(years)
            at = len(values) - 1
        arts.setdefault(at, set()).add(str(art))
    counts = sorted(len(x) for x in arts.values())
    # an article giving both values speaks of two maxima (two defendants, two charges), not one told two ways
    return len(counts) == 2 and counts[0] == 1 and not arts[0] & arts[1]


def _maxima_of(c: Claim) -> list[tuple[int, float]]:
    """(first token, years) of each maximum prison term of a sentence."""
    toks = c.slots.tokens
    return [(i, years) for typ, i, j, _v in _typed_slots(toks)
            if typ == "number" and (years := maximum_term(toks, i, j)) is not None]


def _as_written(c: Claim, i: int) -> str:
    """A figure with the word after it, as a conflict shows it ("eleven years")."""
    toks = c.slots.tokens
    return " ".join(toks[i:i + 2]) if i + 1 < len(toks) and toks[i + 1][:1].isalpha() else toks[i]


# A maximum told as changed or as it stood before: not one maximum told two ways.
_CHANGE = re.compile(r"\b(?:until now|previously|formerly|used to|no longer|new law|raises?|raised|raising|lowers?|"
                     r"lowered|increases?|increased|reduces?|reduced|doubles?|doubled|would (?:raise|increase|"
                     r"lower|reduce)|proposed?|bill)\b", re.IGNORECASE)


def maximum_conflict(maxima: Sequence[Maximum], a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two values of one maximum prison term that two sentences give, each its sentence's only one, under the same
    law (or under none named), where the story gives that maximum only these two values (``one_maximum``): "A conviction
    under federal law carries a maximum sentence of [eleven] years in prison" / "Under federal law, perjury and false
    statements are punishable by ... up to [five] years in prison". Two maxima contradict each other whichever is the
    larger: "up to" bounds what a court may impose, not what a law sets."""
    law = law_scope(a.text)
    if _CHANGE.search(a.text) or _CHANGE.search(b.text):
        return None  # "Until now, arson carried a maximum of five years" / "The new law raises it to 12": a change
    ma, mb = _maxima_of(a), _maxima_of(b)
    if len(ma) == 1 == len(mb) and for_two_offences(a.slots.tokens, ma[0][0], ma[0][0] + 1, b.slots.tokens, mb[0][0],
                                                     mb[0][0] + 1):
        return None  # "up to 10 years on the fraud charge" / "up to 20 years on the money laundering charge"
    if law != law_scope(b.text) or len(ma) != 1 or len(mb) != 1 or _compatible(ma[0][1], mb[0][1], False) \
            or not one_maximum(maxima, law):
        return None
    return _as_written(a, ma[0][0]), _as_written(b, mb[0][0])


# The offence a maximum is for: "on the [fraud] charge", "the [money laundering] counts", "if convicted of [wire
# fraud]", "charged with [bribery]", "in prison for [perjury]". Two maxima for two offences are two figures, however
# alike the rest of their sentences ("up to 10 years in prison on the fraud charge" / "up to 20 years on the money
# laundering charge").
_CHARGE_NOUNS = frozenset(["charge", "charges", "count", "counts", "offense", "offence", "offenses", "offences"])
_OFFENCE_CUES = frozenset(["of", "with", "for"])
_CUE_BEFORE = frozenset(["convicted", "guilty", "charged", "accused", "charge", "charges", "count", "counts",
                         "prison", "jail", "imprisonment", "years", "months"])
_OFFENCE_ENDS = frozenset([",", ";", ":", ".", "(", ")", "--", "—", "and", "or", "if", "in", "on", "under", "while",
                           "after", "as", "which", "that", "who"])
_NO_OFFENCE = frozenset(["each", "every", "one", "all", "the", "a", "an", "his", "her", "their", "those", "these"])
OFFENCE_REACH = 12  # tokens after a maximum read for the offence it is for


def offence(tokens: Sequence[str], j: int) -> frozenset[str]:
    """The content words (stemmed) of the offence named after the maximum ending at tokens[j] (see above); empty when
    the sentence names none there."""
    low = [t.lower() for t in tokens]
    end = min(len(low), j + OFFENCE_REACH)
    for k in range(j, end):
        if low[k] in (";", ".") or k > j and low[k] in ("but", "while"):
            break
        if low[k] in _CHARGE_NOUNS:  # "the [money laundering] charge"
            words = []
            for m in range(k - 1, max(j - 1, k - 4), -1):
                if low[m] in _OFFENCE_ENDS or low[m] in _NO_OFFENCE or not low[m][:1].isalpha():
                    break
                words.append(low[m])
            if words:
                return frozenset(stem(w) for w in words if w not in STOPWORDS)
        if low[k] in _OFFENCE_CUES and k and low[k - 1] in _CUE_BEFORE:  # "convicted of [wire fraud]"
            words = []
            for m in range(k + 1, min(len(low), k + 4)):
                if low[m] in _OFFENCE_ENDS or low[m] in _CHARGE_NOUNS or not low[m][:1].isalpha():
                    break
                if low[m] not in _NO_OFFENCE:
                    words.append(low[m])
            if words:
                return frozenset(stem(w) for w in words if w not in STOPWORDS)
    return frozenset()


def for_two_offences(ta: Sequence[str], i: int, j: int, tb: Sequence[str], x: int, y: int) -> bool:
    """Whether two maximum prison terms are each for an offence its sentence names, the two sharing no word (see
    above)."""
    if maximum_term(ta, i, j) is None or maximum_term(tb, x, y) is None:
        return False
    oa, ob = offence(ta, j), offence(tb, y)
    return bool(oa) and bool(ob) and not oa & ob
