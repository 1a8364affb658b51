"""A wire bulletin in a story keeps only its items on the story (U25: "AP Top News at 2 a.m." put a budget vote into
the brief of a balloon flight, and its items repeated in the next bulletin were shown as relayed facts)."""

from __future__ import annotations

from newsdesk.config import Settings
from newsdesk.digests import digest_items, story_items
from newsdesk.model import Article
from newsdesk.pipeline import brief_articles

STORY = [
    Article("a1", "s1", "The balloon team crossed Jamaica on Wednesday and headed for the Atlantic, the balloon's "
            "control center in Geneva said.\n\nThe two pilots hope to land the balloon in Africa by Saturday.",
            title="Balloon crosses Jamaica", date="2024-03-17"),
    Article("a2", "s2", "The round-the-world balloon flew past Jamaica toward the Atlantic, where its pilots hope to "
            "catch the jet stream, the control center said.\n\nThe balloon has flown for 17 days.",
            title="Balloon heads for Atlantic", date="2024-03-17"),
]
ITEMS = [
    ("Budget Passes House Panel\n\nWASHINGTON (AP) -- The House Budget Committee approved a $1.7 trillion spending "
    "plan on Wednesday by a party-line vote."),
    ("Balloon Nears Atlantic\n\nGENEVA (AP) -- The balloon team flew past Jamaica toward the Atlantic on Wednesday, "
    "the control center said."),
    ("Train Probe Hinges on Tire Marks\n\nBOURBONNAIS, Ill. (AP) -- Investigators studied tire marks at the crossing "
    "where a train hit a truck."),
    "Life Expectancy Report\n\nWASHINGTON (AP) -- A census report says life expectancy fell in several countries.",
]


def _bulletin(title: str = "AP Top News at 2 a.m. EST") -> Article:
    return Article("d1", "s3", "\n\n".join(ITEMS), title=title, date="2024-03-17")


def test_a_bulletin_keeps_its_item_on_the_story() -> None:
    cut = story_items([*STORY, _bulletin()])
    assert cut[:2] == STORY
    assert cut[2].text == ITEMS[1] and cut[2].id == "d1"


def test_a_bulletin_without_a_digest_title_is_known_by_its_filed_items() -> None:
    assert digest_items(_bulletin(title="Wednesday's news")) == ITEMS
    assert story_items([*STORY, _bulletin(title="Wednesday's news")])[2].text == ITEMS[1]


def test_an_article_with_subheadings_is_no_digest() -> None:
    feature = Article("f1", "s4", "Balloon nears its goal\n\nThe balloon team crossed Jamaica on Wednesday.\n\n"
                      "A long flight\n\nThe pilots have been aloft for 17 days.\n\nWhat comes next\n\nThey hope to "
                      "land in Africa.\n\nThe prize\n\nA brewer offers $1 million.", title="The balloon's last leg")
    assert digest_items(feature) is None
    assert story_items([STORY[0], feature]) == [STORY[0], feature]


def test_a_story_of_digests_only_is_left_as_it_is() -> None:
    both = [_bulletin(), Article("d2", "s5", _bulletin().text, title="AP Top News at Midnight EST")]
    assert story_items(both) == both


def test_the_brief_and_the_comparison_leave_the_other_items_out() -> None:
    brief = brief_articles([*STORY, _bulletin()], Settings())
    said = " ".join(s.text for s in brief.sentences)
    assert "Budget" not in said and "tire marks" not in said and "life expectancy" not in said.lower()
    assert brief.comparison is not None
    compared = " ".join(f.text for f in (*brief.comparison.facts, *brief.comparison.single_source))
    assert "Budget Committee" not in compared and "tire marks" not in compared
