"""Stop 24 (M24): number conflicts that were missed (invented texts)."""

from __future__ import annotations

from builders import first_claim, number_pairs, story_conflicts
from newsdesk.compare.conflicts.numbers import _number_role


def test_a_question_does_not_hide_the_statement_it_echoes() -> None:
    # The question is the closest sentence of the second article; the statement after it gives the figure.
    got = story_conflicts(
        "The mayor could have been a firefighter 45 years ago. The chief told reporters at the station on Monday that "
        "the mayor could have been brave.",
        "Could the mayor have been a firefighter 20 years ago? \"The mayor could have been a firefighter, 20 years "
        "ago,\" the chief told reporters at the station on Monday.")
    assert ("number", {"45 years", "20 years"}) in got


def test_the_high_end_of_an_age_range_is_an_age() -> None:
    got = number_pairs("About half of voters age 18 to 29 were backing the measure in the poll, the survey found.",
                       "Voters ages 18-45 are more likely to back the measure, the survey found.", cos=0.55)
    assert [(va.split()[0], vb.split()[0]) for va, vb in got] == [("29", "45")]


def test_one_value_counting_two_things_leaves_the_count_to_compare() -> None:
    # "two" is given on both sides, once for years of probation and once for counts: the counts still differ.
    got = number_pairs("The driver was convicted last month of five counts of reckless driving and, besides a fine, will "
                       "serve two years of probation.",
                       "His lawyer has since drawn attention to the judge's lenient sentence for the driver, who was "
                       "convicted of two counts of reckless driving even though he faced up to 10 years in prison.",
                       cos=0.4)
    assert ("five counts", "two counts") in got


def test_one_value_counting_people_twice_is_one_count() -> None:
    # "three people" / "three suspects": words for people may count the same ones; no figure is left over.
    assert number_pairs("Police arrested three people and seized 40 rifles at the farm, officials said.",
                        "Police arrested three suspects and seized 12 rifles at the farm on Tuesday.",
                        cos=0.5) == [("40 rifles", "12 rifles")]


def test_a_number_counts_the_noun_after_a_list_of_modifiers() -> None:
    got = number_pairs("Inspectors seized 45 stolen, forged or expired permits from three offices, the ministry said.",
                       "The inspectors took away laptops, stamps and 120 permits from three offices on Monday.", cos=0.45)
    assert [va.split()[0] for va, _ in got] == ["45"]


def test_one_age_written_two_ways_is_no_figure_left_over() -> None:
    got = number_pairs("Jon Vale, a 31-year-old carpenter, was detained on Sunday in Lyon after a fire at his flat.",
                       "The 31-year old carpenter, also suspected of attacking a 45-year-old neighbour, was detained on "
                       "Sunday after a fire at his flat.", cos=0.5)
    assert got == []


def test_a_list_of_nouns_after_a_number_is_no_list_of_modifiers() -> None:
    # "with 25 countries and extradition agreements": the number counts countries, as "28 countries" does.
    got = number_pairs("By the end of 1996 the country had signed trade agreements with 25 countries and extradition "
                       "agreements with six countries, the minister said.",
                       "He told the delegates that the country had signed trade agreements with 28 countries and "
                       "extradition treaties with 10 countries.", cos=0.6)
    assert ("25 countries", "28 countries") in got


def test_people_and_a_vague_amount_after_a_number_are_no_list_of_modifiers() -> None:
    # "killed two people and sickened dozens": two people, not two dozens
    got = number_pairs("The fever killed two people and sickened dozens last year in Dunmore, officials said.",
                       "Last year the fever killed six people in Dunmore and sickened more than 50.", cos=0.5)
    assert ("two people", "six people") in got


def test_a_range_of_ages_in_months_counts_months() -> None:
    toks = first_claim("The disorder shows between ages 14 and 22 months in most children.").slots.tokens
    k = toks.index("22")
    assert "month" in _number_role(toks, k, k + 1)[0]
