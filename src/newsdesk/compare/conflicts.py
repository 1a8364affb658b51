"""Contradictions between articles: the same slot with different values, and a claim set against its denial.

Pairs: each sentence with its single best match in each other article, when that match is also among its TOP
best overall and the TF-IDF cosine reaches PAIR; slot conflicts need aligned_threshold() (0.3 for a story of a
few articles, rising to 0.4 for ten or more, where topic words make chance matches close).
1. Same wording (token-diff ratio >= CLOSE): a replaced span that is a number on both sides, a date of the same
   type (a weekday range by its ends), or a name (place after "in/near/at", else actor; when the replaced words
   are one part of a longer name, that part), or a negation present on one side only.
2. Paraphrases: a slot of a (number, date by type, name) whose value b lacks, paired with a slot of the same
   type that a lacks, in the same context: shared content words within three tokens or the same word right
   before / after (for numbers: the same unit noun or the same head word; ranges, approximations, updates and
   different units are not conflicts, nor a different first noun after the number). A number needs more context
   when a name differs too, but only a non-speaker name of the same sort (place, person, organization) on both
   sides counts. A negation: the first content word after "not" is in b and b negates nothing; below PARA_NEG (or in
   a crowded story) a second word must stand in place in b too (the next content word after the negated one, or the
   last one before the negation); not in a quote, a condition ("if ... not"), a contrast inside one sentence ("X had
   been modified, while Y had not"), a first-person remark, nor against a negative verb in b ("refrained from").
   Below the aligned threshold (cosine >= PAIR), a slot that is the only differing one of its type on each side,
   with ANCHOR_WORDS content words of context shared ("school board in [X] voted"), is compared too. A day of one
   month against another month ("on 1 August" / "in May") counts as a date conflict.
3. A sentence that denies or dismisses ("denied claims that...") is set against the affirmative claim of
   another speaker that best covers the object of the denial (a closer match is needed when the two share no
   name or number).
Plus, across independent reports (articles crediting different outlets), the places and targets each report
attaches to the same operation ("offensive near Aleppo" vs "operations in the Idlib and Hama countryside").
4. Posts: two people named in two articles as holder of one post that has one holder at a time ("X, the chairman
   of the Society of Black Lawyers" / "Y, chairman of the Society of Black Lawyers"), when the story names only those
   two (a former holder holds no post).
4a. Roles: two people given the same post in two articles, by a title before the name or an apposition after it
   ("London Mayor X" / "Mayor of London Y", "Rep. X, R-Ariz., the only openly gay House Republican"): the same role
   noun, the same words right before it ("executive director" is not "deputy director") and the same capitalised
   words; only when the story gives that post to those two alone, no article to both, a former holder to neither; a
   post several may hold ("Microsoft co-founder"), or any post in a crowded story, needs the sentences aligned too.
4b. Frames: a time of day or a day of the month after the same two content words in two articles ("the collapse
   happened at about 5:40 a.m." / "... 6:15 a.m."), or a year after the same five words ("commissioned for the
   Russian Navy in 1995"), however different the rest of the sentences.
4c. Modifiers: a place against a name used as a modifier of the same noun ("pupils in [X] middle schools" / "four
   [Y] middle schools", "in the [X] investigation" / "the [Y] investigation").
5. A figure corrected against other reports in one sentence ("in the hundreds, rather than thousands, as some
   reports have indicated").
Slots are read after a wire dateline ("MOSCOW, October 15 (Xinhua) --"); a name cut at a middle initial is joined
again ("James E. Hall"), the end of an organization's name after "and" is no name of its own ("Board of Pardons and
Paroles"), nor a demonym after a copula ("the crew were French"); an age after a name ("X, 41,") counts years of age
as "41-year-old X" does, and a number after "from" is an old value only in a change ("from 10 to 3", "reduced from
10"), not a source ("passports from 10 countries"). A number is stated by the other sentence
only as often as it is there ("two counts ... two counts" against one "two"); a number word joined to its unit
("seven-story") is a number; a person after a title inside a longer capitalised run ("Senate Majority Leader [Bob
Dole]") and a place before a possessive ("[Kelso's] Mount Alder Hospital") are slots of their own. Not conflicts: a number next to a
different place or year (another figure), a bound and a figure inside it ("more than $1 billion" / "$10 billion"),
a count that is higher in a later article (an update), weekdays of articles published on different days,
questions, an amount of money against a count, two speakers with different roles saying different things, a
negation whose next content words the other sentence lacks ("not going to cheat" / "going to give") or set against
a reported denial, "whether or not", a change from one value to another ("lower the 28 percent bracket to 25.2
percent"), a rate ("15 cents of every dollar"), a pair in which who (or where) and when both differ (two events, also in the same wording: "passed the House on
Tuesday" / "passed the Senate on Thursday"),
and, in a crowded story, numbers beside a different subject name on each side. In a story of MUTUAL_FROM articles or more (weeks of coverage), sentences are paired only when each is
the other's best match, and a lone differing name needs shared context.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from newsdesk.compare.claims import (
    _DENIAL,
    _LOCATIVE,
    _MONTH_ABBR,
    _NUMBER_WORDS,
    _PLACE_NOUNS,
    _VAGUE,
    MONTHS,
    WEEKDAYS,
    Claim,
    Quantity,
    Slots,
    name_spans,
    quantities,
    tokens,
)
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.model import Conflict, ConflictKind, ConflictSide
from newsdesk.text import STOPWORDS, content_terms, stem

PAIR = 0.3  # cosine at which two sentences are diffed at all (negations in the same wording)
ALIGNED = 0.4  # cosine at which two sentences may report the same thing, in a large story (>= CROWD articles)
ALIGNED_FEW = 0.3  # the same for a story of two to FEW articles (linear in between): with many articles on one
FEW, CROWD = 5, 10  # topic, some sentence of another article is close by chance, so more overlap is required
CLOSE = 0.5  # token-diff ratio above which the wording is the same apart from the changed slot
NAME_COS = 0.35  # cosine for a differing name or date between paraphrases
PARA_NEG = 0.5
DENIAL_UNANCHORED = 0.3  # penalty when a denial and a claim share no name or number
DENIAL = 0.45  # share of the denial's object terms (idf-weighted) the denied claim must carry
TOP = 5  # each sentence is compared with its best match per other article, if among its TOP best overall
SPEAKER_OVERLAP = 0.5  # differing speakers: share of the statement's words (speakers left out) the two must have
# From this many articles ("crowded" story: weeks of coverage, many related figures), two sentences are compared only
# when each is the other's best match, and a lone differing name is not paired without shared context.
MUTUAL_FROM = 6
MAX_SPAN = 5  # a changed slot spans at most this many tokens on each side
# Below the aligned threshold (but at PAIR or more), a slot conflict needs the slot to be the only differing one of
# its type on each side, with this many content words of its context shared ("pupils in [X] middle schools").
ANCHOR_WORDS = 3

_NEG_TOKENS = frozenset(["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "no-one",
                         "noone"])
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
    revised from another value ("down from three acres" against "eight acres") still contradicts it."""
    if not _UPDATE.search(text):
        return False
    named = [_num(m.group(1).rstrip(".,").replace(",", "")) for m in _FROM_VALUE.finditer(text)]
    named = [v for v in named if v is not None]
    return not named or other_value is None or any(abs(v - other_value) < 1e-9 for v in named)


_VAGUE_OBJECT = re.compile(r"\b(?:the|these|those|such)\s+(?:claims?|reports?|allegations?|accusations?|charges?|"
                           r"stories|story|rumou?rs?)\b(?!\s+(?:that|of))", re.IGNORECASE)
_DATE_WORDS = frozenset(WEEKDAYS + MONTHS)
_FUNCTION_CAPS = frozenset(["the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at",
                            "mr", "mrs", "ms", "dr", "his", "her", "their", "this", "that", "not", "by", "including",
                            "for", "with", "from", "to", "of", "unlike", "although", "even", "after", "before", "when",
                            "while", "if", "as", "so", "no", "yes", "q", "moreover", "however", "meanwhile", "some",
                            "many", "most", "all", "one", "two", "three", "last", "next", "under", "since", "until"])


def _is_neg(tok: str) -> bool:
    low = tok.lower()
    return low in _NEG_TOKENS or low.endswith(("n't", "n’t"))


def _num(tok: str) -> float | None:
    low = tok.lower()
    if tok[:1].isdigit():
        t = tok.replace(",", "").rstrip("%")
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


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok[:1] in "12" and bool(_YEAR.fullmatch(tok))


def _date_key(tok: str) -> str | None:
    low = re.sub(r"['’]s$", "", tok.lower().rstrip("."))
    if low in WEEKDAYS:
        return "weekday"
    if low in MONTHS and tok[:1].isupper() and low != "may":
        return "month"
    if _is_year(tok):
        return "year"
    return None


def signature(s: Slots) -> frozenset[str]:
    """The tokens a contradiction can hit: numbers, date words, non-initial capitalised words, negations."""
    out = set()
    for k, t in enumerate(s.tokens):
        low = t.lower()
        if t[:1].isdigit() or low in _VAGUE or low in _NUMBER_WORDS or low in _DATE_WORDS or _is_neg(t) \
                or "-" in low and _hyphen_number(low)[0] is not None \
                or (k and t[:1].isupper()):
            out.add(low)
    return frozenset(out)


def _compatible(a: float, b: float, approx: bool) -> bool:
    """Equal up to rounding (2.5%: "1,400 degrees" / "1,426"), or up to 25% when either is approximate."""
    tol = 0.25 if approx else 0.025
    return abs(a - b) <= tol * max(abs(a), abs(b), 1.0)


_LOWER_BOUND = re.compile(r"\b(?:at least|more than|over|upwards of|in excess of|above)\s*\$?\s*$", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"\b(?:at most|fewer than|less than|up to|under|below|no more than)\s*\$?\s*$", re.IGNORECASE)


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
    return _old_value(ta, i) or _old_value(tb, j)


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


def _first_word(tokens: Sequence[str]) -> int:
    """Index of the first word of a sentence (after opening quotes, dashes, brackets)."""
    return next((k for k, t in enumerate(tokens) if t[:1].isalnum()), 0)


def _proper_terms(c: Claim) -> set[str]:
    """Lower-cased capitalised words (not sentence-initial) and numbers of a claim, speakers excluded."""
    toks = c.slots.tokens
    first = _first_word(toks)
    skip = _speaker_names(c)
    return {t.lower() for k, t in enumerate(toks) if k != first and (t[:1].isupper() or t[:1].isdigit())
            and t.lower() not in skip and t.lower() not in _FUNCTION_CAPS and len(t) > 1}


def _names_in(tokens: tuple[str, ...], start: int, end: int) -> list[str]:
    """Name slots (as _typed_slots finds them) overlapping tokens[start:end]."""
    return [" ".join(tokens[i:j]) for typ, i, j, _ in _typed_slots(tokens)
            if typ == "name" and j > start and i < end]


def _same_entity(a: str, b: str) -> bool:
    """Spelling variants of one name ("Shia" / "Shi'ite", "Jabhat al-Nusra" / "Nusra Front")."""
    ta = {t for t in re.split(r"[\W_]+", a.lower()) if len(t) > 2 and t not in ("the", "al")}
    tb = {t for t in re.split(r"[\W_]+", b.lower()) if len(t) > 2 and t not in ("the", "al")}
    # one word the start of the other ("Lucas" / "LucasFilm Ltd")
    prefix = any(len(x) > 3 and len(y) > 3 and (x.startswith(y) or y.startswith(x)) for x in ta for y in tb)
    return bool(ta & tb) or prefix or a[:3].lower() == b[:3].lower() or a.lower() in b.lower() or b.lower() in a.lower() \
        or _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(short: str, long: str) -> bool:
    """"U.S." / "United States", "UW" / "University of Washington", "NTSB" / "National Transportation Safety Board"."""
    letters = "".join(c for c in short if c.isalpha())
    if not 2 <= len(letters) <= 6 or not letters.isupper() or len(long.split()) < 2:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", long) if w[:1].isupper())
    # "HUD" / "Urban Development" (from "Housing and Urban Development", split at "and"): the tail of the acronym
    return initials.startswith(letters) or initials.endswith(letters) or letters == initials \
        or len(initials) >= 2 and letters.endswith(initials)


# "the city of X", "two neighbourhoods of Damascus", "the outskirts of Aleppo": X is where.
_PART_OF = frozenset(["city", "town", "province", "village", "region", "neighbourhoods", "neighborhoods", "neighbourhood",
                      "neighborhood", "suburbs", "suburb", "outskirts", "streets", "districts", "district", "heart",
                      "centre", "center", "downtown"])


def _is_place(tokens: Sequence[str], i: int, j: int) -> bool:
    prev = tokens[i - 1].lower() if i else ""
    prev2 = tokens[i - 2].lower() if i > 1 else ""
    if prev2 in _LOCATIVE and prev.isalpha() and prev not in STOPWORDS and tokens[i - 1][:1].islower() \
            and prev not in ("least", "most", "all"):
        return True  # "in neighbouring Kenya", "near northern Aleppo"
    nxt = tokens[j].lower() if j < len(tokens) else ""
    if prev in ("a", "an") and prev2 in _LOCATIVE and j - i == 1 and tokens[j:j + 1] and tokens[j][:1].islower():
        return True  # "in a Michigan river", "in a Paris suburb": the place, said as a modifier
    if re.search(r"['’]s$", tokens[j - 1]) and _facility_after(tokens, j):
        return True  # "New York's Mount Sinai Hospital", "Chicago's Soldier Field": where the facility is
    return prev in _LOCATIVE or (prev == "the" and prev2 in _LOCATIVE) or nxt in _PLACE_NOUNS or prev == "of" and \
        prev2 in _PART_OF


def _facility_after(tokens: Sequence[str], j: int) -> bool:
    """A capitalised facility name starts at tokens[j] ("Soldier Field", "Mount Sinai Beth Israel Hospital")."""
    k = j
    while k < len(tokens) and k < j + 6 and tokens[k][:1].isupper():
        if tokens[k].lower().strip(".,") in _FACILITY or tokens[k].lower() in ("hospital", "ward", "district", "county"):
            return True
        k += 1
    return False


