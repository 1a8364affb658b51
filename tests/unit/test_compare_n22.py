"""Numbers and places (N22): a fraction written in words is a figure ("three-fifths"); the most a law lets a court
impose is one figure, compared however differently two sources word it, unless the story gives it a third value or
names two laws; a nation of the United Kingdom holds its own towns only; "French-speaking Quebec" is Quebec; a country opening a sentence acts as its officials do."""

from __future__ import annotations

from builders import first_claim, number_pairs, story_conflicts
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.geography import known_to_lie_in, two_answers
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.compare.conflicts.penalties import law_scope, maximum_term, one_maximum
from newsdesk.compare.conflicts.place_events import authority_place_conflicts
from newsdesk.compare.conflicts.slots import fraction


def test_a_fraction_in_words_has_its_value():
    assert fraction("three-fifths") == 0.6
    assert fraction("one-third") == 1 / 3
    assert fraction("Two-Thirds") == 2 / 3
    assert fraction("twenty-first") is None  # an ordinal
    assert fraction("one-time") is None
    assert fraction("two-third") is None  # no fraction as written


def test_two_fractions_of_one_whole_are_a_number_conflict():
    a = "About two-fifths of the county's farms sold less than half of their crop in 2003."
    b = "About four-fifths of the county's farms sold less than half of their crop in 2003."
    assert number_pairs(a, b, cos=0.9) == [("two-fifths of", "four-fifths of")]


def _max_at(text: str) -> list[float]:
    toks = tokens(text)
    return [y for k in range(len(toks)) if (y := maximum_term(toks, k, k + 1)) is not None]


def test_a_maximum_prison_term_is_read_from_its_words():
    assert _max_at("A conviction under state law carries a maximum sentence of nine years in prison.") == [9.0]
    assert _max_at("Under state law, arson is punishable by a fine, up to 12 years in prison or both.") == [12.0]
    assert _max_at("The maximum penalty for the offense is 18 months in jail.") == [1.5]
    assert _max_at("She faces a maximum five-year sentence.") == [5.0]
    assert _max_at("He was sentenced to six years in prison.") == []  # imposed, not the most
    assert _max_at("He faces at least 20 years in prison.") == []  # a floor
    assert _max_at("Voters may elect him to a maximum of two terms of four years.") == []  # no penalty


def test_the_law_a_sentence_speaks_under():
    assert law_scope("Under federal law, perjury is a felony.") == "federal law"
    assert law_scope("A conviction under the Clean Water Act carries a fine.") == "clean water act"
    assert law_scope("Under Texas laws, a governor may grant one reprieve.") == "texas law"
    assert law_scope("The governor may grant one reprieve.") == ""


def test_a_maximum_is_one_figure_only_with_two_values_one_in_a_single_article():
    assert one_maximum([("a", 9.0, "state law"), ("b", 12.0, "state law"), ("c", 12.0, "state law")], "state law")
    # a third value: the maxima of several charges
    assert not one_maximum([("a", 9.0, ""), ("b", 12.0, ""), ("c", 4.0, "")], "")
    # a maximum under another law is kept apart
    assert one_maximum([("a", 9.0, ""), ("b", 12.0, ""), ("c", 3.0, "federal law")], "")
    # two values, each in several articles: two facts the story keeps apart
    assert not one_maximum([("a", 9.0, ""), ("b", 9.0, ""), ("c", 12.0, ""), ("d", 12.0, "")], "")


_STORY = [
    ("Prosecutors charged the two brothers on Monday with setting the warehouse fire that destroyed the Tarrow bakery. "
     "A conviction under state law carries a maximum sentence of 12 years in prison."),
    ("The fire at the Tarrow bakery burned for two days. Under state law, anyone found guilty of arson risks up to five "
     "years in prison, lawyers for the owners said."),
]


def test_two_maxima_under_one_law_are_a_number_conflict():
    assert ("number", {"12 years", "five years"}) in story_conflicts(*_STORY)


def test_two_maxima_under_two_laws_are_two_figures():
    other = _STORY[1].replace("Under state law", "Under federal law")
    assert not [c for c in story_conflicts(_STORY[0], other) if c[0] == "number"]


def test_a_nation_of_the_united_kingdom_holds_its_own_towns_only():
    assert not known_to_lie_in("Scotland", "London")
    assert two_answers("Scotland", "London")
    assert known_to_lie_in("England", "London")
    assert not two_answers("Britain", "Wales")


def test_a_compound_describing_a_place_leaves_the_place():
    assert two_answers("Maine", "French-speaking Quebec")
    assert not two_answers("Montreal", "French-speaking Quebec")


def test_one_phrase_in_two_nations_is_a_place_conflict():
    a = "The minister also ordered a review of all closed fraud cases in Wales and new rules for auditors."
    b = "The ministry ordered a review of all closed fraud cases in London that involve pension funds."
    assert ("place", "Wales", "London") in pair_conflicts(first_claim(a), first_claim(b), 0.41, 0.4, crowded=True)


def test_a_maximum_under_an_up_to_of_another_is_still_a_conflict():
    # "up to 12 years" bounds what a court may impose; as the law's maximum, it is not "a maximum of five years"
    a = _STORY[0].replace("12 years", "five years")
    b = _STORY[1].replace("up to five years", "up to 12 years")
    assert ("number", {"five years", "12 years"}) in story_conflicts(a, b)


def test_a_country_opening_a_sentence_acts_as_its_officials_do():
    a = first_claim("But Greek officials said the pumps had been shut, and officials in Lisbon said a research ship in the "
                    "bay had found no trace of an oil spill.")
    b = "Norway, which has a research ship in the bay, found no trace of an oil spill, said a Norwegian spokesman."
    assert authority_place_conflicts(a, first_claim(b)) == [("place", "Lisbon", "Norway")]
    # the country the city lies in: one answer
    c = "Portugal, which has a research ship in the bay, found no trace of an oil spill, said a Portuguese spokesman."
    assert authority_place_conflicts(a, first_claim(c)) == []


def test_a_statement_before_a_question_after_a_colon_is_no_question() -> None:
    from newsdesk.compare.consensus import is_question

    assert not is_question("The party faces the same problems that have challenged its leaders for years: "
                           "How do they slow the decline?")
    assert is_question("But who was the suspected ringleader?")
    assert is_question("Q. Were you in the office that day?")
