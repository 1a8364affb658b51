"""When a brief sentence was written, for a story that runs over weeks or years.

A brief of a long story puts side by side sentences written far apart. One that tells time from its own day ("Bush
has never granted a stay ... early this year", "on Monday", "last week") then reads as if it were said now, next
to a newer one that says otherwise ("Earlier this month, for the first time, Bush granted a reprieve"), and the
brief seems to contradict itself. Such a sentence, from an article well older than the story's newest, is shown
with its article's date: "... early this year. (14 December 1998)"; one that says "on Thursday" is dated two days
on, one that says "last week" a week on.

The date is shown, not written into the sentence: the brief's text (what is scored and cited) stays the source's.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from newsdesk.model import Article

OLDER_DAYS = 30  # a sentence's article this many days older than the story's newest is dated when it tells time
# ... sooner for nearer time: "on Thursday" in an article of 1 June, beside one of 7 June, reads as the Thursday to
# come; "last week" a week on is another week (U28 #9). The days after which each scale is dated:
_DAY_SCALE_DAYS, _WEEK_SCALE_DAYS = 2, 7
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# Time told from the writer's own day: which Monday, which year, is the reader's guess without the article's date.
_RELATIVE_TIME = re.compile(
    r"\b(?:(?P<day>today|tonight|yesterday|tomorrow|last\s+night|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|\d+\s+days\s+ago)"
    r"|(?P<week>this\s+week|(?:last|next|past)\s+(?:week|weekend)|a\s+week\s+ago|\d+\s+weeks\s+ago)"
    r"|(?:(?:early|earlier|late|later)\s+)?this\s+(?:week|month|year|spring|summer|fall|autumn|winter|season)"
    r"|(?:last|next|past)\s+(?:month|year|spring|summer|fall|autumn|winter)"
    r"|so\s+far\s+this\s+year|a\s+(?:month|year)\s+ago|\d+\s+(?:months|years)\s+ago)\b",
    re.IGNORECASE,
)


def _day(iso: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def tells_time_from_its_day(text: str) -> bool:
    """Whether the sentence tells time from the day it was written ("on Monday", "last week", "early this year")."""
    return _RELATIVE_TIME.search(text) is not None


def days_until_dated(text: str) -> int | None:
    """How many days older than the story's newest article the sentence's article must be for its day to be shown:
    2 for a day told from the writer's ("on Thursday", "yesterday"), 7 for a week ("last week"), ``OLDER_DAYS`` for a
    month, a season or a year; None when it tells no time from its day.

    Example:
        >>> days_until_dated("The judge will rule on Thursday."), days_until_dated("It closed last week.")
        (2, 7)
        >>> days_until_dated("Sales rose this year."), days_until_dated("Canada abolished it in 1976.")
        (30, None)
    """
    found = [_DAY_SCALE_DAYS if m.group("day") else _WEEK_SCALE_DAYS if m.group("week") else OLDER_DAYS
             for m in _RELATIVE_TIME.finditer(text)]
    return min(found) if found else None


def newest_day(articles: Iterable[Article]) -> datetime.date | None:
    """The newest trusted publication day of the articles (None when none is trusted)."""
    days = [d for a in articles if (d := _day(a.published)) is not None]
    return max(days) if days else None


def written_on(text: str, article: Article | None, newest: datetime.date | None) -> str | None:
    """The day to show beside a brief sentence ("14 December 1998"), or None.

    Args:
        text: the sentence.
        article: the article it comes from.
        newest: the story's newest trusted day (``newest_day`` of its articles).
    """
    day = _day(article.published) if article is not None else None
    if day is None or newest is None or (after := days_until_dated(text)) is None or (newest - day).days < after:
        return None
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
