"""Place conflicts whose side a distance follows (helper E25): "in [Ostrava], 300 kilometers (190 miles) east of the
capital" says how far the town lies from another place; the town is no name with a number ("Flight 370")."""

from __future__ import annotations

from builders import story_conflicts as conflicts

_A = ("The trial of the smuggler and 12 other defendants in Brno, the second city, is closed to reporters, and the "
      "paper did not say how it learned of the charges.")
_B = ("The trial, which also includes 12 other defendants, in Ostrava 300 kilometers (190 miles) east of the capital, is "
      "closed to reporters.")


def test_a_distance_after_a_place_keeps_it_a_place() -> None:
    found = conflicts(_A, _B)
    assert ("place", {"Brno", "Ostrava"}) in found, found


def test_a_name_with_a_number_is_still_no_place() -> None:
    a = "The plane that crashed was Flight 370, officials in Lisbon said on Monday after the search ended."
    b = "The plane that crashed was Flight 370, officials in Porto said on Monday after the search ended."
    found = conflicts(a, b)
    assert not [c for c in found if c[0] == "place" and "Flight" in " ".join(c[1])], found
