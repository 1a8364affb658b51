"""Numbers (N23): a name one sentence spells with a letter more ("Pittsburghers" / "Pittsburgers") is the name the
other states, no other subject for the figures beside it."""

from __future__ import annotations

from builders import number_pairs
from newsdesk.compare.conflicts.actors import respelt


def test_a_name_spelt_with_one_letter_more_is_respelt():
    assert respelt("Pittsburghers", "Pittsburgers")
    assert respelt("Quebeckers", "Quebecers")
    assert not respelt("Kenya", "Kennedy")  # two names that start alike
    assert not respelt("Carter", "Carver")  # a letter changed: another name
    assert not respelt("Smith", "Smiths")  # too short to tell
    assert not respelt("Pittsburgh", "Pittsburgh")  # one spelling: nothing to pair


def test_figures_beside_one_name_spelt_two_ways_are_compared_in_a_crowded_story():
    a = "Noting that polls this spring indicated that 64 percent of Pittsburghers opposed the stadium tax, he said the " \
        "vote would fail."
    b = "Many Pittsburgers who backed the mayor are wary; recent polls indicated about 38 percent opposed the stadium tax."
    assert number_pairs(a, b, cos=0.35, crowded=True) == [("64 percent", "38 percent")]
    # two names of their own: a figure for another group ("of Bostonians" / "many Pittsburgers")
    c = "Noting that polls this spring indicated that 64 percent of Bostonians opposed the stadium tax, he said the " \
        "vote would fail."
    assert number_pairs(c, b, cos=0.35, crowded=True) == []
