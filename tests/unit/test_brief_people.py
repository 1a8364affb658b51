"""Introducing people a brief names by bare surname (newsdesk.brief.people)."""

from __future__ import annotations

import json

from builders import make_article
from newsdesk.brief.people import introduce_people, introductions
from newsdesk.model import Brief, BriefSentence, PersonNote, with_people
from newsdesk.render import brief_markdown, brief_text, to_json

ANALYST = make_article(id="a1", outlet="Harbour Times", text=(
        "Dana Whitcombe, an analyst with the consulting firm Gullwing Group, agreed that the ferry strike "
        "could last weeks.\n\n"
        "The union wants a new contract for deckhands.\n\n"
        '"This is a test of nerves," Whitcombe said.'
    ),
)
OTHER = make_article(id="a2", outlet="Coast Post", text="Ferry workers walked out on Monday at dawn.\n\nThe port was quiet by noon, officials said.",
)


def _brief(*sentences: tuple[str, str]) -> Brief:
    return Brief(sentences=tuple(BriefSentence(t, aid, (aid,)) for t, aid in sentences), articles=(ANALYST, OTHER))


def test_introductions_keep_the_full_name_and_role_the_article_gave() -> None:
    assert introductions(ANALYST) == {
        "Whitcombe": ("Dana Whitcombe", "Dana Whitcombe, an analyst with the consulting firm Gullwing Group")
    }


def test_a_bare_surname_gets_the_introduction_once_and_the_text_is_unchanged() -> None:
    quote = '"This is a test of nerves," Whitcombe said.'
    brief = introduce_people(_brief(("Ferry workers walked out on Monday at dawn.", "a2"), (quote, "a1"),
                                    ("Whitcombe said the talks would resume.", "a1")))
    first, second, third = brief.sentences
    assert first.people == () and third.people == ()  # introduced once, at the first bare mention
    assert second.text == quote
    assert second.people == (PersonNote("Whitcombe", "Dana Whitcombe, an analyst with the consulting firm Gullwing Group"),)
    assert second.display == ('"This is a test of nerves," Whitcombe [Dana Whitcombe, an analyst with the consulting '
                              'firm Gullwing Group] said.')
    assert brief.words == sum(len(s.text.split()) for s in brief.sentences)  # budget counts the sentences only


def test_no_note_when_the_brief_already_named_the_person_in_full() -> None:
    brief = introduce_people(_brief((("Dana Whitcombe, an analyst with the consulting firm Gullwing Group, agreed that "
                                     "the ferry strike could last weeks."), "a1"),
                                    ('"This is a test of nerves," Whitcombe said.', "a1")))
    assert all(s.people == () for s in brief.sentences)


def test_a_surname_two_people_share_or_a_place_gets_no_note() -> None:
    family = make_article(id="f", text=("Vera Holm, his sister, said the letter was genuine. Anton Holm wrote it in 1961. "
                                   '"I was young," Holm wrote.'))
    assert introductions(family) == {}
    town = make_article(id="t", text="Mark Selby, the mayor, said the bridge would reopen. Crews in Selby worked overnight.")
    assert introductions(town) == {}


def test_phrases_that_are_not_one_persons_name_are_not_introduced() -> None:
    art = make_article(id="n", text=("The Navy said the ship was damaged. Some Democrats said the bill would fail. "
                                "Before Benedict spoke, the crowd said prayers."))
    assert introductions(art) == {}


def test_titled_or_longer_names_are_not_bare_mentions() -> None:
    art = make_article(id="p", text="Lena Ortiz, the mayor, said the budget was balanced.")
    for text in ("Mayor Ortiz defended the budget.", "Lena Ortiz defended the budget.",
                 "Ortiz Holdings defended the budget."):
        b = introduce_people(Brief(sentences=(BriefSentence(text, "p", ("p",)),), articles=(art,)))
        assert b.sentences[0].people == (), text
    b = introduce_people(Brief(sentences=(BriefSentence("Mr. Ortiz defended the budget.", "p", ("p",)),), articles=(art,)))
    assert b.sentences[0].display == "Mr. Ortiz [Lena Ortiz, the mayor] defended the budget."


def test_a_title_role_goes_before_the_name() -> None:
    art = make_article(id="g", text='Gov. Mary Fallon said the roads were closed. "Stay home," Fallon said.')
    assert introductions(art)["Fallon"] == ("Mary Fallon", "Gov. Mary Fallon")


def test_the_note_follows_a_possessive() -> None:
    assert with_people("Holm's letter was read aloud.", [PersonNote("Holm", "Anton Holm")]) == \
        "Holm's [Anton Holm] letter was read aloud."


def test_renderings_show_the_note_and_json_carries_it() -> None:
    brief = introduce_people(_brief(('"This is a test of nerves," Whitcombe said.', "a1")))
    assert "Whitcombe [Dana Whitcombe, an analyst" in brief_markdown(brief)
    assert "Whitcombe [Dana Whitcombe, an analyst" in brief_text(brief)
    data = json.loads(to_json(brief))
    assert data["brief"]["sentences"][0]["people"] == [
        {"name": "Whitcombe", "intro": "Dana Whitcombe, an analyst with the consulting firm Gullwing Group"}]
    assert data["brief"]["sentences"][0]["text"] == '"This is a test of nerves," Whitcombe said.'


def test_calendar_words_common_words_and_clauses_are_no_people() -> None:
    may = make_article(id="m", text="Theresa May, the prime minister, said the deal was dead. The talks resume on May 12.")
    b = introduce_people(Brief(sentences=(BriefSentence("The talks will resume on May 12.", "m", ("m",)),), articles=(may,)))
    assert b.sentences[0].people == ()
    rice = make_article(id="r", text="Susan Rice, the national security adviser, said the strike was legal.")
    b = introduce_people(Brief(sentences=(BriefSentence("Rice prices rose sharply in Asia this week.", "r", ("r",)),),
                               articles=(rice,)))
    assert b.sentences[0].people == ()
    clause = make_article(id="q", text="Q. If Mona Lark said that, who told her so? Lark said nothing more.")
    assert "Lark" not in introductions(clause)


def test_a_clause_or_a_dateline_is_no_role() -> None:
    art = make_article(id="d", text=("Donald Crane, though President of the club, said he would leave. "
                                     "WASHINGTON _ Housing Secretary Andrew Lomo said the plan worked. Crane said more."))
    assert introductions(art)["Crane"] == ("Donald Crane", "Donald Crane")


def test_a_surname_opening_a_paragraph_is_not_read_as_another_persons() -> None:
    """A gallery link "... in Images" on the line before "Paganini and his colleagues" made "Images Paganini" look like
    a second person, and the study's author was never introduced (review U21)."""
    from newsdesk.brief.people import surname_ambiguous

    text = "Study author Ana Pelletier said so.\n\nWater Plumes in Images\n\nPelletier and her team used a telescope."
    assert not surname_ambiguous(text, "Pelletier", "Ana Pelletier")
    assert surname_ambiguous("Ana Pelletier said so. Later Vera Pelletier spoke.", "Pelletier", "Ana Pelletier")
