"""A quotation a brief cut out of a longer one is marked at both ends in what the reader sees (model.balance_quotes)."""

from __future__ import annotations

import pytest

from newsdesk.model import BriefSentence, balance_quotes


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('The river rose three feet overnight," the mayor said.', '"The river rose three feet overnight," the mayor said.'),
        ("Nobody expected it to hold,'' Ortiz said.", "``Nobody expected it to hold,'' Ortiz said."),
        ("The bridge was closed,” she said.", "“The bridge was closed,” she said."),
        ('The governor said: "We will rebuild every house.', 'The governor said: "We will rebuild every house."'),
        ("The mayor promised the town ``a new levee by spring.", "The mayor promised the town ``a new levee by spring.''"),
        ("She called it “the worst flood in a century.", "She called it “the worst flood in a century.”"),
    ],
)
def test_a_cut_quotation_gets_its_missing_mark(text: str, shown: str) -> None:
    assert balance_quotes(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        'He said "no" twice and left.',  # balanced
        "The pipe is 5\" wide.",  # inches, not a quotation
        'The sign read "closed in 1991" for years.',  # a mark after a digit: no clear direction
        "For months, ''Star Wars'' fans waited.",  # two closing marks: the data's own typo, not a cut
        "The mayor said the levee held.",  # no quotation at all
    ],
)
def test_anything_else_is_left_as_written(text: str) -> None:
    assert balance_quotes(text) == text


def test_the_reader_sees_the_mark_and_the_json_keeps_the_text() -> None:
    s = BriefSentence("The river rose three feet overnight,\" the mayor said.", "a", ("a",))
    assert s.display == '"The river rose three feet overnight," the mayor said.'
    assert s.to_dict()["text"] == 'The river rose three feet overnight," the mayor said.'


def test_a_stored_storys_sentence_shows_the_same() -> None:
    from newsdesk.service import CitedSentence

    s = CitedSentence("Nobody expected it to hold,'' Ortiz said.", "a", ())
    assert s.display == "``Nobody expected it to hold,'' Ortiz said."
