"""Helper a25 (stop 25): actor recall of the cross-source comparison, on invented text."""

from __future__ import annotations

from builders import first_claim
from newsdesk.compare.conflicts.actors import affiliate_of, tellers_of_one_statement
from newsdesk.compare.conflicts.negation import _para_negation
from newsdesk.compare.conflicts.pairing import pair_conflicts


def _span(tokens: tuple[str, ...], words: str) -> tuple[int, int]:
    w = words.split()
    i = next(k for k in range(len(tokens)) if list(tokens[k:k + len(w)]) == w)
    return i, i + len(w)


def test_one_quote_credited_to_two_speakers_is_an_actor_conflict_in_a_crowded_story() -> None:
    # the same words quoted, told by two different people; the attributions differ ("told the Courier" / "said"),
    # and the quote ends in a word of no content, so no word but the quote itself ties the two names
    a = first_claim("\"The hull was split open along the keel and the crew could do nothing about it,\" Petra "
                    "Lindqvist, a harbour authority spokeswoman, told the Courier.")
    b = first_claim("\"The hull was split open along the keel and the crew could do nothing about it,\" Ivo Varga "
                    "said.")
    hits = pair_conflicts(a, b, 0.6, 0.4, crowded=True)
    assert ("actor", "Petra Lindqvist", "Ivo Varga") in hits


def test_two_speakers_of_different_statements_are_no_tellers_of_one_statement() -> None:
    a = first_claim("\"The hull was split open along the keel,\" Petra Lindqvist said.")
    b = first_claim("\"We expect the ferry to sail again by spring after repairs in dry dock,\" Ivo Varga said.")
    ta, tb = a.slots.tokens, b.slots.tokens
    assert not tellers_of_one_statement(a, ta, *_span(ta, "Petra Lindqvist"), b, tb, *_span(tb, "Ivo Varga"))
    assert not any(k == "actor" for k, _, _ in pair_conflicts(a, b, 0.6, 0.4, crowded=True))


def test_a_body_given_to_one_person_names_that_persons_affiliation() -> None:
    toks = ("Delegate", "Ines", "Morrow", "of", "the", "Harbour", "Party", "voted", "no", ".")
    assert affiliate_of(toks, 5, 7) == "morrow"
    toks = ("A", "delegate", "with", "the", "small", "Harbour", "Party", ",", "Morrow", "said", "so", ".")
    assert affiliate_of(toks, 5, 7) == "morrow"
    # a body in what is said, then who says it: no affiliation
    toks = ("The", "money", "comes", "from", "the", "Harbour", "Fund", ",", "Morrow", "said", ".")
    assert affiliate_of(toks, 5, 7) == ""
    # a body given to a role, not a name; a body's own head word ("Bank of ...") holds no one
    toks = ("The", "head", "of", "the", "Harbour", "Party", "resigned", ".")
    assert affiliate_of(toks, 4, 6) == ""
    toks = ("The", "Bank", "of", "Lorvania", "raised", "its", "rate", ".")
    assert affiliate_of(toks, 3, 4) == ""


def test_one_person_given_two_parties_is_an_actor_conflict_between_loosely_aligned_sentences() -> None:
    a = first_claim("A delegate with the small coastal Harbour Party, Morrow said she abstained because her party "
                    "had no position on the levy.")
    b = first_claim("\"It is only a formality,\" said one tired delegate, Ines Morrow of the Granite League, which "
                    "voted against the levy.")
    hits = pair_conflicts(a, b, 0.34, 0.4, crowded=True)
    assert ("actor", "Harbour Party", "Granite League") in hits


def test_a_second_word_past_a_time_or_in_a_possessive_stands_in_place() -> None:
    # loosely aligned sentences (cosine under PARA_NEG): a second word must stand in place; it is read past a time
    # ("last month"), in a possessive ("Adler's") and in a hyphenated word ("steel-frame")
    a = first_claim("The driver was not charged last month with two counts of arson after the warehouse fire.")
    b = first_claim("Prosecutors say a neighbour was charged with two counts of arson in May.")
    assert _para_negation(a, b, 0.4) is not None
    a = first_claim("Marks on the lock are not consistent with Adler's account, according to the report.")
    b = first_claim("Investigators said the scratches were consistent with Ms. Adler's story and closed the file.")
    assert _para_negation(a, b, 0.4) is not None
    a = first_claim("The new panels would not be bolted onto the steel-frame roof, the builder said.")
    b = first_claim("Tiles will be bolted to a steel roof over the winter, the builder said.")
    assert _para_negation(a, b, 0.4) is not None


def test_no_second_word_in_place_is_still_no_contradiction() -> None:
    # the negated word alone is shared ("charged"): what was charged differs, nothing else stands in place
    a = first_claim("The driver was not charged last month with any offence after the warehouse fire.")
    b = first_claim("The bank charged a fee of two percent on every transfer, the regulator said.")
    assert _para_negation(a, b, 0.4) is None


def test_an_indirect_question_after_the_negated_verb_is_no_condition() -> None:
    a = first_claim("At each visit the parents were not asked if their children had been vaccinated against measles.")
    b = first_claim("Nurses asked the parents if their children had been vaccinated against measles at each visit.")
    assert _para_negation(a, b, 0.55) is not None
    # a condition still is one
    a = first_claim("The ferry would not sail if the wind rose above force eight, the captain said.")
    b = first_claim("The ferry will sail on Friday, the captain said.")
    assert _para_negation(a, b, 0.55) is None


def test_a_denial_negated_against_the_denial_reported_is_a_contradiction() -> None:
    a = first_claim("The fire gutted a warehouse that the mayor said held stolen tyres, a claim the owner has not "
                    "denied.")
    b = first_claim("The fire gutted a warehouse that the mayor said held stolen tyres, a claim the owner has denied.")
    assert [k for k, _, _ in pair_conflicts(a, b, 0.95, 0.4, crowded=True)] == ["denial"]
    # a denial of something else still keeps b from asserting what a negates
    a = first_claim("The owner was not arrested after the fire, police said.")
    b = first_claim("The owner, who was arrested after the fire, denied any part in it, police said.")
    assert pair_conflicts(a, b, 0.6, 0.4, crowded=True) == []


def test_a_compound_of_three_parts_gives_no_second_word() -> None:
    # "day-to-day" is no "day": an idiom, not the word the other sentence has
    a = first_claim("Many shops aren't taking day-to-day safety measures, such as locking the back doors.")
    b = first_claim("Some staff had thought of taking the day off.")
    assert _para_negation(a, b, 0.45, True) is None
