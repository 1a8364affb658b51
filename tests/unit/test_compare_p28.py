"""Helper P28 (stop 28): recall of #5 date and place conflicts; invented text only."""

from __future__ import annotations

import numpy as np

from newsdesk.compare.claims import article_claims, tokens
from newsdesk.compare.conflicts.date_pairs import one_persons_act_dated_twice
from newsdesk.compare.conflicts.pairing import anchored_conflicts, pair_conflicts
from newsdesk.compare.conflicts.places import home_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _one(text: str):
    return article_claims(Article(id=text[:8], source="x.txt", text=text)).claims[0]


def _anchored(*texts: str) -> set[tuple[str, str, str]]:
    """The anchored conflicts of a story of one-sentence articles, no pair compared before (as the lone rule reads a
    pair worded too far apart for the cosine gate)."""
    idx = index_claims([article_claims(Article(id=f"a{n}", source=f"s{n}.txt", text=t)) for n, t in enumerate(texts)])
    compared = np.zeros(idx.sim.shape, dtype=bool)
    return {(kind, va, vb) for _, _, kind, va, vb in anchored_conflicts(idx, compared, 0.4, len(texts) >= 6)}


def _dates(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((va, vb)) for kind, va, vb in found if kind == "date"}


# --- one act done once to a person, in two years (date_pairs.one_persons_act_dated_twice) -----------------------------

_KILLED = ("The council released the report of an inquiry into the police handling of the {} fatal stabbing of "
           "19-year-old Daniel Mercer in a park.")
_STABBED = ("The inquiry was ordered after Daniel Mercer, a 19-year-old apprentice, was fatally stabbed by two men near "
            "the river in {}.")


def test_one_persons_death_in_two_years():
    assert one_persons_act_dated_twice(tokens(_KILLED.format(1990)), tokens(_STABBED.format(1993))) == [("1990", "1993")]
    assert frozenset(("1990", "1993")) in _dates(_anchored(_KILLED.format(1990), _STABBED.format(1993)))


def test_one_persons_death_in_one_year_is_no_conflict():
    assert one_persons_act_dated_twice(tokens(_KILLED.format(1993)), tokens(_STABBED.format(1993))) == []


def test_two_people_killed_in_two_years_stay_apart():
    # another person's death: no name in common beside the two acts
    other = "The inquiry was ordered after Paul Avery, a 19-year-old apprentice, was fatally stabbed near the river in 1993."
    assert one_persons_act_dated_twice(tokens(_KILLED.format(1990)), tokens(other)) == []


def test_born_after_a_year_is_a_bound_not_a_birth():
    x = "Those born after 1979, like Anna Berg, are called the millennials by Anna Berg's publisher."
    y = "Anna Berg was born in 1982 in a small town, the publisher said."
    assert one_persons_act_dated_twice(tokens(x), tokens(y)) == []


# --- a body's seat in a sentence opened by "The" (places._seats) ------------------------------------------------------

def test_a_seat_of_a_body_that_opens_the_sentence():
    idx = index_claims([article_claims(Article(id=f"a{n}", source=f"s{n}.txt", text=t)) for n, t in enumerate([
        "The Lakeside Water Research Institute in Portland has sent six researchers to the coast.",
        "Results of the tests were confirmed by the Lakeside Water Research Institute in Denver on Friday.",
        "Samples went to the Lakeside Water Research Institute in Denver, officials said."])])
    assert {frozenset((va, vb)) for _, _, kind, va, vb in home_conflicts(idx) if kind == "place"} \
        == {frozenset(("Portland", "Denver"))}


# --- the lone place of each sentence, where only figures of other things differ besides (pairing) ---------------------

_PARENTS = ("Ten days before the council's vote, a small group of parents in {} appeared before the local library "
            "board and asked that a book about river spirits be taken off the shelves.")
_BOARD = ("At the urging of a group of parents, the library board in {}, a town of about 9,000, held a hearing this "
          "month on whether the volume should stay in the children's section.")

def test_lone_places_beside_figures_of_other_things():
    hits = pair_conflicts(_one(_PARENTS.format("Ashford")), _one(_BOARD.format("Milton")), 0.45, 0.4, True)
    assert ("place", "Ashford", "Milton") in hits


def test_lone_places_with_a_date_differing_too_stay_apart():
    x = _PARENTS.format("Ashford").replace("Ten days before the council's vote", "In March")
    y = _BOARD.format("Milton").replace("this month", "in June")
    assert not [h for h in pair_conflicts(_one(x), _one(y), 0.45, 0.4, True) if h[0] == "place"]


def test_a_body_named_two_ways_is_no_lone_place():
    x = ("Most children learn it early, said Dana Ruiz, professor of psychology and director of the reading project at "
         "the UW.")
    y = ("That points to a strong family component, said Dana Ruiz, professor of psychology and director of the "
         "reading project at the University of Washington.")
    assert not [h for h in pair_conflicts(_one(x), _one(y), 0.45, 0.4, True) if h[0] == "place"]
