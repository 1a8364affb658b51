"""A day told from the writer's own ("on Thursday", "yesterday") is dated two days on, a week ("last week") a week
on, a month or a year after OLDER_DAYS (U28 #9: "... would rule Thursday or Friday" of 1 June beside 7 June)."""

from __future__ import annotations

from newsdesk.brief.when import newest_day, written_on
from newsdesk.model import Article

JUNE_1 = Article(id="a", source="a.txt", text="x", date="2000-06-01", date_confidence=1.0)
JUNE_4 = Article(id="b", source="b.txt", text="y", date="2000-06-04", date_confidence=1.0)
JUNE_7 = Article(id="c", source="c.txt", text="z", date="2000-06-07", date_confidence=1.0)


def test_a_weekday_from_six_days_before_is_dated() -> None:
    newest = newest_day([JUNE_1, JUNE_7])
    assert written_on("Jackson had planned to rule on Thursday or Friday.", JUNE_1, newest) == "1 June 2000"
    assert written_on("Jackson ruled yesterday.", JUNE_1, newest) == "1 June 2000"


def test_a_day_before_is_read_as_now() -> None:
    newest = newest_day([JUNE_7, Article(id="d", source="d.txt", text="w", date="2000-06-06", date_confidence=1.0)])
    day_before = Article(id="d", source="d.txt", text="w", date="2000-06-06", date_confidence=1.0)
    assert written_on("Jackson will rule on Thursday.", day_before, newest) is None


def test_a_week_and_a_year_wait_longer() -> None:
    newest = newest_day([JUNE_1, JUNE_7])
    assert written_on("The talks broke down last week.", JUNE_4, newest) is None  # 3 days: still that week
    assert written_on("The talks broke down last week.", JUNE_1, newest) is None  # 6 days
    assert written_on("Sales fell this year.", JUNE_1, newest) is None
