"""The end of an article's text: its last one-sentence paragraph is kept; contributor lines, update stamps and
author bios are furniture (clean.boilerplate)."""

from __future__ import annotations

import pytest

from newsdesk.clean.boilerplate import classify

BODY = ("LANMORE -- A passenger ferry ran aground off Lanmore on Sunday evening, the coastguard said. All 212 "
        "passengers were taken off safely. The ferry, the Island Star, struck rocks near the harbour entrance.\n\n"
        "Tugs will try to pull the ferry off the rocks at high tide on Monday, the harbour master said, and divers "
        "will check the hull for damage before it is towed to the shipyard in Port Veyra.")


@pytest.mark.parametrize("last", ["The operator said it would investigate.", "Kroll was 34.",
                                  "“We’re not done yet,” he said Sunday night.",
                                  "Why did the captain not turn back?"])
def test_a_last_one_sentence_paragraph_is_kept(last: str) -> None:
    split = classify(BODY + "\n\n" + last)
    assert last in split.kept and not split.removed


@pytest.mark.parametrize("tail", [
    "Jane Roe and Tom Poe contributed to this report.",
    "Associated Press writer Ken Thomas contributed to this story from Port Veyra.",
    "Update, November 11, 12:03 PT: adds the operator's statement.",
    "— Updated at 8:37 p.m.",
    "This story has been updated to include the coastguard's figures.",
    "Jane Roe writes for the Lanmore Courier, Lanmore, Veyra.",
    "(Jane Roe is a Courier columnist.)",
    "Contact Jane Roe at 408-278-3482.",
    "Originally published on Coast Science.",
])
def test_contributor_lines_stamps_and_bios_are_furniture(tail: str) -> None:
    split = classify(BODY + "\n\n" + tail)
    assert tail in split.removed and tail not in split.kept


@pytest.mark.parametrize("last", ["&QL;", "Cox Washington Bureau:", "XXXX END OF STORY", "ok."])
def test_markup_labels_and_fragments_at_the_end_are_not_sentences(last: str) -> None:
    assert last not in classify(BODY + "\n\n" + last).kept


def test_a_closing_sentence_before_a_footer_is_left_to_the_footer_rules() -> None:
    page = BODY + "\n\nThe operator said it would investigate.\n\nShare this story\n\nSubscribe to our newsletter"
    # a footer follows: the text does not end here, so the short line is judged as before (with its neighbours)
    assert "Subscribe to our newsletter" in classify(page).removed


def test_a_bio_shaped_sentence_in_the_middle_is_the_story() -> None:
    middle = "Dana Reyes is a former reporter for the Lanmore Courier."
    text = BODY.replace("\n\n", "\n\n" + middle + "\n\n", 1) + "\n\nThe operator said it would investigate."
    split = classify(text)
    assert middle in split.kept


def test_the_last_sentence_before_a_contributor_line_is_kept() -> None:
    split = classify(BODY + "\n\nThe operator said it would investigate.\n\nJane Roe contributed to this report.")
    assert "The operator said it would investigate." in split.kept
    assert "Jane Roe contributed to this report." in split.removed


def test_a_bio_in_parentheses_is_furniture_wherever_it_stands() -> None:
    aside = "(Jane Roe is a senior editor of the Courier.)"
    text = BODY.replace("\n\n", "\n\n" + aside + "\n\n", 1) + "\n\nThe operator said it would investigate."
    assert aside in classify(text).removed
