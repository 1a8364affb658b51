"""Helper a24 (stop 24): actor and negation recall of the cross-source comparison, on invented text."""

from __future__ import annotations

from builders import first_claim, story_conflicts
from newsdesk.compare.conflicts.actors import _beside_other_words, _role_word, _same_role
from newsdesk.compare.conflicts.negation import _para_negation
from newsdesk.compare.conflicts.pairing import pair_conflicts


def test_a_name_word_beside_another_given_name_names_another_person() -> None:
    # "Marta Velden" is not stated by "Oskar Velden": a relative, not the same person
    toks = ("Her", "brother", "Oskar", "Velden", "spoke", "first", ".")
    assert _beside_other_words(["marta", "velden"], "velden", toks)
    # a title before the surname names the same person ("Mayor Velden")
    assert not _beside_other_words(["marta", "velden"], "velden", ("Mayor", "Velden", "spoke", "."))
    # the name's own first word given elsewhere in the sentence: the name is stated ("Marta's brother, Oskar Velden")
    assert not _beside_other_words(["marta", "velden"], "velden", ("Marta's", "brother", ",", "Oskar", "Velden"))


def test_a_body_sharing_a_word_with_a_title_run_is_another_body() -> None:
    # "Senate Ethics Committee" is not stated by "Senate Majority Leader Ida Brandt"
    a = first_claim('Leader Ida Brandt\'s aide Tom Kell said: "It is right for the Northfield Audit Group to review '
                    'these ledgers, and Senate Majority Leader Ida Brandt agrees."')
    b = first_claim('Kell said in a statement on Monday: "It is right for the Senate Ethics Committee to review '
                    'these ledgers."')
    hits = pair_conflicts(a, b, 0.45, 0.3)
    assert ("actor", "Northfield Audit Group", "Senate Ethics Committee") in hits


def test_a_description_set_before_a_name_is_its_role() -> None:
    toks = ("Lena's", "father", ",", "Pieter", "Dorn", ",", "said", "so", ".")
    assert _role_word(toks, 3, 5) == "father"


def test_one_quote_told_by_two_fathers_of_one_person_is_an_actor_conflict() -> None:
    # the statements share less than half their words (a's sentence tells more), but the two tellers hold one
    # relation to one person: one of the articles names the wrong father
    found = story_conflicts(
        "\"We can finally grieve for our girl after all this waiting,\" her father Pieter Dorn said in a written "
        "statement released by police in Ostend after divers recovered her car from the canal near the old harbor.",
        "\"We can finally grieve for our girl after all this waiting,\" Lena's father, Hugo Brenner, said in a "
        "statement.")
    assert ("actor", {"Pieter Dorn", "Hugo Brenner"}) in found


def test_two_tellers_with_different_relations_hold_no_one_role() -> None:
    # "Lena's lawyer, X," and "her father Y": two people of two roles, whatever they tell
    ta = ("Lena's", "lawyer", ",", "Hugo", "Brenner", ",", "said", "so", ".")
    tb = ("her", "father", "Pieter", "Dorn", "said", "so", ".")
    assert not _same_role(ta, 3, 5, tb, 2, 4)
    assert _same_role(("Lena's", "father", ",", "Hugo", "Brenner", ",", "said"), 3, 5, tb, 2, 4)


def test_a_second_word_of_the_negated_statement_may_be_the_one_after_next() -> None:
    # crowded story: "not identified the [enormous] bone" / "identified the bone": the word after next stands in place
    a = first_claim("The team of researchers from Oslo has not identified the enormous bone as part of a whale.")
    b = first_claim("After long study, the scientists have identified the bone as part of a whale, officials said.")
    assert _para_negation(a, b, 0.42, crowded=True) is not None


def test_a_second_word_before_the_negation_may_be_two_words_back() -> None:
    # "[drivers] on contract are not employees" / "the drivers qualify ... as employees"
    a = first_claim("Harbor City delivery drivers on contract are not employees of the company, a board ruled.")
    b = first_claim("The delivery drivers qualify under state law as employees of the firm, the ruling says.")
    assert _para_negation(a, b, 0.42, crowded=True) is not None
