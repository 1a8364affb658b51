"""Shares (N23): a share is anchored as a count is, by two content words besides "percent" that both sentences put
around it ("polls indicated that [64] percent" / "polls indicated about [38] percent"), in sentences worded too far
apart for the cosine gate."""

from __future__ import annotations

from builders import first_claim
from newsdesk.compare.conflicts.pairing import _strong_anchor, _typed_at


def _anchor(a: str, va: str, b: str, vb: str) -> bool:
    ca, cb = first_claim(a), first_claim(b)
    sa, sb = _typed_at(ca, va), _typed_at(cb, vb)
    assert sa and sb
    return _strong_anchor("number", ca, va, sa, cb, vb, sb)


def test_a_share_in_the_same_words_is_a_strong_anchor():
    assert _anchor("Opinion polls this spring indicated that 64 percent of voters rejected the tax.", "64 percent",
                   "Most voters dislike it; polls indicated about 38 percent rejected the tax outright.", "38 percent")
    # one shared word besides the share: shares of many things ("dropped by 33 percent" / "fell 50 percent")
    assert not _anchor("Sales of the model dropped by 33 percent in the spring.", "33 percent",
                       "Its shares fell more than 50 percent in the spring.", "50 percent")


def test_a_rate_of_change_is_no_share_anchor():
    # two growth rates worded alike: estimates of a change, of which a story has many
    assert not _anchor("The number of members is growing by at least 7 percent a year, the group estimates.",
                       "7 percent",
                       "Experts reckon the number of members is growing by at least 15 percent a year.", "15 percent")
    assert not _anchor("Opinion polls indicated that spending rose 64 percent among voters.", "64 percent",
                       "Polls indicated about 38 percent more spending among voters.", "38 percent")
