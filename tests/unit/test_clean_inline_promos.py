"""Gallery links run into paragraphs, captions closed by a "Credit:" line and captions opening "This photo shows"
are page furniture, not the story (U29 #12)."""

from __future__ import annotations

from newsdesk.clean.boilerplate import ends_with_photo_credit, opens_as_caption
from newsdesk.clean.inline_promos import without_inline_promos
from newsdesk.clean.stage import clean

STORY = """Divers find a wreck off Skerry Point

Divers have found the wreck of a steamer that sank off Skerry Point in 1911, the museum said on Monday. [Photos: Ten Wrecks of the North Sea]

This image show the bow of the steamer resting on the seabed.

The steamer went down in a storm with 31 crew on board, and only four survived, records show.

The bell of the ship was recovered last week. It bears the name of the yard that built her. Credit: Image courtesy Ana Ruiz

Museum director Pia Lund said the wreck would be surveyed again in the spring. [Video: Diving to the Wreck]
"""


def test_promos_captions_and_credited_captions_are_cut():
    text = clean(STORY).text
    assert "[Photos:" not in text and "[Video:" not in text
    assert "This image show" not in text
    assert "The bell of the ship" not in text and "Credit:" not in text
    assert "the museum said on Monday." in text
    assert "would be surveyed again in the spring." in text
    assert "only four survived, records show." in text


def test_an_editors_bracket_stays():
    assert without_inline_promos('"They knew [what it was]," she said.') == '"They knew [what it was]," she said.'


def test_credit_line_and_caption_openings():
    assert ends_with_photo_credit("Crews cleared the road. Image credit: Harbour Council")
    assert not ends_with_photo_credit("The council said credit was tight: banks lent less")
    assert opens_as_caption("In this photo taken on May 3, crews clear the road.")
    assert not opens_as_caption("This picture of the town is not the one voters know, the mayor said, and "
                                + "she went on " * 30)
