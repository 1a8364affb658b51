"""Numbers compared by what ties them (N20): one amount of money stated alike in two sentences makes the figures beside
it one slot, however far apart the two sentences are worded; "others" count what the number before them counts; one
course told twice is no update; shares of two named wholes are two measures."""

from __future__ import annotations

from builders import number_pairs, story_conflicts
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.totals import shared_amount, tied_by_amount

PORT_A = ("The finance ministry said it expects the new port to earn harbor fees of $2.3 billion over the next 12 years. "
          "Ships will start docking in the spring.")


def _at(toks: tuple[str, ...], value: str) -> int:
    return toks.index(value)


def test_one_amount_over_two_spans_is_a_conflict_between_loosely_worded_sentences():
    b = ("Officials in the coastal province praised the plan on Monday. Fishermen worried about catches, but the port's "
         "promoters cited a forecast of $2.3 billion in fees over the next 20 years for the treasury.")
    assert ("number", {"12 years", "20 years"}) in story_conflicts(PORT_A, b)


def test_two_amounts_over_two_spans_are_two_totals():
    b = ("Officials in the coastal province praised the plan on Monday. Fishermen worried about catches, but the port's "
         "promoters cited a forecast of $4.1 billion in fees over the next 20 years for the treasury.")
    assert not [c for c in story_conflicts(PORT_A, b) if c[0] == "number"]


def test_an_amount_is_stated_alike_up_to_rounding_and_at_one_scale():
    a = tuple(tokens("The agency forecasts a $3 trillion surplus over the next 25 years."))
    b = tuple(tokens("The agency projects a surplus of $2.9 trillion over the next 10 years."))
    c = tuple(tokens("The agency projects a surplus of $2.9 billion over the next 10 years."))
    assert shared_amount(a, _at(a, "25"), b, _at(b, "10"))
    assert not shared_amount(a, _at(a, "25"), c, _at(c, "10"))
    assert tied_by_amount(a, _at(a, "25"), b, _at(b, "10"))


def test_a_figure_is_tied_only_when_it_is_the_sole_one_of_its_unit():
    a = tuple(tokens("The plan costs $5 billion over 10 years and 20 years of upkeep."))
    b = tuple(tokens("The plan costs $5 billion over 15 years."))
    assert not tied_by_amount(a, _at(a, "10"), b, _at(b, "15"))




def test_others_count_what_the_number_before_them_counts():
    a = "Last winter a flu outbreak in the valley killed four people in Leeds and sickened more than 90 others."
    b = "Last winter the flu sickened 40 people and killed four in Leeds, all of them children."
    assert ("90 others", "40 people") in number_pairs(a, b, cos=0.45, crowded=True)


def test_others_of_another_count_stay_apart():
    a = "The storm destroyed three bridges in the valley and damaged 90 others, officials said."
    b = "The storm damaged 40 homes in the valley and destroyed three bridges, officials said."
    assert not [hit for hit in number_pairs(a, b, cos=0.45, crowded=True) if "40 homes" in hit]


def test_a_figure_the_other_sentence_gives_as_written_is_no_replaced_figure():
    # "others" now count bridges here; the word diff pairs "damaged 90 others" with the moved "destroyed three bridges"
    a = "The storm destroyed three bridges in the valley and damaged 90 others, officials said."
    b = "The storm damaged 40 homes in the valley and destroyed three bridges, officials said."
    assert number_pairs(a, b, cos=0.9, crowded=True) == []


def test_a_figure_given_twice_in_one_sentence_and_once_in_the_other_is_replaced():
    a = "The blast killed 3 soldiers and 3 civilians near the market."
    b = "The blast killed 5 soldiers and 3 civilians near the market."
    assert number_pairs(a, b, cos=0.9, crowded=True) == [("3 soldiers", "5 soldiers")]


def test_shares_of_two_named_wholes_are_two_measures():
    a = "Online ticket sales are expected to account for 10 percent of all transactions by 2030."
    b = "The chain's ticket sales account for about 14 percent of the concert market."
    assert number_pairs(a, b, cos=0.45, crowded=True) == []


