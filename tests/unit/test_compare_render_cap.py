"""The capped lists of the brief's "Where sources differ": one item over the cap is shown, not pointed to."""

from __future__ import annotations

from newsdesk.compare.render import _capped


def test_one_over_the_cap_is_shown() -> None:
    six = [f"- item {i}" for i in range(6)]
    assert _capped("Contradictions", six, 5) == ["### Contradictions", "", *six, ""]


def test_more_over_the_cap_are_pointed_to() -> None:
    seven = [f"- item {i}" for i in range(7)]
    out = _capped("Contradictions", seven, 5)
    assert out[2:7] == seven[:5]
    assert out[7] == "… and 2 more (newsdesk compare for all)"
    assert _capped("Contradictions", seven, None)[2:9] == seven
