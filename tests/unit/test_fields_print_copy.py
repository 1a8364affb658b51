"""A reader's printed or saved copy carries the day it was printed ("Printed from ... on 07/03/2024"): that is
not the publication date (it won over the stated date). A header line "Outlet | date | writer" gives the outlet
and the date, not a byline naming the outlet."""

from __future__ import annotations

import newsdesk

BODY = ("The Dunmore council voted on Tuesday to close the old pier for repairs, the mayor said.\n\n"
        "Work will start in the spring and take two years, the council engineer told reporters.")


def test_the_print_stamp_is_no_publication_date() -> None:
    article = newsdesk.clean("Printed from dunmoreherald.test on 07/03/2024 09:12\nPier to close for two years\n"
                             "Dunmore Herald | March 5, 2024 | Staff reporter\n\n" + BODY)
    assert article.date == "2024-03-05"
    assert article.outlet == "Dunmore Herald" and article.byline is None
    assert "Printed from" not in article.text and "Dunmore Herald |" not in article.text


def test_a_saved_copy_without_a_stated_date_has_none_from_its_stamp() -> None:
    article = newsdesk.clean("Accessed 12 May 2024\nPier to close for two years\n\n" + BODY)
    assert article.date is None


def test_an_outlet_line_with_a_writer_gives_both() -> None:
    article = newsdesk.clean("Pier to close for two years\nDunmore Herald | March 5, 2024 | Sam Field\n\n" + BODY)
    assert (article.outlet, article.byline, article.date) == ("Dunmore Herald", "Sam Field", "2024-03-05")


def test_a_person_line_with_a_date_still_gives_the_byline() -> None:
    article = newsdesk.clean("Pier to close for two years\nBy Sam Field | March 5, 2024\n\n" + BODY)
    assert (article.byline, article.date) == ("Sam Field", "2024-03-05")
