"""An untitled story is named after its typical lede, not after whatever its first article opens with (R27)."""

from __future__ import annotations

from newsdesk.cluster import lede_title, make_story
from newsdesk.model import Article

FLOOD = [
    ("Officials said a second report on the bridge was due. The river Avenmoor flooded Kestrel Ford on Tuesday, and "
    "rescue boats evacuated 300 residents, the fire service said."),
    "The river Avenmoor flooded Kestrel Ford on Tuesday. Rescue boats evacuated 300 residents, the fire service said.",
    "Rescue boats evacuated 300 residents of Kestrel Ford after the river Avenmoor flooded the town on Tuesday.",
]


def _arts(texts: list[str]) -> dict[str, Article]:
    return {f"a{i}": Article(id=f"a{i}", source=f"a{i}.txt", text=t, date="2024-03-05", date_confidence=1.0)
            for i, t in enumerate(texts)}


def test_the_lede_most_articles_share_names_the_story() -> None:
    story = make_story(["a0", "a1", "a2"], _arts(FLOOD))
    assert story.title.startswith("The river Avenmoor flooded Kestrel Ford") or story.title.startswith("Rescue boats")
    assert not story.title.startswith("Officials said a second report")


def test_a_lede_that_leans_on_what_came_before_is_passed_over() -> None:
    arts = list(_arts(["He said the water rose fast. The river Avenmoor flooded Kestrel Ford on Tuesday."]).values())
    assert lede_title(arts) == "The river Avenmoor flooded Kestrel Ford on Tuesday."
    assert lede_title([]) == ""
