"""Numbers compared by what they count (N18): compound nouns, units joined to the number, verbs of harm, the base of a
rate, a range written with its unit, a range end against a bound, heights reached."""

from __future__ import annotations

from builders import number_pairs
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.numbers import _number_role, _updates
from newsdesk.compare.conflicts.ranges import _same_bound, _same_range
from newsdesk.text import stem


def _at(text: str, value: str) -> tuple[list[str], int]:
    toks = tokens(text)
    return toks, toks.index(value)


def test_a_compound_counts_what_its_head_counts():
    # "crewmen" are men: one count of the dead, given twice
    hits = number_pairs("Divers will try to recover the bodies of 238 men who died aboard the submarine Vela, the navy said.",
                    "The navy hopes to recover the bodies of 118 crewmen who died aboard the submarine Vela, it said.")
    assert hits and hits[0][0].startswith("238") and hits[0][1].startswith("118")


def test_women_are_no_compound_of_men():
    toks = tokens("The ferry carried 40 women and children.")
    assert "men" not in _number_role(toks, 3, 4)[0]


def test_a_unit_joined_to_its_number_is_the_same_unit():
    # "a 140-mile section" measures miles, as "285 miles of" does
    a = "The plan would restore 285 miles of the Verde River to a wild, free-flowing condition, officials said."
    b = "The plan would restore a 140-mile section of the Verde River to a wild, free-flowing condition, officials said."
    ta, tb = tokens(a), tokens(b)
    assert _number_role(ta, ta.index("285"), ta.index("285") + 1)[0] & _number_role(tb, tb.index("140"),
                                                                                    tb.index("140") + 1)[0]
    assert number_pairs(a, b)


def test_a_bare_count_after_a_verb_of_harm_counts_the_hurt():
    hits = number_pairs("Officials said 12 soldiers were killed and another 151 injured in three attacks in the province.",
                    "Rebels carried out three attacks in the province, killing 12 soldiers and wounding 74, officials said.")
    assert ("151 injured", "74") in hits


def test_the_count_before_a_number_of_attacks_is_not_its_unit():
    toks = tokens("Officials said another 151 injured in five attacks.")
    assert _number_role(toks, 3, 4)[0] == frozenset(["injured"])


def test_a_rate_with_another_base_is_another_rate():
    hits = number_pairs("The health minister has said that 14 out of 201 residents are infected with the virus.",
                    "According to the health minister, 14 out of every 100 residents are infected with the virus.")
    assert hits and hits[0][0].startswith("201") and "100" in hits[0][1]


def test_a_rate_with_the_same_share_is_the_same_rate():
    ta, i = _at("The minister said that 7 out of 50 residents are infected with the virus.", "50")
    tb, j = _at("The minister said that 14 out of every 100 residents are infected with the virus.", "100")
    assert not _same_bound(ta, i, i + 1, tb, j, j + 1)
    hits = number_pairs("Officials said 14 out of every 100 children in the district had the virus by May.",
                    "Officials said 7 out of every 50 children in the district had the virus by May.")
    assert hits == [], hits  # the same share, written with another base (the old code set 100 against 50)


def test_a_rate_counts_what_its_base_counts():
    ta, i = _at("The minister said that 33 out of 100 residents are infected.", "33")
    tb, j = _at("Reports said 14 out of every 100 residents are infected.", "14")
    assert _number_role(ta, i, i + 1)[0] == _number_role(tb, j, j + 1)[0] != frozenset()


def test_two_heights_reached_are_two_moments_of_one_flight():
    # R18: a value reached ("climbed back to", "dropped to") is a revision, as a toll that "rose to 40" is
    assert _updates("The jet climbed back to 24,000 feet before a rapid descent to 10,000 feet.", None)
    assert _updates("The death toll rose to 40 on Monday.", None)
    hits = number_pairs("The plane climbed back to 24,000 feet after the engine failed over the sea.",
                    "The plane dropped to 10,000 feet after the engine failed over the sea.")
    assert hits == [], hits


def test_a_range_written_with_its_unit_has_the_same_low_end():
    ta, i = _at("The illness is believed to affect between 3 and 18 percent of children in the country.", "18")
    tb, j = _at("Experts estimate that 3 percent to 5 percent of children in the country have the illness.", "5")
    assert _same_range(ta, i, i + 1, tb, j, j + 1)
    ta, i = _at("Malaria causes 300 to 604 million cases a year.", "604")
    tb, j = _at("There are 300 million to 500 million cases of malaria a year.", "500")
    assert _same_range(ta, i, i + 1, tb, j, j + 1)


def test_a_range_end_against_a_bound_on_its_side():
    ta, i = _at("Buyers are families earning 60 to 166 percent of median income.", "166")
    tb, j = _at("A family can earn up to 80 percent of median income and still qualify.", "80")
    assert _same_bound(ta, i, i + 1, tb, j, j + 1)
    ta, i = _at("Buyers are families earning 60 to 166 percent of median income.", "60")
    assert not _same_bound(ta, i, i + 1, tb, j, j + 1)  # the low end is no ceiling


def test_the_high_end_of_a_range_has_the_range_s_head():
    # what a range counts is said before its low end: "affect between 3 and [5] percent", not "percent to [17]"
    ta, i = _at("The illness is believed to affect between 3 and 5 percent of children.", "5")
    assert _number_role(ta, i, i + 1)[1] == stem("affect")
    tb, j = _at("Experts say 1.5 million to 2.4 million (or 3 percent to 17 percent) of children have it.", "17")
    assert _number_role(tb, j, j + 1)[1] not in ("percent", "million")


def test_a_firefighter_is_no_fighter():
    hits = number_pairs("Some 200 firefighters battled the blaze near the town on Sunday, officials said.",
                    "Some 300 fighters battled the blaze near the town on Sunday, officials said.")
    assert hits == [], hits
