"""Cleaning, stop 23: a feed item's one-sentence text is kept even with few function words; a menu or a plug is not."""

from __future__ import annotations

import pytest

from newsdesk.clean import clean_raw
from newsdesk.clean.unwrap import unwrap
from newsdesk.model import Article, RawDoc, Rejection

_STORM = "A storm brought down power lines across the valley overnight, leaving 4,000 homes without electricity."


@pytest.mark.parametrize("text", [_STORM, f"Valley storm\n{_STORM}", "The mayor said 5 people died in the fire in Lyon."])
def test_a_bare_one_sentence_item_is_an_article(text: str) -> None:
    got = clean_raw(RawDoc(source="feed.jsonl:3", content=text, kind="record"))
    assert isinstance(got, Article), got
    assert text.splitlines()[-1] in got.text


@pytest.mark.parametrize(
    "text",
    [
        "Home News Sport Weather Contact Us About Privacy Terms Login Register.",
        "Subscribe now to get the newsletter with all the best valley stories delivered every week.",
        "All times are GMT -5. The time now is 10:45 PM.",
        "Items in this list are sorted by date, with the newest first in 2024.",
        ("Rating is available when the video has been rented.\n\nThis feature is not available right now. Please try "
         "again later."),
    ],
)
def test_a_bare_menu_or_plug_is_still_rejected(text: str) -> None:
    assert isinstance(clean_raw(RawDoc(source="feed.jsonl:4", content=text, kind="record")), Rejection)


def test_one_long_wrapped_paragraph_is_joined_whole() -> None:
    """Every line of a text wrapped at one width joins one paragraph (built once, not copied per line)."""
    line = "The council met on Tuesday to discuss the harbour and the new pier plans for the coming year."
    text = "\n".join([line] * 5000)
    assert unwrap(text) == " ".join([line] * 5000)


@pytest.mark.parametrize("line", ["Commentaires racistes : un élu suspendu après la séance du conseil municipal",
                                  "Los comentarios del ministro provocaron una crisis en el gobierno de la región",
                                  "Datenschutz: EU verhängt Rekordstrafe gegen den Konzern aus Kalifornien"])
def test_news_words_of_other_languages_are_no_call_to_action(line: str) -> None:
    """Review R23b: "commentaires", "comentarios", "Datenschutz" are words of news too."""
    from newsdesk.clean.boilerplate import is_boilerplate_line

    assert not is_boilerplate_line(line)
