"""B26: a brief sentence leaning on what the brief has not said (a pronoun, "these", "the two", "the company") is
left out unless the brief gives what it leans on just before; article neighbours are read together."""

from __future__ import annotations

import pytest

from newsdesk.brief import summarize
from newsdesk.brief.antecedents import Lean, leaning_sentences, leans_on
from newsdesk.config import BriefConfig
from newsdesk.model import Article, Brief, BriefSentence


@pytest.mark.parametrize(("text", "lean"), [
    ("It was 4:43 p.m. when the lights went out.", Lean("pronoun", "It")),
    ("They were released on bail on Friday evening.", Lean("pronoun", "They")),
    ("But he has been at odds with the harbour board for years.", Lean("pronoun", "He")),
    ("The two have been accused of setting the warehouse fire.", Lean("count", "")),
    ("The pair were arrested at the ferry terminal.", Lean("count", "")),
    ("The mayor has never granted such a reprieve to a landlord.", Lean("determiner", "reprieve")),
    ("Inspectors found these faults while examining 300 ferries.", Lean("determiner", "faults")),
    ("The company said the ferry would sail again in May.", Lean("definite", "company")),
    ("The award is given each year to a ferry captain.", Lean("definite", "award")),
    ('"We will sail again in May," he said.', Lean("quoted_pronoun", "")),
])
def test_sentences_that_lean_on_what_came_before(text: str, lean: Lean) -> None:
    assert leans_on(text) == lean


@pytest.mark.parametrize("text", [
    "It is unclear whether the ferry will sail again this year.",
    "It was not immediately known how many passengers were aboard.",
    "Those who were aboard the ferry were taken to the harbour clinic.",
    "Ferries such as the Nordstar carry up to 400 passengers.",
    "The company, Harbour Lines, said the ferry would sail again in May.",
    "The Harbour Lines ferry Nordstar ran aground off Kessel Island on Monday.",
    "These days the crossing takes four hours.",
    '"We will sail again in May," Captain Ana Morel said.',
])
def test_sentences_that_stand_alone(text: str) -> None:
    assert leans_on(text) is None


def _brief(*pairs: tuple[str, str], articles: tuple[Article, ...]) -> Brief:
    return Brief(sentences=tuple(BriefSentence(t, a, (a,)) for t, a in pairs), articles=articles)


def test_a_leaning_sentence_stands_after_its_own_sentence_before_or_the_noun_it_needs() -> None:
    a = Article(id="a", source="a", text="Harbour Lines said its ferry Nordstar ran aground off Kessel Island on "
                                         "Monday. It was 4:43 p.m. when the hull struck the rocks.")
    b = Article(id="b", source="b", text="A company that runs ferries to Kessel Island cancelled all sailings. "
                                         "The company said the ferry would sail again in May.")
    lede, time = "Harbour Lines said its ferry Nordstar ran aground off Kessel Island on Monday.", \
        "It was 4:43 p.m. when the hull struck the rocks."
    company = "The company said the ferry would sail again in May."
    assert leaning_sentences(_brief((lede, "a"), (time, "a"), articles=(a, b))) == []
    assert leaning_sentences(_brief((company, "b"), (lede, "a"), (time, "a"), articles=(a, b))) == [0]
    # the company's sentence is left out, and the time is read right after its own sentence before
    assert leaning_sentences(_brief((lede, "a"), (company, "b"), (time, "a"), articles=(a, b))) == [1]
    assert leaning_sentences(_brief((company, "b"), (time, "a"), articles=(a, b))) == [0, 1]
    cancelled = "A company that runs ferries to Kessel Island cancelled all sailings."
    assert leaning_sentences(_brief((cancelled, "b"), (lede, "a"), (company, "b"), articles=(a, b))) == []


STORY = [
    "The ferry Nordstar ran aground off Kessel Island on Monday morning in thick fog. "
    "It was carrying 212 passengers and 40 cars from Kessel Island to the mainland harbour of Brenn.",
    "Coast guard boats took everyone off the Nordstar within three hours of the grounding, Harbour Lines said. "
    '"The ferry was carrying 212 passengers and 40 cars to Brenn when it struck the rocks."',
    "Fog closed the harbour of Brenn on Monday as divers inspected the hull of the grounded Nordstar. "
    '"All 212 passengers and the 40 cars on the ferry to Brenn are safe."',
]


def test_the_brief_reads_a_sentence_opening_with_it_right_after_its_own_sentence_before() -> None:
    articles = [Article(id=str(k), source=str(k), text=t) for k, t in enumerate(STORY)]
    texts = [s.text for s in summarize(articles, BriefConfig(words=60)).sentences]
    carrying = [k for k, text in enumerate(texts) if text.startswith("It was carrying")]
    assert carrying, texts  # the brief keeps it ...
    assert carrying[0] > 0 and texts[carrying[0] - 1].startswith("The ferry Nordstar ran aground")  # ... after its lede
