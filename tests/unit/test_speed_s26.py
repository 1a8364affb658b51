"""The brief's checks made cheaper at stop 26 answer as the patterns alone did (invented text): the story's people
(people_named), the writer's-voice check and leans_on."""

from __future__ import annotations

import re

import pytest

from newsdesk.brief.antecedents import (
    _BACK_COUNT,
    _BACK_DEFINITE,
    _BACK_DEMONSTRATIVE,
    _BACK_DETERMINER,
    _BACK_SEQUENCE,
    _EXPLETIVE_IT,
    _LEAN_PRONOUN,
    _NAME_WORD,
    _QUOTED,
    _RUN,
    _UP,
    _WORD,
    Lean,
    _mentions,
    leans_on,
    people_named,
)
from newsdesk.brief.people import LOWER_WORD, LowerCaseWords
from newsdesk.brief.select import (
    _QUOTATION_MARKS,
    _READER_OR_WE,
    _READER_OR_WE_OPENERS,
    _READER_OR_WE_WORDS,
    _SPEAKER,
    _STANCE,
    _WORDISH,
    _writer_voice,
)
from newsdesk.model import Article

# The patterns as they were written before stop 26 (look-behind first).
OLD_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
OLD_RUN = re.compile(rf"(?<![\w'’.-]){_WORD}(?: (?:[{_UP}]\. )?{_WORD})+(?![\w-])")
OLD_NAME_WORD = re.compile(rf"(?<![\w'’.-]){_WORD}(?![\w-])")

TEXTS = [
    "Matthew Shepard was found on Oct. 7. Shepard died later.",
    "The rock-n-roll band's fans sang don't-stop songs; the boys' toys' rock'N roll.",
    "Café owners said the caf closed. Prices rose 5% as Collin Rose left Rose Hill.",
    "x'Y rock'N rock' -ab ab- a'b 3rd abc123 _under under_score",
    "McCain's aide O'Brien met J. R. Smith and Élodie Durand; Durand said so. Mr. Lee left Leeds.",
    "Welcome Amy! Sen. Ted Poe and Ted Poe's staff met Poe. Newt Gingrich and Marianne Gingrich; Gingrich spoke.",
    "\n\nAnn announced it.\n\nann-marie and Anne-Marie Dupont-Moretti spoke; Dupont-Moretti won.",
    "",
    "n-roll n roll. rock-'n'-roll 'n' roll",
]


@pytest.mark.parametrize("text", TEXTS)
def test_patterns_matching_the_first_letter_first_find_what_the_look_behind_first_ones_did(text: str) -> None:
    assert [m.span() for m in LOWER_WORD.finditer(text)] == [m.span() for m in OLD_LOWER_WORD.finditer(text)]
    assert [m.span() for m in _RUN.finditer(text)] == [m.span() for m in OLD_RUN.finditer(text)]
    assert _NAME_WORD.findall(text) == OLD_NAME_WORD.findall(text)


@pytest.mark.parametrize("text", TEXTS)
def test_lower_case_words_answer_as_the_set_of_all_of_them(text: str) -> None:
    full = set(OLD_LOWER_WORD.findall(text))
    asked = full | set(re.findall(r"[\w'’.-]+", text.lower())) | {w[1:] for w in full} | {w[:-1] for w in full}
    asked |= {"", "a", "n", "roll", "rock'", "j.", "Rose", "rose", "ann", "marie", "moretti", "under"}
    for word in sorted(asked):
        assert (word in LowerCaseWords(text)) == (word in full), word
    words = LowerCaseWords(text)  # one object asked many times (it may make the whole set on the way)
    assert [w in words for w in sorted(asked)] == [w in full for w in sorted(asked)]


def test_a_word_inside_a_longer_one_after_a_hyphen_is_not_a_lower_case_word() -> None:
    # "n" and "roll" stand between hyphens inside "rock-n-roll": findall reads the whole word from "rock"
    assert "n" not in LowerCaseWords("The rock-n-roll era.")
    assert "roll" not in LowerCaseWords("The rock-n-roll era.")
    assert "roll" in LowerCaseWords("The rock-n-roll era began with a roll.")
    assert "n-roll" not in LowerCaseWords("The rock-n-roll era.")


def test_people_named_passes_over_the_same_names() -> None:
    text = ("Welcome Amy! Matthew Shepard was found. Shepard died. Collin Rose came; prices rose. Fox News aired it;"
            " News said so. Jane Roe spoke. Newt Gingrich and Marianne Gingrich; Gingrich spoke. Al Jazeera reported;"
            " Jazeera said. Ruth Amy left.")
    people = people_named([Article(id="a", source="a", text=text)])
    assert people.named == {"Shepard": "Matthew Shepard"}
    assert people.unresolved == frozenset({"Amy", "Gingrich"})  # "Welcome Amy" and "Ruth Amy": another word before it


def test_a_surname_inside_a_longer_word_is_no_mention() -> None:
    assert _mentions("Mr. Lee left Leeds.", {"Lee", "Leeds", "Smith"}) == {"Lee", "Leeds"}
    assert _mentions("Leeds and Smithson won.", {"Lee", "Smith"}) == set()


def _old_writer_voice(text: str, toks: list[str]) -> bool:
    """_writer_voice with the stance openers as an anchored pattern and no "you" pre-test."""
    stance = re.compile("^(?:" + "|".join(re.escape(s[:-1]) for s in _STANCE) + "),")
    if stance.match(text) is None:
        if _READER_OR_WE_WORDS.isdisjoint(toks) and (not toks or toks[0] not in _READER_OR_WE_OPENERS):
            return False
        if any(mark in text for mark in _QUOTATION_MARKS) or _READER_OR_WE.search(text) is None:
            return False
    return _SPEAKER.search(text) is None


