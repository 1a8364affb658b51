"""Hard-wrapped text (e-mail, wire archives, page source) is joined back into paragraphs before cleaning."""

from __future__ import annotations

import textwrap

from newsdesk.clean import clean_raw
from newsdesk.clean.unwrap import unwrap, wrap_width
from newsdesk.model import Article, RawDoc

PARAS = [
    ("The Varn river burst its banks on Friday and flooded the lower town of Kell, where about 2,000 people were"
    " moved to the sports hall overnight, the regional council said."),
    ("Engineers were checking the two bridges that link the town with the coastal road, and the rail line to Ostby"
    " stays shut for a week, the operator said in a statement on Saturday morning."),
    ("Shops in the market square were sandbagged by volunteers who worked through the night, and the army sent two"
    " lorries of sand from the barracks at Ostby."),
]


def test_a_hard_wrapped_article_is_cleaned_whole() -> None:
    wrapped = "Flood hits Kell\n\n" + "\n\n".join(textwrap.fill(p, 60) for p in PARAS) + "\n"
    got = clean_raw(RawDoc(source="wrapped.txt", content=wrapped, kind="text"))
    assert isinstance(got, Article), got
    assert got.text.split("\n\n") == PARAS


def test_wrapped_paragraphs_without_blank_lines_end_where_the_next_word_would_have_fit() -> None:
    """Without blank lines a paragraph ends at a short line, or at a sentence end that left room for the next
    line's first word (a last line too long for that is joined: the text alone cannot tell)."""
    wrapped = "\n".join(textwrap.fill(p, 70) for p in PARAS)
    assert wrap_width(wrapped.splitlines()) is not None
    assert unwrap(wrapped).splitlines() == PARAS


def test_one_paragraph_per_line_and_menus_are_left_alone() -> None:
    text = "Home\nNews\nSport\n\n" + "\n".join(PARAS) + "\n- Weather\n- Travel"
    assert unwrap(text) == text


def test_a_line_broken_in_the_page_source_continues_in_lower_case() -> None:
    dump = "Login\nGoogle is reportedly acquiring Lytro for around $40\n million\nBut only hardcore\n gamers will like it."
    assert unwrap(dump).splitlines() == ["Login", "Google is reportedly acquiring Lytro for around $40 million",
                                         "But only hardcore gamers will like it."]