def _span_of(tokens: Sequence[str], name: str) -> tuple[int, int]:
    parts = name.split()
    for i in range(len(tokens) - len(parts) + 1):
        if list(tokens[i:i + len(parts)]) == parts:
            return i, i + len(parts)
    return 0, 0


def _speaker_names(c: Claim) -> set[str]:
    return {w.lower() for s in c.speakers for w in s.who.split()}


def _local_conflicts(a: Claim, b: Claim, ops: Sequence[tuple[str, int, int, int, int]]) -> list[tuple[ConflictKind, str, str]]:
    """Conflicts in spans where two otherwise identical sentences differ."""
    ta, tb = a.slots.tokens, b.slots.tokens
    low_a, low_b = {t.lower() for t in ta}, {t.lower() for t in tb}
    out: list[tuple[ConflictKind, str, str]] = []
    for op, i1, i2, j1, j2 in ops:
        seg_a, seg_b = ta[i1:i2], tb[j1:j2]
        neg_a, neg_b = any(map(_is_neg, seg_a)), any(map(_is_neg, seg_b))
        # auxiliaries beside the negation may change tense ("there is not always" / "there was always")
        rest_a = [t.lower() for t in seg_a if not _is_neg(t) and t.lower() not in _AUX_WORDS]
        rest_b = [t.lower() for t in seg_b if not _is_neg(t) and t.lower() not in _AUX_WORDS]
        # Only the negation differs here ("was killed" / "was not killed"), not other words beside it.
        same_rest = not rest_a or not rest_b or bool({stem(t) for t in rest_a} & {stem(t) for t in rest_b})
        if neg_a != neg_b and max(len(seg_a), len(seg_b)) <= 3 and same_rest:
            neg_tok = next(t for t in (seg_a if neg_a else seg_b) if _is_neg(t))
            if not (neg_tok.lower() in (low_b if neg_a else low_a)) and _negates_shared(
                    ta if neg_a else tb, (i1 if neg_a else j1) + (seg_a if neg_a else seg_b).index(neg_tok),
                    b if neg_a else a):
                ctx_a = " ".join(ta[max(0, i1 - 2):i2 + 2])
                ctx_b = " ".join(tb[max(0, j1 - 2):j2 + 2])
                out.append(("denial", f"…{ctx_a}…" if neg_a else "asserts", f"…{ctx_b}…" if neg_b else "asserts"))
                continue
        if op != "replace" or len(seg_a) > MAX_SPAN or len(seg_b) > MAX_SPAN:
            continue
        nums_a = [(k, v) for k in range(i1, i2) if (v := _num(ta[k])) is not None and not _is_year(ta[k])]
        nums_b = [(k, v) for k in range(j1, j2) if (v := _num(tb[k])) is not None and not _is_year(tb[k])]
        if nums_a and nums_b:
            (ka, va), (kb, vb) = nums_a[0], nums_b[0]
            if _bound_or_rate(ta, ka, ka + 1) or _bound_or_rate(tb, kb, kb + 1):
                continue
            if _money(ta, ka, ka + 1) != _money(tb, kb, kb + 1):
                continue
            approx = _qualified(ta, ka) or _qualified(tb, kb)
            units_a, units_b = _number_role(ta, ka, ka + 1)[0], _number_role(tb, kb, kb + 1)[0]
            if units_a and units_b and not units_a & units_b:
                continue  # "50 minutes" / "four hours": different units, not comparable here
            ua, ub = _first_unit(ta, ka + 1), _first_unit(tb, kb + 1)
            if ua and ub and ua not in units_b and ub not in units_a:
                continue  # "3 million households receive" / "1.4 million families receive": other things
            if not _compatible(va, vb, approx) and not _vague_ok(ta[ka], va, tb[kb], vb) \
                    and not _bounded_ok(ta, ka, va, tb, kb, vb) \
                    and not (_updates(a.text, vb) or _updates(b.text, va)):
                nxt_a = ta[i2] if i2 < len(ta) else ""
                nxt_b = tb[j2] if j2 < len(tb) else ""
                unit = nxt_a if nxt_a[:1].isalpha() and nxt_a.lower() == nxt_b.lower() else ""
                out.append(("number", f"{' '.join(seg_a)} {unit}".strip(), f"{' '.join(seg_b)} {unit}".strip()))
            continue
        # A range of days is read by its ends ("Monday-Friday" / "Thursday-Friday": Monday against Thursday).
        parts_a = [p for t in seg_a for p in re.split(r"(?<=[a-z])[-–](?=[A-Z])", t)]
        parts_b = [p for t in seg_b for p in re.split(r"(?<=[a-z])[-–](?=[A-Z])", t)]
        dates_a = {(_date_key(t), t.lower()) for t in parts_a if _date_key(t)}
        dates_b = {(_date_key(t), t.lower()) for t in parts_b if _date_key(t)}
        types = {k for k, _ in dates_a} & {k for k, _ in dates_b}
        if types:
            va = {v for k, v in dates_a if k in types}
            vb = {v for k, v in dates_b if k in types}
            if len(parts_a) > len(seg_a) or len(parts_b) > len(seg_b):
                va, vb = va - vb, vb - va
            if va and vb and not va & vb and not va & low_b and not vb & low_a:
                out.append(("date", " ".join(seg_a), " ".join(seg_b)))
            continue
        names_a = _names_in(ta, i1, i2)
        names_b = _names_in(tb, j1, j2)
        if names_a and names_b:
            na, nb = names_a[0], names_b[0]
            if _same_entity(na, nb) and _name_segment(seg_a) and _name_segment(seg_b):
                # One part of a longer name replaced ("Anthony Holder of [London's National Institute] for Medical
                # Research" / "... of [Global Health Council] for Medical Research"): the replaced parts differ.
                na, nb = " ".join(seg_a).rstrip(".,"), " ".join(seg_b).rstrip(".,")
            if _same_entity(na, nb) or na.lower() in b.text.lower() or nb.lower() in a.text.lower() \
                    or _name_in(na, tb) or _name_in(nb, ta):
                continue  # "LeBron James ... Sunday" / "Title No. 1 for James ... Thursday": James is on both sides
            if _is_speaker(a, na) and _is_speaker(b, nb) and _statement_overlap(a, b) < SPEAKER_OVERLAP \
                    and not _same_role(ta, *_span_of(ta, na), tb, *_span_of(tb, nb)):
                continue  # two people quoted saying different things ("manager of X" / "member of X")
            (x1, x2), (y1, y2) = _span_of(ta, na), _span_of(tb, nb)
            pa, pb = _is_place(ta, x1, x2), _is_place(tb, y1, y2)
            if pa != pb and not _institutions(na, nb) \
                    and (_org_like(nb if pa else na) or _person_like(*((tb, y1, y2) if pa else (ta, x1, x2)))):
                continue  # "In Washington, ..." / "U.S. State Department spokesman": different roles
            org = _institutions(na, nb) or _org_apposed(ta, x2) or _org_apposed(tb, y2)
            out.append(("place" if (pa or pb) and not org else "actor", na, nb))
    return out


_AUX_WORDS = frozenset(["do", "does", "did", "so", "is", "was", "are", "were", "be", "been", "has", "have", "had",
                        "will", "would"])
_DENY_WORD = re.compile(r"\bden(?:y|ied|ies|ying|ials?)\b", re.IGNORECASE)
_NEG_FILLER = frozenset(["be", "been", "being", "have", "has", "had", "going", "gonna", "to", "a", "an", "the", "do",
                         "does", "did", "ever", "yet", "get", "got"])


def _negates_shared(tokens: Sequence[str], k: int, other: Claim) -> bool:
    """Whether the negation at tokens[k] negates what the other sentence asserts: the first content word after it
    ("not [killed]", "not going to [cheat]"), or the one after it, is in the other sentence, the negation is not "whether or not" / "nor",
    and the other sentence does not itself deny or dismiss ("Clinton's denial that he ever had" / "did not have")."""
    if tokens[k].lower() in ("nor", "neither") or k and tokens[k - 1].lower() in ("or", "whether", "if"):
        return False
    if _DENY_WORD.search(other.text):
        return False
    nxt = [w.lower() for w in tokens[k + 1:k + 6] if w[:1].isalpha() and w.lower() not in _NEG_FILLER
           and w.lower() not in STOPWORDS]
    if not nxt:
        return True  # "it did not." : nothing after to check
    other_low = {stem(t.lower()) for t in other.slots.tokens}
    return any(stem(w) in other_low for w in nxt[:2])


def _role_word(tokens: Sequence[str], i: int, j: int) -> str:
    """The role given to a name: the first lower-case content word of an apposition after it ("X, the head of ..." ->
    head, "X, the Orlando attorney" -> attorney), else the words right before it ("psychology professor X" ->
    professor, "chief investigator X" -> chief investig); "" when there is none."""
    if j < len(tokens) and tokens[j] == ",":
        for t in tokens[j + 1:j + 5]:
            low = t.lower()
            if low in ("the", "a", "an", "former", "then") or t[:1].isupper() and low not in _TITLE | _ROLE_CAPS:
                continue
            return stem(low) if low.isalpha() and low not in STOPWORDS else ""
    prev = tokens[i - 1].lower().rstrip(".") if i else ""
    if i and (tokens[i - 1][:1].islower() or prev in _TITLE | _ROLE_CAPS) and prev.isalpha() and prev not in STOPWORDS:
        k = i - 1  # "Senate Majority Leader X": the office words before the title count too
        while k > 0 and k > i - 4 and (tokens[k - 1][:1].isupper() or tokens[k - 1].isalpha()
                                       and tokens[k - 1].lower() not in STOPWORDS and k > i - 3):
            k -= 1  # "chief investigator X": a role of two lower-case words
        return " ".join(stem(t.lower().rstrip(".")) for t in tokens[k:i]
                        if t.lower() not in ("former", "then", "ex", "late", "acting"))
    return ""


