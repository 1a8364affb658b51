"""Dates of two sentences tied to one another by what the sentences share beside them: the other date of a listed
pair ("in [August] and September" / "in [November] and September"), or a figure ("on [Saturday], killing 27 people" /
"On [Tuesday], ... killed 27 people")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.conflicts.dates import _RECORD, _figures
from newsdesk.compare.conflicts.lexicon import _DATE_WORDS, _first_word
from newsdesk.compare.conflicts.names import _actor_sort
from newsdesk.compare.conflicts.slots import Slot, _typed_slots
from newsdesk.text import STOPWORDS, stem

LIST_REACH = 8  # tokens between two dates of one list at most ("by a big margin in 1980 and a narrow margin in 1995")
_LIST_JOIN = frozenset(["and", "or", ",", "to", "through", "-", "–"])
PAIR_CONTEXT = 6  # tokens on each side of a listed date read for a content word both sentences put there


def _slot_at(slots: Sequence[Slot], k: int) -> Slot | None:
    return next((s for s in slots if s[1] == k), None)


def _spanned(tokens: Sequence[str], slot: Slot) -> bool:
    """Whether a date is one end of a span written with a hyphen ("in [1996]-97", a school or fiscal year; "1990-[1995]"):
    no date of its own."""
    _, i, j, _ = slot
    return j + 1 < len(tokens) and tokens[j] in _HYPHENS and tokens[j + 1][:1].isdigit() \
        or i >= 2 and tokens[i - 1] in _HYPHENS and tokens[i - 2][:1].isdigit()


_HYPHENS = frozenset(["-", "–", "/"])


def _listed_with(tokens: Sequence[str], slots: Sequence[Slot], slot: Slot) -> Slot | None:
    """The one other date of the slot's type in its sentence, when it is listed with it (LIST_REACH tokens apart at most,
    a joining word between: "and", "or", a comma, "to"); None when the type has no other date or several."""
    others = [s for s in slots if s[0] == slot[0] and s[1] != slot[1]]
    if len(others) != 1:
        return None
    other = others[0]
    if _spanned(tokens, slot) or _spanned(tokens, other):
        return None
    lo, hi = sorted((slot, other), key=lambda s: s[1])
    between = [t.lower() for t in tokens[lo[2]:hi[1]]]
    if len(between) > LIST_REACH or not any(t in _LIST_JOIN for t in between):
        return None
    return other


def _context(tokens: Sequence[str], slots: Sequence[Slot]) -> set[str]:
    """Content words (stemmed) within PAIR_CONTEXT tokens of any of these slots, dates and figures left out."""
    out = set()
    for _, i, j, _ in slots:
        for k in list(range(max(0, i - PAIR_CONTEXT), i)) + list(range(j, min(len(tokens), j + PAIR_CONTEXT))):
            t = tokens[k].lower()
            if t.isalpha() and len(t) > 2 and t not in STOPWORDS and not any(k in range(x, y) for _, x, y, _ in slots):
                out.add(stem(t))
    return out


def one_of_listed_pair_changed(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether two dates of one type that differ (starting at ta[i] and tb[j]) are each listed with one other date of
    that type, the same in both sentences, with a content word both sentences put around the pair ("invaded
    neighboring Dagestan in [November] and September" / "entered Dagestan and fought Russian forces in [August] and
    September"; "the previous two referendums in [1977] and 1995" / "lost two previous secession referendums, by a big
    margin in [1980] and a narrow margin in 1995"): one list of two dates, one of them changed."""
    slots_a, slots_b = _typed_slots(tuple(ta)), _typed_slots(tuple(tb))
    sa, sb = _slot_at(slots_a, i), _slot_at(slots_b, j)
    if not sa or not sb or sa[0] != sb[0] or not sa[0].startswith("date") or sa[3] == sb[3]:
        return False
    oa, ob = _listed_with(ta, slots_a, sa), _listed_with(tb, slots_b, sb)
    if not oa or not ob or oa[3] != ob[3] or oa[3] in (sa[3], sb[3]):
        return False
    return bool(_context(ta, [sa, oa]) & _context(tb, [sb, ob]))


FIGURE_REACH = 10  # tokens between a date and the figure that ties it at most
_PLAIN = re.compile(r"\d[\d,.]*")


def _nearest_date(slots: Sequence[Slot], typ: str, k: int) -> Slot | None:
    """The date of this type nearest to token k (FIGURE_REACH tokens at most), the first of two as near."""
    near = [(min(abs(s[1] - k), abs(s[2] - 1 - k)), s) for s in slots if s[0] == typ]
    near = [(d, s) for d, s in near if d <= FIGURE_REACH]
    return min(near, key=lambda x: x[0])[1] if near else None


