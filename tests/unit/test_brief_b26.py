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
    ("The two Harbour Lines captains said the ferry would sail in May.", Lean("count", "captains")),
    ("The mayor has never granted such a reprieve to a landlord.", Lean("determiner", "reprieve")),
    ("Inspectors found these faults while examining 300 ferries.", Lean("determiner", "faults")),
    ("The company said the ferry would sail again in May.", Lean("definite", "company")),
    ("The award is given each year to a ferry captain.", Lean("definite", "award")),
    ("Just days later, the ferry company announced new safety rules.", Lean("determiner", "")),
    ("Hence the harbour's old motto: safe in any weather.", Lean("determiner", "")),
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
    ("The ferry Nordstar ran aground off Kessel Island on Monday morning in thick fog. "
    "It was carrying 212 passengers and 40 cars from Kessel Island to the mainland harbour of Brenn."),
    ("Coast guard boats took everyone off the Nordstar within three hours of the grounding, Harbour Lines said. "
    '"The ferry was carrying 212 passengers and 40 cars to Brenn when it struck the rocks."'),
    ("Fog closed the harbour of Brenn on Monday as divers inspected the hull of the grounded Nordstar. "
    '"All 212 passengers and the 40 cars on the ferry to Brenn are safe."'),
]


def test_the_brief_reads_a_sentence_opening_with_it_right_after_its_own_sentence_before() -> None:
    articles = [Article(id=str(k), source=str(k), text=t) for k, t in enumerate(STORY)]
    texts = [s.text for s in summarize(articles, BriefConfig(words=60)).sentences]
    carrying = [k for k, text in enumerate(texts) if text.startswith("It was carrying")]
    assert carrying, texts  # the brief keeps it ...
    assert carrying[0] > 0 and texts[carrying[0] - 1].startswith("The ferry Nordstar ran aground")  # ... after its lede


@pytest.mark.parametrize("text", [
    "When you garden organically, you think of your plants as part of a whole system.",
    "Our town has always lived with small compromises in the harbour.",
    "We should all be grateful that the ferry crew kept their heads.",
    "Clearly, the harbour town awaits the return of its ferry.",
    "Sadly, the old ferry will never sail to Kessel Island again.",
])
def test_the_writers_own_voice_is_no_brief_sentence(text: str) -> None:
    from newsdesk.brief.select import _REJECT_COUNTED, _WORDISH, _reject_code, reject_reason

    assert reject_reason(text, BriefConfig()) == "writer_voice"
    assert _reject_code(text, _WORDISH.findall(text), BriefConfig()) == _REJECT_COUNTED  # still a sentence of the story


@pytest.mark.parametrize("text", [
    "The US Coast Guard said the ferry would be towed to Brenn on Tuesday.",
    "The ferry crew watched How to Train Your Dragon 2 with the children aboard.",
    '"We will sail again in May," the ferry captain Ana Morel said on Tuesday.',
    "Our readers told us the ferry was late again, the harbour master said.",
])
def test_a_report_with_us_or_we_in_a_name_or_a_quote_stands(text: str) -> None:
    from newsdesk.brief.select import reject_reason

    assert reject_reason(text, BriefConfig()) is None


@pytest.mark.parametrize("text", [
    "Which is a good thing for the ferry company and its owners in Brenn.",
    "Or more precisely, a two-minute film of the ferry striking the rocks off Kessel Island.",
])
def test_the_rest_of_a_sentence_is_a_fragment(text: str) -> None:
    from newsdesk.brief.select import reject_reason

    assert reject_reason(text, BriefConfig()) == "fragment"


APPS = [
    ("The Harbour App Store offered 200,000 apps at the end of 2010, the company told developers in Brenn on Monday. "
    "Developers earned more than ever from the store last year."),
    ("The Harbour App Store offered 220,000 apps at the end of 2010, the company told developers in Brenn on Monday. "
    "A rival market is growing fast as well."),
    ("The Harbour App Store offered 200,000 apps at the end of 2010, the company told developers at its Brenn meeting. "
    "Analysts expect growth to slow this year."),
]


def test_an_article_giving_another_figure_is_not_cited_for_the_sentence() -> None:
    articles = [Article(id=str(k), source=str(k), text=t) for k, t in enumerate(APPS)]
    first = summarize(articles, BriefConfig(words=60)).sentences[0]
    assert "200,000 apps" in first.text
    assert first.citations == ("0", "2")  # not "1", which says 220,000


def test_a_figure_rounded_within_a_hundredth_is_the_same_figure() -> None:
    from newsdesk.brief.same_figure import figures_by_unit, other_figure
    from newsdesk.brief.similarity import tokens

    own = figures_by_unit(tokens("The climbers were found at 5,900 meters (19,350 feet) in 2016."))
    assert own == {"meter": {"5_900"}, "feet": {"19_350"}}
    assert not other_figure(own, figures_by_unit(tokens("They lay at 19,356 feet (5,900 m).")))
    assert other_figure(figures_by_unit(tokens("It costs $2.9 trillion.")), figures_by_unit(tokens("$1.9 trillion")))


MAIN_FIRST = [
    ("2020-01-01", ("A harbour festival opened in Brenn on Friday with music and fireworks over the water. "
                   "Thousands of visitors came to the quay for the opening night.")),
    ("2020-02-01", ("The ferry Nordstar ran aground off Kessel Island on Monday with 212 passengers aboard. "
                   "Coast guard boats took everyone off within three hours.")),
    ("2020-02-02", ("The ferry Nordstar ran aground off Kessel Island on Monday, and all 212 passengers were rescued. "
                   "Divers inspected the hull on Tuesday.")),
]


def test_the_brief_opens_with_the_lede_most_sources_carry() -> None:
    articles = [Article(id=str(k), source=str(k), text=t, date=d) for k, (d, t) in enumerate(MAIN_FIRST)]
    brief = summarize(articles, BriefConfig(words=60))
    assert "festival" in " ".join(s.text for s in brief.sentences)  # the side event is told, after the main one
    assert brief.sentences[0].text.startswith("The ferry Nordstar ran aground")


def test_a_sentence_opener_before_a_surname_is_no_given_name() -> None:
    from newsdesk.brief.people import looks_like_person

    assert not looks_like_person("Yet Morel", set())
    assert looks_like_person("Ana Morel", set())


def test_a_year_before_a_figure_is_not_part_of_it() -> None:
    """R26b: "In 2004, 150 people" (commas are not tokens) read as the figure 2004150."""
    from newsdesk.brief.same_figure import figures_by_unit

    assert figures_by_unit(["in", "2004", "150", "people", "died"]) == {"people": {"150"}}
    assert figures_by_unit(["200", "000", "apps"]) == {"apps": {"200_000"}}
