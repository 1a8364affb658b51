"""Dates in conflicts: years, days of the month, clock times, month names and weekdays of different days."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsdesk.compare.claims import _MONTH_ABBR, MONTHS, WEEKDAYS, Claim
from newsdesk.compare.consensus import ClaimIndex
from newsdesk.text import STOPWORDS, stem

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
                             or k and (_day(tokens[k - 1]) or tokens[k - 1].lower() in _MONTH_CUE)
                             or _listed_with_month(tokens, k)):
        return None  # "May" is a month beside a day or a year, after "in", "since", "early" ..., or listed with one
    return month


def _listed_with_month(tokens: Sequence[str], k: int) -> bool:
    """Whether the token at k is listed with a month ("May and December", "March, May"): a joiner, then a month."""
    for step in (1, -1):
        m = k + 2 * step
        if 0 <= m < len(tokens) and tokens[k + step].lower() in ("and", "or", ",") \
                and tokens[m].lower().rstrip(".") in MONTHS and tokens[m].lower() != "may" and tokens[m][:1].isupper():
            return True
    return False


_MONTH_CUE = frozenset(["in", "since", "until", "by", "early", "late", "mid", "last", "next", "of", "during"])  # not "for": "voted for May"


def _month_of_day(tokens: Sequence[str], k: int) -> str | None:
    """A day number written after its month ("Aug. 7", "August 7") as written, else None: such a number is a date."""
    if not _day(tokens[k]) or k < 1:
        return None
    m = k - 2 if tokens[k - 1] == "." and k >= 2 else k - 1
    return f"{tokens[m]}{'.' if m == k - 2 else ''} {tokens[k]}" if _month_at(tokens, m) else None


def _day_and_month(typ_a: str, va: str, typ_b: str, vb: str) -> bool:
    """A day of one month against another month ("arrested on 1 August" / "arrested in May"): months compared."""
    if {typ_a, typ_b} != {"date:day", "date:month"}:
        return False
    day, month = (va, vb) if typ_a == "date:day" else (vb, va)
    return day.split()[0] != month


def _day(tok: str) -> int | None:
    t = re.sub(r"(?:st|nd|rd|th),?$", "", tok.rstrip(","))
    return int(t) if t.isdigit() and 1 <= int(t) <= 31 and len(t) <= 2 else None


def _date_ctx(tokens: Sequence[str], i: int, j: int) -> set[str]:
    """The other parts of a date around a date word ("October 31", "March 1996"): strong context for it."""
    return {"#" + t.rstrip(".,") for t in tokens[max(0, i - 2):i] + tokens[j:j + 2] if t[:1].isdigit()}


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


def _different_days(idx: ClaimIndex, a: Claim, b: Claim, va: str, vb: str) -> bool:
    """Weekdays ("on Tuesday" / "on Wednesday") in articles published on different days, or with a relative date
    beside them ("a day after"), name different days by design: not a contradiction. Nor are dates of two events,
    two statements, a date and the date it was moved to, or one night named by either day (``different_events``)."""
    if different_events(a, b, va, vb):
        return True
    if not (_date_key(va.split()[0]) == "weekday" and _date_key(vb.split()[0]) == "weekday"):
        return False
    da, db = idx.articles[a.article].article.published, idx.articles[b.article].article.published
    if not (da and db):  # no publication date: the days of wire datelines ("LONDON, February 24 (Xinhua) --") a week
        # or more apart (within a week, "from Wednesday" in copies of Thursday and Friday is one Wednesday)
        fa, fb = _filed(idx.articles[a.article].article.text), _filed(idx.articles[b.article].article.text)
        return bool(fa and fb and (_days_apart(fa, fb) > 6 or _each_its_own_day(fa, va, fb, vb))) \
            or bool(_RELATIVE_DAY.search(a.text) or _RELATIVE_DAY.search(b.text))
    return bool(da and db and da != db) or bool(_RELATIVE_DAY.search(a.text) or _RELATIVE_DAY.search(b.text))


def _each_its_own_day(filed_a: str, day_a: str, filed_b: str, day_b: str) -> bool:
    """Whether two weekdays lie as far apart as the two datelines of their copies ("MOSCOW, October 15 -- ... attacks
    [Friday]" / "MOSCOW, October 19 -- ... [Tuesday] continued attacks": four days each): each copy may name its own
    day, two days of an event that goes on, not one day named two ways."""
    if filed_a == filed_b:
        return False
    wa = WEEKDAYS.index(day_a.split()[0].lower().rstrip(".,"))
    wb = WEEKDAYS.index(day_b.split()[0].lower().rstrip(".,"))
    return (wb - wa) % 7 == _signed_gap(filed_a, filed_b) % 7


def _signed_gap(a: str, b: str) -> int:
    """Days from one date of the year to another ("october 15" -> "october 19": 4), the nearer way round the year."""
    gap = _calendar_day(b) - _calendar_day(a)
    return gap - 365 if gap > 182 else gap + 365 if gap < -182 else gap


def _calendar_day(d: str) -> int:
    """A date of the year ("february 24", "24 february") as its day of a common year (1 to 365)."""
    words = d.split()
    month = words[0] if words[0].isalpha() else words[-1]
    day = int(words[-1] if words[-1].isdigit() else words[0])
    full = _MONTH_ABBR.get(month[:4] if month.startswith("sept") else month[:3], "january")
    return (date(2001, MONTHS.index(full) + 1, min(day, 28 if full == "february" else 30 if full in _SHORT else 31))
            .timetuple().tm_yday)


_SHORT = frozenset(["april", "june", "september", "november"])


def _filed_order(d: str) -> int:
    """A date of the year ("february 24", "24 february") as a day count, about (the year is not known)."""
    words = d.split()
    month = words[0] if words[0].isalpha() else words[-1]
    day = int(words[-1] if words[-1].isdigit() else words[0])
    full = _MONTH_ABBR.get(month[:4] if month.startswith("sept") else month[:3], "january")
    return int(MONTHS.index(full) * 30.5) + day


def _days_apart(a: str, b: str) -> int:
    """Days between two dates of the year ("february 24", "march 23"; the year is not known), about."""
    gap = abs(_filed_order(a) - _filed_order(b))
    return int(min(gap, 366 - gap))


_FILED = re.compile(r"\W*[A-Z][A-Z.'’ -]+,\s+(?:[A-Z][A-Za-z.]*\s+)?([A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
                    r"(?=[^.\n]{0,40}(?:--|—|–|\s_\s))")


def _filed(text: str) -> str | None:
    """The day an article's wire dateline gives ("LONDON, February 24 (Xinhua) --" -> "february 24"), else None."""
    m = _FILED.match(text)
    return " ".join(m.group(1).lower().replace(".", "").split()) if m else None


_RELATIVE_DAY = re.compile(r"\b(?:a|one|two|three) days? (?:after|before|later|earlier)\b|\byesterday\b|\btomorrow\b",
                           re.IGNORECASE)



def _full_dates(tokens: Sequence[str]) -> list[tuple[str, int, str, str]]:
    """(month, day, year or "", as written) of every date of a sentence with a day of the month: "Oct. 28, 2016",
    "October 28 2016", "28 October 2016", "June 11"."""
    out = []
    for k in range(len(tokens)):
        month = _month_at(tokens, k)
        if not month:
            continue
        n = k + 2 if k + 1 < len(tokens) and tokens[k + 1] == "." else k + 1  # "Oct . 28"
        if n < len(tokens) and _day(tokens[n]):
            day, m = _day(tokens[n]), n + 1
            shown, sep = f"{tokens[k]}{'.' if n == k + 2 else ''} {day}", ","
        elif k and _day(tokens[k - 1]):
            day, m = _day(tokens[k - 1]), k + 1
            shown, sep = f"{day} {tokens[k]}", ""
        else:
            continue
        y = m + 1 if m < len(tokens) and tokens[m] == "," else m
        year = tokens[y] if y < len(tokens) and _is_year(tokens[y]) else ""
        out.append((month, day or 0, year, f"{shown}{sep} {year}" if year else shown))
    return out


def full_date_conflicts(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Two full dates with the same month and day and different years ("signed on Oct. 28, 2013" / "the Oct. 28,
    2016, agreement"), where neither sentence gives that month and day with the other's year: the same day, one year
    wrong, even where the other year appears elsewhere in the sentence ("days before the 2016 election"). (The same day
    number in two months is left out: "executed on Sept. 27" / "was to die on April 27" are two days by chance.)"""
    if _SUPERSEDED.search(a.text) or _SUPERSEDED.search(b.text):
        return []  # "had been scheduled for May 2, 2019" / "is set for May 2, 2020": a date moved, not a contradiction
    da, db = _full_dates(a.slots.tokens), _full_dates(b.slots.tokens)
    dated_a, dated_b = {d[:3] for d in da}, {d[:3] for d in db}
    out = []
    for ma, xa, ya, shown_a in da:
        for mb, xb, yb, shown_b in db:
            if (ma, xa) == (mb, xb) and ya and yb and ya != yb and (ma, xa, yb) not in dated_a \
                    and (mb, xb, ya) not in dated_b:
                out.append((shown_a, shown_b))
    return out


_SUPERSEDED = re.compile(r"\b(?:had been|originally|rescheduled|postponed|delayed|moved|pushed back|brought forward)\b",
                         re.IGNORECASE)


# Which event a date belongs to. A date conflict says two reports put one event on two dates; a journalist does not
# accept one when the two dates are of two events ("charged with murder on Monday" / "appeared in court on
# Tuesday"), of two statements ("Riley said Tuesday: ..." / "Riley said Wednesday: ..." with other words), when one
# report says the date was moved ("scheduled for July 2" / "continued to July 6"), or when the two days name one
# night ("at 9:20 p.m. Friday ... until 12:20 a.m." / "ended at 12:20 a.m. Saturday").

def different_events(a: Claim, b: Claim, va: str, vb: str) -> bool:
    """Whether two date values of two sentences date different things (see above), not one event twice."""
    if _moved(a.text, va) or _moved(b.text, vb):
        return True
    if _same_night(a.slots.tokens, b.slots.tokens, va, vb):
        return True
    if _since_kind(a.text, va) and _since_kind(b.text, vb) and _since_kind(a.text, va) != _since_kind(b.text, vb):
        return True  # "the first time since at least [1880]" / "have lived with their parents since [1980]"
    ta, tb = a.slots.tokens, b.slots.tokens
    at_a, at_b = _event_at(ta, va), _event_at(tb, vb)
    if at_a is None or at_b is None:
        return False
    ev_a, ev_b = ta[at_a].lower(), tb[at_b].lower()
    if ev_a in _SPEECH and ev_b in _SPEECH:
        return _other_statement(a, b)
    if _event(ev_a) == _event(ev_b) or _tells_of(tb, ev_a) or _tells_of(ta, ev_b):
        return False
    if _agents_differ(ta, at_a, tb, at_b):
        return True  # "the states filed a brief ... on [April 28]" / "after Jackson concluded on [April 3]"
    if _list_partner(ta, va) and _list_partner(ta, va) == _list_partner(tb, vb):
        return False  # "invaded Dagestan in [November] and September" / "fought ... in [August] and September": one
        # list of two dates with one changed, whatever the verbs
    return not _figures(ta) & _figures(tb) and len(_common_words(ta) & _common_words(tb)) <= MAX_SHARED_WORDS


PARTNER_REACH = 3  # tokens between a date and the date listed with it ("[1977] and 1995", "[August] and September")


def _list_partner(tokens: Sequence[str], value: str) -> str:
    """The date word listed right after or before a one-word date value, joined by "and", "or" or a comma
    ("[November] and September" -> "september"), lower-cased; "" when there is none."""
    span = _span(tokens, value)
    if span is None or span[1] - span[0] != 1:
        return ""
    i = span[0]
    for k in (*range(i + 2, min(len(tokens), i + 2 + PARTNER_REACH)), *range(max(0, i - 1 - PARTNER_REACH), i - 1)):
        lo, hi = min(i, k), max(i, k)
        if _date_key(tokens[k]) and all(t.lower() in ("and", "or", ",") for t in tokens[lo + 1:hi]):
            return tokens[k].lower()
    return ""


# Words between a verb and its subject: auxiliaries and adverbs of time ("Jackson had already concluded").
_BEFORE_VERB = frozenset(["has", "have", "had", "was", "were", "is", "are", "been", "also", "then", "later", "first",
                          "already", "finally", "formally", "officially", "reportedly", "initially"])


def _agent(tokens: Sequence[str], k: int) -> str:
    """The subject word right before the verb at tokens[k], past auxiliaries ("after [Jackson] concluded", "17 [states]
    filed", "the [Senate] had passed"): a name inside the sentence as written, another word stemmed and lower-cased;
    "" when the word there is no content word ("it was", "which passed", "on Monday, filed")."""
    m = k - 1
    while m >= 0 and tokens[m].lower() in _BEFORE_VERB:
        m -= 1
    if m < 0:
        return ""
    low = tokens[m].lower()
    if not low.isalpha() or low in STOPWORDS or len(low) < 3 or _date_key(tokens[m]) or _verbish(tokens[m]):
        return ""
    return tokens[m] if m and tokens[m][:1].isupper() else stem(low)


def _agents_differ(ta: Sequence[str], ka: int, tb: Sequence[str], kb: int) -> bool:
    """Whether the verbs of two dates, two different acts, have two different subjects right before them, one of them a
    name ("the Justice Department and 17 states filed a brief ... on April 28" / "after Jackson concluded on April 3"):
    two acts of two agents, whatever figures or words the sentences share. Two different verbs are needed ("Velt won
    on Sunday" / "the Comets won on Thursday" stays one event), and a name ("the quake struck on Monday" / "the
    earthquake hit on Tuesday" is one event told in other words)."""
    ag_a, ag_b = _agent(ta, ka), _agent(tb, kb)
    return bool(ag_a and ag_b) and ag_a != ag_b and (ag_a[:1].isupper() or ag_b[:1].isupper())


# A year after "since" either starts a period that still runs ("have been more likely to live with their parents ...
# since [1980]") or names the last time before a record ("the first time since at least [1880]", "the highest level
# since [1980]"): the two date two different things, whatever the years.
_SINCE_YEAR = re.compile(r"\b[Ss]ince\s+(at\s+least\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d\d)s?\b")
_RECORD = re.compile(r"\b(?:first|only|last)\s+(?:time|year|month|season)\b|\b(?:highest|lowest|biggest|largest|"
                     r"smallest|worst|best|fewest|strongest|weakest|warmest|coldest|hottest|wettest|driest|"
                     r"deadliest|record)\b|\b\w{3,}est\s+(?:level|rate|point|number|share|since)\b",
                     re.IGNORECASE)
RECORD_REACH = 80  # characters before "since" read for the record it ends


def _since_kind(text: str, value: str) -> str:
    """Whether a year after "since" names a record's last precedent ("record") or a running period's start
    ("period"), "" when the value is no year after "since"."""
    for m in _SINCE_YEAR.finditer(text):
        if m.group(2) != value.strip():
            continue
        before = text[max(0, m.start() - RECORD_REACH):m.start()]
        before = re.split(r"[.;:]\s|,\s(?:and|but|while)\s", before)[-1]
        return "record" if m.group(1) or _RECORD.search(before) else "period"
    return ""


MAX_SHARED_WORDS = 2  # more lower-case words in common: one event told in other words ("joined up with a
# short-lived reunion tour ... returned four years later" / "participated in the short-lived reunion tour ...")


def _common_words(tokens: Sequence[str]) -> set[str]:
    """The lower-case content words of a sentence (no names, dates or speech verbs), as stems."""
    return {stem(t) for t in tokens if t.isalpha() and t[:1].islower() and len(t) > 2 and t not in STOPWORDS
            and t not in _SPEECH and _date_key(t) is None}


def _figures(tokens: Sequence[str]) -> set[str]:
    """The figures of a sentence that may tell its event apart ("beat the Owls, [88-80], in Game [4]"): neither a
    part of a date or a time nor a person's age ("Tom Vale, 44,"). Two sentences that share one speak of one event,
    whatever their verbs ("won Sunday ... 88-80" / "was sealed on Thursday night ... 88-80")."""
    out = set()
    for k, t in enumerate(tokens):
        if not t[:1].isdigit() or _is_year(t) or _CLOCK.fullmatch(t) or _month_of_day(tokens, k):
            continue
        if 0 < k < len(tokens) - 1 and tokens[k - 1] == "," and tokens[k + 1] in (",", ".") and t.isdigit() \
                and int(t) < 120:
            continue  # an age after a name
        out.add(t.rstrip(".,"))
    return out


# A date moved: "postponed", "rescheduled", "pushed back"; "continued to July 6" (a court's word), "moved to March 9".
_DATE_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
              r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_MOVED = re.compile(r"\b(?:postponed|postponement|rescheduled|put off|pushed back|brought forward|(?:had been|was originally|"
                    r"originally) (?:scheduled|set|planned|due)|(?:moved|continued|adjourned|delayed|pushed)(?: back| up)? "
                    rf"(?:to|until|till) (?:next |a later date|{_DATE_WORD}))", re.IGNORECASE)


def _moved(text: str, value: str) -> bool:
    """Whether a sentence says its date was moved, next to the date ("was continued to [July 6]", "[Friday]'s hearing
    was postponed"), not somewhere else in a long sentence."""
    at = text.find(value)
    if at < 0:
        return bool(_MOVED.search(text))
    return any(m.start() - MOVED_REACH <= at + len(value) and at - MOVED_REACH <= m.end() for m in _MOVED.finditer(text))


MOVED_REACH = 40  # characters between the date and the words that move it


def _span(tokens: Sequence[str], value: str) -> tuple[int, int] | None:
    """Where a date value ("Monday night", "12:20 a.m.", "July 6") stands in a sentence's tokens, first found."""
    words = value.split()
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if [t.lower() for t in tokens[i:i + n]] == [w.lower() for w in words]:
            return i, i + n
    first = words[0].lower() if words else ""
    return next(((i, i + 1) for i, t in enumerate(tokens) if t.lower() == first), None)


_NEXT_DAY = {d: WEEKDAYS[(k + 1) % 7] for k, d in enumerate(WEEKDAYS)}
_LATE = re.compile(r"\b(?:night|tonight|overnight|evening|late|midnight|(?:9|10|11)(?::\d\d)? ?p\.?m\b)", re.IGNORECASE)
_EARLY = re.compile(r"\b(?:early|overnight|dawn|pre-dawn|midnight|small hours|(?:12|1|2|3|4|5)(?::\d\d)? ?a\.?m\b)",
                    re.IGNORECASE)
_ZONE = re.compile(r"\b(?:GMT|UTC|ET|EST|EDT|CET|PT|PST|PDT|BST|local time)\b|(?<=[a-z\d.] )[A-Z][a-z]+ time\b")  # "Japan time"


def _same_night(ta: Sequence[str], tb: Sequence[str], va: str, vb: str) -> bool:
    """Whether two weekdays one day apart name one night or one moment: the earlier day's sentence speaks of its
    night or late hours and the later day's of its early hours ("on Monday night ... raids overnight" / "early on
    Tuesday, warplanes ..."; "began at 9:20 p.m. Friday ... until 12:20 a.m." / "ended at 12:20 a.m. Saturday"),
    or either gives the time in a named time zone ("6:30 a.m. Sunday Japan time" / "Saturday, 5:30 p.m. ET")."""
    day_a, day_b = va.split()[0].lower().rstrip(".,"), vb.split()[0].lower().rstrip(".,")
    if day_a not in _NEXT_DAY or day_b not in _NEXT_DAY:
        return False
    text_a, text_b = " ".join(ta), " ".join(tb)
    for (d1, t1), (d2, t2) in (((day_a, text_a), (day_b, text_b)), ((day_b, text_b), (day_a, text_a))):
        if _NEXT_DAY[d1] == d2 and (_LATE.search(t1) and _EARLY.search(t2) or _ZONE.search(t1) or _ZONE.search(t2)):
            return True
    return False


# Past forms of common verbs that do not end in -ed; speech verbs date a statement, not the event it tells of.
_IRREGULAR_PAST = """began begun came went took taken made met left held fell fallen rose risen struck hit shot won
    lost ran saw seen gave given found sent set put led broke broken spoke spoken stood sat flew flown fled fought
    brought bought caught built sold paid became drove driven wrote written threw thrown grew grown knew known blew ate
    sank sunk hid hidden tore torn wore woke froze frozen chose chosen stole stolen rode shook shaken sought swore
    sworn born beat beaten bit bitten dealt dug drew drawn felt forgave forgot got hung kept laid lent
    meant quit rang rung sang sung slept slid spent split spread sprang stuck stung strode struck swept swung
    taught told thought understood upheld wept withdrew withdrawn"""
_IRREGULAR = frozenset(_IRREGULAR_PAST.split())
_SPEECH = frozenset(["said", "says", "say", "told", "tells", "announced", "stated", "added", "declared", "explained",
                     "noted", "insisted", "conference", "briefing", "interview", "statement"])
_NOT_VERB = frozenset(["red", "bed", "shed", "hundred", "speed", "need", "seed", "feed", "united", "limited", "alleged",
                       "armed", "based", "related", "called", "so-called", "named", "aged", "detailed", "advanced",
                       "experienced", "reported", "expected", "scheduled", "planned", "proposed", "supposed"])


def _verbish(tok: str) -> bool:
    low = tok.lower()
    return low.isalpha() and low not in _NOT_VERB and (low in _IRREGULAR or low in _SPEECH
                                                       or len(low) >= 5 and low.endswith("ed"))


_CLAUSE_STOP = frozenset([".", "!", "?", ",", ";", ":", "(", ")", "--", "—", "–", '"', "“", "”", "when", "while",
                          "as", "because", "but", "which", "who", "where"])


def _event_verb(tokens: Sequence[str], value: str) -> str | None:
    """The verb a date belongs to (see ``_event_at``), lower-cased; None when none is seen."""
    k = _event_at(tokens, value)
    return tokens[k].lower() if k is not None else None


def _event_at(tokens: Sequence[str], value: str) -> int | None:
    """Where the verb a date belongs to stands: the nearest one before it in its clause ("charged with murder on [Monday]",
    "pulled up outside the hall at [21:40]", "Riley said at a news conference shortly after 2 p.m. [Tuesday]"),
    else the first after it ("On [Monday night], warplanes carried out ..."); None when none is seen.
    A news conference or briefing the date stands in dates a statement, as "said" does."""
    span = _span(tokens, value)
    if span is None:
        return None
    i, j = span
    if j < len(tokens) and tokens[j].isalpha() and tokens[j][:1].islower() and tokens[j] not in STOPWORDS \
            and not _verbish(tokens[j]) and not (i and tokens[i - 1].lower() in _DATE_PREPS):
        return None  # the date names a thing ("the 1998 dig", "the May 19 release"): its event is that noun; after
        # a preposition it dates the clause ("filed a brief on [April 28] asking the judge ...")
    for k in range(i - 1, max(-1, i - 11), -1):
        low = tokens[k].lower()
        if low in _CLAUSE_STOP:
            break
        if _verbish(tokens[k]) or _passive(tokens, k):
            return k
    for k in range(j, min(len(tokens), j + 10)):
        low = tokens[k].lower()
        if low in _CLAUSE_STOP and not (k == j and low == ","):  # "On Monday night, warplanes carried out"
            break
        if _verbish(tokens[k]) or _passive(tokens, k):
            return k
    return None


_DATE_PREPS = frozenset(["on", "in", "at", "by", "until", "since", "before", "after"])
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


def _passive(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] is a participle after a form of "be" ("a third case was [reported]", "the talks were
    [scheduled]"): a verb, though the same word before a noun only describes it ("the reported attack")."""
    low = tokens[k].lower()
    return k > 0 and tokens[k - 1].lower() in _BE and low.isalpha() and len(low) >= 5 and low.endswith("ed")


# One event, told with other verbs: a verb is the same event as any other of its group.
_EVENT_GROUPS = ("killed died dead death slain murdered shot", "arrested detained held captured caught custody",
                 "began started opened launched", "ended finished closed concluded", "left departed", "arrived reached landed",
                 "charged indicted accused", "sentenced jailed", "found discovered unearthed excavated uncovered recovered located dug", "elected won", "signed approved passed",
                 "announced unveiled revealed", "resigned quit stepped", "released freed",
                 "fell falling dropped plunged plunging tanked tumbled slid sank shed declined lost", "rose rising jumped climbed gained soared")
_GROUP = {stem(w): n for n, words in enumerate(_EVENT_GROUPS) for w in words.split()}


def _event(verb: str) -> str:
    s = stem(verb)
    return f"#{_GROUP[s]}" if s in _GROUP else s


def _tells_of(tokens: Sequence[str], verb: str) -> bool:
    """Whether a sentence speaks of an event (its verb, a form of it or one of its group, anywhere)."""
    ev = _event(verb)
    return any(_event(t.lower()) == ev for t in tokens if t.isalpha())


_FRAME_WORDS = frozenset(stem(w) for w in ["said", "says", "told", "added", "news", "press", "conference", "briefing",
                                           "reporters", "statement", "interview", "shortly", "later", "earlier",
                                           "time", "local"])


def _statement_terms(c: Claim) -> set[str]:
    """What a sentence states, as stems: its lower-case content words, less the speaker's name and role and the
    words of a speech's setting."""
    speaker = {stem(w) for sp in c.speakers for w in f"{sp.who} {sp.role or ''}".lower().split()}
    return {stem(t) for t in c.slots.tokens if t.isalpha() and t[:1].islower() and len(t) > 2
            and t.lower() not in STOPWORDS and _date_key(t) is None} - _FRAME_WORDS - speaker


def _other_statement(a: Claim, b: Claim) -> bool:
    """Whether two dated statements ("Riley said Tuesday ...", "Riley said Wednesday at a press conference ...") say
    different things: fewer than a third of the words of the shorter one are in the other. A speaker who says
    different things on two days gives two statements; the same statement on two days is one date wrong."""
    sa, sb = _statement_terms(a), _statement_terms(b)
    if not sa or not sb:
        return False
    return len(sa & sb) * 3 < min(len(sa), len(sb))