def _age(tokens: Sequence[str], k: int) -> bool:
    """Whether the figure at tokens[k] is an age ("a [33]-year-old aide", "[33] years old")."""
    after = " ".join(t.lower() for t in tokens[k + 1:k + 3])
    return after.startswith(("- year-old", "-year-old", "years old", "year-old"))


def dated_by_shared_figure(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether two dates of one type (starting at ta[i] and tb[j]) are, in each sentence, the date of that type nearest
    to a figure both sentences give (not a date, a time or an age): "On [Tuesday], three suicide bombings in Damascus
    killed 27 people" / "Monday's clashes ... came after twin car bombs ripped through ... Damascus on [Saturday],
    killing 27 people": the figure says which of the other sentence's dates is the one date of the same event."""
    slots_a, slots_b = _typed_slots(tuple(ta)), _typed_slots(tuple(tb))
    sa, sb = _slot_at(slots_a, i), _slot_at(slots_b, j)
    if not sa or not sb or sa[0] != sb[0] or not sa[0].startswith("date"):
        return False
    shared = {f for f in _figures(ta) & _figures(tb) if _PLAIN.fullmatch(f)}  # not "33-year-old", an age
    for fig in shared:
        at_a = [k for k, t in enumerate(ta) if t.rstrip(".,") == fig and not _age(ta, k)]
        at_b = [k for k, t in enumerate(tb) if t.rstrip(".,") == fig and not _age(tb, k)]
        if len(at_a) == 1 and len(at_b) == 1 and _nearest_date(slots_a, sa[0], at_a[0]) == sa \
                and _nearest_date(slots_b, sb[0], at_b[0]) == sb:
            return True
    return False


# What is done to a person once, by its kind: one death (however told: stabbed, murdered, killed, slain), one birth,
# one kidnapping, one execution. Words that tell of another act beside it ("killer", "convicted") are not in these.
_ONCE_TO_A_PERSON = {
    "death": ["stabbed", "stabbing", "murdered", "murder", "killed", "killing", "slain", "slaying", "assassinated",
              "assassination", "died"],
    "birth": ["born"],
    "kidnapping": ["kidnapped", "kidnapping", "abducted", "abduction"],
    "execution": ["executed", "execution"],
}
_ACT_OF = {w: kind for kind, words in _ONCE_TO_A_PERSON.items() for w in words}
ACT_REACH = 12  # words between the act and its person, and between the act and its year, at most
_BOUNDS = frozenset(["after", "before", "since", "until", "till", "by"])


def _person_acts(tokens: Sequence[str], slots: Sequence[Slot]) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
    """(kind of act, year, surnames, capitalised words) for each act done once to a person in a sentence: the year
    nearest the act word (the only one within ACT_REACH tokens, not one end of a span "1994-96", not a bound: "born
    after 1979"), the surnames of the people named within ACT_REACH tokens of it, and every capitalised word there (a
    first word is no name slot: "[Lawrence], an 18-year-old student who was stabbed"), not a possessive ("[Lawrence's]
    parents": someone else)."""
    years = [s for s in slots if s[0] == "date:year" and not _spanned(tokens, s)]
    names = [s for s in slots if s[0] == "name"]
    at = _word_positions(tokens)
    out = []
    for k, t in enumerate(tokens):
        kind = _ACT_OF.get(t.lower())
        if not kind:
            continue
        near = [s for s in years if min(abs(at[s[1]] - at[k]), abs(at[s[2] - 1] - at[k])) <= ACT_REACH]
        if len(near) != 1 or near[0][1] and tokens[near[0][1] - 1].lower() in _BOUNDS:
            continue  # "born after [1979]": a bound of many births, not the year of one
        reach = [m for m in range(len(tokens)) if abs(at[m] - at[k]) <= ACT_REACH]
        words = frozenset(_word(tokens[j - 1]) for _, i, j, _ in names
                          if i in reach and _actor_sort(tokens, i, j) == "person")  # a person by the surname
        caps = frozenset(_word(tokens[m]) for m in reach if tokens[m][:1].isupper()
                         and not _POSSESSIVE.search(tokens[m]) and m + 1 < len(tokens) and tokens[m + 1] not in ("'s", "’s"))
        words, caps = words - STOPWORDS - _DATE_WORDS, caps - STOPWORDS - _DATE_WORDS
        if words or caps:
            out.append((kind, near[0][3], words, caps))
    return out


_POSSESSIVE = re.compile(r"['’]s$")


def _word_positions(tokens: Sequence[str]) -> list[int]:
    """Each token's place counted in words, punctuation left out ("Lawrence, an 18-year-old student": "18", "-" and
    "year-old" are tokens, one word and a mark apart)."""
    out, n = [], 0
    for t in tokens:
        out.append(n)
        n += any(ch.isalnum() for ch in t)
    return out


def _word(tok: str) -> str:
    return tok.lower().rstrip(".,")


def one_persons_act_dated_twice(ta: Sequence[str], tb: Sequence[str]) -> list[tuple[str, str]]:
    """(year in a, year in b) where two sentences date one act that is done to a person once, named in both beside it,
    with two years ("the [1990] fatal stabbing of 17-year-old Stephen Lawrence" / "the death of Stephen Lawrence, who
    was fatally stabbed by white youths at a bus stop in [1993]"): a person is killed, born, kidnapped once. The person
    is a name of one sentence that the other has capitalised near its act."""
    acts_a = _person_acts(ta, _typed_slots(tuple(ta)))
    acts_b = _person_acts(tb, _typed_slots(tuple(tb)))
    out: list[tuple[str, str]] = []
    for kind, ya, words_a, caps_a in acts_a:
        for kind_b, yb, words_b, caps_b in acts_b:
            if kind == kind_b and ya != yb and (words_a & caps_b or caps_a & words_b) and (ya, yb) not in out:
                out.append((ya, yb))
    return out



_CLAUSE_MARKS = frozenset([",", ";", ":", ".", "--", "—", "(", ")"])
PERIOD_WORDS = 2  # content words the two sentences must give the period outside their "since" clauses


def _since_clause(tokens: Sequence[str], slots: Sequence[Slot]) -> tuple[int, int, str] | None:
    """(start, end, year) of a sentence's one "since" clause when it holds the sentence's one year ("has been halted
    [since Israeli construction of the Har Homa settlement in early 1994]", "[Since federal troops withdrew from the
    region in 1993], Chechnya has run its own affairs"): the start of a period the rest of the sentence names."""
    at = [k for k, t in enumerate(tokens) if t.lower() == "since"]
    years = [s for s in slots if s[0] == "date:year" and not _spanned(tokens, s)]
    if len(at) != 1 or len(years) != 1 or years[0][1] < at[0]:
        return None
    k, (_, i, j, year) = at[0], years[0]
    if any(t in _CLAUSE_MARKS for t in tokens[k:i]) or tokens[i - 1].lower() in _BOUNDS - {"since"}:
        return None
    end = next((m for m in range(j, len(tokens)) if tokens[m] in _CLAUSE_MARKS), len(tokens))
    return k, end, year


def _content(tokens: Sequence[str], keep: Sequence[int]) -> set[str]:
    """Content words (stemmed) at these positions: lower-case words, and the sentence's first word."""
    first = _first_word(tokens)
    return {stem(tokens[m].lower()) for m in keep if tokens[m].isalpha() and (tokens[m][:1].islower() or m == first)
            and len(tokens[m]) > 2 and tokens[m].lower() not in STOPWORDS}


def _names_and_caps(tokens: Sequence[str], slots: Sequence[Slot]) -> tuple[set[str], set[str]]:
    """The last words of a sentence's names, and all its capitalised words (a first word is no name slot)."""
    names = {_word(tokens[j - 1]) for typ, _, j, _ in slots if typ == "name"}
    return names - STOPWORDS, {_word(t) for t in tokens if t[:1].isupper()} - STOPWORDS - _DATE_WORDS


def one_period_started_twice(ta: Sequence[str], tb: Sequence[str]) -> list[tuple[str, str]]:
    """(year in a, year in b) where two sentences give one period's start in two years: each has one "since" clause
    holding its one year, the rest of the two sentences names the period in PERIOD_WORDS content words both use, and
    the two share a name ("Chechnya has run its own affairs since winning independence in a war that ended in [1996]"
    / "Since federal troops withdrew from the region in [1993], Chechnya has run its own affairs"). Not a record's last
    precedent ("the warmest year since 1880": dates._RECORD)."""
    slots_a, slots_b = _typed_slots(tuple(ta)), _typed_slots(tuple(tb))
    ca, cb = _since_clause(ta, slots_a), _since_clause(tb, slots_b)
    if not ca or not cb or ca[2] == cb[2]:
        return []
    rest_a = [m for m in range(len(ta)) if not ca[0] <= m < ca[1]]
    rest_b = [m for m in range(len(tb)) if not cb[0] <= m < cb[1]]
    if _RECORD.search(" ".join(ta[m] for m in rest_a)) or _RECORD.search(" ".join(tb[m] for m in rest_b)):
        return []
    (names_a, caps_a), (names_b, caps_b) = _names_and_caps(ta, slots_a), _names_and_caps(tb, slots_b)
    if not (names_a & caps_b or caps_a & names_b) or len(_content(ta, rest_a) & _content(tb, rest_b)) < PERIOD_WORDS:
        return []
    return [(ca[2], cb[2])]
