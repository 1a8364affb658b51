"""Review U30's cleaning and brief findings, on invented texts."""

from __future__ import annotations

import newsdesk
from newsdesk.clean import clean_text
from newsdesk.clean.boilerplate import ends_with_photo_credit

GALLERY_TAIL = (
    "Lanmore Police Chief Ada Roe, right, speaks during a press conference at Mercy Hospital, as Dr. Jo Lee listens, "
    "Monday May 4, 2015, in Lanmore,... (Associated Press)\n\n"
    "In this May 3, 2015 photo, authorities move a shooting victim to an ambulance at the Elm Street bridge in "
    "Lanmore. Four people are dead after a man opened... (Associated Press)"
)
STORY = ("A gunman killed three people on the Elm Street bridge in Lanmore on Sunday evening before shooting "
         "himself, police said. The victims were a father, his daughter and a man out for a walk, Chief Ada Roe "
         "said on Monday. The bridge will stay closed until Wednesday while detectives work the scene.")


def test_a_gallery_caption_cut_short_before_its_agency_credit_is_no_article_text() -> None:
    """AP galleries cut their captions ("... in Neenah,... (Associated Press)"): one headed a brief (U30 #5)."""
    text = clean_text(GALLERY_TAIL + "\n\n" + STORY)
    assert "speaks during a press conference" not in text and "authorities move" not in text
    assert text.startswith("A gunman killed three people")
    assert not ends_with_photo_credit("The mayor said the bridge would reopen on Friday. (Associated Press)"), (
        "a whole sentence before a credit is no cut caption")


def test_a_video_players_list_and_a_more_information_pointer_are_furniture() -> None:
    """CNN's "JUST WATCHED ... Replay More Videos ... MUST WATCH ..." and "More information: ... see ..." (U30 #12)."""
    text = clean_text(STORY + "\n\nJUST WATCHED Lanmore bridge revealed Replay More Videos ... MUST WATCH Lanmore "
                      "bridge revealed 04:56\n\nDetectives said the gunman, who lived alone, had no link to any of the three "
                      "victims, according to police.\n\n"
                      "More information: For tips on staying safe in a crowd, see the Lanmore Safety Council.")
    assert "JUST WATCHED" not in text and "More information" not in text
    assert "no link to any of the three victims" in text


def test_one_quotation_given_by_two_articles_is_in_the_brief_once() -> None:
    """ "'We're occupying all the hallways,' a student told ..." and "'We're occupying all the hallways,' she said."
    (U30 #11): one fact told twice."""
    a = ("Students at Elmwood College occupied the administration building on Monday, demanding a black studies "
         "program. \"We're occupying all the hallways,\" a student told the Lanmore Weekly. The college president "
         "said she could not meet every demand on the list. Talks resumed on Tuesday with the student council.")
    b = ("The occupation at Elmwood College entered its second day on Tuesday as students slept in the hallways. "
         "\"We're occupying all the hallways,\" she said. Organizers said more than 200 students took part. "
         "The college president met the organizers on Tuesday afternoon.")
    brief = newsdesk.brief([a, b], words=150, compare=False)
    said = [s.text for s in brief.sentences if "occupying all the hallways" in s.text]
    assert len(said) == 1, said


def test_a_phrase_quoted_inside_a_sentence_of_other_facts_makes_no_two_sentences_one() -> None:
    """Review R30: two sentences sharing "a person of interest in the case" state different facts; a quotation is one
    fact told twice only when it is what each sentence says."""
    from newsdesk.brief.same_quote import same_quote_pairs

    a = ("Investigators named the man, a former employee, \"a person of interest in the case\" and said he had been "
         "fired last month.")
    b = ("Officers found gasoline cans behind the building and detained a man they described as \"a person of "
         "interest in the case\" after he returned to the scene on a bicycle.")
    assert same_quote_pairs([a, b]) == []
    assert same_quote_pairs(["'We're occupying all the hallways,' a student told the Lanmore Weekly.",
                             "‘We’re occupying all the hallways,’ she said."]) == [(0, 1)], "single quotes, apostrophe"


def test_a_title_does_not_stop_at_a_comma_that_opens_an_insertion() -> None:
    """Review R30: "The government of President Hugo Chavez" (a subject without its verb) is no title."""
    from newsdesk.sentences import first_sentence_title

    leads = [
        ("The former chief executive of Lanmore Bank, Jo Roe, was charged on Monday with fraud after a two-year "
         "inquiry by the regulator into missing funds."),
        ("Police said Monday that a man, 45, was arrested after a standoff with officers that lasted most of the "
         "night in the east of the city."),
        ("Officials in the state of Lanmore, where three people died in floods last week, declared an emergency on "
         "Monday and asked for federal aid."),
    ]
    for lead in leads:
        title = first_sentence_title(lead)
        assert title.endswith(" …") and title.count(",") >= 1, title
