"""Numbers compared by what they count (N19): the unit as numbers.py reads it is context the two figures share, and so
is one range's end, one rate's base or one share's whole; a count narrowed by a name is not the whole count."""

from __future__ import annotations

from builders import number_pairs, story_conflicts
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.numbers import count_words, narrowed_by_name
from newsdesk.compare.conflicts.ranges import opposite_limits, restated_limit, same_measure


def _span(toks: list[str], value: str) -> tuple[int, int]:
    i = toks.index(value)
    return i, i + 1


def test_a_unit_joined_to_its_number_anchors_a_loosely_aligned_pair():
    # under the aligned threshold, "a 90-mile stretch" and "190 miles" share their unit and the verb: one figure
    a = "Removing the levees and restoring 190 miles of the Tamar River in the north to a natural, flooding state is planned."
    b = "Taking out the levees means restoring a 90-mile stretch of the Tamar to its natural, flooding state."
    hits = number_pairs(a, b, cos=0.35, crowded=True)
    assert hits and hits[0][0].startswith("190") and hits[0][1].startswith("90")


def test_one_end_of_a_range_shared_makes_the_other_end_one_slot():
    a = "Dyslexia is a common reading disorder that is believed to affect between 4 and 19 percent of pupils in Norway."
    b = "Teachers estimate that 30,000 to 50,000 (or 4 percent to 7 percent) of pupils in Norway have dyslexia."
    ta, tb = tokens(a), tokens(b)
    assert same_measure(ta, *_span(ta, "19"), tb, *_span(tb, "7"))
    assert ("19 percent", "7 percent") in number_pairs(a, b, cos=0.45, crowded=True)


def test_two_counts_of_one_rate_base_are_one_rate():
    a = "The health minister has said that 21 out of 100 Zambians are infected by the parasite, which causes the fever."
    b = ("According to the survey, 9 out of every 100 Zambians are infected with the parasite, which causes the fever, "
         "and nearly 300 Zambians die of it every week.")
    ta, tb = tokens(a), tokens(b)
    assert same_measure(ta, *_span(ta, "21"), tb, *_span(tb, "9"))
    assert number_pairs(a, b, cos=0.45, crowded=True)


def test_two_shares_of_one_whole_are_one_share():
    # the share is of the same whole ("of all cholera cases" / "of cholera cases"), whoever gives it
    a = "The agency's regional director Anna Berg said more than 95 percent of all cholera cases in the region were in the delta."
    b = "Doctors say 60 percent of cholera cases are in the delta."
    assert number_pairs(a, b, cos=0.42, crowded=True)
    ta, tb = tokens(a), tokens("Doctors say 60 percent of malaria deaths are in the delta.")
    assert not same_measure(ta, *_span(ta, "95"), tb, *_span(tb, "60"))  # another whole


def test_a_count_narrowed_by_a_name_is_not_the_whole_count():
    a = "The carmaker also turned its seating unit into a separate company with 31,000 IAM employees, it said."
    b = "The carmaker turned its 150,000-employee seating unit into a separate company last year, it said."
    ta, tb = tokens(a), tokens(b)
    assert narrowed_by_name(ta, ta.index("31,000") + 1, tb, tb.index("150,000") + 1)
    assert not number_pairs(a, b, cos=0.6, crowded=True)
    tc = tokens("The unit has 40,000 IAM employees.")
    assert not narrowed_by_name(ta, ta.index("31,000") + 1, tc, tc.index("40,000") + 1)  # the same name on both


def test_two_ages_are_no_shared_unit_by_themselves():
    # "a 24-year-old man" and "Tom Reed, 31," are two ages of (maybe) two people: the age is no context they share
    ta = tokens("Police arrested a 24-year-old man in the shooting.")
    tb = tokens("Tom Reed , 31 , was arrested in the shooting .")
    assert not count_words(ta, *_span(ta, "24"), tb, *_span(tb, "31"))


def test_two_ends_of_one_range_tie_a_loosely_aligned_pair():
    # one low end ("200 ... to") shared: the high ends are one slot, though the other sentence has more figures
    a = "Dengue causes an estimated 200 to 710 million mild infections per year, with most cases among children in Asia."
    b = "Worldwide there are 200 million to 400 million infections of dengue and 1 million to 2 million hospital stays each year."
    assert ("710 million", "400 million") in number_pairs(a, b, cos=0.37, crowded=True)


def test_a_bound_that_restates_a_range_end_is_that_end():
    # "under 40 percent" would hold 30 percent; as the upper limit of "21 to 30 percent" it is another limit
    a = "Growth in the number of members was 21 percent to 30 percent in the past three years, the club said."
    b = "The club said growth in the number of members was under 40 percent in the past three years."
    ta, tb = tokens(a), tokens(b)
    assert restated_limit(ta, *_span(ta, "30"), tb, *_span(tb, "40"))
    assert ("30 percent", "40 percent") in number_pairs(a, b, cos=0.6, crowded=True)


def test_a_low_end_is_no_approximation_of_an_upper_bound():
    # "70 to 190 percent" / "up to 90 percent": 70 is not the upper limit "about" 90, so 190 is left to compare
    a = "Eligible tenants are households earning 70 to 190 percent of the county's median income."
    b = "In most cases, a household can earn up to 90 percent of median income and still be eligible."
    ta, tb = tokens(a), tokens(b)
    assert opposite_limits(ta, *_span(ta, "70"), tb, *_span(tb, "90"))
    assert ("190 percent", "90 percent") in number_pairs(a, b, cos=0.41, crowded=True)


def test_two_shares_of_one_whole_said_of_two_things_are_no_conflict():
    # Review R19: "45 percent of American adults are overweight" / "30 percent of American adults smoke".
    found = story_conflicts("About 45 percent of American adults are overweight, according to the federal health "
                            "survey released on Tuesday.",
                            "The federal survey released on Tuesday also found that 30 percent of American adults "
                            "smoke every day.")
    assert [values for kind, values in found if kind == "number"] == []
