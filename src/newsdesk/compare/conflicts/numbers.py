"""Numbers in conflicts: values, units, bounds, ranges, rates, money, updates and corrected figures."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from newsdesk.compare.claims import _NUMBER_WORDS, _VAGUE, Claim, Quantity
from newsdesk.compare.conflicts.lexicon import _SCALE_WORDS
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.text import STOPWORDS, stem

_QUALIFIER = re.compile(r"\b(?:at least|more than|over|nearly|almost|about|around|some|approximately|roughly|up to|"
                        r"fewer than|less than|as many as|estimated|about|an estimated|close to|upwards of)\s*$",
                        re.IGNORECASE)
# A count revised to a new value ("raised the death toll to 40", "rose to 12", "up from 30"), or a change from one
# value to another ("would lower the 28 percent bracket to 25.2 percent"): an update, whose old
# and new values differ by design. A change by an amount ("increased by 30 percent", "rose 8 percent") is a figure of
# its own and stays comparable.
_UPDATE = re.compile(r"\b(?:(?:rais(?:ed|ing)|ris(?:en|ing)|rose|climb(?:ed|ing)?|increas(?:ed|ing)|jump(?:ed|ing)?|"
                     r"grew|grow(?:n|ing)|swell(?:ed|ing)?|mount(?:ed|ing)|(?:lower(?:ed|ing|s)?|reduc(?:e|ed|es|ing)|"
                     r"cut(?:s|ting)?|f[ae]ll(?:en|ing|s)?|drop(?:ped|ping|s)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|"
                     r"slash(?:ed|es|ing)?)\s+(?:[\w,'’-]+\s+){0,3}?\$?\d[\d,.]*\s+(?:[\w,'’-]+\s+){0,3}?)\s*"
                     r"(?:[\w,'’-]+\s+){0,5}?to\s+"
                     r"(?:about\s+|nearly\s+|at\s+least\s+|more\s+than\s+|over\s+)?(?:\$\s*)?(?:\d+|"
                     r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"hundreds|thousands|dozens)\b)|revis(?:ed|ing)|updat(?:ed|ing)|up from|down from|"
                     r"(?:brought|bringing) the (?:\w+ )?(?:toll|total|number|count)|"
                     r"toll (?:rose|climbed|increased|reached|stood at|now stands)|"
                     # "raising the toll from the four deaths reported earlier", "revised its estimate from 12":
                     # the sentence names the figure it replaces.
                     r"(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|bring(?:s|ing)?|brought|"
                     r"revis(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|"
                     r"jump(?:s|ed|ing)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|"
                     r"correct(?:s|ed|ing)?|adjust(?:s|ed|ing)?)\s+(?:[\w,'’-]+\s+){0,5}?from\s+"
                     r"(?:(?:the|an?|its|their|his|her|earlier|previous|initial|original|first|about|some)\s+){0,3}"
                     r"(?:\$\s*)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                     r"forty|fifty|dozens|hundreds|thousands)\b))\b",
                     re.IGNORECASE)
# The value a revised figure was revised from ("down from the current minimum of three acres", "up from 30").
_FROM_VALUE = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,4}?(?:\$\s*)?(\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\b", re.IGNORECASE)


def _updates(text: str, other_value: float | None) -> bool:
    """Whether a sentence reports a revised figure that accounts for the other side's value: a revision (see _UPDATE)
    that names no earlier value, or names this one ("raising the toll from four" against "four people"). A sentence
    revised from another value ("down from three acres" against "eight acres") still contradicts it. A plane that
    "climbed back to 24,000 feet" and one that "dropped to 10,000 feet" are two moments of one flight (R18), so a
    value reached counts as a revision too."""
    if not _UPDATE.search(text):
        return False
    named = [_num(m.group(1).rstrip(".,").replace(",", "")) for m in _FROM_VALUE.finditer(text)]
    named = [v for v in named if v is not None]
    return not named or other_value is None or any(abs(v - other_value) < 1e-9 for v in named)


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


def _vague_ok(ta: str, va: float, tb: str, vb: float) -> bool:
    """"hundreds" is compatible with 300, not with "thousands" or 3,000."""
    a_vague, b_vague = ta.lower() in _VAGUE, tb.lower() in _VAGUE
    if a_vague and b_vague:
        return va == vb
    if a_vague or b_vague:
        vague, exact = (va, vb) if a_vague else (vb, va)
        return vague <= exact < vague * 10
    return False


def _qualified(tokens: Sequence[str], start: int) -> bool:
    return bool(_QUALIFIER.search(" ".join(tokens[max(0, start - 3):start])))


_CURRENCY_BEFORE = frozenset(["$", "£", "€", "¥", "us$", "dlrs", "usd", "eur", "gbp", "rmb", "rs", "rs."])
_CURRENCY_AFTER = frozenset(["dollars", "dollar", "euros", "euro", "pounds", "yuan", "yen", "rupees", "rubles", "roubles",
                             "dlrs", "francs", "marks", "pesos", "cents"])


def _money(tokens: Sequence[str], i: int, j: int) -> bool:
    """Whether the number at tokens[i:j] is an amount of money ("$3 billion", "4 billion rubles", "dlrs 10,000")."""
    if i and tokens[i - 1].lower() in _CURRENCY_BEFORE:
        return True
    k = j
    while k < len(tokens) and tokens[k].lower() in _SCALE_WORDS - {"of", "per", "%", "percent"}:
        k += 1
    return k < len(tokens) and tokens[k].lower() in _CURRENCY_AFTER


def _unit(q: Quantity) -> str | None:
    return q.unit[0] if q.unit else None


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


_PLACE_PREPS = frozenset(["in", "at", "on", "near", "from"])


def _number_role(tokens: Sequence[str], i: int, j: int) -> tuple[frozenset[str], str]:
    """(unit nouns after the number, content word before it): what the number counts.

    Up to two content words after the number ("two injured officers" -> {injur, officer}; "32-year-old" ->
    {year, old}); "percent" / "%" alone when it is a share.
    """
    unit: list[str] = []
    inner = _hyphen_number(tokens[i].lower())[1] if j - i == 1 else ""
    if inner:
        unit.append(_counted(inner, joined=True))  # "seven-story building" -> {stori, build}
    if j < len(tokens) - 2 and tokens[j].lower() in ("out", "of", "in") and _RATE.match(
            " ".join(t.lower() for t in tokens[j:j + 3])):
        # a rate counts what its base counts: "[14] out of every 100 Kenyans" -> {kenyan, ...}
        base = next((k for k in range(j + 1, min(len(tokens), j + 4)) if _num(tokens[k]) is not None), None)
        if base is not None:
            return _number_role(tokens, base, base + 1)[0], _head(tokens, i, j)
    for k, t in enumerate(tokens[j:j + 4], start=j):
        low = t.lower()
        if len(unit) == 2:
            break
        if low in ("%", "percent"):
            unit = ["percent"]
            break
        if low == "-":
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not low[:1].isalpha() or unit and (low in ("and", "or", "but") or low in _PLACE_PREPS and nxt[:1].isupper()):
            break  # "1,600 workers and Freightliner truck plants", "965 pupils in Massachusetts": the unit ends where
            # the next phrase begins ("eight years in prison" goes on)
        if low in _SCALE_WORDS or low in STOPWORDS:
            continue
        if low in _NUMBER_WORDS:
            break  # "151 injured in [five] terrorist attacks": another number, with its own unit
        # "a 140-mile section" counts miles as "140 miles" does
        unit.append(_counted(low, joined=k == j + 1 and tokens[j] == "-"))
        if len(unit) == 2:
            break
    if not unit:
        # a bare count after a verb of harm ("wounding [74]", "killed at least [36]") counts the dead or hurt
        k = i - 1
        while k > 0 and tokens[k].lower() in _BEFORE_COUNT:
            k -= 1
        if k >= 0 and (harm := _HARMED.get(stem(tokens[k].lower()))):
            unit = [harm]
    if not unit and j - i == 1 and i >= 2 and tokens[i - 1] == "," and j < len(tokens) and tokens[j] in (",", ")") \
            and tokens[i].isdigit() and 0 < int(tokens[i]) < 120 and tokens[i - 2][:1].isupper():
        # an age after a name ("Jacob Vaz, 41,"), as "41-year-old Jacob Vaz" says it
        k = i - 2
        while k > 0 and tokens[k - 1][:1].isupper():
            k -= 1
        unit = ["year-old", stem(tokens[k].lower())]
    return frozenset(unit) | _compound_heads(tokens, j), _head(tokens, i, j)


def _head(tokens: Sequence[str], i: int, j: int) -> str:
    """The content word before a number (stemmed), "" when there is none within four tokens; for the high end of a
    range, the word before the range ("affect between 3 and [5] percent", "affect 3 percent to [5] percent"), and
    never a multiplier ("percent", "million")."""
    end = _range_end(tokens, i, j)
    if end is not None and end[0] == "high":
        i -= 2  # the span word and the low end
        while i > 0 and tokens[i].lower() in _MULTIPLIERS:
            i -= 1
        if i > 0 and tokens[i - 1].lower() == "between":
            i -= 1
    for t in reversed(tokens[max(0, i - 4):i]):
        low = t.lower()
        if low.isalpha() and low not in STOPWORDS and low not in _SCALE_WORDS and len(low) > 2 \
                and not _QUALIFIER.search(low):
            return stem(low)
    return ""


# Irregular plurals of counted nouns joined to their number ("a 30-foot wave" counts feet).
_PLURAL = {"foot": "feet", "man": "men", "woman": "women", "child": "children", "person": "people"}
# Words that count the same thing: people ("claimed 300 lives"), the dead, the hurt.
_SAME_COUNT = {stem(w): c for c, words in [
    ("people", ["lives", "persons", "individuals"]),
    ("dead", ["dead", "deaths", "died", "killed", "fatalities"]),
    ("injured", ["injured", "injuries", "wounded", "hurt"])] for w in words}
# Verbs of harm before a bare count ("killing 36", "wounding 74"), and the count they give.
_HARMED = {stem(w): c for c, words in [("dead", ["killed", "killing", "kill", "kills"]),
                                       ("injured", ["wounded", "wounding", "injured", "injuring", "hurt", "hurting"])]
           for w in words}
_BEFORE_COUNT = frozenset(["at", "least", "about", "some", "another", "nearly", "almost", "more", "than", "over",
                           "around", "roughly", "an", "estimated", "up", "to"])
# Nouns of people that end a compound ("crewmen", "servicemen", "schoolchildren", "steelworkers"): the compound counts
# them too. Not "fighters" or "officers": "firefighters" are no fighters, "police officers" no army's officers (R18).
_PERSON_HEADS = ("men", "women", "children", "people", "workers")


def _counted(low: str, joined: bool = False) -> str:
    """A unit noun as it is compared (stemmed): joined to its number it is singular ("140-mile" counts miles), and
    words that count the same thing are one ("lives" / "people", "wounded" / "injured")."""
    if joined and low.isalpha():
        # the stemmer keeps a singular's last "e" that it takes from the plural ("mile" / "mil" for "miles")
        low = _PLURAL.get(low, low + "s" if low.endswith("e") else low)
    s = stem(low)
    return _SAME_COUNT.get(s, s)


def _compound_heads(tokens: Sequence[str], j: int) -> frozenset[str]:
    """The people noun a compound right after a number ends in ("118 crewmen" -> {men}), with three letters or more
    before it ("women" is no compound of "men")."""
    k = j + 1 if j < len(tokens) and tokens[j] == "-" else j
    low = tokens[k].lower() if k < len(tokens) else ""
    return frozenset(stem(h) for h in _PERSON_HEADS if low.endswith(h) and len(low) - len(h) >= 3 and low.isalpha())


def _first_unit(tokens: Sequence[str], j: int) -> str:
    """The first unit noun after a number (as _number_role reads it), stemmed; "" when there is none."""
    units = _number_role(tokens, j - 1, j)[0] if j else frozenset()
    inner = _hyphen_number(tokens[j - 1].lower())[1] if j else ""
    if inner:
        return _counted(inner, joined=True)
    for k, t in enumerate(tokens[j:j + 4], start=j):
        low = t.lower()
        if low in ("%", "percent"):
            return "percent"
        if low == "-" or low in _SCALE_WORDS or low in STOPWORDS:
            continue
        if not low[:1].isalpha():
            return ""
        word = _counted(low, joined=k == j + 1 and tokens[j] == "-")
        return word if word in units else ""
    return ""


_TIME_UNITS = frozenset(stem(w) for w in ["year", "month", "week", "day", "decade", "century", "old", "age"])
_GENERIC_UNITS = frozenset(stem(w) for w in ["people", "persons", "others", "times", "years", "days", "percent", "men",
                                              "women", "children", "members"])


def _unmatched_numbers(tokens: Sequence[str], slots: Sequence[tuple[str, int, int, str]], other: Sequence[str],
                       other_slots: Sequence[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """Numbers of a value the sentence states more often than the other one does, left over after pairing each
    occurrence with one of the other's that counts the same thing: "[two] counts of cyberstalking ... [two] counts of
    obstruction" against "seven counts of cyberstalking ... two obstruction charges" leaves the first "two"."""
    out = []
    for value in {v for t, _, _, v in slots if t == "number"}:
        mine = [s for s in slots if s[0] == "number" and s[3] == value]
        theirs = [s for s in other_slots if s[0] == "number" and s[3] == value]
        if not theirs or len(mine) <= len(theirs):
            continue
        free = list(theirs)
        # Each occurrence is paired with the other's occurrence that counts the same thing, the closest pairs first
        # (shared unit words, then shared words around them: "two counts of obstruction of justice" goes with "two
        # obstruction of justice charges", not with "two counts of cyberstalking").
        scored = []
        for m, s in enumerate(mine):
            units, near = _number_role(tokens, s[1], s[2])[0], _number_context(tokens, s[1], s[2])
            for o in free:
                shared = units & _number_role(other, o[1], o[2])[0]
                if shared:
                    scored.append((-(len(shared) + len(near & _number_context(other, o[1], o[2]))), m, o))
        matched: set[int] = set()
        for _score, m, o in sorted(scored, key=lambda x: (x[0], x[1], x[2][1])):
            if m not in matched and o in free:
                matched.add(m)
                free.remove(o)
        left = [s for m, s in enumerate(mine) if m not in matched]
        # As many as the other states stay matched (the first ones without a unit match), the rest are extra.
        out.extend(left[len(free):])
    return out


