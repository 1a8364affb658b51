"""A cited article gives what makes a claim specific: one of the figures it counts, no other weekday; it does not deny
the claim's words; an acronym and its expansion count as one word (brief/specifics.py, brief/acronyms.py)."""

from __future__ import annotations

from newsdesk.brief import summarize
from newsdesk.brief.acronyms import expansions, fold, fold_gist
from newsdesk.brief.cite import figures_in
from newsdesk.brief.gist import gist
from newsdesk.brief.similarity import content, tokens
from newsdesk.brief.specifics import missing, specifics
from newsdesk.config import BriefConfig
from newsdesk.model import Article


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def gap(claim: str, carrier: str) -> str | None:
    """What ``carrier`` fails to give of ``claim``'s specifics (specifics.missing)."""
    toks = tokens(carrier)
    return missing(specifics(claim, gist(claim).head), toks, figures_in(carrier, toks))


# --- names are not required ------------------------------------------------------------------------------------

def test_a_carrier_may_give_the_claims_subject_as_a_pronoun() -> None:
    claim = "Later that night Vessa Cole threw a drink on them and punched the woman before running off."
    assert gap(claim, "She then threw a drink on them and punched the woman before running off.") is None


# --- figures -------------------------------------------------------------------------------------------------

def test_a_sentence_without_the_claims_count_does_not_carry_it() -> None:
    claim = "More than 30 no-smoking signs have been placed in the city council's buildings since it passed the ban."
    assert gap(claim, "The city council passed the ban last December and it has wide support.") == "figure"
    assert gap(claim, "Some 30 no-smoking signs now hang in the council's buildings.") is None


def test_a_figure_of_the_claims_time_or_cause_is_not_required() -> None:
    claim = "Harbour Air grounded its remaining Skyliners at once after the crash near Dunmore that killed 113 people."
    assert gap(claim, "After the crash, Harbour Air agreed to ground its remaining Skyliners.") is None


def test_a_figure_joined_to_its_noun_in_a_name_or_of_a_century_is_not_required() -> None:
    assert gap("In May, Corvel spun off its 200,000-employee parts unit, Delta Systems.",
               "Corvel has spun off its Delta parts unit.") is None
    assert gap("Dan Mosk told Channel 2 News that he knew at once he had done it.",
               "Mosk said he knew at once he had done it.") is None
    assert gap("Warming could wipe out many species of plants by the end of the 21st century.",
               "Warming could wipe out many species of plants by the end of this century.") is None


def test_thousands_after_a_comma_are_no_age() -> None:
    assert gap("In all, 16,000 children were adopted from abroad.", "About 16,000 children were adopted from abroad.") \
        is None


def test_a_denial_of_a_word_outside_the_claims_head_is_no_denial_of_the_claim() -> None:
    claim = "Gov. Ryan imposed a moratorium on executions after 13 men on death row were shown to be innocent."
    assert gap(claim, "Ryan imposed a moratorium on executions, saying no innocent person will face death again.") \
        is None


def test_an_age_at_the_end_is_no_figure() -> None:
    claim = "We can start living and no more nightmares, said Fran Kell, 67."
    assert gap(claim, "We can start living and no more nightmares, Fran Kell told the paper.") is None


def test_dates_years_and_ages_are_no_figures_a_carrier_must_repeat() -> None:
    claim = ("The high court on Aug. 7 refused to keep the 6-year-old boy in the country, and his father, 32, took "
             "him home in 2000.")
    assert gap(claim, "The high court refused to keep the boy in the country, and his father took him home.") is None


def test_a_figure_written_as_a_word_agrees_with_its_digits() -> None:
    claim = "Rescuers are trying to reach 6 miners trapped underground at the Harlow pit."
    assert gap(claim, "Six miners were trapped underground at the Harlow pit.") is None
    assert gap(claim, "Nine miners were trapped underground at the Harlow pit.") == "figure"


def test_a_number_written_as_a_word_is_not_required() -> None:
    claim = "He sent the girl thousands of messages over two weeks and planned an attack on one or two churches."
    assert gap(claim, "He sent the girl thousands of messages and planned an attack on churches.") is None


def test_a_figures_thousands_are_no_age() -> None:
    claim = "Poole took his prize in one payment of $2,219,807.90."
    assert gap(claim, "Lottery officials said Poole took one payment of $2,219,807.90.") is None
    assert gap(claim, "Lottery officials said Poole took one payment of $2,219,000.") == "figure"


# --- days and denials ----------------------------------------------------------------------------------------

def test_another_days_report_of_a_recurring_action_does_not_carry_the_claim() -> None:
    claim = "Federal troops Tuesday continued artillery attacks on rebel positions in the hills."
    assert gap(claim, "Federal troops continued artillery attacks on rebel positions in the hills Friday.") == "day"
    assert gap(claim, "Federal troops continued artillery attacks on rebel positions in the hills.") is None


def test_a_sentence_denying_the_claims_words_does_not_carry_it() -> None:
    claim = "New studies show that it may also be effective in childhood forms of gout."
    assert gap(claim, "Used for years as a folk remedy for gout, no studies show that it is effective.") == "denial"
    assert gap("Nor did the study conclude whether it is effective against gout.",
               "There are no studies of whether it is effective against gout.") is None


# --- acronyms ------------------------------------------------------------------------------------------------

def test_an_acronym_spelled_out_is_found_before_or_after_it() -> None:
    table = expansions(["Pills called non-steroidal anti-inflammatory drugs, or NSAIDs, are cheap.",
                        "It won approval from the Food and Drug Administration (FDA) on Friday.",
                        "The CEO met FBI agents."])
    assert set(table) == {"nsaid", "fda"}
    assert table["fda"] == frozenset({"food", "drug", "administration"})
    assert expansions(["Vorel (CDU) spoke."]) == {}, "no words before it spell the acronym"


def test_an_acronym_and_its_expansion_count_once() -> None:
    table = expansions(["Doctors prescribe non-steroidal anti-inflammatory drugs (NSAIDs) for pain."])
    claim = fold_gist(gist("Millions rely on non-steroidal anti-inflammatory drugs, or NSAIDs, for joint pain."),
                      table)
    assert "nsaid" in claim.plain and "steroidal" not in claim.plain
    carrier = fold(set(content(tokens("Vitamin E beat non-steroidal anti-inflammatory drugs (NSAIDs) in a trial."))),
                   table)
    assert len(claim.plain & carrier) == 1, "the drugs are one shared word, not six"


# --- in a brief ----------------------------------------------------------------------------------------------

def test_the_brief_cites_only_the_articles_giving_the_claims_figure() -> None:
    signs = "More than 30 no-smoking signs have been placed in the Vardania council's buildings since it passed the ban."
    a = art("a", "Harbour Times", signs, "Cafes in the capital still sell cigarettes.")
    b = art("b", "Valley Post", signs, "The health ministry of Vardania welcomed the law.")
    c = art("c", "Kell Courier", "Trading at the Vardania market resumed on Wednesday after a week of storms.",
            "The Vardania council's buildings have had no-smoking signs placed in them, on every floor and at every door, "
            "since it passed the ban.")
    brief = summarize([a, b, c], BriefConfig(sentences=1, max_sentence_words=20))  # c's sentence may carry only
    (sentence,) = brief.sentences
    assert sentence.text == signs
    assert set(sentence.citations) == {"a", "b"}, "c does not say how many signs"
