"""A site's menu between the headline and the article does not push the header out of reach."""

from newsdesk import clean
from newsdesk.clean.fields import _menu_lines, extract_fields

MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture", "Opinion",
        "Video", "Podcasts", "Newsletters"]
FIRST = "A ferry carrying 200 passengers ran aground off Lanmore on Tuesday, the coastguard said, and all were brought ashore."
BODY = [
    FIRST,
    "The coastguard said the ship hit rocks in high winds and that a tug would try to pull it free at high tide on Wednesday.",
    "Passengers were taken to a school hall in the town, where volunteers served tea and blankets, the council said.",
]
HEADER = ["Ferry runs aground off Lanmore harbour in storm", "By Jane Doe", "19 November 2019"]


def test_header_above_a_long_menu_is_read():
    fields = extract_fields("\n".join(HEADER + MENU + BODY), FIRST)
    assert (fields.title, fields.byline, fields.date) == (HEADER[0], "Jane Doe", "2019-11-19")


def test_whole_text_path_keeps_title_byline_and_date():
    article = clean("\n\n".join(HEADER + MENU + BODY))
    assert (article.title, article.byline, article.date) == (HEADER[0], "Jane Doe", "2019-11-19")


def test_a_masthead_alone_or_three_short_lines_are_no_menu():
    assert _menu_lines(["Harbour Times", HEADER[0], "By Jane Doe"]) == set()
    assert _menu_lines(["Home", "World", "Sport", HEADER[0]]) == set()
    assert _menu_lines(["Home", "World", "Sport", "Video", HEADER[0]]) == {0, 1, 2, 3}


def test_short_lines_with_digits_break_a_menu_run():
    assert _menu_lines(["Home", "World", "2019", "Sport", "Video"]) == set()
