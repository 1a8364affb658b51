"""Numbers compared by what ties them (N20): one amount of money stated alike in two sentences makes the figures beside
it one slot, however far apart the two sentences are worded."""

from __future__ import annotations

from builders import story_conflicts
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
    a = tuple(tokens("The agency forecasts $3 trillion more over the next 25 years."))
    b = tuple(tokens("The agency projects the surplus over the next 10 years will be $2.9 trillion."))
    c = tuple(tokens("The agency projects the surplus over the next 10 years will be $2.9 billion."))
    assert shared_amount(a, _at(a, "25"), b, _at(b, "10"))
    assert not shared_amount(a, _at(a, "25"), c, _at(c, "10"))
    assert tied_by_amount(a, _at(a, "25"), b, _at(b, "10"))


def test_a_figure_is_tied_only_when_it_is_the_sole_one_of_its_unit():
    a = tuple(tokens("The plan costs $5 billion over 10 years and 20 years of upkeep."))
    b = tuple(tokens("The plan costs $5 billion over 15 years."))
    assert not tied_by_amount(a, _at(a, "10"), b, _at(b, "15"))
