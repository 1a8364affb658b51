"""Place and actor conflicts (stop 22): a name that only describes another ("U.S.-China forces", "U.S. President X",
"the 70th Precinct") is no side, nor is a site against the town it may lie in. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.conflicts.find import _no_sides, describes_other_name
from newsdesk.compare.conflicts.geography import structure_against_area
from newsdesk.model import Article


def conflicts(*texts: str) -> list[tuple[str, list[str]]]:
    comp = compare([Article(chr(97 + n), f"{n}.txt", t) for n, t in enumerate(texts)])
    return [(c.kind, [s.value for s in c.sides]) for c in comp.conflicts]


def test_a_name_joined_to_another_or_naming_a_post_or_a_numbered_unit_describes():
    text = "The climbers were found by Nepal-India joint patrols."
    assert describes_other_name(text, text.find("Nepal"), text[text.find("Nepal") + 5:])
    text = "But Canadian Prime Minister Anna Holt on Friday announced tariffs."
    assert describes_other_name(text, text.find("Canadian"), text[text.find("Canadian") + 8:])
    text = "He approached two officers in the 41st Precinct near his home."
    assert describes_other_name(text, text.find("Precinct"), text[text.find("Precinct") + 8:])
    text = "Canada announced tariffs on Friday."
    assert not describes_other_name(text, 0, text[6:])
    text = "On May 5 Obama announced tariffs."
    assert not describes_other_name(text, text.find("Obama"), text[text.find("Obama") + 5:])


def test_a_site_against_the_town_is_no_place_conflict():
    found = conflicts("On Sunday, rescuers said they found the missing hiker in Millbrook, along Stony Creek, near the old mill.",
                      "The hiker was found along Stony Creek about a mile east of the Copper Bridge, rescuers said.")
    assert not [k for k, _ in found if k == "place"]
    assert structure_against_area("Harbor Beach Resorts", "Florida")
    assert not structure_against_area("Copper Bridge", "Stone Bridge")  # two structures: two answers to where
    assert not structure_against_area("Port Alder", "Kelso Bay")  # a bay may be a town's name



def test_a_country_before_a_post_against_a_name_is_no_side_but_two_bodies_of_one_post_are():
    a = "But U.S. President Ann Holt on Friday announced tariffs."
    b = "Responding to moves in Greenland, President Holt on Friday announced tariffs."
    entry = {"sides": {"u.s": ("U.S", a, ["a"]), "greenland": ("Greenland", b, ["b"])}}
    assert _no_sides(("actor", "greenland", "u.s"), entry, None)
    a = "In Washington, State Department spokesman Tom Reed welcomed the vote."
    b = "In Washington, Trade Office spokesman Tom Reed welcomed the vote."
    entry = {"sides": {"state department": ("State Department", a, ["a"]), "trade office": ("Trade Office", b, ["b"])}}
    assert not _no_sides(("actor", "state department", "trade office"), entry, None)