def _same_role(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Two names given the same role ("X, the head of SOHR" / "Y, head of SOHR", "chief investigator X" / "Y, a chief
    with the coroner's office"): one post, two holders. Roles of several words share their last word or are equal."""
    ra, rb = _role_word(ta, i1, i2), _role_word(tb, j1, j2)
    if not ra or not rb:
        return False
    roles = {stem(w) for w in _TITLE | _ROLE_CAPS | {"investigator", "spokesperson", "official", "head"}}
    wa, wb = set(ra.split()), set(rb.split())
    return ra == rb or ra.split()[-1] == rb.split()[-1] or bool(wa & wb & roles)


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


def _name_segment(seg: Sequence[str]) -> bool:
    """A replaced span of two or more capitalised words (an organization's or a person's name of its own)."""
    words = [t for t in seg if t not in (",", ".", "&")]
    return len(words) >= 2 and all(t[:1].isupper() and t.lower() not in _FUNCTION_CAPS for t in words)


def _unit(q: Quantity) -> str | None:
    return q.unit[0] if q.unit else None


def _anchors(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Content words within three tokens of a slot: the context that says what the slot is about."""
    out = set()
    number = _num(tokens[i]) is not None
    for k in list(range(max(0, i - 3), i)) + list(range(j, min(len(tokens), j + 3))):
        t = tokens[k].lower()
        # beside a number, hyphenated words count ("32-year-old": what the number is), not hyphenated numbers
        word = t.replace("-", "").isalpha() if number else t.isalpha()
        if word and len(t) > 2 and t not in STOPWORDS and not _num(t) and t not in _DATE_WORDS:
            out.add(stem(t))
    return out


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
_MERIDIEM = {"a.m.": "am", "a.m": "am", "am": "am", "p.m.": "pm", "p.m": "pm", "pm": "pm"}


def _month_at(tokens: Sequence[str], k: int) -> str | None:
    """The month a token names ("Oct.", "October", "May" only next to a day number), else None."""
    t = tokens[k]
    low = t.lower().rstrip(".")
    month = _MONTH_ABBR.get(low[:4] if low.startswith("sept") else low[:3]) if low in MONTHS or low in _MONTH_ABBR \
        else None
    if not month or not t[:1].isupper():
        return None
    if low == "may" and not (k + 1 < len(tokens) and (_day(tokens[k + 1]) or _is_year(tokens[k + 1]))
                             or k and (_day(tokens[k - 1]) or tokens[k - 1].lower() in _MONTH_CUE)):
        return None  # "May" is a month beside a day or a year, or after "in", "since", "early" ...
    return month


_MONTH_CUE = frozenset(["in", "since", "until", "by", "early", "late", "mid", "last", "next", "of", "during"])


def _day_and_month(typ_a: str, va: str, typ_b: str, vb: str) -> bool:
    """A day of one month against another month ("arrested on 1 August" / "arrested in May"): months compared."""
    if {typ_a, typ_b} != {"date:day", "date:month"}:
        return False
    day, month = (va, vb) if typ_a == "date:day" else (vb, va)
    return day.split()[0] != month


def _day(tok: str) -> int | None:
    t = re.sub(r"(?:st|nd|rd|th),?$", "", tok.rstrip(","))
    return int(t) if t.isdigit() and 1 <= int(t) <= 31 and len(t) <= 2 else None


def _slot_tokens(tokens: Sequence[str]) -> list[tuple[str, int, int, str]]:
    """(type, start, end, value) for numbers and dates: weekday, month, day ("October 31", "1 May"), year, time."""
    out = []
    k, n = 0, len(tokens)
    while k < n:
        t = tokens[k]
        month = _month_at(tokens, k)
        if month:
            if k + 1 < n and (d := _day(tokens[k + 1])):
                out.append(("date:day", k, k + 2, f"{month} {d}"))
                k += 2
                continue
            if k and (d := _day(tokens[k - 1])) and out and out[-1][1] == k - 1 and out[-1][0] == "number":
                out[-1] = ("date:day", k - 1, k + 1, f"{month} {d}")  # "1 May"
                k += 1
                continue
            out.append(("date:month", k, k + 1, month))
        elif _CLOCK.fullmatch(t):
            nxt = _MERIDIEM.get(tokens[k + 1].lower(), "") if k + 1 < n else ""
            end = k + 2 if nxt else k + 1
            out.append(("date:time", k, end, f"{t}{nxt}"))
            k = end
            continue
        elif dk := _date_key(t):
            out.append(("date:" + dk, k, k + 1, re.sub(r"['’]s$", "", t.lower().rstrip("."))))
        elif (v := _num(t)) is not None:
            out.append(("number", k, k + 1, str(v)))
        k += 1
    return out


_NOT_QUALIFIER = frozenset(["only", "just", "even", "so", "too", "as", "quite", "necessarily", "exactly", "much",
                            "all", "always", "yet", "single", "least", "nearly", "enough"])
def _quoted(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] is inside quotation marks ("...", “...”, ``...'')."""
    inside = False
    for t in tokens[:k]:
        if t == '"':
            inside = not inside
        elif t in ("“", "`"):
            inside = True
        elif t in ("”", "'"):
            inside = False
    return inside


_CONTRAST = re.compile(r"\bso much as\b|\brather\b|\bbut rather\b", re.IGNORECASE)
_NEG_VERBS = frozenset(stem(w) for w in ["refrained", "refused", "declined", "failed", "avoided", "ruled", "lacks",
                                          "lacked", "stopped", "ceased", "halted"])
_CONDITION = frozenset(["if", "unless", "until", "whether", "till"])
_PERSONAL = frozenset(["i", "i'm", "we", "we're", "you", "you're", "i’m", "we’re", "you’re"])
_NEG_IDIOM = frozenset(["only", "immediately", "clear", "longer", "one", "yet", "known", "sure", "least", "just",
                        "comment", "respond", "available", "return", "doubt"])


def _para_negation(a: Claim, b: Claim, cos: float = 1.0, crowded: bool = False) -> tuple[ConflictKind, str, str] | None:
    """A statement negated in a ("the suspect was not taken to Highland Hospital") and asserted in b ("was taken to
    Highland Hospital, where..."), in other wording: the first content word after the negation is in b, and b
    negates nothing. Below PARA_NEG (or in a crowded story), a second word must stand in the same place in b: the
    next content word after the negation within four tokens after it, or the last one before the negation within six
    tokens before it ("his body was not found" / "the child's body was found")."""
    ta, tb = a.slots.tokens, b.slots.tokens
    if _DENY_WORD.search(b.text) or any(_is_neg(t) for t in tb):
        return None  # b negates something too ("carries no weapons"), or reports a denial
    pos_b: dict[str, list[int]] = {}
    for p, t in enumerate(tb):
        pos_b.setdefault(stem(t.lower()), []).append(p)
    for k, t in enumerate(ta):
        if not _is_neg(t):
            continue
        low = t.lower()
        if low not in ("not", "never", "cannot") and not low.endswith(("n't", "n’t")):
            continue  # "no generation has", "show no symptoms": a quantifier, not a negated statement
        if k and ta[k - 1].lower() in ("or", "if", "whether", "nor") or k + 1 < len(ta) and (
                ta[k + 1].lower() in _NOT_QUALIFIER or ta[k + 1][:1].isdigit() or _num(ta[k + 1])):
            continue  # "whether or not", "not only", "not so far", "but not five years"
        if any(ta[m].lower() in _CONDITION and not (m > k and ta[m - 1].lower() == "that")
               for m in range(max(0, k - 7), min(len(ta), k + 6))):
            continue  # a condition ("if emissions are not reduced", "would not sail if"), not "told X that if ..."
        if k == _first_word(ta) or any(w.lower() in _PERSONAL for w in ta[max(0, k - 3):k]):
            continue  # "Not for Kansas ...", "I don't know what it is": no statement of fact to set against another
        after = [w.lower() for w in ta[k + 1:k + 6] if w.isalpha() and w.lower() not in _NEG_FILLER
                 and w.lower() not in STOPWORDS and _num(w) is None]
        if not after or after[0] in _NEG_IDIOM or len(after[0]) < 3:
            continue
        where = pos_b.get(stem(after[0]), [])
        if not where or _quoted(ta, k):
            continue  # a quote gives a view in the speaker's words, not a fact to set against a paraphrase
        if any(stem(t.lower()) == stem(after[0]) for t in ta[:k]) or _CONTRAST.search(" ".join(ta[k + 1:k + 10])) \
                or "such" in (t.lower() for t in ta[k + 1:k + 4]):
            continue  # "X had been modified, while Y had not been modified", "not to ban it so much as to undermine
            # it", "has never granted such a reprieve" (a kind of thing, not the one the other sentence reports)
        if any(stem(t.lower()) in _NEG_VERBS for p in where for t in tb[max(0, p - 3):p + 1]):
            continue  # b says it negatively in other words ("refrained from seeking", "ruled out as")
        if cos < PARA_NEG or crowded:  # loosely aligned, or a crowded story: a second word stands in place in b
            before = next((w.lower() for w in reversed(ta[max(0, k - 6):k]) if w.isalpha() and len(w) > 2
                           and w.lower() not in STOPWORDS and w.lower() not in _NEG_FILLER), "")
            nxt_at = pos_b.get(stem(after[1]), []) if len(after) > 1 else []
            before_at = pos_b.get(stem(before), []) if before else []
            if not any(p < q <= p + 4 for p in where for q in nxt_at) \
                    and not any(p - 6 <= q < p for p in where for q in before_at):
                continue
        return "denial", "…" + " ".join(ta[max(0, k - 2):k + 3]) + "…", "asserts"
    return None


_WINDOW = 3
_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish|i|ic|ench|utch)$")  # "Syrian", "Korean", "French"; not "Michigan"
_SCALE_WORDS = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "%", "per", "cent", "of"])
_RANGE = frozenset(["to", "and", "-", "–", "or"])


def _in_range(tokens: Sequence[str], i: int, j: int) -> bool:
    """A number that is one end of a range or list ("300 to 500 million", "between 5 and 15", "13 and 11")."""
    k = j
    while k < len(tokens) and tokens[k].lower() in _SCALE_WORDS - {"of", "per"}:
        k += 1
    after = k < len(tokens) - 1 and tokens[k].lower() in _RANGE and _num(tokens[k + 1]) is not None
    before = i > 1 and tokens[i - 1].lower() in _RANGE and _num(tokens[i - 2]) is not None
    before = before or i > 2 and tokens[i - 1].lower() in _RANGE and tokens[i - 2].lower() in _SCALE_WORDS \
        and _num(tokens[i - 3]) is not None
    return after or before or _bound_or_rate(tokens, i, j)


_OPEN_END = re.compile(r"^(?:and|or) (?:younger|older|more|less|fewer|over|under|above|below|up|higher|lower)\b")
_RATE = re.compile(r"^(?:[a-z]+ )?(?:out )?of (?:every|each)\b|^(?:out of|in every|in each)\b")  # "15 cents of every dollar"
_RATE_BEFORE = re.compile(r"\b(?:out of|of every|in every|one in|1 in)\s*$")


def _bound_or_rate(tokens: Sequence[str], i: int, j: int) -> bool:
    """"14 and younger", "10 or more" (an open end), "5 of every 10,000", "1 out of 500" (a rate): not a count."""
    after = " ".join(t.lower() for t in tokens[j:j + 3])
    before = " ".join(t.lower() for t in tokens[max(0, i - 3):i])
    return bool(_OPEN_END.match(after) or _RATE.match(after) or _RATE_BEFORE.search(before)
                or re.search(r"\b(?:older|younger) than(?: age)?\s*$", before))


def _number_role(tokens: Sequence[str], i: int, j: int) -> tuple[frozenset[str], str]:
    """(unit nouns after the number, content word before it): what the number counts.

    Up to two content words after the number ("two injured officers" -> {injur, officer}; "32-year-old" ->
    {year, old}); "percent" / "%" alone when it is a share.
    """
    unit: list[str] = []
    inner = _hyphen_number(tokens[i].lower())[1] if j - i == 1 else ""
    if inner:
        unit.append(stem(inner))  # "seven-story building" -> {stori, build}
    for t in tokens[j:j + 4]:
        low = t.lower()
        if len(unit) == 2:
            break
        if low in ("%", "percent"):
            unit = ["percent"]
            break
        if low == "-":
            continue
        if not low[:1].isalpha():
            break
        if low in _SCALE_WORDS or low in STOPWORDS:
            continue
        unit.append(stem(low))
        if len(unit) == 2:
            break
    if not unit and j - i == 1 and i >= 2 and tokens[i - 1] == "," and j < len(tokens) and tokens[j] in (",", ")") \
            and tokens[i].isdigit() and 0 < int(tokens[i]) < 120 and tokens[i - 2][:1].isupper():
        # an age after a name ("Jacob Vaz, 41,"), as "41-year-old Jacob Vaz" says it
        k = i - 2
        while k > 0 and tokens[k - 1][:1].isupper():
            k -= 1
        unit = ["year-old", stem(tokens[k].lower())]
    head = ""
    for t in reversed(tokens[max(0, i - 4):i]):
        low = t.lower()
        if low.isalpha() and low not in STOPWORDS and len(low) > 2 and not _QUALIFIER.search(low):
            head = stem(low)
            break
    return frozenset(unit), head


def _first_unit(tokens: Sequence[str], j: int) -> str:
    """The first unit noun after a number (as _number_role reads it), stemmed; "" when there is none."""
    units = _number_role(tokens, j - 1, j)[0] if j else frozenset()
    inner = _hyphen_number(tokens[j - 1].lower())[1] if j else ""
    if inner:
        return stem(inner)
    for t in tokens[j:j + 4]:
        low = t.lower()
        if low in ("%", "percent"):
            return "percent"
        if low == "-" or low in _SCALE_WORDS or low in STOPWORDS:
            continue
        if not low[:1].isalpha():
            return ""
        return stem(low) if stem(low) in units else ""
    return ""


@lru_cache(maxsize=50_000)
def _typed_slots(tokens: tuple[str, ...]) -> tuple[tuple[str, int, int, str], ...]:
    """(type, start, end, value) of every slot a contradiction can hit: number, date:<type>, name (a pure function
    of the sentence's tokens, memoised: each sentence is met in many pairs and in frame_conflicts)."""
    out = _slot_tokens(tokens)
    spans = _initials_joined(tokens, _split_at_titles(tokens, name_spans(tokens)))
    listed = _list_items(tokens, spans)
    for i, j in spans:
        if any(re.sub(r"['’]s$", "", t.lower().rstrip(".")) in _DATE_WORDS for t in tokens[i:j]):
            continue
        if i == _first_word(tokens) and tokens[i].lower().rstrip(".") in _FUNCTION_CAPS and j - i > 1:
            i += 1  # "Not for Kansas board member": the span starts after the capitalised function word
            while i < j and tokens[i].lower() in ("for", "of", "the"):
                i += 1
            if i >= j:
                continue
        elif i == _first_word(tokens) and (j - i == 1 or tokens[i].lower().rstrip(".") in _FUNCTION_CAPS):
            continue  # a capitalised first word is no evidence of a name
        if i and tokens[i - 1] in ("``", "\"", "“", "(", "_", "--", "—", ":") and j - i == 1:
            continue
        nxt = tokens[j] if j < len(tokens) else ""
        if j - i == 1 and _DEMONYM.search(tokens[i]) and nxt[:1].islower() and nxt.lower() not in STOPWORDS \
                and nxt.lower() not in _UNIT_NOUNS and not (i and tokens[i - 1].lower() in _LOCATIVE):  # "in Nairobi reportedly": a place
            continue  # "Jamaican sprinter": an adjective, not a name
        if _modifier(tokens, i, j):
            continue  # "Houston pickax killer", "Cairo-bound plane", "Jupiter moons": a name describing a noun
        if (i, j) in listed:
            continue  # an item of a list of names ("Sweden, Finland, Estonia"), not an apposition
        if i > 2 and tokens[i - 1] == "and" and _org_tail(tokens, i - 1):
            continue  # "Board of Pardons and [Paroles]": the end of an organization's name, not a name of its own
        if j - i == 1 and _ADJ_DEMONYM.search(tokens[i]) and i and tokens[i - 1].lower() in _COPULA:
            continue  # "The crew members were [French]": an adjective
        if j - i == 1 and len(tokens[i].rstrip(".")) <= 4 and i > 1 and tokens[i - 1] == "," \
                and tokens[i - 2][:1].isupper() and (j == len(tokens) or tokens[j] in (".", ",", ";", ")")
                                                     or tokens[i].endswith(".")):
            continue  # a state or country abbreviation qualifying a place ("Richmond, Va.", "Pearl, Miss.")
        out.append(("name", i, j, " ".join(tokens[i:j]).rstrip(".,").lower()))
    return tuple(out)