def _number_context(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Content words (stemmed) within three tokens of a number."""
    return {stem(t.lower()) for t in list(tokens[max(0, i - 3):i]) + list(tokens[j:j + 3])
            if t.isalpha() and len(t) > 2 and t.lower() not in STOPWORDS}


def _units_may_match(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether two numbers may count the same thing: not when each has a unit word right after it and neither unit
    is among the other's ("three suicide bombings" / "two neighbourhoods")."""
    (unit_a, _), (unit_b, _) = _number_role(ta, i1, i2), _number_role(tb, j1, j2)
    ua, ub = _first_unit(ta, i2), _first_unit(tb, j2)
    return not (ua and ub and ua not in unit_b and ub not in unit_a and not unit_a & unit_b)


_SUBSET = frozenset(["latter", "former", "other", "remaining", "first", "last", "final", "rest"])


def _part_of_those(tokens: Sequence[str], i: int) -> bool:
    """Whether the number at tokens[i] counts some of those named before ("the latter [two]", "the other [three]",
    "the first [two]"), not the whole."""
    return i > 0 and tokens[i - 1].lower() in _SUBSET and (i < 2 or tokens[i - 2].lower() in ("the", "its", "their"))


def _grew(idx: ClaimIndex, a: Claim, b: Claim, va: str, vb: str) -> bool:
    """A count that is higher in the later of two articles published on different days ("four dead" on Tuesday,
    "six dead" on Wednesday): an update of a developing story, not a contradiction."""
    da, db = idx.articles[a.article].article.published, idx.articles[b.article].article.published
    if not (da and db) or da == db:
        return False
    xa, xb = _num(va.split()[0]) if va.split() else None, _num(vb.split()[0]) if vb.split() else None
    if xa is None or xb is None:
        return False
    return (xb > xa) == (db > da)


_QUANT = r"(?:\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion))?|(?:tens of )?(?:hundreds|thousands|dozens|millions|scores))"
_CORRECTION = re.compile(rf"\b(?P<a>{_QUANT})\s*,?\s+(?:rather than|not|instead of)\s+(?P<b>{_QUANT})\b", re.IGNORECASE)
_OTHER_REPORTS = re.compile(r"\b(?:as|like)\s+(?:some|other|earlier|previous|initial|several|many)\s+"
                            r"(?:reports?|accounts?|media|outlets)\b", re.IGNORECASE)


def corrected_reports(idx: ClaimIndex) -> list[tuple[Claim, str, str]]:
    """A figure set against what other reports said, in one sentence: "in the hundreds, rather than thousands, as
    some reports have indicated" -> (claim, "hundreds", "thousands (other reports)")."""
    out = []
    for c in idx.claims:
        m = _CORRECTION.search(c.text)
        if m and _OTHER_REPORTS.search(c.text, m.end()):
            out.append((c, m.group("a"), f"{m.group('b')} (other reports, as cited)"))
    return out


def _rate_base(tokens: Sequence[str], j: int) -> float | None:
    """The base of a rate a count opens ("[14] out of every 100 Kenyans" -> 100.0), None when it opens none."""
    if j < len(tokens) - 2 and _RATE.match(" ".join(t.lower() for t in tokens[j:j + 3])):
        return next((v for k in range(j + 1, min(len(tokens), j + 4)) if (v := _num(tokens[k])) is not None), None)
    return None


def _share_of(tokens: Sequence[str], j: int) -> frozenset[str]:
    """What a share is of: the first two content words (stemmed) after "percent of" ("90 percent of all [malaria
    cases]" -> {malaria, case}); empty for a number that is no share of a named whole."""
    k = j
    if k < len(tokens) and tokens[k].lower() in ("%", "percent"):
        k += 1
    if k >= len(tokens) or tokens[k].lower() != "of" or j == k:
        return frozenset()
    words: list[str] = []
    for t in tokens[k + 1:k + 6]:
        low = t.lower()
        if not low.isalpha():
            break
        if low in STOPWORDS or low in ("all", "every", "each"):
            continue
        words.append(stem(low))
        if len(words) == 2:
            break
    return frozenset(words)


def same_measure(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether two numbers are tied to one measure by more than a unit: the same end of one range ("between 3 and [5]
    percent" / "3 percent to [18] percent"), counts of one rate base ("[14] out of every 100 Kenyans" / "[33] out of
    100 Kenyans") or shares of one whole ("90 percent of all malaria cases" / "[181] percent of malaria cases")."""
    if _same_range(ta, i1, i2, tb, j1, j2):
        return True
    ra, rb = _rate_base(ta, i2), _rate_base(tb, j2)
    if ra is not None and rb is not None and abs(ra - rb) < 1e-9:
        return True
    sa, sb = _share_of(ta, i2), _share_of(tb, j2)
    return len(sa) == 2 and sa == sb


def count_words(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> frozenset[str]:
    """The words two numbers share about what they count, as _number_role reads them (a unit joined to its number,
    a compound's head, words counting the same people: "a 140-mile section" / "285 miles" share {mile}), plus a
    marker when they are tied to one measure (``same_measure``)."""
    units = _number_role(ta, i1, i2)[0] & _number_role(tb, j1, j2)[0]
    if units == {"year-old"}:
        units = frozenset()  # two ages, of whom is not said alike ("a 19-year-old man" / "Kanasho Johns, 27")
    return units | ({"=measure"} if same_measure(ta, i1, i2, tb, j1, j2) else frozenset())


def narrowed_by_name(ta: Sequence[str], i2: int, tb: Sequence[str], j2: int) -> bool:
    """Whether one count is narrowed by a name the other count lacks, between the number and what it counts ("42,000
    [UAW] employees" / "its 200,000-employee parts unit": the union's members at a company, against the company's whole
    workforce; "30 [Iraqi] civilians" / "45 civilians")."""
    def names(tokens: Sequence[str], j: int) -> frozenset[str]:
        k = start = _past_multipliers(tokens, j)
        while k < min(len(tokens), start + 3) and tokens[k][:1].isupper() \
                and tokens[k].replace(".", "").replace("-", "").isalpha():
            k += 1
        # a name only narrows a noun after it ("42,000 UAW employees"); "30 Iraqis" names what is counted
        if k == start or k >= len(tokens) or not (tokens[k].isalpha() and tokens[k].islower()) \
                or tokens[k] in STOPWORDS:
            return frozenset()
        return frozenset(t.lower() for t in tokens[start:k])
    return names(ta, i2) != names(tb, j2)


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
