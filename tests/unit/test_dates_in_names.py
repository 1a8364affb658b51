"""A numeric date that reads both ways ("12/01/1998": 12 January or 1 December) is settled by the date written
year first into the article's address or id ("/1998/12/01/", a wire archive's "APW19981201.0181"); it was read day
first with "day and month may be swapped". A record's "1998-24-06" (day before month) reads only one way."""

from __future__ import annotations

from newsdesk.clean import clean_raw
from newsdesk.clean.date_order import AMBIGUOUS, dates_in_names, settle_numeric_date
from newsdesk.ingest.records import record_date
from newsdesk.model import RawDoc

TEXT = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.\n\n"
        "Firefighters worked through the night to contain the blaze, the fire service said.")


def test_the_id_of_a_wire_archive_settles_the_order() -> None:
    raw = RawDoc("feed.jsonl:1 (APW19981201.0181)", TEXT, kind="record", id="APW19981201.0181",
                 date="12/01/1998 14:44:00")
    article = clean_raw(raw)
    assert (article.date, article.date_confidence) == ("1998-12-01", 1.0)


def test_the_address_settles_the_order() -> None:
    raw = RawDoc("feed.jsonl:2", TEXT, kind="record", url="https://news.test/1998/01/12/fire", date="12/01/1998")
    assert clean_raw(raw).date == "1998-01-12"


def test_without_a_dated_name_the_date_stays_in_doubt() -> None:
    day, confidence = settle_numeric_date("1998-01-12", 1.0, ["12/01/1998"], "", names=("feed.jsonl:3", "a1b2c3"))
    assert (day, confidence) == ("1998-01-12", AMBIGUOUS)


def test_dates_in_names_reads_year_first_dates_only() -> None:
    assert dates_in_names(["https://news.test/2024/03/12/fire", "APW19981201.0181", "story-2024-11-05.html"]) == {
        "2024-03-12", "1998-12-01", "2024-11-05"}
    assert dates_in_names(["https://news.test/12/03/2024/fire", "id-20241399", "a123456789012", None]) == set()


def test_a_year_day_month_record_date_reads_the_only_way_it_can() -> None:
    assert record_date("1998-24-06") == "1998-06-24"
    assert record_date("1998-24-06 10:00:00") == "1998-06-24"
    assert record_date("1998-06-24") == "1998-06-24"
    assert record_date("1998-13-14") == "1998-13-14"  # no reading: left as given, for the cleaner to refuse
