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


def test_no_note_when_someone_else_stands_between_the_speaker_and_the_pronoun() -> None:
    """Review R22a: a teacher's "she said" was credited to the mayor quoted two sentences before."""
    text = ('"We will rebuild the school by the autumn," said Michael Sims, the mayor.\n\nA teacher at the school was in '
            'the building when the quake struck.\n\n"I was terrified when the walls began to shake," she said.')
    a = make_article(text, id="a")
    quote = '"I was terrified when the walls began to shake," she said.'
    brief = Brief(sentences=(BriefSentence(quote, "a", ("a",)),), articles=(a,))
    assert name_quoted_speakers(brief).sentences[0].people == ()


def test_the_bracket_goes_after_the_pronoun_that_closes_the_quotation() -> None:
    from newsdesk.model import PersonNote, with_people

    text = '"They called it the ‘reform’ he promised us, and it never came," he said.'
    assert with_people(text, [PersonNote("he", "Jo Roe")]) == (
        '"They called it the ‘reform’ he promised us, and it never came," he [Jo Roe] said.')
