"""What a figure counts (N23): a month or a weekday in a figure's "of" phrase says when, not what, so "survivors of
the August 9 flood" and "survivors of the Aug. 9 flood" count one thing."""

from __future__ import annotations

from builders import number_pairs
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.counted import of_other_things, of_what


def test_a_date_in_the_of_phrase_is_no_item_counted():
    ta = tokens("Some 4,000 survivors of the August 9 flood still live in shelters.")
    tb = tokens("Some 9,000 survivors of the Aug. 9 flood still live in shelters.")
    assert "flood" in of_what(ta, 2) & of_what(tb, 2)
    assert not {"august", "aug"} & (of_what(ta, 2) | of_what(tb, 2))  # the month left out
    assert not of_other_things(ta, 2, tb, 2)
    tc, td = tokens("Some 4,000 survivors of the August 9, 2001, flood"), tokens("Some 9,000 survivors of the Aug. 9, 2001, flood")
    assert not of_other_things(tc, 2, td, 2)  # nothing but the date before the comma: no item named
    # items named by words stay apart: "[two] counts of assault" / "[six] counts of mischief"
    assert of_other_things(tokens("He faces two counts of assault."), 3, tokens("He faces six counts of mischief."), 3)


def test_figures_of_one_group_dated_two_ways_are_a_number_conflict():
    a = "Some 4,000 survivors of the August 9 flood still live in shelters, officials said."
    b = "Some 9,000 survivors of the Aug. 9 flood still live in shelters, officials said."
    assert number_pairs(a, b, cos=0.8) == [("4,000 survivors", "9,000 survivors")]
