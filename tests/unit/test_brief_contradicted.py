"""A brief sentence does not cite an article that says otherwise (X25: "Police said the driver had been drinking
[1][2]" cited [2], which says he had not; "near Carlow [2][1]" cited [1], which says near Kilkenny)."""

from __future__ import annotations

import newsdesk
from builders import CRASH_DRINKING as A  # the two invented reports of one crash
from builders import CRASH_NOT_DRINKING as B
from newsdesk.brief.contradicted import contradicting, without_contradicting
from newsdesk.model import Brief, BriefSentence, Comparison, Conflict, ConflictSide


def test_the_brief_cites_no_article_saying_otherwise() -> None:
    brief = newsdesk.brief([{"id": "a", "text": A, "outlet": "Kilkenny Post", "date": "2023-05-02"},
                            {"id": "b", "text": B, "outlet": "Carlow Echo", "date": "2023-05-02"}], words=120)
    assert brief.comparison is not None and brief.comparison.conflicts
    for s in brief.sentences:
        if "drinking" in s.text or "near Carlow" in s.text or "near Kilkenny" in s.text:
            assert s.citations == (s.from_id,), (s.text, s.citations)
    agreed = [s for s in brief.sentences if "52-year-old" in s.text]
    assert agreed and all(len(s.citations) == 2 for s in agreed)


def test_only_the_other_sides_articles_go() -> None:
    said = "Mayor Ana Pruitt said the bridge would remain closed until at least Monday."
    comparison = Comparison(facts=(), single_source=(), conflicts=(Conflict("date", (
        ConflictSide("The bridge will stay closed until Friday, the mayor said.", "Friday", ("x",)),
        ConflictSide(said, "Monday", ("y", "z")))),))
    assert contradicting(said, comparison) == {"x"}
    brief = Brief(sentences=(BriefSentence(said, "y", ("y", "x", "z", "w")),), articles=())
    assert without_contradicting(brief, comparison).sentences[0].citations == ("y", "z", "w")
    assert without_contradicting(brief, None) is brief


def test_a_brief_sentence_giving_a_sides_value_in_other_words_is_on_that_side() -> None:
    """U26: "Four people on the ground and all 109 people in the plane were killed" cited the article that says five
    on the ground, while the comparison listed that very conflict between two other sentences."""
    comparison = Comparison(facts=(), single_source=(), conflicts=(Conflict("number", (
        ConflictSide("All 112 on board were killed, as were three on the ground.", "were three", ("a", "b")),
        ConflictSide("All 112 people aboard were killed as well as six on the ground.", "well as six", ("c",)))),))
    said = "Three people on the ground and all 112 people in the jet were killed."
    assert contradicting(said, comparison) == {"c"}
    assert contradicting("Six people on the ground died, and all 112 aboard were killed.", comparison) == {"a", "b"}
    # a sentence giving both values, or only the figure they share, takes no side
    assert contradicting("Reports of three or six deaths on the ground and 112 aboard.", comparison) == set()
    assert contradicting("All 112 people on the jet were killed.", comparison) == set()


def test_a_sentence_without_any_sides_value_takes_no_side() -> None:
    """R26b: side values share a unit word ("four people" / "five people"); a sentence giving no figure shares only
    that word and is on no side."""
    comparison = Comparison(facts=(), single_source=(), conflicts=(Conflict("number", (
        ConflictSide("Four people on the ground were killed, officials said.", "four people", ("a",)),
        ConflictSide("Five people on the ground were killed, the police said.", "five people", ("b",)))),))
    assert contradicting("The jet crashed, killing people on the ground, officials said.", comparison) == set()
    assert contradicting("Four people on the ground were killed when the jet crashed.", comparison) == {"b"}
