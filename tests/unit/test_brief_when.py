"""A brief sentence that tells time from its own day ("early this year", "on Monday"), from an article well older
than the story's newest, is shown with its article's date (U27 #4: a 1998 "has never granted a stay" beside a
2000 "for the first time ... granted a reprieve" read as the brief contradicting itself)."""

from __future__ import annotations

from newsdesk.brief.when import newest_day, tells_time_from_its_day, written_on
from newsdesk.model import Article, Brief, BriefSentence
from newsdesk.render import brief_markdown, brief_text

OLD = Article(id="old", source="old.txt", text="x", date="1998-12-14", date_confidence=1.0)
NEW = Article(id="new", source="new.txt", text="y", date="2000-06-20", date_confidence=1.0)
CAPTURED = Article(id="cap", source="cap.txt", text="z", date="1998-12-14", date_confidence=0.2)


def test_relative_time_is_told_apart_from_a_plain_date() -> None:
    assert tells_time_from_its_day("The governor was put to death early this year.")
    assert tells_time_from_its_day("The board met on Monday and refused.")
    assert tells_time_from_its_day("Two weeks ago the plant closed; 3 days ago it reopened.")
    assert not tells_time_from_its_day("Canada abolished the death penalty in 1976.")


def test_only_an_older_article_that_tells_time_is_dated() -> None:
    newest = newest_day([OLD, NEW])
    said = "Bush has never granted a stay, including for Tucker, who was put to death early this year."
    assert written_on(said, OLD, newest) == "14 December 1998"
    assert written_on(said, NEW, newest) is None  # the newest article: read as now
    assert written_on("Canada abolished the death penalty in 1976.", OLD, newest) is None
    assert written_on(said, CAPTURED, newest) is None  # a capture date is no day the sentence was written
    assert written_on(said, OLD, newest_day([OLD])) is None  # a story of one day


def test_markdown_and_text_show_the_day_beside_the_sentence() -> None:
    brief = Brief(sentences=(
        BriefSentence("Bush has never granted a stay, said his office on Monday.", "old", ("old",)),
        BriefSentence("Earlier this month Bush granted a reprieve.", "new", ("new",)),
    ), articles=(OLD, NEW))
    md = brief_markdown(brief, title="Stays")
    assert "said his office on Monday. *(14 December 1998)* [1]" in md
    assert "Earlier this month Bush granted a reprieve. [2]" in md
    assert "on Monday. (14 December 1998) [1]" in brief_text(brief)


def test_the_json_brief_carries_the_day_too() -> None:
    import json

    from newsdesk.render import render_brief

    brief = Brief(sentences=(
        BriefSentence("Bush has never granted a stay, said his office on Monday.", "old", ("old",)),
        BriefSentence("Earlier this month Bush granted a reprieve.", "new", ("new",)),
    ), articles=(OLD, NEW))
    sentences = json.loads(render_brief(brief, "json"))["brief"]["sentences"]
    assert sentences[0]["written"] == "14 December 1998" and "written" not in sentences[1]
