"""Helper a28 (stop 28): actor recall of the cross-source comparison, on invented text."""

from __future__ import annotations

from builders import first_claim, story_conflicts
from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.negation import _para_negation
from newsdesk.compare.conflicts.pairing import pair_conflicts
from newsdesk.compare.conflicts.roles import affiliation_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


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



def test_a_negation_in_the_other_sentence_about_something_else_does_not_hide_the_denial() -> None:
    # b negates only what a never speaks of ("does not disclose its market share"); it still asserts what a denies
    a = first_claim("Norvik, based in Bergen, is not the largest supplier of school books in the region.")
    b = first_claim("Although Norvik, which is based in Bergen, is the largest supplier of school books in the region, "
                    "it does not disclose its profits.")
    assert _para_negation(a, b, 0.7, crowded=True) is not None


def test_a_negation_in_the_other_sentence_of_what_a_states_still_counts() -> None:
    # b negates a word a has too ("not ... supplier"): no plain assertion to set a's denial against
    a = first_claim("Norvik, based in Bergen, is not the largest supplier of school books in the region.")
    b = first_claim("Norvik, which is based in Bergen, is the largest printer in the region but not a supplier of "
                    "school books.")
    assert _para_negation(a, b, 0.7, crowded=True) is None
    # a quantifier in b counts as b negating, whatever it negates
    c = first_claim("Norvik, which is based in Bergen, is the largest supplier of school books, with no rival in the "
                    "region.")
    assert _para_negation(a, c, 0.7, crowded=True) is None


def test_a_name_denied_with_not_known_as_is_a_negation() -> None:
    a = first_claim("The Morrow worm is not known in Norway as the MX2, after its author's initials.")
    b = first_claim("The Morrow worm, known in Norway as the MX2 for its author's initials, spread to banks on Monday.")
    assert _para_negation(a, b, 0.6, crowded=True) is not None
    # "not known whether": no statement of fact
    c = first_claim("It is not known whether the Morrow worm spread to banks in Norway on Monday.")
    d = first_claim("The Morrow worm is known to have spread to banks in Norway on Monday.")
    assert _para_negation(c, d, 0.6, crowded=True) is None


def test_a_sentence_of_what_could_be_asserts_nothing_plainly() -> None:
    # "might not be enough ... which could result in charges" / "has never been charged": no assertion of charges
    a = first_claim("Dorn has never been criminally charged over the accident.")
    b = first_claim("His apology might not be enough to end the dispute, which could result in Dorn facing criminal "
                    "charges over the accident.")
    assert _para_negation(a, b, 0.6, crowded=True) is None


def test_a_negation_in_the_clause_of_the_word_denies_it_too() -> None:
    # "Tea was not part of the ration" / "... meant bread and water, and not tea": both leave tea out
    a = first_claim("The guard has said he believed the ration meant bread and water, and not tea.")
    b = first_claim("Tea was not included in the ration given to the prisoners in the camp.")
    assert _para_negation(a, b, 0.6, crowded=True) is None


def test_one_person_given_two_parties_in_two_articles_is_an_actor_conflict() -> None:
    found = story_conflicts(
        '"It is only a formality," said one tired lawmaker, Ida Brandt of the Green Farmers Party, which voted against '
        'the law.',
        "A lawmaker with the Fisheries Ministry, Brandt said she abstained because her group had taken no position on "
        "the law.")
    assert ("actor", {"Green Farmers Party", "Fisheries Ministry"}) in found


def _affiliations(*texts: str) -> list[tuple[str, str]]:
    idx = index_claims([article_claims(Article(id=chr(97 + k), source=f"{chr(97 + k)}.txt", text=t))
                        for k, t in enumerate(texts)])
    return [(va, vb) for _, _, va, vb in affiliation_conflicts(idx)]


def test_a_surname_of_two_people_or_one_article_giving_both_bodies_is_no_affiliation_conflict() -> None:
    assert _affiliations("Ida Brandt of the Green Farmers Party voted against the law on Tuesday.",
                         "A lawmaker with the Fisheries Ministry, Brandt said she abstained from the vote.") \
        == [("Green Farmers Party", "Fisheries Ministry")]
    # two first names with one surname: two people, each with a body
    assert not _affiliations("Ida Brandt of the Green Farmers Party voted against the law on Tuesday.",
                             "A lawmaker with the Fisheries Ministry, Brandt said she abstained. Her brother, Olaf "
                             "Brandt, a farmer in the north, said he had voted for the law on Tuesday.")
    # one article gives her both: two affiliations of one person
    assert not _affiliations("Ida Brandt of the Green Farmers Party voted against the law. Brandt of the Fisheries "
                             "Ministry spoke first.",
                             "A lawmaker with the Fisheries Ministry, Brandt said she abstained from the vote.")