def _initials_joined(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name spans cut at a middle initial joined again: "[James E] . [Hall]" -> "James E . Hall" (one person)."""
    out: list[tuple[int, int]] = []
    for i, j in spans:
        if out and out[-1][1] == i - 1 and tokens[i - 1] == "." and re.fullmatch(r"[A-Z]", tokens[i - 2]) \
                and out[-1][1] - out[-1][0] > 1:
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


_ADJ_DEMONYM = re.compile(r"[a-z](?:ian|ean|ese|ish|ench|utch)$")
_COPULA = frozenset(["is", "are", "was", "were", "be", "been", "being", "became", "become", "remain", "remained"])
_ORG_HEADS = frozenset(["board", "bureau", "department", "ministry", "office", "centers", "center", "centre", "institute",
                        "school", "college", "academy", "society", "commission", "committee", "council", "secretary",
                        "division", "agency", "association", "federation", "union", "museum", "university"])


def _org_tail(tokens: Sequence[str], k: int) -> bool:
    """Whether the "and" at tokens[k] joins two words of one organization's name ("Board of Pardons and Paroles",
    "Centers for Disease Control and Prevention", "Department of Housing and Urban Development")."""
    m = k - 1
    while m > 0 and m > k - 5 and tokens[m][:1].isupper():
        m -= 1
    return m < k - 1 and m > 0 and tokens[m].lower() in ("of", "for") and tokens[m - 1].lower() in _ORG_HEADS \
        and tokens[m - 1][:1].isupper()


_ROLE_CAPS = frozenset(["leader", "chief", "deputy", "chairman", "chairwoman", "director", "sheriff", "sergeant",
                        "commissioner", "mayor", "speaker", "counsel", "investigator", "detective", "inspector"])


def _split_at_titles(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A person's name after a title inside one capitalised run is a name of its own: "Senate Majority Leader [Bob
    Dole]", "Hennepin County Chief Deputy [Mike Carlson]" -> the office ("Senate Majority", "Hennepin County") and
    the person, so that the person is compared, not the office words both sentences share."""
    out: list[tuple[int, int]] = []
    split: list[tuple[int, int]] = []
    for i, j in spans:  # "Kelso's Mount Alder Hospital" -> "Kelso's" (where) + "Mount Alder Hospital" (what)
        k = next((k for k in range(i, j - 1) if re.search(r"['’]s$", tokens[k]) and tokens[k + 1][:1].isupper()
                  and _facility_after(tokens, k + 1)), -1)
        split.extend([(i, k + 1), (k + 1, j)] if k >= 0 else [(i, j)])
    for i, j in split:
        cut = max((k for k in range(i, j - 1) if tokens[k].lower().rstrip(".") in _TITLE | _ROLE_CAPS), default=-1)
        if cut < 0 or not tokens[j - 1][:1].isupper():
            out.append((i, j))
            continue
        first = cut
        while first > i and tokens[first - 1].lower().rstrip(".") in _TITLE | _ROLE_CAPS:
            first -= 1
        if first > i:
            out.append((i, first))
        out.append((cut + 1, j))
    return out


_MODIFIER_SUFFIX = re.compile(r"-(?:bound|based|born|led|backed|owned|run|made|style|era|linked)$", re.IGNORECASE)


# Nouns of an administrative unit, named by the word before them ("the Yagi district"); not "the Massachusetts coast"
# or "Ghana's capital", where the name describes a place said otherwise.
_UNIT_NOUNS = frozenset(["district", "province", "county", "region", "ward", "prefecture", "governorate",
                         "municipality", "township", "neighborhood", "neighbourhood", "suburb"])


def _modifier(tokens: Sequence[str], i: int, j: int) -> bool:
    """A one-word name used as a modifier of the noun after it ("Texas pickax killer", "Washington lawyer"), or a
    hyphenated one ("Cairo-bound"); a place after "in/at/near" is kept, and so is "in a Michigan river"."""
    if _MODIFIER_SUFFIX.search(tokens[i]) and j - i == 1:
        return True
    if j - i != 1 or j >= len(tokens):
        return False
    nxt = tokens[j]
    prev = tokens[i - 1].lower() if i else ""
    if prev in _LOCATIVE or not nxt[:1].islower() or nxt.lower() in STOPWORDS or len(nxt) < 3:
        return False
    if prev in ("a", "an") and i > 1 and tokens[i - 2].lower() in _LOCATIVE:
        return False  # "in a Paris suburb": a place (see _is_place)
    if nxt.lower() in _UNIT_NOUNS:
        return False  # "the Yagi district", "Idlib province": the name of the place, not a word describing it
    return not nxt.lower().endswith(("ed", "es", "s", "ing")) or nxt.lower().endswith(("ss", "us"))


