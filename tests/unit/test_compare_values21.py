"""A conflict's sides read as values, not as the edge of a phrase (review U21: "*500,000 in*", "*, killing 213
people*", "*five on*")."""

from __future__ import annotations

from builders import story_conflicts as conflicts
from newsdesk.compare.conflicts.find import tidy_value


def test_a_value_loses_the_punctuation_and_function_words_at_its_edges() -> None:
    assert tidy_value("500,000 in") == "500,000"
    assert tidy_value(", killing 213 people") == "killing 213 people"
    assert tidy_value("and five on") == "five"
    assert tidy_value("Lanmore") == "Lanmore"
    assert tidy_value("in") == "in"  # nothing else would be left
    # letters that are no function word, and a minus sign, stay (review R21a)
    assert tidy_value("hepatitis A") == "hepatitis A" and tidy_value("Portland, OR") == "Portland, OR"
    assert tidy_value("-5") == "-5"


def test_the_sides_of_a_found_conflict_are_tidy() -> None:
    found = conflicts(
        "In neighboring Lindmark, an almost simultaneous explosion at the town hall in Korva killed 247 people, 12 of "
        "them children.",
        "On the same day at almost the same time in neighboring Lindmark, a bomb exploded outside the town hall in "
        "Korva, killing 213 people, including 12 children.")
    assert ("number", {"killed 247 people", "killing 213 people"}) in found, found
