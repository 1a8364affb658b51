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
            "the levee and the old mill evacuated before the second crest that forecasters expect on Friday. "
            "More rain is due.")
    story = make_story(["b1"], {"b1": make_article(text, id="b1")})
    assert story.title == "Flood waters rose along the river valley overnight and the county emergency …"
    assert "More rain" not in story.title


def test_a_lead_of_twenty_words_is_the_title_whole_and_a_longer_one_gives_its_first_clause() -> None:
    """A title cut in mid-phrase ("... ordered homes near …") reads worse than the whole lead or its first clause
    (review U30 #14)."""
    whole = ("Flood waters rose along the river valley overnight and the county emergency office ordered homes near "
             "the levee evacuated.")
    assert make_story(["b1"], {"b1": make_article(whole + " More rain is due.", id="b1")}).title == whole
    clause = ("Flood waters rose along the Lanmore river valley overnight, forcing the county emergency office to "
              "order homes near the levee and the old mill evacuated before Friday.")
    assert make_story(["b2"], {"b2": make_article(clause, id="b2")}).title == (
        "Flood waters rose along the Lanmore river valley overnight")
    leaning = ("By the time the water reached the levee on Tuesday night, the county emergency office had ordered "
               "homes near the old mill evacuated and closed both bridges.")
    assert make_story(["b3"], {"b3": make_article(leaning, id="b3")}).title == (
        "By the time the water reached the levee on Tuesday night …")
