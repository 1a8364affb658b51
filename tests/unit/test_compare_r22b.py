"""Conflicts after review R22b: rules of this stop that set apart things a journalist would not call contradictory.
Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.consensus import is_question
from newsdesk.model import Article


def kinds(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article(id=f"a{k}", source=f"a{k}.txt", text=t) for k, t in enumerate(texts)]
    return [(c.kind, sorted(s.value for s in c.sides)) for c in compare(arts).conflicts]


def test_two_defendants_maxima_told_by_one_article_are_no_conflict() -> None:
    from newsdesk.compare.conflicts.penalties import one_maximum

    # article 1 gives both figures: two people's maxima, not one maximum told two ways
    assert not one_maximum([(1, 20.0, ""), (1, 5.0, ""), (2, 20.0, ""), (3, 20.0, "")], "")
    assert one_maximum([(1, 5.0, ""), (2, 20.0, ""), (3, 20.0, "")], "")


def test_a_country_name_opening_a_sentence_is_no_place_unless_it_acts_as_one() -> None:
    story = ("Police in Chicago said Tom Hill was arrested on Sunday after the game at the arena downtown.",
             "Coach Eddie Jordan said Hill was arrested on Sunday after the game at the arena downtown.",
             "Jordan said Hill was arrested on Sunday after the game at the arena downtown.")
    assert not [k for k in kinds(*story) if k[0] == "place"]


def test_two_short_questions_worded_alike_are_two_people_asking() -> None:
    found = kinds("What will happen to the families in Lordstown now?",
                  "What will happen to the families in Oshawa now?",
                  "Plants in Lordstown and Oshawa will close next year, the company said.")
    assert not [k for k in found if k[0] == "place"]


def test_a_question_framed_after_a_colon_is_still_a_question() -> None:
    assert is_question("The question on everyone's mind at the summit in Lanmore this week: Will India sign the deal?")
    assert not is_question("The party faces the same problems that have challenged its leaders for years: "
                           "How do they slow the decline?")
