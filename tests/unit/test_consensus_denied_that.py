""""X said A" and "X denied that A" are no confirmation of each other (X25: both shown under "Confirmed by
independent sources", 2 sources)."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.fact_match import negated_terms
from newsdesk.model import Article

A = ("A truck overturned on the M9 motorway near Dunmore on Tuesday night, closing both lanes for six hours, police "
     "said. The haulage firm Brennan Freight said the truck's brakes had been serviced last month.")
B = ("A truck overturned on the M9 motorway near Dunmore on Tuesday night, closing both lanes for six hours, police "
     "said. Brennan Freight denied that the truck's brakes had been serviced last month.")


def test_a_denial_that_confirms_nothing_it_denies() -> None:
    result = compare([Article("a", "a.txt", A, outlet="Dunmore Post"), Article("b", "b.txt", B, outlet="Valley Times")])
    confirmed = [f.text for f in result.facts if f.independent_sources >= 2]
    assert not any("brakes" in t for t in confirmed), confirmed
    assert any("overturned" in t for t in confirmed)


def test_the_clause_after_denied_that_is_denied() -> None:
    assert {"brak", "servic"} <= negated_terms("Brennan Freight denied that the brakes had been serviced.")
    assert {"troop", "border"} <= negated_terms("The ministry denied claims that troops had crossed the border.")
    assert negated_terms("The ministry denied the report, an official said.") == frozenset()


def test_the_denied_clause_ends_where_the_sentence_goes_on() -> None:
    """R25: "denied that it had cut jobs and said it would hire 200 workers" denied the hiring too."""
    denied = negated_terms("The company denied that it had cut jobs and said it would hire 200 workers in Dunmore.")
    assert "cut" in denied and "hire" not in denied and "dunmore" not in denied