def _list_items(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """Name spans in a run of three or more names joined by ",", ";", "and", "or" (an enumeration)."""
    joined = [k + 1 < len(spans) and spans[k + 1][0] - spans[k][1] in (1, 2)
              and all(t in (",", ";", "and", "or", "&") for t in tokens[spans[k][1]:spans[k + 1][0]])
              for k in range(len(spans))]
    out: set[tuple[int, int]] = set()
    k = 0
    while k < len(spans):
        m = k
        while m < len(spans) and joined[m]:
            m += 1
        if m - k + 1 >= 3:
            out.update(spans[k:m + 1])
        k = m + 1
    return out


def _list_groups(tokens: Sequence[str]) -> list[list[tuple[int, int]]]:
    """The enumerations of three or more names of a sentence, each as its name spans in order."""
    spans = _split_at_titles(tokens, name_spans(tokens))
    items = _list_items(tokens, spans)
    groups: list[list[tuple[int, int]]] = []
    for sp in spans:
        if sp not in items:
            continue
        if groups and groups[-1][-1][1] <= sp[0] and sp[0] - groups[-1][-1][1] <= 2 \
                and all(t in (",", ";", "and", "or", "&") for t in tokens[groups[-1][-1][1]:sp[0]]):
            groups[-1].append(sp)
        else:
            groups.append([sp])
    return [g for g in groups if len(g) >= 3]


def _list_conflicts(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """Two enumerations of the same length that differ in exactly one item ("in Maine, New Hampshire, Oregon" /
    "in Pacific, New Hampshire, Oregon"): that item is the contradiction. Lists are otherwise not compared item by
    item (a list is no apposition, and lists of different lengths say different things)."""
    ta, tb = a.slots.tokens, b.slots.tokens
    out: list[tuple[ConflictKind, str, str]] = []
    for ga in _list_groups(ta):
        va = [" ".join(ta[i:j]).rstrip(".,").lower().replace("’", "'") for i, j in ga]
        for gb in _list_groups(tb):
            vb = [" ".join(tb[i:j]).rstrip(".,").lower().replace("’", "'") for i, j in gb]
            if len(va) != len(vb):
                continue
            only_a = [k for k, v in enumerate(va) if v not in vb]
            only_b = [k for k, v in enumerate(vb) if v not in va]
            if len(only_a) != 1 or len(only_b) != 1 or len(va) - 1 < 2:
                continue
            (i1, j1), (i2, j2) = ga[only_a[0]], gb[only_b[0]]
            place = _is_place(ta, *ga[0]) or _is_place(tb, *gb[0])
            if not place and (_institutions(va[only_a[0]], vb[only_b[0]]) or _person_like(ta, i1, j1)
                              or _person_like(tb, i2, j2)):
                out.append(("actor", " ".join(ta[i1:j1]).rstrip(".,"), " ".join(tb[i2:j2]).rstrip(".,")))
            elif place:
                out.append(("place", " ".join(ta[i1:j1]).rstrip(".,"), " ".join(tb[i2:j2]).rstrip(".,")))
    return out


def _near(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """Context of a slot: content stems within _WINDOW tokens, plus the words right before and after it."""
    out = _anchors(tokens, i, j)
    if i:
        out.add("<" + tokens[i - 1].lower())
    if j < len(tokens) and tokens[j][:1].isalpha():
        out.add(">" + tokens[j].lower())
    return out - {"<the", "<and", "<,", ">and", "<of", ">of", "<a", "<(", ">,"} - _SPEECH_CONTEXT


# Speech verbs next to a name say that it is a speaker, not which role in the fact it fills.
_SPEECH_CONTEXT = frozenset([p + w for p in "<>" for w in ["said", "says", "told", "added", "say", "tell"]]
                            + ["said", "say", "told", "tell", "add"])


def _date_ctx(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """The other parts of a date around a date word ("October 31", "March 1996"): strong context for it."""
    return {"#" + t.rstrip(".,") for t in tokens[max(0, i - 2):i] + tokens[j:j + 2] if t[:1].isdigit()}


# Words that make a place of another name's word: "East Boston" is not "Boston University", "Lake Charles" not "Ray
# Charles".
_PLACE_QUALIFIERS = frozenset(["east", "west", "north", "south", "northern", "southern", "eastern", "western", "central",
                               "upper", "lower", "greater", "lake", "mount", "fort", "port", "south-east",
                               "north-east", "south-west", "north-west"])


def _caps_runs(tokens: Sequence[str]) -> list[set[str]]:
    """The runs of capitalised words of a sentence, lowercased ("Boston University" -> {"boston", "university"})."""
    runs: list[set[str]] = []
    cur: set[str] = set()
    for t in tokens:
        w = t.lower().strip(".,;:\"'()").replace("’", "'")
        if t[:1].isupper() and w:
            cur.add(w)
        else:
            if cur:
                runs.append(cur)
            cur = set()
        if t[-1:] in ",;:" and cur:
            runs.append(cur)
            cur = set()
    if cur:
        runs.append(cur)
    return runs


def _other_name(words: Sequence[str], w: str, runs: Sequence[set[str]]) -> bool:
    """Whether the word w of a place name ("East Boston") appears on the other side only inside a different name:
    the place has a qualifier the other name lacks, and the other name has words of its own ("Boston University");
    or the word w of an organization named after a place ("Boston University") is there only in a place's name
    ("East Boston")."""
    own = set(words)
    holders = [r for r in runs if w in r]
    if len(words) == 2 and words[-1] in _ORG_WORDS and w != words[-1]:
        # "Boston University" against "East Boston": an organization named after a place is not that place
        return bool(holders) and all(r & _PLACE_QUALIFIERS and not r & _ORG_WORDS for r in holders)
    if len(words) != 2 or words[0] not in _PLACE_QUALIFIERS:
        return False  # "East Boston", "Fort Lauderdale": a qualifier and one word
    return bool(holders) and all(r - own - _FUNCTION_CAPS and own - r for r in holders)


def _present(value: str, typ: str, low_tokens: set[str], low_text: str, values: set[tuple[str, str]],
             other_tokens: Sequence[str] = ()) -> bool:
    """Whether the other sentence states this slot value too (then it is no difference)."""
    if typ == "name":  # the name, or a distinctive word of it ("Walter L. Nixon of Mississippi" / "Nixon")
        value = value.replace("’", "'")
        words = [w.strip(".,") for w in value.split()]
        runs = _caps_runs(other_tokens) if other_tokens else []
        return value in low_text or any(len(w) > 2 and w not in _FUNCTION_CAPS and w not in ("for", "of", "and")
                                        and "^" + w in low_tokens
                                        and not (runs and _other_name(words, w, runs)) for w in words)
    if typ == "number":
        return False  # numbers: decided by value and count, in _differing_slots / _unmatched_numbers
    if (typ, value) in values:
        return True
    return all(part in low_tokens for part in value.split())


_TITLE = frozenset(["mr", "mrs", "ms", "dr", "president", "premier", "sen", "senator", "gov", "governor", "rep", "judge",
                    "minister", "secretary", "chairman", "spokesman", "spokeswoman", "director", "chief", "sgt",
                    "officer", "professor", "coach", "attorney", "lawyer", "leader", "king", "queen", "prince", "pope"])


_ORG_WORDS = frozenset(["department", "ministry", "party", "company", "inc", "corp", "agency", "council", "committee",
                        "university", "court", "army", "commission", "association", "institute", "foundation", "bank",
                        "board", "service", "office", "group", "union", "forecasting", "flight", "airlines", "times",
                        "post", "news", "press", "network", "center", "centre", "hospital", "school", "police"])


_ORG_NOUNS = frozenset(["firm", "company", "group", "organization", "organisation", "agency", "bank", "fund", "charity",
                        "nonprofit", "union", "party", "network", "newspaper", "chain", "retailer", "maker",
                        "manufacturer", "startup", "corporation", "conglomerate", "company's", "lender", "insurer"])


def _org_apposed(tokens: Sequence[str], j: int) -> bool:
    """Whether the name ending at tokens[j] is called an organization right after it ("Bain Capital, a firm that")."""
    if j >= len(tokens) or tokens[j] != ",":
        return False
    for t in tokens[j + 1:j + 5]:
        low = t.lower()
        if low in ("a", "an", "the", "its", "private", "investment", "equity", "small", "large", "local", "major"):
            continue
        return low in _ORG_NOUNS
    return False


def _institutions(na: str, nb: str) -> bool:
    """Two organizations ("at the Cato Institute" / "at Seafirst Bank"): who (an employer, an agency), not where, even
    after "at" or "in"."""
    return _org_like(na) and _org_like(nb)


def _name_in(name: str, tokens: Sequence[str]) -> bool:
    """Whether a distinctive word of a name (capitalised, not a function word, 3+ letters) is a capitalised word of
    the other sentence."""
    caps = {t.lower().rstrip(".,") for t in tokens if t[:1].isupper()}
    return any(len(w) > 2 and w.lower() not in _FUNCTION_CAPS and w.lower().rstrip(".,") in caps
               and w.lower() not in ("for", "of", "and") for w in name.split() if w[:1].isupper())


def _org_like(name: str) -> bool:
    return any(w.lower().strip(".,") in _ORG_WORDS for w in name.split())


def _statement_overlap(a: Claim, b: Claim) -> float:
    """Jaccard of the content words of two sentences with their speakers and roles left out: whether two people
    are credited with one statement (a misattribution) or quoted saying different things."""
    def said(c: Claim) -> set[str]:
        who = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
        return set(c.terms) - who - _SPEECH_STEMS
    ta, tb = said(a), said(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def _is_speaker(c: Claim, name: str) -> bool:
    low = name.lower()
    return any(low in sp.who.lower() or sp.who.lower() in low for sp in c.speakers if sp.who)


def _agent_slot(tokens: Sequence[str], i: int) -> bool:
    """A name after "against", "by", "with", "for": a party to the event (a target, an agent), not where it was."""
    return bool(i) and tokens[i - 1].lower() in ("against", "by", "with", "for", "versus", "vs")


def _actor_sort(tokens: Sequence[str], i: int, j: int) -> str | None:
    """"person" (two or three capitalised words, or a title before), "org" (an organization word), else None;
    None too for a possessive ("al-Assad's government": the name qualifies a noun) or a demonym ("Lebanese ...")."""
    name = " ".join(tokens[i:j])
    if _is_place(tokens, i, j) or re.search(r"['’]s$", tokens[j - 1]):
        return None
    if _org_like(name) and j - i > 1:
        return "org"  # "American Psychiatric Association": an organization, whatever its first word
    if _DEMONYM.search(tokens[i]) and len(tokens[i]) > 4:
        return None
    if _org_like(name):
        return "org"
    words = tokens[i:j]
    if words[-1].lower().strip(".,") in _FACILITY or words[-1].lower() in _PLACE_NOUNS:
        return None  # "Old Harbour Bridge", "Soldier Field": a place, whatever precedes it
    if _person_like(tokens, i, j) or 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace(
            "'", "").replace("’", "").isalpha() for w in words):
        return "person"
    return None


_FACILITY = frozenset(["bridge", "street", "st", "road", "avenue", "ave", "boulevard", "blvd", "airport", "station",
                       "hotel", "park", "lake", "mountain", "mount", "hall", "building", "square", "harbour",
                       "harbor", "port", "bay", "beach", "field", "stadium", "church", "cathedral", "mosque", "temple",
                       "palace", "tower", "center", "centre", "plaza", "highway", "canal", "dam", "prison", "base"])


_LIST_GLUE = frozenset({"and", "or", ",", "&", "to", "through", "-", "–"})


def _date_groups(slots: Sequence[tuple[str, int, int, str]], tokens: Sequence[str], typ: str) -> int:
    """How many separate slots of one date type there are, a list of them ("January and February", "Monday or
    Tuesday") counting as one."""
    spans = sorted((i, j) for t, i, j, _ in slots if t == typ)
    groups, end = 0, -1
    for i, j in spans:
        between = [t.lower().strip(",") or "," for t in tokens[end:i]] if end >= 0 else []
        listed = bool(between) and all(t in _LIST_GLUE for t in between) \
            or end >= 0 and not between and tokens[end - 1].endswith(",")
        groups += not listed
        end = j
    return groups


def _lone(slots: Sequence[tuple[str, int, int, str]], tokens: Sequence[str], sort: str) -> bool:
    return sum(1 for t, i, j, _ in slots if t == "name" and _actor_sort(tokens, i, j) == sort) == 1


def _person_like(tokens: Sequence[str], i: int, j: int) -> bool:
    """A name that reads as a person's: after a title, with a middle initial ("Timothy M. Wolfe"), or followed by
    "said" / ", who" / a comma and a role."""
    prev = tokens[i - 1].lower().rstrip(".") if i else ""
    first = tokens[i].lower().rstrip(".")
    nxt = " ".join(tokens[j:j + 3]).lower() + " "
    initial = any(re.fullmatch(r"[A-Z]", tokens[k]) and tokens[k + 1] == "." for k in range(i + 1, j - 2))
    return prev in _TITLE or first in _TITLE or initial or nxt.startswith(("said ", "says ", "told ", ", who ", ", a ",
                                                                            ", the ", ", an "))


_TIME_UNITS = frozenset(stem(w) for w in ["year", "month", "week", "day", "decade", "century", "old", "age"])
_GENERIC_UNITS = frozenset(stem(w) for w in ["people", "persons", "others", "times", "years", "days", "percent", "men",
                                              "women", "children", "members"])


def _prep(tokens: Sequence[str], i: int) -> str:
    """The preposition before a name ("in [X]", "at the [X]"), "" when there is none."""
    k = i - 1
    if k >= 0 and tokens[k].lower() in ("the", "a", "an"):
        k -= 1
    return tokens[k].lower() if k >= 0 and tokens[k].lower() in _LOCATIVE else ""


def _lone_place(slots: Sequence[Slot], tokens: Sequence[str], i: int, other_prep: str) -> bool:
    """Whether the place at tokens[i] is the only differing place of its sentence, or, of several, the only one after
    the preposition the other sentence's place has."""
    places = [x for t, x, y, _ in slots if t == "name" and _is_place(tokens, x, y)]
    if len(places) == 1:
        return True
    prep = _prep(tokens, i)
    return bool(prep) and prep == other_prep and sum(1 for x in places if _prep(tokens, x) == prep) == 1


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
        left = []
        for s in mine:
            units = _number_role(tokens, s[1], s[2])[0]
            match = next((o for o in free if units & _number_role(other, o[1], o[2])[0]), None)
            if match is not None:
                free.remove(match)
            else:
                left.append(s)
        # As many as the other states stay matched (the first ones without a unit match), the rest are extra.
        out.extend(left[len(free):])
    return out


def _other_subject(c: Claim, slots: Sequence[tuple[str, int, int, str]]) -> bool:
    """Whether the sentence has a differing name (of those in `slots`) that is not its speaker."""
    toks = c.slots.tokens
    return any(t == "name" and not _is_speaker(c, " ".join(toks[i:j])) for t, i, j, _ in slots)


def _sorts(c: Claim, slots: Sequence[tuple[str, int, int, str]]) -> set[str]:
    """Sorts ("place", "person", "org") of a claim's name slots that are not its speakers."""
    toks = c.slots.tokens
    out = set()
    for typ, i, j, _ in slots:
        if typ != "name" or _is_speaker(c, " ".join(toks[i:j])):
            continue
        sort = "place" if _is_place(toks, i, j) else _actor_sort(toks, i, j)
        if sort:
            out.add(sort)
    return out


Slot = tuple[str, int, int, str]


def _differing_slots(a: Claim, b: Claim, slots_a: Sequence[Slot], slots_b: Sequence[Slot]) -> tuple[list[Slot], list[Slot]]:
    """The slots of a whose value b does not state, and those of b that a does not state."""
    ta, tb = a.slots.tokens, b.slots.tokens
    # one apostrophe for all ("O’Mara" / "O'Mara")
    low_ta = {t.lower().rstrip(".,").replace("’", "'") for t in ta}
    low_tb = {t.lower().rstrip(".,").replace("’", "'") for t in tb}
    # "^word": a capitalised word of the sentence, what a name's distinctive word is looked up in
    low_ta |= {"^" + t.lower().rstrip(".,").replace("’", "'") for t in ta if t[:1].isupper()}
    low_tb |= {"^" + t.lower().rstrip(".,").replace("’", "'") for t in tb if t[:1].isupper()}
    low_a, low_b = a.text.lower().replace("’", "'"), b.text.lower().replace("’", "'")
    vals_a, vals_b = {(t, v) for t, _, _, v in slots_a}, {(t, v) for t, _, _, v in slots_b}
    extra_a, extra_b = _unmatched_numbers(ta, slots_a, tb, slots_b), _unmatched_numbers(tb, slots_b, ta, slots_a)
    sa = [s for s in slots_a if not _present(s[3], s[0], low_tb, low_b, vals_b, tb)
          and not (s[0] == "number" and s not in extra_a and (s[0], s[3]) in vals_b)]
    sb = [s for s in slots_b if not _present(s[3], s[0], low_ta, low_a, vals_a, ta)
          and not (s[0] == "number" and s not in extra_b and (s[0], s[3]) in vals_a)]
    return sa, sb


def _units_may_match(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str], j1: int, j2: int) -> bool:
    """Whether two numbers may count the same thing: not when each has a unit word right after it and neither unit
    is among the other's ("three suicide bombings" / "two neighbourhoods")."""
    (unit_a, _), (unit_b, _) = _number_role(ta, i1, i2), _number_role(tb, j1, j2)
    ua, ub = _first_unit(ta, i2), _first_unit(tb, j2)
    return not (ua and ub and ua not in unit_b and ub not in unit_a and not unit_a & unit_b)


def _aligned_slot_conflicts(a: Claim, b: Claim, cos: float, crowded: bool = False,
                            anchored: bool = False) -> list[tuple[ConflictKind, str, str]]:
    """Slots of one type whose values differ between two aligned sentences, in the same context.

    A slot of a that b lacks is paired with a slot of the same type that a lacks; the pair counts when they
    share context (a content word near both, or the same word right before / after) and the sentences are
    about the same thing (cosine). Names must be foreign to the other sentence entirely (no shared part).
    """
    ta, tb = a.slots.tokens, b.slots.tokens
    slots_a, slots_b = _typed_slots(ta), _typed_slots(tb)
    sa, sb = _differing_slots(a, b, slots_a, slots_b)
    if not sa or not sb:
        return []
    types_a, types_b = Counter(s[0] for s in sa), Counter(s[0] for s in sb)
    differing = {t.split(":")[0] for t in types_a if types_b[t]}
    # Two places: numbers that count different things ("three suicide bombings in Homs" / "two neighbourhoods of
    # Damascus") are no second difference.
    loose = differing - ({"number"} if "number" in differing and not any(
        _units_may_match(ta, x1, x2, tb, y1, y2) for t, x1, x2, _ in sa if t == "number"
        for u, y1, y2, _ in sb if u == "number") else set())
    extra_places = 1.0 if len(loose) > 1 else 0.0
    # For a number, names count as a second difference only when both sides have a differing name of one sort (a
    # place, a person, an organization) that is not a speaker: "Buddenberg, 63, originally from Virginia Beach" /
    # "Joseph Buddenberg, 31, ... said U.S. Attorney Laura Duffy" differ in the age, not in whose age it is.
    num_differing = differing - ({"name"} if "name" in differing and not _sorts(a, sa) & _sorts(b, sb) else set())
    # Numbers and a date (or a name) both differ: "in 1997 ... 55 per 100,000" / "in 1996 ... 4 per 100,000",
    # "in Tanzania killed 11" / "in Kenya killed 248": more likely two different facts than two contradictions,
    # so each pairing needs more shared context.
    extra_any = 1.0 if len(differing) > 1 else 0.0
    extra_num = 1.0 if len(num_differing) > 1 else 0.0
    # A number next to a different year or a different place is a figure for another time or place.
    elsewhere = "date:year" in types_a and types_b["date:year"] > 0 or \
        any(t == "name" and _is_place(ta, i, j) for t, i, j, _ in sa) and \
        any(t == "name" and _is_place(tb, i, j) for t, i, j, _ in sb)
    # In a crowded story, a number beside a name that the other sentence lacks, on both sides, is a figure for
    # another entity ("the average worker at DaimlerChrysler is 43" / "the average GM worker is 48").
    elsewhere = elsewhere or crowded and _other_subject(a, sa) and _other_subject(b, sb)
    out: list[tuple[ConflictKind, str, str]] = []
    used_b: set[int] = set()
    for typ, i1, i2, va in sa:
        if typ == "number" and elsewhere:
            continue
        extra = extra_num if typ == "number" else extra_any
        ctx_a = _near(ta, i1, i2) | (_date_ctx(ta, i1, i2) if typ.startswith("date") else set())
        best, best_score = None, 0.0
        for k, (typ_b, j1, j2, vb) in enumerate(sb):
            if k in used_b or typ_b != typ and not _day_and_month(typ, va, typ_b, vb):
                continue
            ctx_b = _near(tb, j1, j2) | (_date_ctx(tb, j1, j2) if typ.startswith("date") else set())
            shared = ctx_a & ctx_b
            if typ == "name":
                extra = extra_places if _is_place(ta, i1, i2) and _is_place(tb, j1, j2) else extra_any
            strong = {w for w in shared if w[0] not in "<>"}
            score = len(strong) + 0.5 * len(shared - strong) + 2 * cos
            # One differing slot of this type on each side: the pairing is unambiguous, so less shared context
            # is needed to say the two values fill the same role.
            unique = types_a[typ] == 1 and types_b[typ] == 1
            # Dates joined in one list ("in January and February") fill one slot: a single month against the list
            # is as unambiguous a pairing as a single month against a single month.
            unique = unique or typ.startswith("date") and _date_groups(sa, ta, typ) == 1 \
                and _date_groups(sb, tb, typ) == 1
            need = ((0.0 if cos >= 0.5 else 0.5) if unique else (1.0 if cos >= 0.5 else 2.0)) + extra
            if typ == "name" and not unique and (types_a[typ] == 1 or types_b[typ] == 1) and cos < 0.5 \
                    and _is_place(ta, i1, i2) and _is_place(tb, j1, j2):
                # "... Commercial Blvd. in [Plantation], detectives said" / "... Commercial Blvd. in [Tamarac]": the
                # one differing name of one side, a place like the other's, is as likely as the cosine allows
                need -= 0.5
            # A place ("in X") that is the only differing place of a, against the only differing name of b that
            # reads as neither a person nor an organization: the same place slot, worded differently around it.
            # (of several places, the only one after the preposition the other's place has: "meetings in [X] and at
            # the Beverly Hills Hotel" / "in [Y]")
            lone_place = typ == "name" and not extra and types_b[typ] == 1 and _is_place(ta, i1, i2) \
                and _lone_place(sa, ta, i1, _prep(tb, j1)) \
                and not _person_like(tb, j1, j2) and not _org_like(" ".join(tb[j1:j2])) and not _agent_slot(tb, j1)
            lone_place = lone_place or typ == "name" and not extra and types_a[typ] == 1 and _is_place(tb, j1, j2) \
                and _lone_place(sb, tb, j1, _prep(ta, i1)) \
                and not _person_like(ta, i1, i2) and not _org_like(" ".join(ta[i1:i2])) and not _agent_slot(ta, i1)
            if lone_place and not crowded:
                need, shared = 0.0, shared or {"<place>"}
            # A date of one type (weekday, month, year, day of the month) that is the only differing one of its type in
            # each of two aligned sentences, nothing else differing: the day the event happened, worded differently around
            # it ("plunged 1,100 points Thursday as stocks..." / "accelerated Monday with the Dow plunging...").
            if typ.startswith("date") and not crowded and not extra and unique:
                need, shared = 0.0, shared or {"<date>"}
            # A day of the month against the same day of another month ("shows July 3-5" / "shows October 3-5"), the
            # only differing day on each side: the same date slot with its month changed, whatever else differs.
            if typ == "date:day" == typ_b and not crowded and unique and va.split()[-1] == vb.split()[-1]:
                need, shared = 0.0, shared or {"<date>"}
            # The same for a person (or an organization): the only differing one on each side, of the same sort.
            # In a crowded story, only with a content word shared around the two names ("degrees from Harvard and
            # [X]" / "degrees from Harvard and [Y]").
            if typ == "name" and not extra and not lone_place and (not crowded or strong):
                kind_a, kind_b = _actor_sort(ta, i1, i2), _actor_sort(tb, j1, j2)
                if kind_a and kind_a == kind_b and _lone(sa, ta, kind_a) and _lone(sb, tb, kind_b):
                    need, shared = 0.0, shared or {"<actor>"}
            if len(strong) + 0.5 * len(shared - strong) < need or not shared and not unique:
                continue
            # A number counting the same unit ("[9,000] hours of sunshine" / "[3,000] hours of sunshine") has its unit as
            # one of its context words: one more is enough.
            unit_ok = typ == "number" and (u := _first_unit(ta, i2)) != "" and u == _first_unit(tb, j2) and u in strong \
                and u not in _GENERIC_UNITS | _TIME_UNITS  # not "3 years" / "40 years", "10 percent" / "14 percent"
            if anchored and not (unique and not extra and len(strong) >= ANCHOR_WORDS - unit_ok):
                continue  # loosely aligned: only a lone slot with its own context words on both sides
            if typ == "number":
                fa, fb = float(va), float(vb)
                if _updates(a.text, fb) or _updates(b.text, fa):
                    continue  # a figure revised from the other one: an update
                approx = _qualified(ta, i1) or _qualified(tb, j1)
                if _compatible(fa, fb, approx) or _vague_ok(ta[i1], fa, tb[j1], fb) \
                        or _bounded_ok(ta, i1, fa, tb, j1, fb):
                    continue
                if _in_range(ta, i1, i2) or _in_range(tb, j1, j2):
                    continue
                if _money(ta, i1, i2) != _money(tb, j1, j2):
                    continue  # "$3 billion" / "26 of its 29 plants": an amount of money against a count
                (unit_a, head_a), (unit_b, head_b) = _number_role(ta, i1, i2), _number_role(tb, j1, j2)
                same_unit = bool(unit_a & unit_b)
                same_head = bool(head_a) and head_a == head_b
                ua, ub = _first_unit(ta, i2), _first_unit(tb, j2)
                if ua and ub and ua not in unit_b and ub not in unit_a:
                    continue  # "seven settlements (as illegal)" / "15 encampments (illegally built)": other things
                if unit_a and unit_b and not same_unit:
                    continue  # "55 per 100,000" / "13 percent": different quantities
                if not (same_unit and unit_a != {"percent"} or same_head or same_unit and cos >= 0.5):
                    continue
                if unit_a & unit_b <= _GENERIC_UNITS and head_a and head_b and not same_head:
                    continue  # "pulled 31 people" / "search for two people": people, but not the same ones
            elif cos < NAME_COS and not unique:
                continue
            if typ == "name":
                na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
                if _same_entity(na, nb) or not shared:
                    continue
                if _is_place(ta, i1, i2) != _is_place(tb, j1, j2) and not _institutions(na, nb) and (
                        _person_like(ta, i1, i2) or _person_like(tb, j1, j2) or _org_like(na) or _org_like(nb)):
                    continue  # a place on one side, a person or organization on the other: different roles (two
                    # organizations, one "at" it, are one role: "chairman of the department at [X]" / "as [Y]")
                if _is_speaker(a, na) and _is_speaker(b, nb) and _statement_overlap(a, b) < SPEAKER_OVERLAP \
                        and not _same_role(ta, i1, i2, tb, j1, j2):
                    continue  # two people quoted on the topic, not one statement credited to two people
            if score > best_score:
                best, best_score = k, score
        if best is None:
            continue
        used_b.add(best)
        typ_b, j1, j2, vb = sb[best]
        if typ == "number":
            unit = ta[i2] if i2 < len(ta) and ta[i2][:1].isalpha() else ""
            unit_b = tb[j2] if j2 < len(tb) and tb[j2][:1].isalpha() else ""
            out.append(("number", f"{' '.join(ta[i1:i2])} {unit}".strip(), f"{' '.join(tb[j1:j2])} {unit_b}".strip()))
        elif typ.startswith("date"):
            out.append(("date", " ".join(ta[i1:i2]), " ".join(tb[j1:j2])))
        else:
            na, nb = " ".join(ta[i1:i2]).rstrip(".,"), " ".join(tb[j1:j2]).rstrip(".,")
            place = (_is_place(ta, i1, i2) or _is_place(tb, j1, j2)) and not _institutions(na, nb) \
                and not _org_apposed(ta, i2) and not _org_apposed(tb, j2)
            out.append(("place" if place else "actor", na, nb))
    return out


def _flip(hit: tuple[ConflictKind, str, str] | None) -> tuple[ConflictKind, str, str] | None:
    return (hit[0], hit[2], hit[1]) if hit else None


def aligned_threshold(n_articles: int) -> float:
    """Cosine two sentences need to be compared slot by slot, given how many articles the story has."""
    share = min(1.0, max(0.0, (n_articles - FEW) / (CROWD - FEW)))
    return ALIGNED_FEW + share * (ALIGNED - ALIGNED_FEW)


def pair_conflicts(a: Claim, b: Claim, cos: float = 1.0, aligned: float = ALIGNED,
                   crowded: bool = False) -> list[tuple[ConflictKind, str, str]]:
    """Every slot on which two aligned claims disagree: (kind, value in a, value in b)."""
    if a.text == b.text or signature(a.slots) == signature(b.slots):
        return []
    ta = [t.lower() for t in a.slots.tokens]
    tb = [t.lower() for t in b.slots.tokens]
    out: list[tuple[ConflictKind, str, str]] = []
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    close = sm.real_quick_ratio() >= CLOSE and sm.quick_ratio() >= CLOSE and sm.ratio() >= CLOSE
    if close:
        out = _local_conflicts(a, b, [op for op in sm.get_opcodes() if op[0] != "equal"])
    if cos < aligned:  # loosely aligned: a negation inserted into the same wording, or a slot anchored in context
        out = [hit for hit in out if hit[0] == "denial"]
        if cos >= PAIR:
            out += _aligned_slot_conflicts(a, b, cos, crowded, anchored=True)
            out += [hit for hit in _same_spot_names(a, b) if (hit[1], hit[2]) not in {(x, y) for _, x, y in out}]
        return out
    if not any(k == "denial" for k, _, _ in out):
        hit = _para_negation(a, b, cos, crowded) or _flip(_para_negation(b, a, cos, crowded))
        if hit:
            out.append(hit)
    seen = {(k, va.split()[0].lower() if va.split() else va) for k, va, _ in out}
    for hit in _aligned_slot_conflicts(a, b, cos, crowded) + _list_conflicts(a, b) + _same_spot_names(a, b):
        if (hit[0], hit[1].split()[0].lower() if hit[1].split() else hit[1]) not in seen:
            out.append(hit)
    if any(k == "number" for k, _, _ in out) and any(k in ("place", "date") for k, _, _ in out):
        # "in Tanzania killed 11" / "in Kenya killed 248": a figure for another place or time, not a contradiction
        out = [hit for hit in out if hit[0] != "number"]
    if any(k == "date" for k, _, _ in out) and any(k in ("actor", "place") for k, _, _ in out) \
            or any(k in ("actor", "place") for k, _, _ in out) and _dates_differ(a, b):
        # "Mongolia and Japan established relations in 1972" / "The United States and Mongolia ... in 1987", "passed
        # the House on Tuesday" / "passed the Senate on Thursday": who and when both differ, two different events
        # rather than two contradictions
        out = [hit for hit in out if hit[0] not in ("date", "actor", "place")]
    return out


def _modifier_spot(ta: Sequence[str], i1: int, i2: int, tb: Sequence[str]) -> tuple[int, int] | None:
    """A capitalised word of b used as a modifier ("four [Massachusetts] middle schools", "the [Russia]
    investigation,") before the same lower-case word and the same next token that follow a place of a ("pupils in
    [Montreal] middle schools", "in the [Benghazi] investigation,")."""
    after = [t.lower() for t in ta[i2:i2 + 2]]
    if len(after) < 2 or not (ta[i2].isalpha() and ta[i2].islower()) or after[0] in STOPWORDS \
            or after[1][:1].isupper() or after[1] in STOPWORDS:
        return None  # the noun described ("middle schools", "investigation ,"), then a word or a mark of its own
    first = _first_word(tb)
    for k in range(first + 1, len(tb) - 2):
        t = tb[k]
        if t[:1].isupper() and t.isalpha() and t.lower() not in _FUNCTION_CAPS and not tb[k - 1][:1].isupper() \
                and [x.lower() for x in tb[k + 1:k + 3]] == after and not _DEMONYM.search(t) and len(t) > 2:
            return k, k + 1
    return None


@lru_cache(maxsize=50_000)
def _described_places(ta: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Places of a sentence followed by a lower-case noun they may describe: place slots, and a name after "in the"
    used as a modifier ("in the [Benghazi] investigation")."""
    places = [(i, j) for typ, i, j, _ in _typed_slots(ta) if typ == "name" and _is_place(ta, i, j)
              and j < len(ta) and ta[j][:1].islower()]
    places += [(k, k + 1) for k in range(2, len(ta) - 1) if ta[k - 2].lower() in _LOCATIVE
               and ta[k - 1].lower() in ("the", "a", "an") and ta[k][:1].isupper() and ta[k].isalpha()
               and ta[k].lower() not in _FUNCTION_CAPS and ta[k + 1][:1].islower() and (k, k + 1) not in places]
    return tuple(places)


def _same_spot_names(a: Claim, b: Claim) -> list[tuple[ConflictKind, str, str]]:
    """A place of one sentence against a name the other uses as a modifier of the same words ("pupils in [Montreal]
    middle schools" / "four [Massachusetts] middle schools"): a modifier is no name slot of its own (see _modifier), so
    the slot comparison does not see it."""
    out: list[tuple[ConflictKind, str, str]] = []
    for first, second, flip in ((a, b, False), (b, a, True)):
        ta, tb = first.slots.tokens, second.slots.tokens
        for i, j in _described_places(ta):
            if _is_speaker(first, " ".join(ta[i:j])):
                continue
            spot = _modifier_spot(ta, i, j, tb)
            if spot is None:
                continue
            na, nb = " ".join(ta[i:j]).rstrip(".,"), tb[spot[0]]
            if _same_entity(na, nb) or _present(na.lower(), "name", {"^" + t.lower() for t in tb if t[:1].isupper()},
                                                 second.text.lower(), set(), tb):
                continue
            out.append(("place", nb, na) if flip else ("place", na, nb))
    return out


def _dates_differ(a: Claim, b: Claim) -> bool:
    """Whether each sentence has a date of one type (weekday, month, year, day) that the other does not state."""
    ta, tb = a.slots.tokens, b.slots.tokens
    sa, sb = _differing_slots(a, b, _typed_slots(ta), _typed_slots(tb))
    return bool({t for t, *_ in sa if t.startswith("date")} & {t for t, *_ in sb if t.startswith("date")})


_SPEECH_STEMS = frozenset(content_terms("denied denies deny dismissed rejected refuted claims claim reports report said "
                                        "says accusations allegations told calling saying insisted"))
_CLAUSE_END = re.compile(r",?\s+\b(?:while|whereas|but|although|calling|saying|adding|as|however)\b|;")
# A small news lexicon so that a denial's wording reaches the claim's ("a buildup of forces" / "troops arrived").
_SYNONYMS = {t: "TROOP" for t in content_terms("troops forces soldiers fighters")} | {
    t: "DEPLOY" for t in content_terms("buildup build-up arrived arriving arrival deployed deployment massing gathering "
                                       "crossed crossing entered")} | {
    t: "STRIKE" for t in content_terms("strikes airstrikes raids bombing bombed warplanes planes air")} | {
    t: "KILL" for t in content_terms("killed killing killings deaths dead")}


def _norm(terms: Iterable[str]) -> set[str]:
    return {_SYNONYMS.get(t, t) for t in terms}


def _denial_terms(c: Claim) -> set[str]:
    """Terms of the denying clause only ("X denied claims that Y", not the ", while Z said" after it)."""
    m = _DENIAL.search(c.text)
    clause = c.text[m.start():] if m else c.text
    clause = _CLAUSE_END.split(clause, maxsplit=1)[0]
    names = {t for sp in c.speakers for t in content_terms(f"{sp.who} {sp.role or ''}")}
    return _norm(set(content_terms(clause)) - _SPEECH_STEMS - names)


def _coverage(query: set[str], terms: set[str], idf: dict[str, float]) -> float:
    if not query:
        return 0.0
    total = sum(idf.get(t, 2.0) ** 2 for t in query)
    return sum(idf.get(t, 2.0) ** 2 for t in query & terms) / total


def _denied_claims(idx: ClaimIndex) -> Iterable[tuple[int, int, float]]:
    """(claim, denial, score) for each denial sentence and the affirmative claim its object best matches."""
    claims = idx.claims
    position = {(c.article, c.index): i for i, c in enumerate(claims)}
    term_sets: list[set[str]] | None = None
    for d, c in enumerate(claims):
        if not c.denial or not c.speakers or not _speaker_denies(c):
            continue
        if term_sets is None:
            term_sets = [_norm(set(x.terms) - _SPEECH_STEMS - {t for sp in x.speakers for t in content_terms(sp.who)})
                         for x in claims]
        query = _denial_terms(c)
        if _VAGUE_OBJECT.search(c.text) and len(query) < 3:
            prev = position.get((c.article, c.index - 1))
            if prev is not None:
                query |= term_sets[prev]
        if len(query) < 2:
            continue
        who = {s.who for s in c.speakers}
        best, best_score = -1, 0.0
        for j, other in enumerate(claims):
            if j == d or other.denial or other.negated or who & {s.who for s in other.speakers}:
                continue
            if len(query & term_sets[j]) < 2:
                continue
            score = _coverage(query, term_sets[j], idx.idf) + 0.1 * float(idx.full[d, j])
            if not _proper_terms(c) & _proper_terms(other):
                score -= DENIAL_UNANCHORED  # nothing specific (name, number) in common: needs a closer match
            if score > best_score:
                best, best_score = j, score
        if best >= 0 and best_score >= DENIAL:
            yield best, d, best_score


# "denied" is a denial by itself; "dismissed" / "rejected" / "refuted" only with a claim as object ("rejected
# the reports", "dismissed suggestions that"), not "rejected 3 percent of permits" or "rejected the system".
def _speaker_denies(c: Claim) -> bool:
    """The sentence's speaker is the one denying, in its main clause ("Mr Putin denied claims that...", "Syrian
    officials denied the claims"), not a denial reported inside a clause ("lawyers said ... after he denied")."""
    for m in _DENIAL_VERB.finditer(c.text):
        before = c.text[max(0, m.start() - 60):m.start()]
        if re.search(r"\b(?:never|not|no)\s+(?:\w+\s+)?$", before, re.IGNORECASE):
            continue
        words = before.split()[-4:]
        for sp in c.speakers:
            names = {w.lower().strip(".,'’s") for w in sp.who.split() if w[:1].isupper() or sp.kind != "named"}
            last = sp.who.split()[-1].lower() if sp.who.split() else ""
            if any(w.lower().strip(".,'’s") in names | {last} for w in words):
                return True
    return False


_DENIAL_VERB = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)\b|(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing))\s+"
    r"(?:\w+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|assertions?|notion|idea|"
    r"speculation|rumou?rs?|stories|story|that)\b)",
    re.IGNORECASE)
_EVENT = frozenset(content_terms("offensive operation operations attack assault battle campaign push advance"))
_TARGET = re.compile(r"\bagainst\s+(?:the\s+)?(?:so[- ]called\s+)?(?P<t>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})|"
                     r"(?:\w+\s+)?(?:rebels?|militants?|insurgents?|jihadists?|extremists?|opposition)(?:\s+groups?)?)")
_SUPPORT = frozenset(content_terms("supporting support fighting fight offensive"))


def _report_frames(idx: ClaimIndex) -> dict[str, dict[str, list[tuple[str, Claim]]]]:
    """Per independent report (credited outlet), the places and targets attached to an operation."""
    frames: dict[str, dict[str, list[tuple[str, Claim]]]] = {}
    for c in idx.claims:
        relay = c.credit or idx.articles[c.article].relay
        if not relay or not (_EVENT | _SUPPORT) & set(c.terms):
            continue
        report = frames.setdefault(relay, {"place": [], "actor": []})
        toks = c.slots.tokens
        for p in c.places:
            i, j = _span_of(toks, p)
            near_event = any(stem(t.lower()) in _EVENT for t in toks[max(0, i - 8):i])
            facility = i > 1 and toks[i - 2].lower() in ("centre", "center", "headquarters", "base", "room", "office")
            k = i - 1 if i and toks[i - 1].lower() != "the" else i - 2
            if k >= 0 and toks[k].lower() in ("in", "near", "around", "outside") and near_event and not facility \
                    and _EVENT & set(c.terms):
                if j + 1 < len(toks) and toks[j] == "and" and toks[j + 1][:1].isupper():
                    j += 2  # "the Idlib and Hama countryside"
                if j < len(toks) and toks[j].lower() in _PLACE_NOUNS:
                    j += 1
                report["place"].append((" ".join(toks[i:j]), c))
        for i, t in enumerate(toks[:-1]):  # "an imminent Aleppo offensive"
            if t[:1].isupper() and i and stem(toks[i + 1].lower()) in _EVENT and t in c.places + c.actors:
                report["place"].append((t, c))
        for m in _TARGET.finditer(c.text):
            report["actor"].append((m.group("t").strip(), c))
    return frames


def report_conflicts(idx: ClaimIndex) -> list[tuple[ConflictKind, tuple[Claim, str], tuple[Claim, str]]]:
    """Places / targets of the operation that two independent reports give differently."""
    frames = _report_frames(idx)
    if len(frames) < 2:
        return []
    crowded = len(idx.articles) >= MUTUAL_FROM
    out: list[tuple[ConflictKind, tuple[Claim, str], tuple[Claim, str]]] = []
    reports = sorted(frames)
    for x in range(len(reports)):
        for y in range(x + 1, len(reports)):
            fa, fb = frames[reports[x]], frames[reports[y]]
            arts_a = {c.article for k in fa.values() for _, c in k}
            arts_b = {c.article for k in fb.values() for _, c in k}
            if arts_a & arts_b:
                continue
            for kind in ("place", "actor"):
                va, vb = fa[kind], fb[kind]
                if not va or not vb:
                    continue
                if any(_same_entity(p, q) for p, _ in va for q, _ in vb):
                    continue
                if crowded and (len({c.text for _, c in va}) < 2 or len({c.text for _, c in vb}) < 2):
                    continue  # in a large story, each report must attach its place / target more than once
                (_, ca), (_, cb) = va[0], vb[0]
                value_a = " / ".join(dict.fromkeys(p for p, _ in va[:3])) + f" (per {reports[x]})"
                value_b = " / ".join(dict.fromkeys(q for q, _ in vb[:3])) + f" (per {reports[y]})"
                out.append((kind, (ca, value_a), (cb, value_b)))  # type: ignore[arg-type]
    return out


def candidate_pairs(idx: ClaimIndex, aligned: float = ALIGNED, top: int = TOP, mutual: bool = False) -> np.ndarray:
    """Pairs worth diffing: each claim with its single best match in each other article, when that match is
    also among its `top` best overall and the cosine reaches `aligned` (symmetric boolean matrix)."""
    sim = idx.sim
    n = sim.shape[0]
    owner = np.array([c.article for c in idx.claims])
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    block = np.cumsum(np.r_[False, owner[1:] != owner[:-1]])
    block_max = np.maximum.reduceat(sim, starts, axis=1)[:, block]
    k = min(top, n)
    kth = -np.partition(-sim, k - 1, axis=1)[:, k - 1] if k else np.zeros(n)
    mask = (sim >= block_max) & (sim >= kth[:, None]) & (sim >= aligned)
    return mask & mask.T if mutual else mask | mask.T


def _question(text: str) -> bool:
    """A question or a Q&A line asks or answers, it does not report: "Are there any planets with no moons?"."""
    t = text.strip().strip("\"'“”‘’`")
    return t.endswith("?") or bool(re.match(r"(?:Q|A)\.\s", t))


def _different_days(idx: ClaimIndex, a: Claim, b: Claim, va: str, vb: str) -> bool:
    """Weekdays ("on Tuesday" / "on Wednesday") in articles published on different days, or with a relative date
    beside them ("a day after"), name different days by design: not a contradiction."""
    if not (_date_key(va.split()[0]) == "weekday" and _date_key(vb.split()[0]) == "weekday"):
        return False
    da, db = idx.articles[a.article].article.published, idx.articles[b.article].article.published
    return bool(da and db and da != db) or bool(_RELATIVE_DAY.search(a.text) or _RELATIVE_DAY.search(b.text))


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


_RELATIVE_DAY = re.compile(r"\b(?:a|one|two|three) days? (?:after|before|later|earlier)\b|\byesterday\b|\btomorrow\b",
                           re.IGNORECASE)
_FRAME_TYPES = ("date:time", "date:day")  # years and plain numbers recur in too many unrelated frames
YEAR_FRAME = 5  # a year is framed by the same five words right before it ("commissioned for the Russian Navy in [1995]")


def _frame(tokens: Sequence[str], i: int, j: int, typ: str) -> tuple[str, ...] | None:
    """The slot's frame: its type, the two content words right before it (within five tokens) and, for a number,
    the unit after it ("collapse happened at about [5:40 a.m.]", "[four] people killed")."""
    before: list[str] = []
    for t in reversed(tokens[max(0, i - 5):i]):
        low = t.lower()
        if low in (",", ";", ":", "(", ")", "--", "—") or t[:1].isdigit():
            break
        if low.isalpha() and low not in STOPWORDS and len(low) > 2 and low not in _SPEECH_WORDS:
            before.append(stem(low))
            if len(before) == 2:
                break
    if len(before) < 2:
        return None
    unit = ""
    if typ == "number":
        units, _ = _number_role(tokens, i, j)
        if not units:
            return None
        unit = ",".join(sorted(units))
    return (typ, *before, unit)


_SPEECH_WORDS = frozenset(["said", "says", "told", "added", "according", "reported", "announced", "stated"])


def frame_conflicts(idx: ClaimIndex) -> list[tuple[int, int, ConflictKind, str, str]]:
    """Slots in the same frame with different values in two articles, whatever the rest of the sentences say.

    "The collapse happened at about 5:40 a.m., before the rush hour" / "The collapse happened at about 6:15 a.m.,
    according to a camera operator": sentence cosine is low, but the words that say what the slot is are the same.
    A frame is ambiguous (several values in one article, or many values overall) and then not used.
    """
    by_frame: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}
    for k, c in enumerate(idx.claims):
        toks = c.slots.tokens
        for typ, i, j, value in _typed_slots(toks):
            if typ == "date:year" and i >= YEAR_FRAME and all(t.isalpha() for t in toks[i - YEAR_FRAME:i]):
                by_frame.setdefault((typ, *(t.lower() for t in toks[i - YEAR_FRAME:i])), []).append((k, value, toks[i]))
                continue
            if typ not in _FRAME_TYPES or typ == "number" and (_in_range(toks, i, j) or _qualified(toks, i)):
                continue
            frame = _frame(toks, i, j, typ)
            if frame:
                by_frame.setdefault(frame, []).append((k, value, " ".join(toks[i:j])))
    out: list[tuple[int, int, ConflictKind, str, str]] = []
    for frame, hits in by_frame.items():
        values = {v for _, v, _ in hits}
        per_article: dict[str, set[str]] = {}
        for k, v, _ in hits:
            per_article.setdefault(idx.claims[k].article, set()).add(v)
        if not 2 <= len(values) <= 2 or len(per_article) < 2 or any(len(v) > 1 for v in per_article.values()):
            continue
        (k1, v1, t1) = hits[0]
        other = next(((k, v, t) for k, v, t in hits if v != v1), None)
        if other is None:
            continue
        k2, v2, t2 = other
        if frame[0] == "number":
            f1, f2 = float(v1), float(v2)
            if _compatible(f1, f2, False) or _updates(idx.claims[k1].text, f2) or _updates(idx.claims[k2].text, f1):
                continue
        kind: ConflictKind = "number" if frame[0] == "number" else "date"
        out.append((k1, k2, kind, t1, t2))
    return out


# Posts held by one person at a time ("the chairman of X", "X's mayor"); not "a spokeswoman for X" or "an official".
_ONE_HOLDER = frozenset(stem(w) for w in ["chairman", "chairwoman", "chair", "president", "director", "mayor", "governor",
                                           "dean", "head", "leader", "ceo", "superintendent", "commissioner", "founder",
                                           "co-founder", "chancellor", "premier", "sheriff", "coroner"])
_ROLE_LINK = frozenset(["of", "for", "at"])


def _post_of(tokens: Sequence[str], i: int, j: int) -> tuple[str, str] | None:
    """(role stem, organization) of a person named at tokens[i:j] when the sentence gives a one-holder post: "X, the
    chairman of the Society of Black Lawyers" -> (chairman, Society of Black Lawyers); "Tarrow Mayor X" -> (mayor,
    Tarrow)."""
    if j < len(tokens) and tokens[j] == ",":
        k = j + 1
        while k < len(tokens) and k < j + 5 and tokens[k].lower() in ("a", "an", "the", "its", "now"):
            k += 1
        if k + 1 < len(tokens) and stem(tokens[k].lower()) in _ONE_HOLDER and tokens[k + 1].lower() in _ROLE_LINK:
            m = k + 2
            if m < len(tokens) and tokens[m].lower() == "the":
                m += 1
            org = []
            while m < len(tokens) and (tokens[m][:1].isupper() or tokens[m][:1].isdigit()
                                       or tokens[m] in ("of", "for", "and", "&")) and len(org) < 8:
                org.append(tokens[m])
                m += 1
            while org and not org[-1][:1].isalnum() or org and org[-1] in ("of", "for", "and"):
                org.pop()
            return (stem(tokens[k].lower()), " ".join(org)) if org else None
        return None
    if i >= 2 and stem(tokens[i - 1].lower().rstrip(".")) in _ONE_HOLDER and not any(
            t.lower() in ("former", "then", "ex", "late", "past") for t in tokens[max(0, i - 6):i]):
        k = i - 1
        org = []
        while k > 0 and tokens[k - 1][:1].isupper() and len(org) < 4 and tokens[k - 1].lower() not in _FUNCTION_CAPS:
            k -= 1
            org.insert(0, re.sub(r"['’]s$", "", tokens[k]))
        return (stem(tokens[i - 1].lower().rstrip(".")), " ".join(org)) if org else None
    return None


def post_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """Two people named in two articles as holder of the same one-holder post ("Peter Herbert, chairman of the Society of
    Black Lawyers" / "X, the chairman of the Society of Black Lawyers"), however different the rest of the sentences.
    Only when the story names exactly two holders of that post, each article at most one; a former holder ("the former
    chairman of GM") holds no post."""
    holders: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for k, c in enumerate(idx.claims):
        toks = c.slots.tokens
        for typ, i, j, _ in _typed_slots(toks):
            if typ != "name" or not 2 <= j - i <= 3 or not all(t[:1].isupper() for t in toks[i:j]):
                continue
            post = _post_of(toks, i, j)
            if post:
                holders.setdefault(post, []).append((k, " ".join(toks[i:j])))
    out: list[tuple[int, int, str, str]] = []
    for hits in holders.values():
        names: dict[str, list[int]] = {}
        for k, name in hits:
            key = next((n for n in names if _same_entity(n, name)  # "Muammar Gaddafi" / "Moammar Gadhafi"
                        or difflib.SequenceMatcher(a=n.lower(), b=name.lower()).ratio() >= 0.75), name)
            names.setdefault(key, []).append(k)
        if len(names) != 2:
            continue
        (na, ka), (nb, kb) = names.items()
        arts_a, arts_b = {idx.claims[k].article for k in ka}, {idx.claims[k].article for k in kb}
        if arts_a & arts_b:
            continue  # one article names both: a change of holder, or two posts
        x, y = ka[0], kb[0]
        if _name_in(na, idx.claims[y].slots.tokens) or _name_in(nb, idx.claims[x].slots.tokens):
            continue
        out.append((x, y, na, nb))
    return out


# Role nouns: a post or occupation given to a person ("London Mayor X", "X, a spokeswoman for Barnes & Noble"). Posts of
# _ONE_HOLDER have one holder at a time; the others ("a UW psychology professor") may have several.
_ROLE_NOUNS = _ONE_HOLDER | frozenset(stem(w) for w in [
    "chief", "speaker", "secretary", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson", "professor",
    "author", "attorney", "lawyer", "investigator", "sergeant", "sgt", "officer", "official", "analyst", "economist",
    "senator", "sen", "rep", "representative", "manager", "executive", "researcher", "scientist", "editor", "publisher",
    "owner", "coach", "principal", "prosecutor", "detective", "inspector", "lieutenant", "captain", "commander",
    "deputy", "adviser", "advisor", "judge", "justice", "general", "gen", "gov", "lt", "col", "capt"])
# Words of a role that say nothing about which post it is ("Republican Sen.", "a U.S. official", "a senior adviser").
_ROLE_GENERIC = frozenset(stem(w) for w in [
    "republican", "democrat", "democratic", "u.s", "us", "american", "federal", "state", "senior", "top", "local",
    "new", "former", "then", "acting", "interim", "also", "now", "late", "longtime", "veteran", "assistant", "vice",
    "co", "national", "international", "government", "country", "nation", "city", "who"])
_ROLE_STOP = frozenset(["who", "which", "that", "whose", "said", "says", "told", "added", "on", "in", "when", "after",
                        "as", "and", "but", "is", "was", "has", "had", "will", "would"])
_PERSON_WORD = re.compile(r"(?:(?=.*[a-z])[A-Z][a-zA-Z]*(?:[-'’][A-Za-z]+)*|[A-Z]\.)$")  # "McClellan", "O'Mara"


Role = tuple[str, frozenset[str], frozenset[str], bool]


def _post_parts(words: Sequence[str], head_at: int) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case words right before the role noun, capitalised words of the role): "executive director of the
    Alliance for Climate Education" -> ({execut}, {alliance, climate, education})."""
    mods: set[str] = set()
    k = head_at - 1
    while k >= 0 and words[k][:1].islower() and words[k] not in ("the", "a", "an", "of", "for", "at", "with"):
        mods.add(stem(words[k].lower()))
        k -= 1
    caps = {re.sub(r"['’]s$", "", w.lower().rstrip(".")) for k, w in enumerate(words) if k != head_at and w[:1].isupper()
            and stem(w.lower().rstrip(".")) not in _ROLE_NOUNS | _ROLE_GENERIC and w.lower() not in _FUNCTION_CAPS}
    return frozenset(mods), frozenset(caps)