def test_shares_of_one_named_whole_worded_apart_stay_comparable():
    a = "The chain's ticket sales account for about 30 percent of the live concert market."
    b = "The chain has about 14 percent of the retail concert market."
    assert number_pairs(a, b, cos=0.45, crowded=True) == [("30 percent", "14 percent")]


def test_one_course_told_twice_is_no_update():
    a = "The balloon rose to 30,000 feet before a slow descent to 5,000 feet over the lake."
    b = "Then the balloon, its burner failing, rose to 12,000 feet, when it began a slow descent to 5,000 feet."
    assert number_pairs(a, b, cos=0.6, crowded=True) == [("30,000 feet", "12,000 feet")]


def test_a_toll_raised_in_two_reports_stays_an_update():
    a = "The death toll in the flooded valley rose to 40 people on Tuesday, with 100 injured."
    b = "The death toll in the flooded valley rose to 45 people, with 100 injured."
    assert number_pairs(a, b, cos=0.8, crowded=True) == []


def test_a_toll_raised_between_reports_stays_an_update_when_another_count_is_restated():
    """Review R20b: the same later figure makes one course only where it is reached by "to" as well."""
    a = "The death toll rose to 40 people on Tuesday, and 12 people remain missing, the governor said."
    b = "The death toll rose to 45 people, and 12 people remain missing, the governor said."
    assert not [c for c in story_conflicts(a, b) if c[0] == "number"]


def test_a_figure_given_elsewhere_in_the_other_sentence_by_other_words_is_no_restatement():
    """Review R20b: "and 3 people" is not "killed 3 people" moved."""
    a = "The quake killed 12 people in the north and 3 people in the south, the interior ministry said on Monday."
    b = "The quake killed 3 people in the north, the interior ministry said on Monday."
    assert ("12 people", "3 people") in number_pairs(a, b, cos=0.9, crowded=True)


def test_others_after_an_aside_are_others_of_the_whole_count():
    """Review R20b: "killed 12 people, including four children, and wounded 30 others": the others are people."""
    a = ("The car bomb killed 12 people, including four children, and wounded 30 others in the crowded market, "
         "police said.")
    b = "The car bomb killed 12 people in the crowded market and wounded 25 children, police said."
    assert not [c for c in story_conflicts(a, b) if c[0] == "number"]


def test_two_equal_grants_to_two_things_tie_nothing():
    """Review R20b: one amount ties two spans only when it is said to be of one thing (a word beside it is shared)."""
    a = ("The council approved the budget on Monday. Under the plan, the city's parks department will get $3 million "
         "over the next 4 years for new playgrounds, officials said.")
    b = ("The council approved the budget on Monday. Road repairs, long delayed, will also get funding: officials said "
         "the transport office is to receive $3 million over the next 10 years.")
    assert not [c for c in story_conflicts(a, b) if c[0] == "number"]


def test_two_equal_grants_given_with_the_same_verb_tie_nothing():
    """Review R20c: the words naming what an amount is of are its own phrase, not a verb before it ("is to receive")."""
    a = ("The council approved the budget on Monday. Under the plan, the city's parks department is to receive $3 "
         "million over the next 4 years for new playgrounds, officials said.")
    b = ("The council approved the budget on Monday. Road repairs, long delayed, will also get funding: officials said "
         "the transport office is to receive $3 million over the next 10 years.")
    assert not [c for c in story_conflicts(a, b) if c[0] == "number"]


def test_a_course_may_hedge_its_later_figure_and_counts_are_no_course():
    """Review R20c: "a descent to about 10,000 feet" is a later figure; "the missing fell to 12 people" is a count."""
    a = "The jet climbed back to 24,000 feet before a rapid descent to about 10,000 feet, investigators said."
    b = "The jet climbed back to 25,000 feet before a rapid descent to about 10,000 feet, investigators said."
    assert ("24,000 feet", "25,000 feet") in number_pairs(a, b, cos=0.9, crowded=True)
    toll_a = "The death toll rose to 40 people on Tuesday, while the number of missing fell to 12 people, officials said."
    toll_b = "The death toll rose to 45 people, while the number of missing fell to 12 people, officials said."
    assert not [c for c in story_conflicts(toll_a, toll_b) if c[0] == "number"]
