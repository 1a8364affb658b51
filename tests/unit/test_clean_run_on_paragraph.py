"""A story given as one long line that does not end in a full stop (a wire desk code, a photo credit) is text."""

from __future__ import annotations

from newsdesk.clean import clean_raw
from newsdesk.model import Article, RawDoc

STORY = (
    "KELL (Coastal Wire) _ The Varn river burst its banks on Friday and flooded the lower town of Kell, where"
    " about 2,000 people were moved to the sports hall overnight. The regional council said the water would"
    " keep rising until Sunday. Engineers were checking the two bridges that link the town with the coastal"
    " road, and the rail line to Ostby stays shut for a week, the operator said. Shops in the market square"
    " were sandbagged by volunteers. &UR; ka-vr"
)


def test_a_one_line_story_ending_in_a_desk_code_is_kept() -> None:
    got = clean_raw(RawDoc(source="wire.txt", content=STORY, kind="text"))
    assert isinstance(got, Article), got
    assert "The regional council said the water would keep rising until Sunday." in got.text


def test_a_long_line_without_sentences_is_still_no_paragraph() -> None:
    menu = " ".join(["Home News Sport Weather Business Culture Travel Video Podcasts Newsletters"] * 5)
    got = clean_raw(RawDoc(source="menu.txt", content=f"{menu}\n\n{STORY}", kind="text"))
    assert isinstance(got, Article)
    assert "Podcasts" not in got.text


def test_a_paragraph_introducing_a_quote_with_a_colon_is_text() -> None:
    post = ("Mayor Ilse Marchetti used the council meeting on Monday to announce a bill that would end the ferry fees:\n\n"
            "I will be introducing a bill next week to end the ferry fees for good. — Ilse Marchetti (@mayor) May 1\n\n"
            "The council is expected to vote on it in June, after the summer recess, a spokesman said:")
    got = clean_raw(RawDoc(source="post.txt", content=post, kind="text"))
    assert isinstance(got, Article), got
    assert got.text.startswith("Mayor Ilse Marchetti used the council meeting")
