"""Brief, stop 22 (review U22): a quotation credited to "he" or "she" names its speaker when the brief lifted it
away from the sentence that said who it is."""

from __future__ import annotations

from tests.builders import make_article

from newsdesk.brief.antecedents import name_quoted_speakers
from newsdesk.model import Brief, BriefSentence

_TEXT = ("The lander will carry four crew members to the lunar surface by 2030, the agency said on Monday.\n\n"
         '"We are building the road to the moon," said Dana Reyes, the programme\'s chief engineer. '
         '"It will take a whole industry of companies," she said.\n\n'
         "Rival firms bid for the contract as well.")


def _brief(*texts: str) -> Brief:
    a = make_article(_TEXT, id="a")
    return Brief(sentences=tuple(BriefSentence(t, "a", ("a",)) for t in texts), articles=(a,))


def test_the_pronoun_after_a_quotation_is_named() -> None:
    lead = "The lander will carry four crew members to the lunar surface by 2030, the agency said on Monday."
    quote = '"It will take a whole industry of companies," she said.'
    got = name_quoted_speakers(_brief(lead, quote))
    assert got.sentences[1].display == '"It will take a whole industry of companies," she [Dana Reyes] said.'


def test_no_note_when_the_reader_has_just_read_who_speaks() -> None:
    before = '"We are building the road to the moon," said Dana Reyes, the programme\'s chief engineer.'
    quote = '"It will take a whole industry of companies," she said.'
    got = name_quoted_speakers(_brief(before, quote))
    assert got.sentences[1].people == ()