def _role_of(tokens: Sequence[str], i: int, j: int) -> Role | None:
    """The post given to the person named at tokens[i:j]: (role noun, the lower-case words right before it, the
    capitalised words of the role, whether it is a former post), from the title words before the name ("London Mayor",
    "Mayor of London", "former Senate Majority Leader") and the apposition after it (", chairman of the Congressional
    Black Caucus", ", R-Ariz., the only openly gay House Republican,"); None without a role noun."""
    before: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= 7:
        t = tokens[k]
        low = t.lower().rstrip(".")
        if t == "." and k and tokens[k - 1][:1].isupper() and len(tokens[k - 1]) <= 5:
            k -= 1  # "Rep. X", "Sgt. X": the abbreviation's full stop
            continue
        if t[:1].isupper() and low not in _FUNCTION_CAPS or low == "of" and before and k and tokens[k - 1][:1].isupper() \
                or t[:1].islower() and t.replace("-", "").isalpha() and low not in STOPWORDS and low not in _ROLE_STOP:
            before.insert(0, t)
            k -= 1
            continue
        break
    after: list[str] = []
    k, segments = j, 0
    while k < len(tokens) and tokens[k] == "," and segments < 2:
        seg: list[str] = []
        m = k + 1
        while m < len(tokens) and m < k + 10 and tokens[m] not in (",", ")", ";", ".", "--", "—", "(") \
                and tokens[m].lower() not in _ROLE_STOP:
            seg.append(tokens[m])
            m += 1
        if m < len(tokens) and tokens[m] == "." and m + 1 < len(tokens) and tokens[m + 1] == ",":
            m += 1  # "R-Ariz.,"
        segments += 1
        after += seg
        if len(seg) != 1 or not (seg[0][:1].isupper() or "-" in seg[0]) or m >= len(tokens) or tokens[m] != ",":
            break  # a short tag ("R-Ariz.") may be followed by the role itself
        k = m
    heads = [n for n, w in enumerate(before) if stem(w.lower().rstrip(".")) in _ROLE_NOUNS]
    if heads:
        words, at = before + after, heads[-1]
    else:
        at = next((n for n, w in enumerate(after) if stem(w.lower().rstrip(".")) in _ROLE_NOUNS), -1)
        if at < 0:
            return None
        while at + 1 < len(after) and stem(after[at + 1].lower().rstrip(".")) in _ROLE_NOUNS:
            at += 1  # "executive director", "chief investigator": the last noun is the post
        words = after
    mods, caps = _post_parts(words, at)
    gone = ("former", "then", "ex", "late", "outgoing", "past", "retired")
    former = any(w.lower() in gone for w in words)
    return stem(words[at].lower().rstrip(".")), mods - {stem(w) for w in gone}, caps, former


