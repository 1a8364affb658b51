"""A date that reads both ways ("08/12/1998") is read as the other dates of its file are written (X25: a CSV with
"12/25/1998" in it still read "08/12/1998" day first, with "day and month may be swapped")."""

from __future__ import annotations

from newsdesk.config import Settings
from newsdesk.model import RawDoc
from newsdesk.pipeline import clean_all

TEXT = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents, officials said. "
        "Firefighters worked through the night to contain the blaze, the fire service said.")
TEXT2 = ("The Dunmore council voted to approve a new budget for road repairs, the mayor said. "
         "Work on the worst roads will start in the spring, the council's engineer told reporters.")


def _dates(raws: list[RawDoc]) -> list[tuple[str | None, float]]:
    articles, _ = clean_all(raws, Settings())
    return [(a.date, a.date_confidence) for a in articles]


def test_the_files_other_dates_settle_the_order() -> None:
    us = [RawDoc("us.csv:2", TEXT, kind="record", date="08/12/1998"),
          RawDoc("us.csv:3", TEXT2, kind="record", date="12/25/1998")]
    assert _dates(us) == [("1998-08-12", 1.0), ("1998-12-25", 1.0)]
    uk = [RawDoc("uk.jsonl:1 (a)", TEXT, kind="record", date="08/12/1998"),
          RawDoc("uk.jsonl:2 (b)", TEXT2, kind="record", date="25/12/1998")]
    assert _dates(uk) == [("1998-12-08", 1.0), ("1998-12-25", 1.0)]


def test_another_files_dates_do_not_settle_it() -> None:
    raws = [RawDoc("a.csv:2", TEXT, kind="record", date="08/12/1998"),
            RawDoc("b.csv:2", TEXT2, kind="record", date="12/25/1998")]
    (first, confidence), second = _dates(raws)
    assert first == "1998-12-08" and confidence < 0.5 and second == ("1998-12-25", 1.0)
