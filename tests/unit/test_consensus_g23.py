"""Corroboration as a journalist counts it: sentences sharing words are one fact only about the same people, at the
same stage of a case, with the same comparison, and never a pair the comparison also reports as a contradiction."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import article_claims
from newsdesk.compare.consensus import group_facts, index_claims
from newsdesk.compare.fact_match import comparands, different_comparison, different_stage, stages
from newsdesk.model import Article

FILLER_A = "The harbour office reopened the east quay to ferries on Friday after a week of repairs."
FILLER_B = "Weather forecasters expect strong winds along the northern coast for the rest of the month."


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def carried_together(articles: list[Article], a: str, b: str) -> bool:
    """Whether the comparison gives one fact carried by articles ``a`` and ``b``."""
    return any({a, b} <= set(f.articles) for f in compare(articles).facts)


def test_two_people_given_the_same_sentence_are_two_facts() -> None:
    a = art("a1", "Harbour Times", "Peter Danvers, 31, and Tomas Reyl, 28, went on trial in Ostby in March.",
            "Danvers received two life sentences after pleading guilty to robbery and kidnapping at the Ostby depot.",
            FILLER_A)
    b = art("b1", "Valley Post", "Detectives said Tomas Reyl hid the stolen cash in a van outside Kell.",
            "Under the agreement, Reyl will serve two consecutive life sentences for robbery and kidnapping at the "
            "Ostby depot.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")


def test_the_same_person_in_two_wordings_is_one_fact() -> None:
    a = art("a1", "Harbour Times", "Peter Danvers, 31, went on trial in Ostby in March.",
            "Danvers received two life sentences after pleading guilty to robbery and kidnapping at the Ostby depot.",
            FILLER_A)
    b = art("b1", "Valley Post", "The other defendant, Peter Danvers, pleaded guilty to robbery and kidnapping "
            "at the Ostby depot and is serving two life sentences.", FILLER_B)
    assert carried_together([a, b], "a1", "b1")


def test_charged_and_convicted_are_two_states_of_a_case() -> None:
    a = art("a1", "Harbour Times", "Peter Danvers could receive a prison term of twenty years if convicted of "
            "the Ostby depot robbery.", FILLER_A)
    b = art("b1", "Valley Post", "A jury has convicted Peter Danvers of the Ostby depot robbery, and he could "
            "receive a prison term of twenty years.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")
    assert stages("He could receive a prison term if convicted.") == {"accused"}
    assert different_stage("Danvers is charged with murder.", "A jury convicted Danvers of murder.")
    assert not different_stage("A jury convicted Danvers.", "Danvers was found guilty and sentenced on Monday.")
    assert not different_stage("The blast killed two and injured five.", "Two people died and five were hurt.")
    assert different_stage("Five workers were killed in the blast.", "Five workers were injured in the blast.")
    assert not different_stage("He faces the death penalty.", "He was convicted and faces the death penalty."), \
        "the death penalty is no casualty"


def test_the_same_figure_against_two_different_baselines_is_two_facts() -> None:
    a = art("a1", "Harbour Times", "A report in the Ledger says Norvik sold 40 percent fewer Aero 5 phones than "
            "the previous Aero 4 model.", FILLER_A)
    b = art("b1", "Valley Post", "Norvik sold 40 percent fewer Aero 5 phones in the first three months than "
            "expected, the Ledger reported.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")
    assert comparands("sold fewer than the previous Aero 4 model") >= {"previ", "model"}
    assert not different_comparison("not better off than before Lehman's collapse", "not better off than before Lehman collapsed")
    assert not comparands("more than 200 people were evacuated"), "'more than 200' is a quantity, no comparison"
    assert not different_comparison("rose faster than inflation last year", "grew faster than inflation")


def test_a_quotation_and_a_sentence_about_its_speaker_are_not_one_fact() -> None:
    a = art("a1", "Harbour Times", "\"Kell has a tremendous amount of pride in the mayor and she connects with "
            "people in Kell,\" said Tony Marsh, the chairman of the mayor's reelection campaign.", FILLER_A)
    b = art("b1", "Valley Post", "The mayor's campaign chairman, Tony Marsh, and her media adviser, Ruth Ames, "
            "kept their jobs in the move to Kell.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")


def test_a_sentence_telling_the_reader_what_to_do_confirms_nothing() -> None:
    a = art("a1", "Harbour Times", "Look at the excitement of transfer deadline day at Ostby Rovers.", FILLER_A)
    b = art("b1", "Valley Post", "Ostby Rovers completed a transfer deadline day swoop for a Kell striker.",
            FILLER_B)
    assert not carried_together([a, b], "a1", "b1")


def test_a_pair_of_sentences_is_never_both_a_contradiction_and_a_confirmation() -> None:
    """A pair the conflict finder contrasts (``apart``) is not grouped, however near its words; compare() passes
    every conflict's pairs of sides."""
    stalled = "The Senate passed the Kell harbour bill last year as part of a spending package, but it stalled."
    did_not = "Last year the Senate passed the Kell harbour bill as part of a spending package, but the Assembly did not."
    idx = index_claims([article_claims(art("a1", "Harbour Times", stalled, FILLER_A)),
                        article_claims(art("b1", "Valley Post", did_not, FILLER_B))])
    assert group_facts(idx, 0.35), "near enough to group"
    assert not group_facts(idx, 0.35, apart={frozenset((stalled, did_not))})


