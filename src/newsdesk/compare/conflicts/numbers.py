"""Numbers in conflicts: what a number counts (its unit nouns and the word before it), money, updates and corrected
figures. A number's value is read in values.py; ranges, bounds and rates in ranges.py (re-exported here for the
modules that compare numbers)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.claims import _NUMBER_WORDS, Claim
from newsdesk.compare.conflicts.lexicon import _SCALE_WORDS
from newsdesk.compare.conflicts.ranges import (
    _MULTIPLIERS,
    _RATE,
    _past_multipliers,
    _range_end,
    same_measure,
)
from newsdesk.compare.conflicts.values import (
    _QUALIFIER,
    _hyphen_number,
    _num,
)
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.text import STOPWORDS, stem

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


# Hedges between "to" and a figure ("a descent to about 10,000 feet").
_HEDGES = frozenset(["about", "around", "roughly", "nearly", "almost", "some", "approximately", "just"])
# Units of a measure along a course (height, distance, level), not counts: a toll that "rose to 40 people" while
# "the missing fell to 12 people" is two counts updated, not one course.
_MEASURES = frozenset(stem(w) for w in ["feet", "foot", "metres", "meters", "metre", "meter", "miles", "mile", "kilometres",
                                        "kilometers", "kilometre", "kilometer", "inches", "yards", "degrees", "points",
                                        "knots", "mph", "percent", "fathoms"])


def _to_at(tokens: Sequence[str], k: int) -> int:
    """Where the "to" that reaches the figure at tokens[k] stands ("to [10,000]", "to about [10,000]"), -1 if none."""
    if k >= 1 and tokens[k - 1].lower() == "to":
        return k - 1
    if k >= 2 and tokens[k - 1].lower() in _HEDGES and tokens[k - 2].lower() == "to":
        return k - 2
    return -1


def same_course(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether two figures are one step of one course told twice, not a figure revised between two reports: reached by
    the same words in both ("climbed back to [24,000] feet"), with the same later figure of their unit, reached by "to"
    too, after them in both ("... a rapid descent to about 10,000 feet"), in a unit of measure (feet, miles, percent).
    "The toll rose to 40" / "the toll rose to 45" has no such later figure, and stays an update, also when both add
    "the missing fell to 12 people" (counts, not a course) or "12 people remain missing"."""
    pa, pb = _to_at(ta, i), _to_at(tb, j)
    if pa < 1 or pb < 1 or ta[pa - 1].lower() != tb[pb - 1].lower():
        return False
    unit = _first_unit(ta, i + 1)
    if not unit or unit != _first_unit(tb, j + 1) or unit not in _MEASURES:
        return False

    def later(tokens: Sequence[str], k: int) -> set[float]:
        return {v for m in range(k + 1, len(tokens))
                if _to_at(tokens, m) >= 0 and (v := _num(tokens[m])) is not None and _first_unit(tokens, m + 1) == unit}
    return bool(later(ta, i) & later(tb, j))


def revised_between(text_a: str, va: float | None, ta: Sequence[str], i: int,
                    text_b: str, vb: float | None, tb: Sequence[str], j: int) -> bool:
    """Whether a figure at ta[i] and one at tb[j] are one figure revised between two reports (either sentence reports
    a revision that accounts for the other's value, see ``_updates``), not one course told twice (``same_course``)."""
    return (_updates(text_a, vb) or _updates(text_b, va)) and not same_course(ta, i, tb, j) \
        and not one_dated_change(ta, i, tb, j)


_YEAR_OR_DECADE = re.compile(r"^(?:1[6-9]|20)\d\d(?:s|'s)?$")
_PERIOD_WORDS = frozenset(["the", "late", "early", "mid", "mid-", "middle", "of"])
_SAME_WORDS = 4  # the words before the "to" two tellings of one change share


def _dated_by(tokens: Sequence[str], k: int) -> str:
    """The year or decade the change reaching the figure at tokens[k] is dated by, right after it ("to 18 [in the late
    1980s]", "to $5.15 an hour in 1997"), "" when there is none within four words."""
    for m in range(k + 1, min(len(tokens), k + 5)):
        if tokens[m].lower() in ("in", "by"):
            n = m + 1
            while n < len(tokens) and tokens[n].lower() in _PERIOD_WORDS:
                n += 1
            return tokens[n].lower() if n < len(tokens) and _YEAR_OR_DECADE.match(tokens[n]) else ""
        if tokens[m] in (",", ";", ".") or _num(tokens[m]) is not None:
            return ""
    return ""


