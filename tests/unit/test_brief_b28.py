"""Brief sentences that stand alone (issue #3, helper B28): people named by surname only are introduced from any
article of the brief that names them in full, and first mentions in a possessive or after a lower-case role count."""

from __future__ import annotations

from builders import make_article
from newsdesk.brief.first_mentions import first_mentions
from newsdesk.brief.people import introduce_people, introductions, story_introductions
from newsdesk.model import Article, Brief, BriefSentence

NURSE = make_article(id="a", text=("Jo Ames, a nurse at the Brenn clinic, said the ward was full by noon. "
                                   "Ames said more beds were on the way."))
QUOTE = make_article(id="b", text=('The clinic in Brenn turned away patients on Monday. "We had no beds left," Ames '
                                   "said. The ferry brought more staff on Tuesday."))


def _brief(*pairs: tuple[str, str], articles: tuple[Article, ...]) -> Brief:
    return Brief(sentences=tuple(BriefSentence(t, a, (a,)) for t, a in pairs), articles=articles)


def test_a_surname_is_introduced_from_another_article_that_names_the_person_in_full() -> None:
    brief = introduce_people(_brief(('"We had no beds left," Ames said.', "b"), articles=(NURSE, QUOTE)))
    assert brief.sentences[0].display == '"We had no beds left," Ames [Jo Ames, a nurse at the Brenn clinic] said.'
    assert story_introductions([NURSE, QUOTE]) == {"Ames": ("Jo Ames", "Jo Ames, a nurse at the Brenn clinic")}


def test_a_surname_opening_the_brief_is_introduced_from_another_article_too() -> None:
    brief = introduce_people(_brief(("Ames said the ward was full.", "b"), articles=(NURSE, QUOTE)))
    assert brief.sentences[0].display == "Ames [Jo Ames, a nurse at the Brenn clinic] said the ward was full."
    brief = introduce_people(_brief(("Prices rose.", "b"), ("Ames said the ward was full.", "b"),
                                    articles=(NURSE, QUOTE)))
    assert brief.sentences[1].display == "Ames [Jo Ames, a nurse at the Brenn clinic] said the ward was full."


def test_no_note_from_another_article_when_the_word_is_also_a_given_name_or_two_people_share_it() -> None:
    given = make_article(id="c", text='Ames Dorner sailed at dawn with his crew. "Calm," Ames said.')
    brief = introduce_people(_brief(('"Calm," Ames said.', "c"), articles=(NURSE, given)))
    assert brief.sentences[0].people == ()
    other = make_article(id="d", text="Lu Ames, a porter, said the lifts failed. Ames said so twice.")
    assert "Ames" not in story_introductions([NURSE, other])
    brief = introduce_people(_brief(('"We had no beds left," Ames said.', "b"), articles=(NURSE, other, QUOTE)))
    assert brief.sentences[0].people == ()


def test_the_last_word_of_a_quotation_before_a_surname_is_no_given_name() -> None:
    art = make_article(id="e", text=('Senator Ivo Kessel spoke in Brenn. "We stand with Canada," Kessel said. '
                                     "Kessel left at noon."))
    brief = introduce_people(_brief(('"We stand with Canada," Kessel said.', "e"), articles=(art,)))
    assert brief.sentences[0].display == '"We stand with Canada," Kessel [Senator Ivo Kessel] said.'


def test_a_person_after_to_or_after_a_sentence_opener_is_still_one_person() -> None:
    art = make_article(id="f", text=("Mara Lind, the mayor, closed the port. According to Lind, the fog "
                                     "will lift by Friday.\n\nAs Lind spoke, the ferry sailed. Lind said it was late."))
    assert introductions(art)["Lind"] == ("Mara Lind", "Mara Lind, the mayor")


def test_a_first_mention_in_the_possessive_or_after_a_lower_case_role() -> None:
    assert first_mentions("Prime Minister Tove Ralling's plan was dropped. Ralling said so.") == {
        "Tove Ralling": "Prime Minister"}
    assert first_mentions("Host Dana Pell asked about the fog. The host smiled. Pell said more.") == {"Dana Pell": None}
    assert first_mentions("Watching Mayor Rik Sand speak, they wept. Sand said so.") == {"Rik Sand": "Mayor"}


def test_a_group_or_a_caption_word_is_no_given_name_and_a_bracket_is_no_role() -> None:
    art = make_article(id="g", text=("Watch Kessel speak here. Americans Holm said to Kessel and Holm, who spoke. "
                                     "Kessel said so. Holm said no."))
    assert introductions(art) == {}
    art = make_article(id="h", text=("The talks began, protesters [Reuters] ferry captain Ola Brandt said on Monday. "
                                     "Brandt said more."))
    assert introductions(art) == {"Brandt": ("Ola Brandt", "Ola Brandt")}


def test_a_possessive_after_a_preposition_or_a_weekday_before_a_surname_is_still_the_person() -> None:
    art = make_article(id="k", text=("Officer Lia Brandt was hurt on Monday. An inquiry into Brandt's fall began. "
                                     "In Brandt's case, the rules were clear. Last Monday Brandt fell again. "
                                     "Brandt said she was well."))
    assert introductions(art)["Brandt"] == ("Lia Brandt", "Officer Lia Brandt")


def test_an_adverb_between_a_surname_and_its_verb() -> None:
    art = make_article(id="m", text="Ferry captain Ola Brandt sailed at dawn. Brandt immediately asked for tugs.")
    assert introductions(art)["Brandt"] == ("Ola Brandt", "Ferry captain Ola Brandt")