def test_a_sentence_about_a_club_the_other_article_never_names_is_another_fact() -> None:
    a = art("a1", "Harbour Times", "Under the league's new fair play rules, clubs will be expected to break even "
            "over three years if they want to play in the Nordic Cup.", FILLER_A)
    b = art("b1", "Valley Post", "Ostby Rovers could also earn a Nordic Cup place through the fair play rules "
            "but only if their league ranks in the top three.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")


def test_a_name_the_other_article_gives_elsewhere_keeps_the_fact() -> None:
    a = art("a1", "Harbour Times", "Ostby Rovers will play in the Nordic Cup after the league changed its fair "
            "play rules on Friday.", FILLER_A)
    b = art("b1", "Valley Post", "The league changed its fair play rules on Friday, so the club can play in the "
            "Nordic Cup.", "Fans of Ostby Rovers celebrated in the town square.", FILLER_B)
    assert carried_together([a, b], "a1", "b1")


def test_a_play_both_sentences_are_about_is_one_fact_whoever_else_they_name() -> None:
    a = art("a1", "Harbour Times", "An emotional audience greeted the premiere on Saturday of The Kell Project, a "
            "play about the life of Tomas Reyl.", "Tomas Reyl, 21, died in 1998.", FILLER_A)
    b = art("b1", "Valley Post", "\"I cried,\" Ruth Ames said after watching The Kell Project, a new play by "
            "Jonas Veld, which had its premiere on Saturday.", "Jonas Veld, 40, wrote it in a year.", FILLER_B)
    assert carried_together([a, b], "a1", "b1")


def test_a_name_qualifying_a_noun_is_not_who_the_sentence_is_about() -> None:
    """ "Prime Minister Ruth Ames's government" and "after the Jonas Veld report, the government": both are about
    the government; the people who name it or the report are not the sentences' subjects."""
    a = art("a1", "Harbour Times", "Prime Minister Ruth Ames's government is promising to broaden the harbour "
            "safety laws to cover ferry operators.", "Ruth Ames, 52, took office in May.", FILLER_A)
    b = art("b1", "Valley Post", "After the Jonas Veld report, the government promised to broaden the harbour "
            "safety laws to cover ferry operators.", "Judge Jonas Veld wrote the report.", FILLER_B)
    assert carried_together([a, b], "a1", "b1")


def test_a_capitalised_first_word_is_no_name_the_other_article_must_know() -> None:
    a = art("a1", "Harbour Times", "Eventually, the flood water closed the main rail line between Ostby and Kell "
            "for a week.", FILLER_A)
    b = art("b1", "Valley Post", "The flood water closed the main rail line between Ostby and Kell for a week.",
            FILLER_B)
    assert carried_together([a, b], "a1", "b1")


def test_a_sentence_opening_with_another_person_doing_the_same_thing_is_another_fact() -> None:
    """The person need not be quoted or titled anywhere: opening the sentence, named in full, they are its subject."""
    a = art("a1", "Harbour Times", "Ostby Rovers have completed their deadline day swoop for Marko Velt from Kell "
            "United on a five-year contract.", "Velt scored twice on his debut.", FILLER_A)
    b = art("b1", "Valley Post", "Jonas Brann has completed his move from Norby to Kell United on a five-year "
            "contract.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")


def test_a_sentence_split_from_a_near_one_is_listed_as_resting_on_its_own_article() -> None:
    before = "Peter Danvers could receive a prison term of twenty years if convicted of the Ostby depot robbery."
    a = art("a1", "Harbour Times", before, FILLER_A)
    b = art("b1", "Valley Post", "A jury has convicted Peter Danvers of the Ostby depot robbery, and he could "
            "receive a prison term of twenty years.", FILLER_B)
    assert before in [f.text for f in compare([a, b]).single_source]


def test_a_name_the_other_article_gives_by_its_initials_or_another_form_is_known_there() -> None:
    a = art("a1", "Harbour Times", "The Local Harbour Committees (LHC), a group that counts ferry passengers, said "
            "125 people were stranded at the Ostby quay on Monday.", FILLER_A)
    b = art("b1", "Valley Post", "As many as 125 people were stranded at the Ostby quay on Monday, the LHC said.",
            FILLER_B)
    assert carried_together([a, b], "a1", "b1")
