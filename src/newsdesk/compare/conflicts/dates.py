"""Dates in conflicts: years, days of the month, clock times, month names and weekdays of different days."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.compare.claims import _MONTH_ABBR, MONTHS, WEEKDAYS, Claim
from newsdesk.compare.consensus import ClaimIndex

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
                             or k and (_day(tokens[k - 1]) or tokens[k - 1].lower() in _MONTH_CUE)):
        return None  # "May" is a month beside a day or a year, or after "in", "since", "early" ...
    return month


_MONTH_CUE = frozenset(["in", "since", "until", "by", "early", "late", "mid", "last", "next", "of", "during"])


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
    beside them ("a day after"), name different days by design: not a contradiction."""
    if not (_date_key(va.split()[0]) == "weekday" and _date_key(vb.split()[0]) == "weekday"):
        return False
    da, db = idx.articles[a.article].article.published, idx.articles[b.article].article.published
    if not (da and db):  # no publication date: the days of wire datelines ("LONDON, February 24 (Xinhua) --") a week
        # or more apart (within a week, "from Wednesday" in copies of Thursday and Friday is one Wednesday)
        fa, fb = _filed(idx.articles[a.article].article.text), _filed(idx.articles[b.article].article.text)
        return bool(fa and fb and _days_apart(fa, fb) > 6) or bool(_RELATIVE_DAY.search(a.text)
                                                                   or _RELATIVE_DAY.search(b.text))
    return bool(da and db and da != db) or bool(_RELATIVE_DAY.search(a.text) or _RELATIVE_DAY.search(b.text))


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
