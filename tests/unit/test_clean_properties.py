"""Invariants of the text cleaner, checked on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_raw, clean_text
from newsdesk.model import Article, RawDoc, Rejection

WORDS = st.sampled_from(
    [
        "the",
        "council",
        "said",
        "on",
        "Monday",
        "that",
        "bridge",
        "would",
        "open",
        "in",
        "May",
        "Home",
        "Subscribe",
        "Sign",
        "in",
        "Share",
        "Reply",
        "photo",
        "2019",
        "By",
        "Jane",
        "Doe",
        ".",
        ",",
        ":",
        '"',
        "?",
        "Related",
        "Read",
        "More",
        "Advertisement",
    ]
)
LINE = st.lists(WORDS, min_size=0, max_size=40).map(" ".join)
PAGE = st.one_of(st.lists(LINE, max_size=25).map("\n".join), st.text(max_size=400))


@settings(max_examples=150, deadline=None)
@given(PAGE)
def test_clean_text_is_idempotent(page: str) -> None:
    once = clean_text(page)
    assert clean_text(once) == once


@settings(max_examples=150, deadline=None)
@given(PAGE)
def test_clean_raw_never_raises_and_is_stable(page: str) -> None:
    got = clean_raw(RawDoc(source="gen", content=page))
    assert isinstance(got, Article | Rejection)
    if isinstance(got, Article):
        again = clean_raw(RawDoc(source="gen", content=got.text))
        assert isinstance(again, Article) and again.text == got.text


def test_a_page_of_only_a_comment_is_rejected_not_raised() -> None:
    """Hypothesis found '\\xa0<!': lxml parses it to a comment node, not an element, and the text walk raised."""
    from newsdesk.clean.stage import clean_raw
    from newsdesk.model import RawDoc, Rejection

    for page in ("\xa0<!", "<!-- only a comment -->", "<?xml-stylesheet href='a.css'?>"):
        assert isinstance(clean_raw(RawDoc(source="p.html", content=page, kind="html")), Rejection)
