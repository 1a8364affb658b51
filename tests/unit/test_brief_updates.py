"""A brief of a developing story states a revised count at its latest value."""

from __future__ import annotations

import pytest

from newsdesk.brief.updates import revises
from newsdesk.config import BriefConfig
from newsdesk.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six people died, the hospital said, raising the death toll from the four reported in the morning.", True),
        ("The toll has risen to nine, officials said.", True),
        ("Eleven people are now known to have died.", True),
        ("The estimate was revised upward to 3,000 homes.", True),
        # Growth over time, or a different number, is no revision of a report.
        ("Spending on prisons was 7.8 percent of the budget, up from 4 percent in 1989.", False),
        ("The concentration of carbon dioxide has increased by 30 percent since 1860.", False),
        ("Four people were killed when the bridge collapsed.", False),
    ],
)
def test_revision_wording(text: str, expected: bool) -> None:
    assert revises(text) is expected


MORNING = ("Four people were killed when a section of the Kell river bridge collapsed into the water early on "
           "Tuesday, sending a bus and several cars into the river, the fire service said.")
AFTERNOON = ("Six people died after a section of the Kell river bridge collapsed into the water on Tuesday, the "
             "hospital said in the afternoon, raising the toll from the four deaths reported in the morning.")
OTHER = [
    "Rescue divers pulled twenty people from the river by noon, the fire chief said on Tuesday.",
    "The bridge, which opened in 1968, carries the coastal road across the mouth of the Kell river.",
    "Engineers had warned the transport office about rust in the steel supports of the span last year.",
]


def _articles() -> list[Article]:
    a = Article(id="a", source="a.txt", text=" ".join([MORNING, *OTHER]), outlet="Wire One", date="2030-05-14")
    b = Article(id="b", source="b.txt", text=" ".join([MORNING.replace("the fire service said", "officials said"),
                                                       OTHER[0], OTHER[2]]), outlet="Daily Two", date="2030-05-14")
    c = Article(id="c", source="c.txt", text=" ".join([AFTERNOON, OTHER[1], OTHER[2]]), outlet="Post Three",
                date="2030-05-14")
    return [a, b, c]


def test_the_brief_does_not_state_a_revised_toll_at_its_old_value() -> None:
    from newsdesk.brief import summarize

    brief = summarize(_articles(), BriefConfig(words=120))
    texts = [s.text for s in brief.sentences]
    assert not any(t.startswith("Four people were killed") for t in texts), texts
    assert AFTERNOON in texts, "the revised count is stated, with the old one it replaces"
    revised = next(s for s in brief.sentences if s.text == AFTERNOON)
    assert revised.citations == ("c",), "a and b said four: they share the old figure only, not the new one"


def test_replaced_figures() -> None:
    from newsdesk.brief.updates import replaced_figures

    assert replaced_figures(AFTERNOON) == {"4"}
    assert replaced_figures("The toll has risen to nine, officials said.") == set()
    assert replaced_figures("Flights from 12 cities were cancelled on Tuesday.") == set(), "no revision wording"


def test_a_later_report_does_not_revise_an_earlier_one_backwards() -> None:
    from newsdesk.brief import summarize

    arts = _articles()
    # The "revising" article is the earliest: the later reports are not stale.
    arts[2] = Article(id="c", source="c.txt", text=arts[2].text, outlet="Post Three", date="2030-05-13")
    texts = [s.text for s in summarize(arts, BriefConfig(words=120)).sentences]
    assert any(t.startswith("Four people were killed") for t in texts), texts
