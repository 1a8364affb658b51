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