def one_dated_change(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether two figures are the value one past change reached, told twice: reached by "to" after the same words in
    both ("Maryland raised the age for capital punishment to [18] in the late 1980s" / "... to [21] in the late
    1980s") and dated by the same year or decade right after it. A change done in a year is no count revised between
    two reports ("raised the toll to 40" / "45 dead"), so its two values disagree."""
    pa, pb = _to_at(ta, i), _to_at(tb, j)
    if pa < _SAME_WORDS or pb < _SAME_WORDS:
        return False
    if [t.lower() for t in ta[pa - _SAME_WORDS:pa]] != [t.lower() for t in tb[pb - _SAME_WORDS:pb]]:
        return False
    year = _dated_by(ta, i)
    return bool(year) and year == _dated_by(tb, j)


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
    # the high end of a range of ages ("Americans age 18 to [34] were living ...", "ages 18-[34] are more likely"):
    # an age, as its low end is, whatever words come after it but a unit of time ("ages 14 to 22 months")
    start = _past_modifier_list(tokens, j)  # "150 lost, stolen or purchased [passports]"
    age_range = i >= 3 and tokens[i - 1].lower() in ("and", "or", "to", "-") and _aged(tokens, i) \
        and not (j < len(tokens) and stem(tokens[j].lower()) in _TIME_UNITS)
    words = () if age_range else tokens[start:start + 4]
    for k, t in enumerate(words, start=start):
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
    if not unit and _aged(tokens, i):
        unit = ["year-old"]  # "two boys, aged [13] and [11]": ages, as "13-year-old" says it
    if not unit and j - i == 1 and i >= 2 and tokens[i - 1] == "," and j < len(tokens) and tokens[j] in (",", ")") \
            and tokens[i].isdigit() and 0 < int(tokens[i]) < 120 and tokens[i - 2][:1].isupper():
        # an age after a name ("Jacob Vaz, 41,"), as "41-year-old Jacob Vaz" says it
        k = i - 2
        while k > 0 and tokens[k - 1][:1].isupper():
            k -= 1
        unit = ["year-old", stem(tokens[k].lower())]
    if unit[:1] == ["other"]:
        unit += _antecedent_units(tokens, i)  # "killed seven people and sickened 60 others": 60 people
    return frozenset(unit) | _compound_heads(tokens, j), _head(tokens, i, j)


def _past_modifier_list(tokens: Sequence[str], j: int) -> int:
    """Where the noun after a list of modifiers right after a number stands ("150 [lost, stolen, or purchased]
    passports", "20 [dead or wounded] soldiers"), j when there is none: two or more lower-case words joined by commas
    and a last "or" / "and", none of them plural, then a plural noun that is no verb ("150 passports, visas and laptops
    seized" and "with 25 countries and extradition agreements" list nouns: the first noun is what is counted)."""
    k, joined = j, False
    while k + 2 < len(tokens) and _modifier_word(tokens[k]) and not _plural(tokens[k]):
        sep = tokens[k + 1].lower()
        if sep == ",":
            k += 2
            if tokens[k].lower() in ("or", "and"):
                k += 1
                joined = True
                break
        elif sep in ("or", "and"):
            k += 2
            joined = True
            break
        else:
            return j
    noun = tokens[k + 1] if k + 1 < len(tokens) else ""
    if joined and _modifier_word(tokens[k]) and not _plural(tokens[k]) and _modifier_word(noun) and _plural(noun) \
            and not noun.endswith("ed"):
        return k + 1
    return j


def _modifier_word(token: str) -> bool:
    return token.isalpha() and token.islower() and token not in STOPWORDS and token not in _NUMBER_WORDS \
        and token not in _SCALE_WORDS and token not in _AMOUNT_WORDS


def _plural(token: str) -> bool:
    """Whether a word reads as a plural noun ("passports", "people", not "dangerous")."""
    return token.endswith("s") and not token.endswith(("ss", "ous", "us")) or token in _IRREGULAR_PLURALS


_IRREGULAR_PLURALS = frozenset(["people", "men", "women", "children", "police", "cattle", "feet", "teeth", "mice"])
_AMOUNT_WORDS = frozenset(["dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "several"])


_AGE_WORDS = frozenset(["aged", "ages", "age"])  # before a bare number: an age ("two boys, aged [13] and 11")
def _aged(tokens: Sequence[str], i: int) -> bool:
    """Whether the bare number at tokens[i] is an age given after "aged" ("aged [13]", "aged 13 and [11]")."""
    if i and tokens[i - 1] in _AGE_WORDS:  # lower case: "the Bronze Age 3,000 years ago" gives no age
        return True
    return i >= 3 and tokens[i - 1].lower() in ("and", "or", "to", "-") and _num(tokens[i - 2]) is not None \
        and tokens[i - 3] in _AGE_WORDS


_ASIDE = frozenset(["including", "includes", "included", "among"])


def _antecedent_units(tokens: Sequence[str], i: int) -> list[str]:
    """What "others" after the number at tokens[i] are others of: the units of the nearest number before it in the
    sentence ("seven [people] died and 62 others were infected" -> [people]); [] when there is none. A number in an
    aside ("killed 12 people, including four [children], and wounded 30 others") is passed over: the others are
    others of the 12."""
    for k in range(i - 1, -1, -1):
        if _num(tokens[k]) is not None:
            if _ASIDE & {t.lower() for t in tokens[max(0, k - 2):k]}:
                continue
            return sorted(_number_role(tokens, k, k + 1)[0] - {"other"})
    return []


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
_CLAIMED = frozenset(stem(w) for w in ["claimed", "claiming", "claims"])


def same_toll(head_a: str, unit_a: frozenset[str], head_b: str, unit_b: frozenset[str]) -> bool:
    """Whether two counts of people are both of the dead: each after a verb of killing ("killed some [300] people"), or
    after "claimed" ("blasts that claimed over [607] people", "claimed 300 lives"), which said of people is one."""
    def toll(head: str, unit: frozenset[str]) -> bool:
        return "people" in unit and (_HARMED.get(head) == "dead" or head in _CLAIMED)
    return head_a != head_b and toll(head_a, unit_a) and toll(head_b, unit_b)


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
    if j and _aged(tokens, j - 1) and units == {"year-old"}:
        return "year-old"
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


# Words for people of any kind: "three people" and "three suspects" may count the same ones.
_PEOPLE_UNITS = frozenset(stem(w) for w in ["people", "persons", "others", "men", "women", "children", "members"])


def _unmatched_numbers(tokens: Sequence[str], slots: Sequence[tuple[str, int, int, str]], other: Sequence[str],
                       other_slots: Sequence[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """Numbers of a value the sentence states more often than the other one does, left over after pairing each
    occurrence with one of the other's that counts the same thing: "[two] counts of cyberstalking ... [two] counts of
    obstruction" against "seven counts of cyberstalking ... two obstruction charges" leaves the first "two"."""
    out = []
    for value in {v for t, _, _, v in slots if t == "number"}:
        mine = [s for s in slots if s[0] == "number" and s[3] == value]
        theirs = [s for s in other_slots if s[0] == "number" and s[3] == value]
        if not theirs:
            continue
        if len(mine) <= len(theirs):
            out.extend(_counting_else(tokens, mine, other, theirs))
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


def _counting_else(tokens: Sequence[str], mine: Sequence[tuple[str, int, int, str]], other: Sequence[str],
                   theirs: Sequence[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """The occurrences of one value that count something else than the other sentence's occurrences of it do, when
    that value is given once on each side: "convicted of [three] counts of assault ... three years' probation" against
    "convicted of three counts of assault" leaves nothing, but "convicted of eight counts ... [three] years'
    probation" against "convicted of three counts" leaves the "three" of years, which says nothing of the counts. Both
    need a noun each that the other lacks, not a word for people ("three people" / "three suspects" may be one count)
    nor two words of time or age ("a 24-year-old man" / "the 24-year old student" is one age)."""
    if len(mine) != 1 or len(theirs) != 1:
        return []
    (_, i1, i2, _), (_, j1, j2, _) = mine[0], theirs[0]
    ua, ub = _first_unit(tokens, i2), _first_unit(other, j2)
    units_a, units_b = _number_role(tokens, i1, i2)[0], _number_role(other, j1, j2)[0]
    if not ua or not ub or units_a & units_b or ua in _PEOPLE_UNITS or ub in _PEOPLE_UNITS \
            or {ua, ub} <= _TIME_UNITS | {"year-old"}:
        return []
    return [mine[0]]


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


# The marker count_words adds when two numbers are tied to one measure: it counts as one shared context word, and it
# makes the number a lone slot of the pair (see paraphrase._aligned_slot_conflicts).
MEASURE_TIE = "=measure"


def count_words(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> frozenset[str]:
    """The words two numbers share about what they count, as _number_role reads them (a unit joined to its number,
    a compound's head, words counting the same people: "a 140-mile section" / "285 miles" share {mile}), plus
    MEASURE_TIE when they are tied to one measure (``same_measure``)."""
    units = _number_role(ta, i1, i2)[0] & _number_role(tb, j1, j2)[0]
    if units == {"year-old"}:
        units = frozenset()  # two ages, of whom is not said alike ("a 19-year-old man" / "Kanasho Johns, 27")
    return units | ({MEASURE_TIE} if same_measure(ta, i1, i2, tb, j1, j2) else frozenset())


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


# Words that only qualify the unit after them ("sq km", "square miles", "cubic metres", "metric tons"): a unit shown
# after a figure keeps them with that unit.
_UNIT_QUALIFIERS = frozenset(["sq", "square", "cubic", "cu", "metric", "nautical", "light"])


def unit_label(tokens: Sequence[str], j: int) -> str:
    """The unit a conflict shows after the figure ending at tokens[j]: the word after it ("600 [flights]"), with the
    unit it qualifies ("216,000 [sq km]", "[square miles]"); "" when no word follows."""
    first = tokens[j] if j < len(tokens) and tokens[j][:1].isalpha() else ""
    if first.lower().rstrip(".") not in _UNIT_QUALIFIERS:
        return first
    k = j + 2 if j + 2 < len(tokens) and tokens[j + 1] == "." else j + 1
    return f"{first} {tokens[k]}" if k < len(tokens) and tokens[k][:1].isalpha() else first
