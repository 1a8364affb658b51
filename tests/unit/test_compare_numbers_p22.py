"""Number conflicts (stop 22): figures of one unit that still count different things (a vague plural, some
besides those named, the part at a place named before, an item of another "of" phrase, one distance converted two
ways). Each rule beside a case it must leave alone. Every fixture is invented."""

from __future__ import annotations

from builders import first_claim as claim
from builders import hit_kinds as kinds
from newsdesk.compare import compare
from newsdesk.compare.conflicts.counted import counts_others, counts_there, of_other_things, same_conversion
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.compare.conflicts.values import _vague_ok
from newsdesk.model import Article


def conflicts(*texts: str) -> list[tuple[str, list[str]]]:
    comp = compare([Article(chr(97 + n), f"{n}.txt", t) for n, t in enumerate(texts)])
    return [(c.kind, [s.value for s in c.sides]) for c in comp.conflicts]


def test_thousands_holds_a_figure_of_hundreds_of_thousands():
    found = conflicts("Thousands of visitors tour the old castle every year.",
                      "About 150,000 visitors tour the old castle every year.")
    assert not [k for k, _ in found if k == "number"]
    assert _vague_ok("thousands", 1000.0, "150,000", 150000.0)
    assert not _vague_ok("thousands", 1000.0, "2,000,000", 2e6)


def test_hundreds_against_thousands_of_one_thing_is_still_a_conflict():
    found = conflicts("Hundreds of visitors tour the old castle every year.",
                      "About 5,000 visitors tour the old castle every year.")
    assert [k for k, _ in found] == ["number"]


def test_some_other_towns_are_no_second_count_of_all_towns():
    a = claim("Two other towns also had flood damage that was blamed on the storm.")
    b = claim("The storm was blamed for flood damage in at least six towns, with parts of the valley under water.")
    assert "number" not in kinds(pair_conflicts(a, b, 0.6))
    toks = a.slots.tokens
    assert counts_others(toks, 0, 1)
    assert counts_others(["another", "three", "men"], 1, 2)
    assert not counts_others(["three", "towns"], 0, 1)
    # "another" set against a figure of the same sentence: all of the others
    assert not counts_others(["36", "were", "killed", "and", "another", "74", "injured"], 5, 6)
    # others besides a person named, against the same: one count, compared ("his wife and [4] others")
    a = claim("The ferry was found on March 3 after his wife and 4 others drowned when it capsized in the bay.")
    b = claim("He survived a ferry sinking that drowned his wife and 9 others.")
    assert kinds(pair_conflicts(a, b, 0.6)) == ["number"]


def test_other_towns_against_other_towns_still_conflict():
    a = claim("Two other towns also had flood damage that was blamed on the storm.")
    b = claim("Four other towns also had flood damage that was blamed on the storm.")
    assert kinds(pair_conflicts(a, b, 0.9)) == ["number"]


def test_the_dead_at_one_place_named_before_are_a_part_of_all_the_dead():
    a = claim("At least 200 people have died in the fires, according to county officials, with many still missing.")
    b = claim("At least 45 people died there, in the fires.")
    assert "number" not in kinds(pair_conflicts(a, b, 0.6))
    assert counts_there(b.slots.tokens, 3)
    assert not counts_there(["At", "least", "45", "people", "died", ",", "and", "there", "were", "more"], 3)


def test_counts_of_two_charges_are_two_items_and_the_counts_of_one_charge_are_compared():
    a = claim("He faces two counts of arson, one count of trespass and five counts of criminal damage.")
    b = claim("Ned Pell, 41, was arrested Sunday on suspicion of arson, trespass and six counts of criminal damage.")
    assert pair_conflicts(a, b, 0.6) == [("number", "five counts", "six counts")]
    assert of_other_things(["two", "counts", "of", "arson"], 1, ["six", "counts", "of", "criminal", "damage"], 1)
    assert not of_other_things(["two", "counts", "of", "arson"], 1, ["six", "counts", "of", "arson"], 1)
    # a share's "of" phrase names its whole, worded as each writer likes
    assert not of_other_things(["40", "percent", "of", "voters"], 1, ["35", "percent", "of", "those", "polled"], 1)


def test_one_distance_converted_two_ways_is_no_conflict():
    a = "A search has focused on seas some 1,200km (750 miles) to the north-east of the island."
    b = "The search had focused on an area some 1,200km (745 miles) to the north-east of the island."
    assert same_conversion(a, "750 miles", b, "745 miles")
    # the distances converted differ: a conflict stays possible
    assert not same_conversion(a, "750 miles", b.replace("1,200km", "1,500km"), "745 miles")
    # a conversion that is wrong, not rounded, stays a conflict
    assert not same_conversion(a, "750 miles", b.replace("745", "340"), "340 miles")
