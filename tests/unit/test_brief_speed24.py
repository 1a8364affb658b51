"""The helpers rewritten for speed at stop 24 give what the code before them gave."""

from __future__ import annotations

import re

import numpy as np
import pytest

from newsdesk.brief.cite import carriers, carriers_all
from newsdesk.brief.select import _THE_NOUN, takes_up


def _takes_up_by_pattern(text: str, before: str) -> bool:
    """takes_up as it was: one pattern compiled for each noun."""
    m = _THE_NOUN.match(text)
    return m is not None and re.search(rf"\b(?:a|an) (?:[a-z-]+ )?{m.group(1)}\b", before) is not None


@pytest.mark.parametrize(
    "before",
    [
        "The mayor wrote a letter to the port.",  # "a letter"
        "The mayor wrote a long letter to the port.",  # one word between
        "The mayor wrote a very long letter to the port.",  # two words between: not brought in
        "The mayor sent an open-ended letter.",  # a hyphenated word between
        "She wrote a letter-writing guide.",  # the noun ends at a hyphen: a word boundary
        "She wrote a letters page.",  # the noun inside a longer word
        "She wrote a lettering guide and later a letter.",  # the second place is the one
        "She wrote the letter.",  # no "a"
        "Banana letter.",  # "a" ending a word is no article
        "She wrote a Letter.",  # capitalised: not the noun as written
        "a letter",  # the noun ends the text
        "letterletter a letterletter",  # the noun twice inside one word
        "She wrote a letter_box.",  # an underscore is a word character
        "She wrote a letteré.",  # so is an accented letter
        "",
    ],
)
def test_takes_up_answers_as_the_pattern_per_noun_did(before: str) -> None:
    for text in ("The letter was read aloud at the meeting.", "The port closed.", "A letter came."):
        assert takes_up(text, before) == _takes_up_by_pattern(text, before)


def test_takes_up_finds_the_noun_brought_in_with_one_word_before_it() -> None:
    assert takes_up("The letter was read aloud.", "He sent a long letter to the port.")
    assert not takes_up("The letter was read aloud.", "He sent a very long letter to the port.")
    assert not takes_up("The letter was read aloud.", "He sent a letters page to the port.")


def test_carriers_all_with_groups_numbered_out_of_order() -> None:
    rng = np.random.default_rng(24)
    scores = np.round(rng.random((7, 10)), 1)
    pool_article = np.array([0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
    pool_group = np.array([7, 7, 2, 2, 7, 7, 5, 5, 0, 0])  # groups need not be 0..k, nor in order
    own_article = rng.integers(0, 5, size=7)
    own_group = np.array([7, 2, 7, 5, 0])[own_article]
    together = carriers_all(scores, pool_article, pool_group, own_article, own_group, 0.5)
    for i in range(7):
        assert together[i] == carriers(scores[i], pool_article, pool_group, own_article[i], own_group[i], 0.5)
