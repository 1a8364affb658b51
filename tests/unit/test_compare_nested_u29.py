"""A place the story itself puts inside another is no contradiction of it (U29 #5: Egypt vs Dakhleh, where one
article says "the ancient Dakhleh in Egypt's Western Desert")."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.find import nested_places
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _index(*texts: str):
    return index_claims([article_claims(Article(id=chr(97 + k), source=f"{chr(97 + k)}.txt", text=t))
                         for k, t in enumerate(texts)])


def test_a_place_in_another_after_an_adjective_and_a_possessive_is_nested():
    idx = _index("The risk was lower than it was in the ancient Kharga in Egypt's Western Desert.",
                 "The researchers studied 300 burials in Peru.")
    assert frozenset(("kharga", "egypt")) in nested_places(idx)


def test_two_places_named_apart_are_not_nested():
    idx = _index("The team worked in Kharga last year.", "The team worked in Egypt and in Peru.")
    assert frozenset(("kharga", "egypt")) not in nested_places(idx)
