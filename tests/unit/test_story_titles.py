"""The name of a story none of whose articles has a headline."""

from __future__ import annotations

from builders import make_article
from newsdesk.cluster import make_story


def test_an_untitled_story_is_named_by_its_first_sentence_without_the_dateline() -> None:
    text = ("BRUSSELS, January 22 (Xinhua) -- Two recent opinion polls show most Europeans back the single currency. "
            "The polls were published on Tuesday.")
    a = make_article(text, id="a1", date="2001-01-22")
    story = make_story(["a1"], {"a1": a})
    assert story.title == "Two recent opinion polls show most Europeans back the single currency."


def test_a_long_first_sentence_is_cut_with_an_ellipsis() -> None:
    text = ("Flood waters rose along the river valley overnight and the county emergency office ordered homes near "
            "the levee evacuated. More rain is due.")
    story = make_story(["b1"], {"b1": make_article(text, id="b1")})
    assert story.title == "Flood waters rose along the river valley overnight and the county emergency …"
    assert "More rain" not in story.title
