"""A publication date after tomorrow is kept, shown with a caveat, and not trusted for time windows."""

from newsdesk import clean
from newsdesk.clean.date_order import FUTURE, date_caveat

BODY = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said. "
        "Firefighters worked through the night to contain the blaze, the fire service said.")


def test_a_future_date_is_kept_but_not_trusted():
    art = clean("Warehouse fire forces evacuation in Dunmore\n\nPublished: 12 March 2091\n\n" + BODY)
    assert art.date == "2091-03-12"
    assert art.date_confidence == FUTURE and art.published is None
    assert date_caveat(art.date_confidence) == "a date in the future: probably wrong"


def test_a_past_date_stays_trusted():
    art = clean("Warehouse fire forces evacuation in Dunmore\n\nPublished: 12 March 2019\n\n" + BODY)
    assert art.date == "2019-03-12" and art.published == "2019-03-12"


def test_a_long_published_and_updated_stamp_gives_the_date():
    art = clean("Warehouse fire forces evacuation in Dunmore\n\n"
                "Published March 5, 2019. Updated March 9, 2019 at 10:15 a.m. ET\n\n" + BODY)
    assert art.date == "2019-03-05"
