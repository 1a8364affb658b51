"""A date printed beside the author's name is no part of the byline."""

import pytest

from newsdesk.clean.bylines import clean_byline


@pytest.mark.parametrize(("given", "name"), [
    ("Sam Field | March 5, 2024", "Sam Field"),
    ("Sam Field; March 5", "Sam Field"),
    ("Sam Field, 5 March 2024", "Sam Field"),
    ("Sam Field; Ann Lee; March 5", "Sam Field; Ann Lee"),
    ("Jane Doe, 2024-03-05 10:00", "Jane Doe"),
    ("April Ryan", "April Ryan"),
    ("May Smith", "May Smith"),
])
def test_the_date_beside_a_name_is_dropped(given: str, name: str):
    assert clean_byline(given) == name


def test_a_stamp_alone_is_no_byline():
    assert clean_byline("Last Updated January 7") is None


def test_a_given_name_that_is_a_month_is_kept_before_a_time_ago():
    assert clean_byline("Li Jun 3 hours ago").startswith("Li Jun")
