"""The brief's checks given cheap pre-tests at stop 25 answer as the patterns alone did (invented text)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from newsdesk.brief import gist as gist_module
from newsdesk.brief.cite import _DIGIT, _FIGURE, figures_in, number_words
from newsdesk.brief.gist import claim_text
from newsdesk.brief.select import (
    _FIRST_PERSON,
    _SINGLE_CLOSE,
    _SINGLE_ENDS,
    _SINGLE_OPEN,
    _SPEAKER,
    _SPEECH_OPEN,
    Candidate,
    _part_of_single_quote,
    _unattributed_first_person,
)
from newsdesk.brief.updates import outdated_stage
from newsdesk.model import Article


def _figures_per_chunk(chunks: list[str], toks: list[str]) -> set[str]:
    """figures_of as it was: each white-space chunk scanned on its own."""
    words = number_words(toks)
    found = {f.replace(",", "") for chunk in chunks if _DIGIT.search(chunk) for f in _FIGURE.findall(chunk)}
    return found | words if found else words


@pytest.mark.parametrize(
    "text",
    ["Crews moved 1,200 sheep and 3.5 tonnes of hay, six trucks in all.", "Up 4%, from 2.", "12,5 and 7.", "no figure",
     "Flights 7,8 and 9.1.2 left.", "٣ boats and 4 cars."],
)
def test_one_scan_of_the_text_finds_each_chunks_figures(text: str) -> None:
    chunks = text.split()
    toks = [t.lower() for t in chunks]
    assert figures_in(" ".join(chunks), toks) == _figures_per_chunk(chunks, toks)


@pytest.mark.parametrize(
    "text",
    [
        "Hopefully, Initially, Let's look at the harbour.",  # the longest openers, then "Let's" at the edge
        "Hopefully, Initially, I'll go.",
        "And so I went home.",
        "But, my house is red.",  # "my" lower-case: not the pattern's "My"
        "My house is red, she said.",  # a speaker
        "Initially the plan held.",  # "I" in the head, no first person
        "Later, Let's Make a Deal aired.",
        "The mayor left early.",
    ],
)
def test_first_person_pre_test_answers_as_the_pattern(text: str) -> None:
    expected = _FIRST_PERSON.match(text) is not None and _SPEAKER.search(text) is None
    assert _unattributed_first_person(text) is expected


def _single_quote_by_pattern(text: str) -> bool:
    """_part_of_single_quote as it was, searching for an opening mark in every text."""
    if not text.endswith(_SINGLE_ENDS) and _SPEECH_OPEN.search(text) is None:
        return False
    bare = re.sub(r'"[^"]*"|“[^“”]*”|``.*?\'\'', " ", text)
    if bare.endswith(_SINGLE_ENDS) and not _SINGLE_OPEN.findall(bare):
        return True
    return len(_SPEECH_OPEN.findall(bare)) > len(_SINGLE_CLOSE.findall(bare))


@pytest.mark.parametrize(
    "text",
    ["A producer said: 'Kim is mapping out the year.", "He said, `Go now.", "She said: ‘Go now.", "It’s fine, he said.",
     "Plans don't include Kris.'", "No marks at all here."],
)
def test_single_quote_pre_test_answers_as_the_pattern(text: str) -> None:
    assert _part_of_single_quote(text) is _single_quote_by_pattern(text)


def _claim_text_by_patterns(text: str) -> str:
    """claim_text as it was: every pattern run on every text."""
    core = text.strip().rstrip(".!\"'”’ ")
    last = core.rfind(",")
    if last >= 0 and gist_module._TRAILING_ATTRIBUTION.match(core, last) is not None:
        core = core[:last]
    core = gist_module._LEADING_ACCORDING.sub("", core)
    lead = gist_module._LEADING_SPEECH.match(core)
    if lead is not None and len(core) - lead.end() > 20:
        core = core[lead.end():]
    cut = gist_module._BACKGROUND.search(core)
    return core[: cut.start()] if cut is not None and cut.start() > 0 else core


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank near the pier, the coast guard ſaid Tuesday.",  # re folds 'ſ' to s when it ignores case
        "The ferry sank near the pier, the coast guard SAID.",
        "Accordıng to the port, the ferry sank near the pier at dawn.",  # and dotless 'ı' to i
        "ACCORDING TO THE PORT, the ferry sank near the pier at dawn.",
        "Officials said Tuesday that the ferry sank near the pier at dawn.",
        "The ferry, which sank near the pier, was old.",
        "The ferry sank near the pier.",
    ],
)
def test_claim_text_pre_tests_answer_as_the_patterns(text: str) -> None:
    assert claim_text(text) == _claim_text_by_patterns(text)


def _candidate(text: str, article: int) -> Candidate:
    return Candidate(text, article, article, 0, len(text.split()), text.lower().split(), False)


def test_outdated_stage_reads_dated_articles_only() -> None:
    cands = [_candidate("Mr Brandvold, 30, is charged with arson.", 0),
             _candidate("A jury convicted Brandvold of arson.", 1)]
    undated = [Article(id="a", source="a", text=""), Article(id="b", source="b", text="")]
    dated = [Article(id="a", source="a", text="", date="2024-03-01", date_confidence=1.0),
             Article(id="b", source="b", text="", date="2024-06-01", date_confidence=1.0)]
    assert not outdated_stage(cands, undated).any()
    assert np.array_equal(outdated_stage(cands, dated), [True, False])
