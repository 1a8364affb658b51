""""No evidence that X" denies X: it does not confirm a sentence that asserts X (U28 #1: a State Department "no
evidence that BZ was used" was shown as confirmed by a report that survivors say BZ was fired)."""
from newsdesk.compare.fact_match import negated_terms

_NO_EVIDENCE = "The ministry said it had no evidence that nerve gas was used during the siege of Ostrava."


def test_the_clause_after_no_evidence_that_is_denied():
    denied = negated_terms(_NO_EVIDENCE)
    assert {"nerve", "gas", "siege", "ostrava"} <= denied


def test_evidence_of_something_else_is_not_a_clause_denial():
    assert "ostrava" not in negated_terms("Investigators found no evidence at the siege site in Ostrava.")
    assert negated_terms("The ministry said there was evidence that nerve gas was used in Ostrava.") == frozenset()