def _role_people(c: Claim) -> tuple[tuple[str, Role], ...]:
    """(name, role) of the people a sentence names with a role."""
    return _role_people_of(c.slots.tokens)


@lru_cache(maxsize=50_000)
def _role_people_of(toks: tuple[str, ...]) -> tuple[tuple[str, Role], ...]:
    out = []
    for typ, i, j, _ in _typed_slots(toks):
        if typ != "name":
            continue
        if j - i > 3 or toks[i].lower() == "of":
            i = j - 2  # "of London Sadiq Khan", "Senate Majority Leader Bob Dole": the person is the last two words
        words = toks[i:j]
        if not 2 <= len(words) <= 3 or not all(_PERSON_WORD.match(w) for w in words) or _org_like(" ".join(words)) \
                or _is_place(toks, i, j) or words[-1].lower() in _FACILITY | _PLACE_NOUNS \
                or {w.lower() for w in words} & (_TITLE | _ROLE_CAPS | _ROLE_GENERIC):
            continue
        role = _role_of(toks, i, j)
        if role:
            out.append((" ".join(words), role))
    return tuple(out)


def _roles_match(ra: Role, rb: Role) -> str:
    """"one" when two roles name one post held by one person at a time ("London Mayor" / "Mayor of London"), "many"
    when they name one post several may hold ("Microsoft co-founder", "former Senate Majority Leader"), else "": the
    same role noun with the same words right before it ("executive director" is not "deputy director") and the same
    capitalised words, at least one ("Senate Majority Leader" is not "House Majority Leader")."""
    if ra[0] != rb[0] or ra[1] != rb[1] or ra[2] != rb[2] or not ra[2] or ra[3] != rb[3]:
        return ""  # a former holder ("a retired Michigan State labor professor") is no holder
    return "one" if ra[0] in _ONE_HOLDER and not (ra[3] or rb[3]) else "many"


