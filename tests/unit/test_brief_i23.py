"""Brief sentences a reader can follow alone (stop 23, helper I23): people introduced from their first full-name
mention whatever the verb, and openers that need a sentence the brief does not show. All text is invented."""

from __future__ import annotations

import pytest

from builders import make_article
from newsdesk.brief.people import introduce_people, introductions
from newsdesk.brief.select import parse, reject_reason, takes_up
from newsdesk.config import BriefConfig
from newsdesk.model import Brief, BriefSentence, PersonNote


def _notes(text: str, sentence: str) -> tuple[PersonNote, ...]:
    """The notes ``introduce_people`` puts on ``sentence`` (a sentence of ``text``) in a one-sentence brief."""
    article = make_article(id="a", text=text)
    brief = Brief(sentences=(BriefSentence(sentence, "a", ("a",)),), articles=(article,))
    return introduce_people(brief).sentences[0].people


def test_a_title_before_the_name_introduces_a_person_whatever_the_verb() -> None:
    text = ("Transport Minister Alma Quist defended the toll plan on Monday, saying the bridge needed repairs.\n\n"
            "Drivers have protested for weeks.\n\n"
            "“We will not back down,” Quist told reporters.")
    assert _notes(text, "“We will not back down,” Quist told reporters.") == (
        PersonNote("Quist", "Transport Minister Alma Quist"),)


def test_a_lower_case_role_before_the_name_and_a_who_clause_after_it() -> None:
    text = ("While Oduya wants the referee punished, Harbor City defensive captain Rolf Ekdahl, who openly lobbied "
            "for a ban, did not respond.\n\n"
            "Ekdahl said the team must win on Sunday.")
    assert _notes(text, "Ekdahl said the team must win on Sunday.") == (
        PersonNote("Ekdahl", "Harbor City defensive captain Rolf Ekdahl"),)


def test_initials_and_a_role_with_its_complement() -> None:
    text = ("In an interview, Orvex’s co-chief executive and head of the drone business P.K. Dunmore confirmed the "
            "sales figures.\n\n"
            "Dunmore said that Orvex sold two million units.")
    assert _notes(text, "Dunmore said that Orvex sold two million units.") == (
        PersonNote("Dunmore", "P.K. Dunmore, Orvex’s co-chief executive and head of the drone business"),)


def test_a_family_name_written_first_is_the_one_the_article_uses_alone() -> None:
    text = ("Marovia’s trade envoy to Ostland Tan Weiming has said that Marovia will not lift the tariffs.\n\n"
            "Tan said the talks would resume in May.")
    assert _notes(text, "Tan said the talks would resume in May.") == (
        PersonNote("Tan", "Tan Weiming, Marovia’s trade envoy to Ostland"),)


def test_two_people_named_in_one_sentence_are_both_introduced() -> None:
    text = ("A judge ruled that photographers Ana Lund and Pia Moss own the pictures.\n\n"
            "Lund and Moss said the publisher never paid them.")
    assert _notes(text, "Lund and Moss said the publisher never paid them.") == (
        PersonNote("Lund", "Ana Lund"), PersonNote("Moss", "Pia Moss"))


def test_a_surname_two_people_of_the_article_share_stays_bare() -> None:
    # The reader of "Varga said" is not told which Varga; guessing could name the wrong one, so no note.
    text = ("Farmer Ilse Varga lost her barn in the flood.\n\n"
            "Her son, Tomas Varga, a firefighter, defended the county's response.\n\n"
            "“We did what we could,” Varga said.")
    assert introductions(make_article(id="v", text=text)) == {}
    assert _notes(text, "“We did what we could,” Varga said.") == ()


def test_a_company_or_a_place_is_no_person_to_introduce() -> None:
    text = ("Shares of Dovex Marine rose on Monday.\n\n"
            "Dovex said sales grew by a tenth.\n\n"
            "The Arctic Circle is far away, Dovex added.")
    assert introductions(make_article(id="c", text=text)) == {}


def test_a_role_that_describes_a_group_or_another_noun_is_not_given() -> None:
    text = ("Aides to rival Mona Brack said the vote was close.\n\n"
            "Brack said she would not concede.")
    assert _notes(text, "Brack said she would not concede.") == (PersonNote("Brack", "Mona Brack"),)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aside from that, only a third of the valley's farms have running water.",
        "In that same period, the port of Varn cut its fuel use by a fifth.",
        "At that point, the ferry company will change its name.",
        "Since then, the price of a ticket has risen by 4 percent.",
        "So, she concluded that the flood was the cause of the damage.",
        "But the decision has a certain political logic for the council.",
        "And that is why the bridge stayed closed for a week.",
        "Such status would give the town the right to set its own taxes.",
    ],
)
def test_an_opener_that_needs_the_sentence_before_keeps_a_sentence_out_of_a_brief(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) == "points_back"


@pytest.mark.parametrize(
    "sentence",
    [
        "In this city, the number of ferries rose by a third in a year.",
        "But a resident of the valley has no say in the council's budget.",
        "So many people came that the hall was closed by noon.",
        "After the vote, the council closed the bridge for a week.",
    ],
)
def test_an_opener_that_names_what_it_follows_is_kept(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) is None


def test_the_thing_the_sentence_before_brought_in_is_no_subject_a_brief_can_open_with() -> None:
    before = "The ferry was late, the mayor wrote in a letter to the port authority in June."
    assert takes_up("The letter was included in the inquiry's documents.", before)
    assert not takes_up("The letter was included in the inquiry's documents.", "The mayor wrote to the port.")
    assert not takes_up("The port was closed in June.", before)  # "the port" was never "a port"
    article = make_article(id="p", text=f"{before} The letter was included in the inquiry's documents. "
                                        "The port reopened on Monday after a week of storms.")
    cands, _ = parse([article], [0], BriefConfig())
    assert [c.text for c in cands] == [before, "The port reopened on Monday after a week of storms."]


@pytest.mark.parametrize(
    "sentence",
    [
        "This comes after the police said the protesters had no option but to leave.",
        "One would create about 15,000 new places in the town's schools.",
        "Neither state had a law against price gouging at the time.",
    ],
)
def test_a_subject_that_counts_or_points_at_what_came_before_keeps_a_sentence_out(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) == "points_back"


def test_one_or_neither_before_a_noun_that_names_itself_is_kept() -> None:
    assert reject_reason("One person was killed when the ferry hit the quay.", BriefConfig()) is None
    assert reject_reason("Neither the mayor nor the council answered the letter.", BriefConfig()) is None


def test_a_verb_after_a_name_ends_the_introduction() -> None:
    """Review R23b: "Luis Suarez bit Chelsea defender Branislav Ivanovic" introduced Ivanovic with "... bit ..."."""
    from newsdesk.brief.first_mentions import first_mentions

    assert first_mentions("Harbour striker Luis Suarez bit Lanmore defender Branislav Ivanovic on Sunday.")[
        "Branislav Ivanovic"] == "Lanmore defender"
    assert first_mentions("Voters in Kent chose Labour candidate Mary Hale on Thursday.")["Mary Hale"] == "Labour candidate"
    assert first_mentions("Steelers defensive captain Cam Heyward was fined.")["Cam Heyward"] == "Steelers defensive captain"
