"""Corroboration as a reader checks it: a sentence denying what another asserts, one sharing only a dateline and
how it is sourced, or one sharing a few words of the story's setting confirms nothing; an outlet's rewrite of
another outlet's article is a relay of it, not a second source."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.fact_match import negated_terms
from newsdesk.model import Article

FILLER_A = "The harbour office reopened the east quay to ferries on Friday after a week of repairs."
FILLER_B = "Weather forecasters expect strong winds along the northern coast for the rest of the month."


def art(aid: str, outlet: str, *sentences: str, date: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet, date=date)


def carried_together(articles: list[Article], a: str, b: str) -> bool:
    return any({a, b} <= set(f.articles) for f in compare(articles).facts)


def test_a_sentence_denying_what_another_asserts_does_not_confirm_it() -> None:
    a = art("a1", "Harbour Times", "Chemists hired by the owner found no traces of nerve agent compounds in soil "
            "samples from the Kell fertilizer works.", FILLER_A)
    b = art("b1", "Valley Post", "Soil samples from the Kell fertilizer works showed traces of nerve agent compounds, "
            "inspectors said.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")
    c = art("c1", "Valley Post", "Chemists found no traces of nerve agent compounds in soil samples taken at the Kell "
            "fertilizer works.", FILLER_B)
    assert carried_together([a, c], "a1", "c1"), "two denials of one thing are one fact"


def test_negations_that_deny_nothing_a_confirmation_asserts() -> None:
    assert negated_terms("Chemists found no traces of nerve agent in the samples.") == {"trac"}
    assert not negated_terms("The mayor urged him not to block the nominee.")
    assert not negated_terms("They will decide whether or not the inquiry stays with the board.")
    assert not negated_terms("The ferries had been refitted, while the tugs had not been refitted.")
    assert not negated_terms("Some patients show no symptoms, but others suffer mild symptoms.")
    assert not negated_terms("The fever had not been reported in the valley until August.")
    assert not negated_terms("There is no explanation for the residue, they said, other than the making of nerve gas.")
    assert not negated_terms("The board gave the city until May to show why the quay should not be closed.")
    assert not negated_terms("If the samples did not match, the case against him collapses.")


def test_a_dateline_and_how_a_report_is_sourced_are_no_fact_in_common() -> None:
    a = art("a1", "Harbour Times", "OSTBY, Norland (Wire) _ Officials speaking on condition of anonymity told "
            "reporters the Tarvik dam spillway cracked overnight.", FILLER_A)
    b = art("b1", "Valley Post", "OSTBY, Norland (Wire) _ Officials speaking on condition of anonymity told "
            "reporters that the mayor's budget will be late again.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")


def test_sentences_sharing_a_few_words_of_the_setting_are_two_facts() -> None:
    a = art("a1", "Harbour Times", "A jury in Kellport awarded the Ostbanian fishermen damages on Monday for the oil "
            "spill that ruined their nets.", "The town hall said the harbour wall and the nets would be discussed "
            "before winter, and a jury awarded damages in another oil spill case.")
    b = art("b1", "Valley Post", "Ostbanian fishermen in Kellport marched to the town hall on Monday to demand a new "
            "harbour wall before winter storms.", "Storms ruined nets and damaged the harbour wall before; the town "
            "hall marched out plans for a new jury room.")
    facts = compare([a, b]).facts
    assert not any(f.text.startswith(("A jury in Kellport", "Ostbanian fishermen")) for f in facts), \
        "who, where and when in common; what happened differs"


ORIGINAL = ["Police arrested 14 protesters at the Tarvik dam site on Tuesday after they chained themselves to a crane.",
            "The protesters say the dam will flood burial grounds of the Ostbanian people upstream of the site.",
            "The builder, Norland Hydro, says the reservoir avoids every known burial ground in the valley.",
            "Work on the 300-megawatt dam began in March after a court dismissed the last appeal by landowners.",
            "The regional government expects the dam to supply a fifth of the region's power from next year."]
REWRITE = [("Police arrested 14 protesters at the Tarvik dam site on Tuesday after they chained themselves to a crane, "
            "Kell Radio reported."),
           "The protesters say the dam will flood old burial grounds of the Ostbanian people upstream of the site.",
           "The builder, Norland Hydro, said the reservoir avoids every known burial ground in the valley.",
           "Work on the 300-megawatt dam began in March after a court dismissed the last appeal by local landowners.",
           "Environmental groups have promised more protests at the site in the coming weeks."]


def test_an_outlets_rewrite_of_another_outlets_article_is_a_relay() -> None:
    a = art("a1", "Harbour Times", *ORIGINAL, date="2024-05-07")
    b = art("b1", "Valley Post", *REWRITE, date="2024-05-08")
    c = art("c1", "Ostby Courier", "Police arrested 14 protesters at the Tarvik dam site on Tuesday, a police "
            "spokesman told the Courier by telephone.", FILLER_B, date="2024-05-07")
    facts = compare([a, b, c]).facts
    arrests = next(f for f in facts if "arrested 14" in f.text)
    assert set(arrests.articles) == {"a1", "b1", "c1"}
    assert arrests.sources == ("Harbour Times", "Ostby Courier"), "the rewrite relays the Harbour Times, whatever it credits"
    assert arrests.independent_sources == 2


def test_a_report_written_before_the_other_is_not_its_rewrite() -> None:
    a = art("a1", "Harbour Times", *ORIGINAL, date="2024-05-07")
    b = art("b1", "Valley Post", *REWRITE, date="2024-06-20")
    arrests = next(f for f in compare([a, b]).facts if "arrested 14" in f.text)
    assert arrests.independent_sources == 2, "six weeks later it is no same-days rewrite"


def test_without_dates_the_original_is_named_the_same_under_any_ids() -> None:
    named = set()
    for ids in (("a1", "b1"), ("z9", "a0")):
        a = art(ids[0], "Harbour Times", *ORIGINAL)
        b = art(ids[1], "Valley Post", *REWRITE)
        arrests = next(f for f in compare([a, b]).facts if "arrested 14" in f.text)
        named.add(arrests.sources)
    assert len(named) == 1, named
