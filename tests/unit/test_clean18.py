"""Cleaning (stop 18): a photo caption closed by its credit is furniture wherever it sits; a follow line naming
the reporter by first name and a copyright line crediting a picture name no outlet.

Every page here is invented.
"""

from __future__ import annotations

import pytest

from builders import cleaned
from newsdesk.clean.boilerplate import ends_with_photo_credit

PARA1 = (
    "Ferry crews on the Harbour line returned to work on Wednesday after a two-day strike over pay that had "
    "stranded thousands of commuters on the islands."
)
PARA2 = (
    "The union said its members had voted by a large margin to accept an offer of a 4 percent rise this year "
    "and a further 3 percent next year."
)
PARA3 = (
    "The ferry company said services would run normally from Thursday morning, though some early sailings "
    "could be delayed while boats were refuelled."
)
TITLE = "Harbour ferry strike ends after two days"


@pytest.mark.parametrize("credit", [
    "(Jo Roe/Harbour Times Photo)", "(AP Photo/Dana Reyes, File)", "(REUTERS/Dana Reyes)", "(Dana Reyes/AP)",
    "(Photo: Dana Reyes/Harbour Courier)", "(Dana Reyes / Getty Images)", "(Dana Reyes/The Harbour Post)",
])
def test_a_caption_closed_by_its_credit_is_furniture(credit: str) -> None:
    caption = f"Crews leave the Harbour terminal on Wednesday morning after the vote on the offer. {credit}"
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{caption}\n\n{PARA2}\n\n{PARA3}")
    assert "Crews leave" not in art.text
    assert PARA1 in art.text and PARA2 in art.text and PARA3 in art.text


@pytest.mark.parametrize("line", [
    "Sales rose by a third (see Figures)", "He said the work was (1/2) done.",
    "Voters backed it (Democrats/Republicans).", "There will be seven billion of us. (Pictures: Population 7 Billion.)",
])
def test_a_sentence_ending_in_brackets_is_no_caption(line: str) -> None:
    assert not ends_with_photo_credit(line)


def test_a_caption_says_nothing_of_the_short_lines_beside_it() -> None:
    caption = "The ferry Northern Star at the Harbour terminal on Wednesday. (Jo Roe/Harbour Times Photo)"
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\nTo this, the union had one answer.\n\nNo.\n\n{caption}\n\n"
                  f"{PARA3}")
    assert "To this, the union had one answer." in art.text and caption not in art.text


def test_a_follow_line_with_the_reporters_first_name_names_no_outlet() -> None:
    art = cleaned(f"{TITLE}\n\nBy Caroline Dunne\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}\n\nFollow Caroline on Twitter.")
    assert art.byline == "Caroline Dunne" and art.outlet is None


def test_a_copyright_line_without_year_or_outlet_word_credits_a_picture() -> None:
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}\n\nCopyright Marvel Comics")
    assert art.outlet is None
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}\n\nCopyright Associated Press / Harbour 10 News")
    assert art.outlet == "Associated Press"
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}\n\nCopyright 2019 Lanmore Broadcasting Group")
    assert art.outlet == "Lanmore Broadcasting Group"


@pytest.mark.parametrize("cta", [
    "Just fill in your contact details in the form below to join our mailing list and keep up to date with us.",
    "This guide is free and you may download a copy here.",
    "To read the union's full statement on the offer, click here.",
])
def test_a_call_to_join_download_or_click_is_furniture(cta: str) -> None:
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\n{cta}\n\n{PARA3}")
    assert cta not in art.text and PARA3 in art.text


def test_a_news_sentence_about_a_mailing_list_stays() -> None:
    news = "The ferry company said the mailing list of 20,000 season-ticket holders was stolen in the same week."
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\n{news}\n\n{PARA3}")
    assert news in art.text


@pytest.mark.parametrize("news", [  # R18: the same words in a sentence of the story are no call to action
    "Police asked anyone with contact details for the driver to call the harbour station.",
    "Hackers stole the charity's mailing list, exposing 4,000 donors.",
    "The county urged residents to keep up to date with flood warnings.",
    "Students could download a copy of the leaked exam for $20, police said.",
])
def test_a_story_sentence_with_words_of_a_call_to_action_stays(news: str) -> None:
    art = cleaned(f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n\n{news}\n\n{PARA3}")
    assert news in art.text


def test_a_staff_byline_keeps_the_outlet() -> None:
    art = cleaned(f"{TITLE}\n\nBy Harbour Times Staff\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}\n\n"
                  "© 2019 Harbour Times. All rights reserved.")
    assert art.outlet == "Harbour Times"
