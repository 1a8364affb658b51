"""R29b's review of the stop-29 comparison rules: each wrong reading it found, on invented stories."""

from __future__ import annotations

from builders import story_conflicts
from newsdesk.compare import compare
from newsdesk.compare.role_holders import honorific_speaker, kin_relatives, study_authors
from newsdesk.model import Article

FILL = " Residents were told to stay indoors. Schools across the county stayed shut on Wednesday."


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    comp = compare([Article(id=chr(97 + k), source=f"{chr(97 + k)}.txt", text=t) for k, t in enumerate(texts)])
    return [(f.to_dict()["text"], f.to_dict()["articles"]) for f in comp.facts]


def test_mr_is_not_the_son_when_the_article_names_the_father_in_full():
    sentences = ["John Reed, 54, was charged with fraud in Dunmore on Monday.", "Reed's son, Tom, sat in the front row.",
                 "Mr. Reed said he was innocent of every charge."]
    assert honorific_speaker("John Reed", sentences[2], kin_relatives(sentences)) is None


def test_senators_who_wrote_a_letter_are_no_studys_authors():
    assert study_authors("Senators Ann Lee and Bo Kim wrote to the agency on Monday.") == []
    assert study_authors("Ann Lee and Bo Kim wrote in their paper that the river was clean.") == ["Ann Lee and Bo Kim"]


def test_a_modal_in_a_relative_clause_does_not_split_a_confirmation():
    facts = _facts("The storm killed 12 people in Dunmore on Monday, police said. Power was cut to 5,000 homes.",
                   "The storm, which forecasters warned could kill dozens, killed 12 people in Dunmore on Monday. "
                   "Power was cut to 5,000 homes.")
    assert any("killed 12 people" in text and len(arts) == 2 for text, arts in facts)


def test_two_arrests_on_two_days_in_two_places_are_no_place_conflict():
    conflicts = story_conflicts(
        "Police said two suspects were arrested in Dunmore on Friday after the bank robbery. The bank reopened.",
        "Two suspects were arrested in Dunmore on Friday after the bank robbery, police said. Nobody was hurt.",
        "A third suspect in the bank robbery was arrested in Carrick on Sunday, police said. He was not armed.")
    assert not [c for c in conflicts if c[0] == "place"]


def test_voting_for_may_is_no_month():
    conflicts = story_conflicts(
        "Conservative lawmakers voted for May in the leadership ballot on Thursday, officials said. It surprised many.",
        "Conservative lawmakers voted for June in the leadership ballot on Thursday, officials said. It surprised many.")
    assert not [c for c in conflicts if c[0] == "date"]


def test_a_firms_chief_who_chairs_a_trade_body_holds_both_posts():
    conflicts = story_conflicts(
        "Acme Corp. chief executive Tim Rowe announced the merger with Bolt Industries on Monday." + FILL,
        "Acme Corp. chief executive Tim Rowe said the merger with Bolt Industries would close in June." + FILL,
        "Business Roundtable chairman Tim Rowe announced the merger with Bolt Industries on Monday." + FILL)
    assert not [c for c in conflicts if c[0] == "actor"]