def _one_person(a: str, b: str) -> bool:
    return _same_entity(a, b) or difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio() >= 0.75


def role_conflicts(idx: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """Two people given the same post in two articles ("London Mayor X" / "Mayor of London Y", "X, chairman of the
    Congressional Black Caucus" / "Y, the chairman of the Congressional Black Caucus"): one article names the wrong
    person. Only when the story gives that post to those two people alone and no article gives it to both; a post
    several may hold ("Microsoft co-founder", "a former Senate Majority Leader"), or any post in a crowded story
    (coverage over time: "Mongolian President X" in 1996, "Y" in 1998), needs the two sentences aligned (cosine PAIR)
    too."""
    groups: dict[Role, list[tuple[int, str]]] = {}
    for k, c in enumerate(idx.claims):
        for name, role in _role_people(c):
            if role[2]:  # a role with no capitalised word ("the board chairman") says no post precisely enough
                groups.setdefault(role, []).append((k, name))
    crowded = len(idx.articles) >= MUTUAL_FROM  # weeks or years of coverage: a post changes hands
    out: list[tuple[int, int, str, str]] = []
    for role, holders in groups.items():
        names: list[str] = []
        for _k, n in holders:
            if not any(_one_person(n, m) for m in names):
                names.append(n)
                if len(names) > 2:
                    break
        if len(names) != 2:
            continue  # one holder, or a post several people of the story hold
        na, nb = names
        per_article: dict[str, set[bool]] = {}
        for k, n in holders:
            per_article.setdefault(idx.claims[k].article, set()).add(_one_person(n, na))
        if any(len(v) > 1 for v in per_article.values()):
            continue  # one article gives the post to both: a change of holder, or two posts
        sort = _roles_match(role, role)
        pairs = [(ka, kb) for ka, a in holders if _one_person(a, na) for kb, b in holders if not _one_person(b, na)]
        pairs = [(ka, kb) for ka, kb in pairs if not ((sort == "many" or crowded) and float(idx.sim[ka, kb]) < PAIR)
                 and not _name_in(na, idx.claims[kb].slots.tokens) and not _name_in(nb, idx.claims[ka].slots.tokens)]
        if pairs:
            ka, kb = max(pairs, key=lambda p: float(idx.sim[p[0], p[1]]))
            out.append((ka, kb, na, nb))
    return out


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


def find_conflicts(idx: ClaimIndex, aligned: float = PAIR) -> list[Conflict]:
    """All conflicts in a story, merged by (kind, values), strongest first."""
    found: dict[tuple[str, str, str], dict[str, object]] = {}
    order: list[tuple[float, tuple[str, str, str]]] = []
    if len(idx.claims):
        n_articles = len({c.article for c in idx.claims})
        min_cos = aligned_threshold(n_articles)
        crowded = n_articles >= MUTUAL_FROM
        mask = candidate_pairs(idx, aligned, mutual=crowded)
        pairs = np.argwhere(np.triu(mask, k=1))
        seen: set[tuple[str, str]] = set()
        sigs: dict[str, frozenset[str]] = {}
        for i, j in pairs:
            a, b = idx.claims[i], idx.claims[j]
            key = (a.text, b.text)
            if key in seen or a.text == b.text:
                continue
            seen.add(key)
            sa = sigs.get(a.text) or sigs.setdefault(a.text, signature(a.slots))
            sb = sigs.get(b.text) or sigs.setdefault(b.text, signature(b.slots))
            if sa == sb or _question(a.text) or _question(b.text):
                continue
            cos = float(idx.sim[i, j])
            for kind, va, vb in pair_conflicts(a, b, cos, min_cos, crowded):
                if kind == "date" and _different_days(idx, a, b, va, vb) or kind == "number" and _grew(idx, a, b, va, vb):
                    continue
                _add(found, order, kind, (a, va), (b, vb), 1.0 + cos)
        for i, j, va, vb in post_conflicts(idx):
            a, b = idx.claims[i], idx.claims[j]
            if (a.text, b.text) not in seen:
                _add(found, order, "actor", (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
        for i, j, va, vb in role_conflicts(idx):
            a, b = idx.claims[i], idx.claims[j]
            _add(found, order, "actor", (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
        for i, j, kind, va, vb in frame_conflicts(idx):
            a, b = idx.claims[i], idx.claims[j]
            if (a.text, b.text) in seen or kind == "date" and _different_days(idx, a, b, va, vb) \
                    or kind == "number" and _grew(idx, a, b, va, vb):
                continue
            _add(found, order, kind, (a, va), (b, vb), 1.0 + float(idx.sim[i, j]))
    for c, d, score in _denied_claims(idx):
        claim, denial = idx.claims[c], idx.claims[d]
        who = ", ".join(s.who for s in denial.speakers[:1])
        _add(found, order, "denial", (claim, "claim"), (denial, f"denied by {who}" if who else "denial"), 2.0 + score)
    for c, stated, corrected in corrected_reports(idx):
        _add(found, order, "number", (c, stated), (c, corrected), 1.8)
    for kind, side_a, side_b in report_conflicts(idx):
        _add(found, order, kind, side_a, side_b, 1.5)
    order.sort(key=lambda t: -t[0])
    out: list[Conflict] = []
    for _, key in order:
        sides = found[key]["sides"]  # type: ignore[index]
        out.append(Conflict(key[0], tuple(  # type: ignore[arg-type]
            ConflictSide(text, value, tuple(arts)) for value, text, arts in sides.values()), slot=key[0]))
    return out


def _add(found: dict, order: list, kind: str, side_a: tuple[Claim, str], side_b: tuple[Claim, str],
         score: float) -> None:
    (ca, va), (cb, vb) = side_a, side_b
    if va.lower() == vb.lower():
        va, vb = f"{va} ({ca.article[:6]})", f"{vb} ({cb.article[:6]})"
    key = (kind, *sorted((_value_key(kind, va), _value_key(kind, vb))))
    if kind == "denial":  # values alone ("claim" / "denial") do not identify a denial conflict
        key = (kind, *sorted((ca.text, cb.text)))
    if key not in found:
        found[key] = {"sides": {}}
        order.append((score, key))
    sides = found[key]["sides"]
    for claim, value in ((ca, va), (cb, vb)):
        # "Four people" and "four people" are one side: sides are keyed case-insensitively.
        _value, _text, arts = sides.setdefault(_value_key(kind, value), (value, claim.text, []))
        if claim.article not in arts:
            arts.append(claim.article)


def _value_key(kind: str, value: str) -> str:
    """What identifies a side: a number by its value ("Nearly 3 million" = "three million"), else the words."""
    if kind == "number":
        qs = quantities(tokens(value))
        if qs:
            return f"#{qs[0].value:g}"
    return value.lower()
