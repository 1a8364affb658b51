"""When a brief sentence was written, for a story that runs over weeks or years.

A brief of a long story puts side by side sentences written far apart. One that tells time from its own day ("Bush
has never granted a stay ... early this year", "on Monday", "last week") then reads as if it were said now, next
to a newer one that says otherwise ("Earlier this month, for the first time, Bush granted a reprieve"), and the
brief seems to contradict itself. Such a sentence, from an article well older than the story's newest, is shown
with its article's date: "... early this year. (14 December 1998)".

The date is shown, not written into the sentence: the brief's text (what is scored and cited) stays the source's.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from newsdesk.model import Article

OLDER_DAYS = 30  # a sentence's article this many days older than the story's newest is dated when it tells time
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# Time told from the writer's own day: which Monday, which year, is the reader's guess without the article's date.
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow"
    r"|(?:(?:early|earlier|late|later)\s+)?this\s+(?:week|month|year|spring|summer|fall|autumn|winter|season)"
    r"|(?:last|next|past)\s+(?:week|month|year|night|weekend|spring|summer|fall|autumn|winter)"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|so\s+far\s+this\s+year|a\s+(?:week|month|year)\s+ago|\d+\s+(?:days|weeks|months|years)\s+ago)\b",
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
    if day is None or newest is None or (newest - day).days < OLDER_DAYS or not tells_time_from_its_day(text):
        return None
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
