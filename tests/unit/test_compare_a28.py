"""Helper a28 (stop 28): actor recall of the cross-source comparison, on invented text."""

from __future__ import annotations

from builders import first_claim
from newsdesk.compare.conflicts.pairing import pair_conflicts


def test_one_statement_credited_to_a_paper_and_to_a_person_names_two_tellers() -> None:
    # the same words, told by a named official in one article and reported by a newspaper in the other: the two
    # articles credit one statement to two sources
    a = first_claim("Pieter Dorn said three ransom letters have reached the court since the hearing opened, the last "
                    "one on Friday.")
    b = first_claim("The Harbor Gazette newspaper reported that three ransom letters have reached the court since the "
                    "hearing opened.")
    hits = pair_conflicts(a, b, 0.41, 0.4, crowded=True)
    assert any(kind == "actor" and va == "Pieter Dorn" for kind, va, _ in hits)


def test_a_paper_against_a_teller_needs_no_quote_of_anyone_else() -> None:
    # the paper's sentence credits a named official too: the paper relays him, no second source
    a = first_claim("Pieter Dorn said three ransom letters have reached the court since the hearing opened, the last "
                    "one on Friday.")
    b = first_claim("The Harbor Gazette newspaper reported that three ransom letters have reached the court since the "
                    "hearing opened, prosecutor Hugo Brenner said.")
    hits = pair_conflicts(a, b, 0.41, 0.4, crowded=True)
    assert not any(kind == "actor" and va == "Pieter Dorn" and vb.endswith("Gazette") for kind, va, vb in hits)

