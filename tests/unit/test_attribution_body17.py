"""An unnamed group keeps the body or place it speaks for ("officials at the Pentagon"): who says it is half the
fact a reader is told, and "officials (anonymous)" alone loses it (compare.attribution)."""

from __future__ import annotations

import pytest

from newsdesk.compare.attribution import sentence_speakers


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Investigators from the marine accident board said the ferry had lost power.",
         "Investigators from the marine accident board"),
        ("Officials at the Pentagon said the strike killed 12.", "Officials at the Pentagon"),
        ("An airport official in Cairo said the plane landed safely.", "An airport official in Cairo"),
        ("Scientists at the University of Oslo said the ice was thinning.", "Scientists at the University of Oslo"),
        ("A senior official in the Veyran administration said the talks failed.",
         "A senior official in the Veyran administration"),
    ],
)
def test_the_body_an_unnamed_group_speaks_for_is_kept(sentence: str, who: str) -> None:
    speakers = sentence_speakers(sentence)
    assert [(s.who, s.kind) for s in speakers] == [(who, "anonymous")]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Officials in the morning said 40 people were sick.", "Officials"),  # a time, not a body
        ("A spokesman at Kerry's said the event was cancelled.", "A spokesman"),  # the phrase goes on unread
        ("The fire spread at night, officials at the scene said.", "officials"),  # a scene is no body
    ],
)
def test_no_body_is_invented(sentence: str, who: str) -> None:
    assert [s.who for s in sentence_speakers(sentence)] == [who]
