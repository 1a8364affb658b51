"""Values of numbers: what a token is worth ("1,400", "seven", "seven-story", "hundreds"), equality up to rounding,
and figures stated approximately or vaguely."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from newsdesk.compare.claims import _NUMBER_WORDS, _VAGUE

_QUALIFIER = re.compile(r"\b(?:at least|more than|over|nearly|almost|about|around|some|approximately|roughly|up to|"
                        r"fewer than|less than|as many as|estimated|about|an estimated|close to|upwards of)\s*$",
                        re.IGNORECASE)


def _num(tok: str) -> float | None:
    low = tok.lower()
    if tok[:1].isdigit():
        t = tok.replace(",", "").replace(" ", "").rstrip("%")
        try:
            return float(t)
        except ValueError:
            return None
    if low in _VAGUE:
        return _VAGUE[low]
    if low in _NUMBER_WORDS and low not in ("one", "hundred", "thousand", "million", "billion"):
        return _NUMBER_WORDS[low]
    return _hyphen_number(low)[0]


_ORDINAL_PARTS = frozenset(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "thirds",
                            "quarters", "fifths", "tenths", "halves"])


def _hyphen_number(low: str) -> tuple[float | None, str]:
    """A number word joined to its unit ("seven-story", "three-year", "nine-time") or to another number word
    ("twenty-five"): (value, unit word or ""); (None, "") for anything else ("one-time" included: "one" is too
    often no count)."""
    parts = low.split("-")
    if len(parts) < 2 or parts[0] not in _NUMBER_WORDS or parts[0] in ("one", "zero", "hundred", "thousand",
                                                                            "million", "billion", "dozen"):
        return None, ""
    value = _NUMBER_WORDS[parts[0]]
    rest = parts[1:]
    if rest[0] in _NUMBER_WORDS and _NUMBER_WORDS[rest[0]] < 10 and value >= 20:
        value += _NUMBER_WORDS[rest[0]]
        rest = rest[1:]
    if not rest:
        return value, ""
    if not rest[0].isalpha() or rest[0] in _NUMBER_WORDS or rest[0] in _ORDINAL_PARTS:
        return None, ""  # "twenty-first", "two-thirds": an ordinal or a fraction, not a count
    return value, rest[0]


def _compatible(a: float, b: float, approx: bool) -> bool:
    """Equal up to rounding (2.5%: "1,400 degrees" / "1,426"), or up to 25% when either is approximate."""
    tol = 0.25 if approx else 0.025
    if (a == int(a)) != (b == int(b)):  # "only 2 percent" / "2.3 percent", "9 degrees" / "9.27 degrees": rounded
        whole, frac = (a, b) if a == int(a) else (b, a)
        if whole == math.floor(frac + 0.5):
            return True
    return abs(a - b) <= tol * max(abs(a), abs(b), 1.0)


def _vague_ok(ta: str, va: float, tb: str, vb: float) -> bool:
    """"hundreds" is compatible with 300, not with "thousands" or 3,000; "thousands" (or "millions") counts in groups of
    three digits, so it holds tens and hundreds of thousands as well ("Thousands of tourists" / "About 200,000
    tourists"), not a million."""
    a_vague, b_vague = ta.lower() in _VAGUE, tb.lower() in _VAGUE
    if a_vague and b_vague:
        return va == vb
    if a_vague or b_vague:
        vague, exact = (va, vb) if a_vague else (vb, va)
        return vague <= exact < vague * (1000 if vague >= 1000 else 10)
    return False


def _qualified(tokens: Sequence[str], start: int) -> bool:
    return bool(_QUALIFIER.search(" ".join(tokens[max(0, start - 3):start])))
