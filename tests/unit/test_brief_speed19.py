"""The brief's shortcuts give what the longer way gives (no timing here: speed lives in benchmarks/brief_speed.py)."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.brief.compose import _greedy
from newsdesk.brief.select import _WORDISH, _opens_dangling, is_dangling, parse
from newsdesk.brief.similarity import concept_matrix, content, tokens
from newsdesk.brief.updates import current_carriers, superseded
from newsdesk.config import BriefConfig
from newsdesk.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "He said the ferry would sail at noon.",
        '"They left early," she said.',
        "“It’s over,” the mayor said.",
        "(But the council disagreed.)",
        "— and then the lights went out.",
        "… however, nobody came.",
        "It's been a long week for the crew.",
        "Those who stayed were rescued by boat.",
        "Meridian Wire reported the closure first.",
        "'So the plan changed.'",
        "[They] were told to wait.",
    ],
)
def test_a_dangling_opener_is_found_from_the_words_as_from_the_text(text: str) -> None:
    assert _opens_dangling(text, _WORDISH.findall(text)) is is_dangling(text)


def _article(i: int, text: str, date: str | None = None) -> Article:
    return Article(id=f"a{i}", source=f"a{i}", text=text, date=date)


def test_parse_strips_a_dateline_and_keeps_an_ordinary_opener() -> None:
    arts = [_article(0, "PARIS (AP) -- The river rose by two metres overnight in the old town. The mayor closed "
                        "the quays on Monday. (CNN) — Officials said the water was falling again by evening.")]
    cands, _ = parse(arts, [0], BriefConfig())
    assert [c.text for c in cands] == [
        "The river rose by two metres overnight in the old town.",
        "The mayor closed the quays on Monday.",
        "Officials said the water was falling again by evening.",
    ]


def test_content_word_columns_are_the_content_words() -> None:
    rows = [tokens("The ferry to Skarholm sailed at 6 a.m. with 40 cars on board."),
            tokens("A ferry sailed; it was late by an hour.")]
    found = concept_matrix(rows)
    words = {t for r in rows for t in content(r)}
    vocab = found.tokens.index
    uni_codes = set(found.codes[found.is_uni].tolist())
    assert {vocab[t] for t in words} == uni_codes


def test_greedy_takes_nothing_when_every_sentence_is_blocked() -> None:
    cmat = np.eye(3)
    args = (np.ones(3), np.ones(3), np.array([5.0, 5.0, 5.0]), np.zeros((3, 3), dtype=bool))
    assert _greedy(cmat, *args, np.ones(3, dtype=bool), BriefConfig(words=100)) == []
    assert _greedy(cmat, *args, np.ones(3, dtype=bool), BriefConfig(words=100), first=[1]) == []
    assert _greedy(cmat, *args, np.zeros(3, dtype=bool), BriefConfig(words=12)) == [0, 1]


MORNING = "Four people were killed when a section of the Kell bridge collapsed on Tuesday, the fire service said."
AFTERNOON = ("Six people died after a section of the Kell bridge collapsed on Tuesday, the hospital said, raising "
             "the toll from the four deaths reported in the morning.")
PLAIN = "The toll was raised by the county after a review of the bridge collapse records on Tuesday."


def test_a_revising_sentence_needs_two_numbers_and_the_check_of_its_numbers_comes_first() -> None:
    arts = [_article(0, MORNING, "2024-05-07T08:00"), _article(1, AFTERNOON, "2024-05-07T15:00"),
            _article(2, PLAIN, "2024-05-07T16:00")]
    cands, pool = parse(arts, [0, 1, 2], BriefConfig())
    same_fact = np.ones((len(cands), len(cands)))
    out = superseded(cands, pool, same_fact, arts, 0.5)
    assert [c.article for c, hit in zip(cands, out, strict=True) if hit] == [0]  # the morning count
    # A sentence without a number is carried by every article cited: nothing in it is a new figure.
    plain = next(c for c in cands if c.article == 2)
    assert current_carriers(plain, [2, 0, 1], pool) == [2, 0, 1]
    later = next(c for c in cands if c.article == 1)
    assert current_carriers(later, [1, 0], pool) == [1]  # the morning report says four, not six
