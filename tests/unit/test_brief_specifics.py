"""A cited article gives what makes a claim specific: one of its names, one of its figures, its day; it does not deny
the claim's words; an acronym and its expansion count as one word (brief/specifics.py, brief/acronyms.py)."""

from __future__ import annotations

from newsdesk.brief import summarize
from newsdesk.brief.acronyms import expansions, fold, fold_gist
from newsdesk.brief.cite import figures_in
from newsdesk.brief.gist import gist
from newsdesk.brief.similarity import content, tokens
from newsdesk.brief.specifics import missing, specifics, story_names
from newsdesk.config import BriefConfig
from newsdesk.model import Article


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def gap(claim: str, carrier: str, names: frozenset[str] = frozenset()) -> str | None:
    """What ``carrier`` fails to give of ``claim``'s specifics (specifics.missing), names as the story writes them."""
    toks = tokens(carrier)
    spec = specifics(claim, gist(claim).plain, lambda tok: tok in names)
    return missing(spec, toks, set(content(toks)), figures_in(carrier, toks))


# --- names ---------------------------------------------------------------------------------------------------

def test_a_sentence_about_another_country_does_not_carry_the_claim() -> None:
    claim = "Vardania has enacted a law banning smoking in public places, but many people ignore it."
    names = frozenset(tokens("Vardania Ostland"))
    assert gap(claim, "In Ostland smoking is banned by law in public places, but some people light up anyway.",
               names) == "name"
    assert gap(claim, "Smoking in public places is banned by a law Vardania enacted, though many ignore it.",
               names) is None


def test_a_name_is_the_same_with_a_possessive_or_another_apostrophe() -> None:
    claim = "A man asked him about his gang and commented on Pryce's red shoes, police said."
    assert gap(claim, "A man confronted Pryce about his red shoes and asked about his gang.") is None
    assert gap("O’Marra said he paid the firm a large fee and never signed a contract.",
               "O'Marra said last week he paid the firm a large fee and never signed a contract.") is None


def test_a_name_in_the_sentence_before_stands_for_the_carriers_pronoun() -> None:
    claim = "Later that night Vessa Cole threw a drink on them and punched the woman before running off."
    spec = specifics(claim, gist(claim).plain)
    toks = tokens("She then threw a drink on them and punched the woman before running off.")
    assert missing(spec, toks, set(toks), set()) == "name"
    before = set(content(tokens("Police arrested Vessa Cole at a bar on Main Street.")))
    assert missing(spec, toks, set(toks), set(), before) is None


def test_a_capitalised_first_word_is_a_name_only_where_the_story_writes_it_so() -> None:
    claim = "Salmon spawn in the rivers of the north, so any plan to save them must span them all."
    assert gap(claim, "A plan to save the salmon that spawn in the rivers of the north was unveiled.") is None


def test_a_name_given_as_an_example_is_not_required() -> None:
    claim = "The push is to unionize athletes at private schools, such as Kestrel University, for now."
    assert gap(claim, "The focus is for athletes to unionize at private schools for now.") is None


def test_story_names_are_the_tokens_written_capitalised_inside_sentences() -> None:
    rows = [({"vardania"}, tokens("Smoking in Vardania is banned.")),
            ({"vardania"}, tokens("The ban in Vardania is new.")),
            (set(), tokens("Salmon are fish and the salmon spawn."))]
    assert story_names(rows) == frozenset({"vardania"})


# --- figures -------------------------------------------------------------------------------------------------

def test_a_sentence_without_the_claims_count_does_not_carry_it() -> None:
    claim = "More than 30 no-smoking signs have been placed in the city council's buildings since it passed the ban."
    assert gap(claim, "The city council passed the ban last December and it has wide support.") == "figure"
    assert gap(claim, "Some 30 no-smoking signs now hang in the council's buildings.") is None


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


def test_a_plain_acronym_is_no_name_a_carrier_must_give() -> None:
    text = "Millions rely on non-steroidal anti-inflammatory drugs, or NSAIDs, for joint pain."
    claim = fold_gist(gist(text), expansions([text]))
    spec = specifics(text, claim.plain)
    assert spec.names == frozenset()


# --- in a brief ----------------------------------------------------------------------------------------------

def test_the_brief_cites_only_the_articles_giving_the_claims_name() -> None:
    ban = "Vardania has enacted a law banning smoking in public places, but many people ignore it."
    a = art("a", "Harbour Times", ban, "Cafes in the capital still sell cigarettes.")
    b = art("b", "Valley Post", ban, "The health ministry of Vardania welcomed the law.")
    c = art("c", "Kell Courier", "In Ostland smoking is banned by law in public places, but many people ignore it.",
            "Ostland's ban dates from last year.")
    brief = summarize([a, b, c], BriefConfig(sentences=1))
    (sentence,) = brief.sentences
    assert sentence.text == ban
    assert set(sentence.citations) == {"a", "b"}, "c tells of Ostland, not Vardania"