@pytest.mark.parametrize(
    "text",
    ["Clearly, the world awaits the sequel.", "Clearly the world awaits it.", "Of course, nobody came.",
     "Of course nobody came.", "Needless to say, it rained.", "Sadly, he said it rained.",
     "When you garden organically, you think of your plants.", "You're never too old to learn.",
     "Your dog needs a walk.", "We should all be grateful for it.", "We’re all in this together.",
     "They watched How to Train Your Dragon.", "YOU can win, the ad says.", "Youth leaders met on Monday.",
     "Bayou towns flooded again.", '"You can do it," the coach said.', "Officials told you nothing.",
     "Our analysis found a gap.", "The mayor met voters.", "you'll see the difference soon."],
)
def test_writer_voice_answers_as_the_pattern_did(text: str) -> None:
    toks = _WORDISH.findall(text)
    assert _writer_voice(text, toks) == _old_writer_voice(text, toks)


def _old_leans_on(text: str) -> Lean | None:
    """leans_on as it was: both searches run on every sentence that reaches them."""
    bare = _QUOTED.sub(" ", text)
    m = _LEAN_PRONOUN.match(text)
    if m is not None and (m.start(1) == 0 or m.group(1).islower()):
        pronoun = m.group(1).capitalize()
        if not (pronoun == "It" and _EXPLETIVE_IT.match(pronoun + text[m.start(1) + 2:])):
            return Lean("pronoun", pronoun)
    if _BACK_SEQUENCE.match(text):
        return Lean("determiner", "")
    m = _BACK_COUNT.match(text)
    if m is not None:
        return Lean("count", m.group(1) or "")
    m = _BACK_DEFINITE.match(text)
    if m is not None:
        return Lean("definite", m.group(1))
    m = _BACK_DETERMINER.search(bare)
    if m is not None:
        return Lean("determiner", m.group(1))
    if _BACK_DEMONSTRATIVE.search(bare):
        return Lean("determiner", "")
    return None


@pytest.mark.parametrize(
    "text",
    ["Bush has never granted such a reprieve.", "The researchers found these cancer cases.", "Among those was a nurse.",
     "These are the facts.", "Those who came stayed.", "Such as it was, the plan held.", "THESE cases matter.",
     "Thousands gathered in the square.", "He touched the couch.", '"These cases are ours," the mayor said.',
     "Prices rose these days.", "The mayor met voters.", "Just days later, the bridge fell.", "Much of the town slept."],
)
def test_leans_on_answers_as_the_searches_alone_did(text: str) -> None:
    assert leans_on.__wrapped__(text) == _old_leans_on(text)


def test_the_pre_test_words_are_in_every_match_of_the_determiner_patterns() -> None:
    for text in ["such a reprieve", "Such cases", "these cases", "These cases", "those talks", "Those are", "these."]:
        found = [m.group(0) for pattern in (_BACK_DETERMINER, _BACK_DEMONSTRATIVE) if (m := pattern.search(text))]
        assert found
        assert all(any(part in f for part in ("hese", "hose", "uch")) for f in found)


def test_a_greedy_run_with_more_blocked_takes_the_last_runs_picks_before_them_again() -> None:
    import numpy as np

    from newsdesk.brief.compose import _greedy, _same_start
    from newsdesk.config import BriefConfig

    rng = np.random.default_rng(26)
    checked = 0
    for trial in range(400):
        n, m = int(rng.integers(2, 14)), int(rng.integers(1, 20))
        cmat = (rng.random((n, m)) < 0.3).astype(float)
        weight = rng.integers(0, 4, m) * 0.5  # ties are common, as with the real weights
        scale = rng.integers(1, 4, n) / 2.0
        lengths = rng.integers(5, 30, n).astype(float)
        redundant = rng.random((n, n)) < 0.1
        redundant |= redundant.T
        blocked = rng.random(n) < 0.15
        cfg = BriefConfig(words=int(rng.integers(20, 120)), sentences=None if trial % 3 else 3)
        first = [int(i) for i in rng.choice(n, size=int(rng.integers(0, 3)), replace=False)]
        picks = _greedy(cmat, weight, scale, lengths, redundant, blocked, cfg, first=first)
        more = blocked.copy()
        for i in rng.choice(n, size=int(rng.integers(1, 3)), replace=False):
            more[int(i)] = True  # often a picked sentence, sometimes one to take first
        start = _same_start((first, blocked, picks), first, more)
        checked += start is not first
        assert _greedy(cmat, weight, scale, lengths, redundant, more, cfg, first=start) == \
            _greedy(cmat, weight, scale, lengths, redundant, more, cfg, first=first)
    assert checked > 100  # most trials took the last run's picks again


@pytest.mark.parametrize("noun", ["study", "researcher", "reprieve", "case", "", "ss", "boss", "talks"])
def test_said_before_answers_as_the_stems_of_all_earlier_words(noun: str) -> None:
    from newsdesk.brief.antecedents import _WORDS, _said_before, _stem

    texts = ["A Study of 300 children was published.", "The RESEARCHERS met; bosses and class talk-shows aired.",
             "Governors granted reprieves to İstanbul's cases.", "Talks ended."]
    for k in range(len(texts) + 1):
        said = {_stem(w) for text in texts[:k] for w in _WORDS.findall(text)}
        assert _said_before(_stem(noun), texts[:k]) == (_stem(noun) in said)
