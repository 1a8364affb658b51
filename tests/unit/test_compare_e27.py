"""Helper E27 (stop 27): recall of #5 conflicts (numbers, places) in crowded stories; invented text only."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.model import Article


def _one(text: str):
    return article_claims(Article(id=text[:8], source="x.txt", text=text)).claims[0]


def _hits(x: str, y: str, cos: float) -> list[tuple[str, str, str]]:
    return [(k, va, vb) for k, va, vb in pair_conflicts(_one(x), _one(y), cos, 0.4, True)]


# --- the one rate of change of each sentence (rates.only_rates_of_change) -------------------------------------------

_GROWING = ("The guild puts the number of registered beekeepers at 40,000, a number that is growing by at least "
            "{} percent a year.")
_RANGE = "The number of registered beekeepers has increased 5 percent to 10 percent in the past three years, the guild said."


def test_one_rate_of_change_against_a_range_of_rates():
    hits = _hits(_GROWING.format(20), _RANGE, 0.45)
    assert ("number", "20 percent", "5 percent") in hits


def test_a_bound_restating_the_range_end_is_no_conflict():
    assert not [h for h in _hits(_GROWING.format(5), _RANGE, 0.45) if h[0] == "number"]


def test_a_share_of_a_whole_is_no_rate_of_change():
    # "20 percent of the hives": a share of a whole, not a rate; two sentences on two measures
    x = "The guild puts the number of registered beekeepers at 40,000, with at least 20 percent of the hives in towns."
    assert not [h for h in _hits(x, _RANGE, 0.45) if h[0] == "number"]


# --- a body's seat given in an apposition (places._apposed_body_end) ---------------------------------------------------

def test_a_seat_given_in_an_apposition():
    x = "Many parents are worried, said Ann Cole of the Coastal Water Research Institute in Portland."
    y = "Ann Cole, director of the Coastal Water Research Institute, a nonprofit group based in Denver, spoke first."
    assert ("place", "Portland", "Denver") in _hits(x, y, 0.35)


def test_a_seat_in_an_apposition_with_two_nouns_joined():
    x = "Many parents are worried, said Ann Cole of the Coastal Water Research Institute in Portland."
    y = "Ann Cole works at the Coastal Water Research Institute, a research and advocacy group based in Denver."
    assert ("place", "Portland", "Denver") in _hits(x, y, 0.35)


def test_based_in_without_an_apposition_names_no_seat():
    # "a firm based in Denver" describes another body than the institute named before the comma
    x = "Many parents are worried, said Ann Cole of the Coastal Water Research Institute in Portland."
    y = "The Coastal Water Research Institute hired Lake Partners, which is a firm based in Denver."
    assert not [h for h in _hits(x, y, 0.35) if h[0] == "place"]


# --- "claimed" and "killed" people: one toll (numbers.same_toll) ------------------------------------------------------

def test_people_claimed_and_people_killed_are_one_toll():
    x = "The storm hit the coast in early May, and floods that claimed over 90 people in Dacca and two other towns."
    y = "The storm brought floods to three river valleys that killed some 40 people in Dacca and two other towns."
    assert ("number", "90 people", "40 people") in _hits(x, y, 0.45)


def test_people_claimed_without_a_toll_word_elsewhere_stay_apart():
    # "rescued" is no toll: the people claimed dead and the people rescued are two counts
    x = "The storm hit the coast in early May, and floods that claimed over 90 people in Dacca and two other towns."
    y = "Crews rescued some 40 people in Dacca and two other towns after the storm brought floods to three valleys."
    assert not [h for h in _hits(x, y, 0.45) if h[0] == "number"]


def test_a_town_given_with_its_state_against_that_state():
    # "Salem, Ore." lies in Oregon: the two seats agree
    x = "About 90 parents are worried, according to the Coastal Water Research Institute in Salem, Ore."
    y = "Ann Cole works at the Coastal Water Research Institute, a research and advocacy group based in Oregon."
    assert not [h for h in _hits(x, y, 0.35) if h[0] == "place"]
    y2 = "Ann Cole works at the Coastal Water Research Institute, a research and advocacy group based in Florida."
    assert [h for h in _hits(x, y2, 0.35) if h[0] == "place"]


# --- one person's workplace placed in two places (places.affiliate_seat_conflicts) ------------------------------------

def test_one_persons_workplace_in_two_places():
    x = "``The results are very strong,'' said Dr. Ann Cole, a chemist at the State University of Ohio in Toledo."
    y = "But Dr. Ann Cole, a professor at the State University of Ohio at Dayton, said more work was needed."
    assert ("place", "Toledo", "Dayton") in _hits(x, y, 0.35)


def test_two_people_at_two_campuses_are_no_conflict():
    x = "``The results are very strong,'' said Dr. Ann Cole, a chemist at the State University of Ohio in Toledo."
    y = "But Dr. Tom Reyes, a professor at the State University of Ohio at Dayton, said more work was needed."
    assert not [h for h in _hits(x, y, 0.35) if h[0] == "place"]


def test_more_than_a_share_is_no_rate_of_change():
    # "more than 20 percent of the hives" / "more than 60 percent of hives": shares of a whole, bounded, not changes
    x = "The guild puts the number of beekeepers at 40,000, and says more than 20 percent of the hives are in towns."
    y = "More than 60 percent of hives are kept in towns, the guild said, and the number of beekeepers is 35,000."
    assert rates_only(x, "20", y, "60") is False


def rates_only(x: str, vx: str, y: str, vy: str) -> bool:
    from newsdesk.compare.conflicts.rates import only_rates_of_change
    from newsdesk.compare.conflicts.slots import _typed_slots
    ta, tb = _one(x).slots.tokens, _one(y).slots.tokens
    sa, sb = _typed_slots(tuple(ta)), _typed_slots(tuple(tb))
    i, j = ta.index(vx), tb.index(vy)
    return only_rates_of_change([s for s in sa if s[0] == "number"], ta, i, i + 1,
                                [s for s in sb if s[0] == "number"], tb, j, j + 1)
