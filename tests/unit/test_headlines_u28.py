"""Shouted headlines in title case (U28 #12): a word after a backtick quote is capitalised, and a dateline's
capitals are no acronym when the article also writes the word in lower case."""
from newsdesk.clean.headlines import readable_headline


def test_a_word_after_a_backtick_quote_is_capitalised():
    assert readable_headline("HARBOUR GROUP FIGHTS `CRANE SAFETY' RULES") == "Harbour Group Fights `Crane Safety' Rules"


def test_a_dateline_in_capitals_is_no_acronym():
    text = "WENDHAM _ In the days after the Wendham council voted, the mayor said the NATO summit would go ahead."
    assert readable_headline("REACTION TO WENDHAM VOTE VOCAL AND VARIED", text) == "Reaction to Wendham Vote Vocal and Varied"
    assert readable_headline("WENDHAM HOSTS NATO SUMMIT", text) == "Wendham Hosts NATO Summit"
