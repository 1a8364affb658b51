"""An untitled story is named as `newsdesk brief` names it (by its brief's lead) wherever its brief is made: `cluster`,
`stories` and the API's find_stories (review U21: "Happy Release Day!" named a story about a break-up, after its
oldest article's first line). Without briefs (`--no-briefs`, the web page's list) the first article's first sentence
still names it."""

from __future__ import annotations

import newsdesk
from newsdesk.render import story_title

BREAKUP = [
    {"date": "2024-03-01", "text": "Happy release day, everyone! The singer Ana Roe and the actor Ben Lake have ended "
     "their relationship after two years, a spokesman for Roe said on Friday. The couple met on the set of a film "
     "in Lanmore in 2022. Roe's new album came out on Friday."},
    {"date": "2024-03-02", "text": "The singer Ana Roe and the actor Ben Lake have ended their relationship after two "
     "years together, Roe's spokesman said on Friday. They met while filming in Lanmore in 2022. The spokesman "
     "asked for privacy for the couple."},
]


def test_an_untitled_story_is_named_by_its_brief_lead() -> None:
    report = newsdesk.find_stories(BREAKUP)
    [story] = report.stories
    assert story.title == story_title(report.briefs[story.id])
    assert not story.title.startswith("Happy release day")
    assert report.to_dict()["stories"][0]["title"] == story.title


def test_a_story_with_a_headline_keeps_it() -> None:
    titled = [dict(BREAKUP[0], title="Ana Roe and Ben Lake split"), BREAKUP[1]]
    [story] = newsdesk.find_stories(titled).stories
    assert story.title == "Ana Roe and Ben Lake split"
