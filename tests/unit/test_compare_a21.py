"""Actor conflicts (stop 21): a spokesman of two bodies, and the top post of one unit given to two people in a crowded
story. Each rule beside a case it must leave alone. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import role_conflicts
from newsdesk.compare.conflicts.roles import described_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def art(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", text=text)


def index(*articles: Article):
    return index_claims([article_claims(a) for a in articles])


def claim(text: str):
    return article_claims(art("x", text)).claims[0]


# ---- one person, spokesman of two bodies ----------------------------------------------------------------------------


def test_a_spokesman_of_one_body_in_two_articles_and_of_another_in_one_is_a_conflict():
    idx = index(art("a", "Lena Marsh, a spokeswoman for the Harbor Trust, said the pier would reopen in May."),
                art("b", "The pier will reopen in May, said Lena Marsh, spokeswoman for the Harbor Trust."),
                art("c", "Repairs to the pier cost more than planned, said Lena Marsh, spokeswoman for Dockside Freight."))
    hits = role_conflicts(idx)
    assert [(va, vb) for _, _, va, vb in hits] == [("Dockside Freight", "Harbor Trust")]


def test_a_spokesman_of_a_body_by_its_initials_is_no_conflict():
    idx = index(art("a", "Lena Marsh, a spokeswoman for the Harbor Trust, said the pier would reopen in May."),
                art("b", "The pier will reopen in May, said Lena Marsh, spokeswoman for the Harbor Trust."),
                art("c", "Repairs to the pier cost more than planned, said Lena Marsh, spokeswoman for the HT."))
    assert not role_conflicts(idx)


def test_a_spokesman_of_two_bodies_one_article_each_is_no_conflict():
    # one report against one: nothing says which is right, and a spokesman may change jobs
    idx = index(art("a", "Lena Marsh, a spokeswoman for the Harbor Trust, said the pier would reopen in May."),
                art("c", "Repairs to the pier cost more than planned, said Lena Marsh, spokeswoman for Dockside Freight."))
    assert not role_conflicts(idx)


# ---- the top post of one unit, two holders, in a crowded story ------------------------------------------------------


def test_two_heads_of_one_unit_in_two_aligned_sentences_conflict_in_a_crowded_story():
    a = claim("``The wards are full,'' said Tom Vance, a surgeon who is also director of the burn and trauma unit at "
              "Mercy Hospital in Dover.")
    b = claim("``We have never seen a winter like it,'' said surgeon Paul Orr who heads the Burn and Trauma Unit at "
              "Mercy Hospital in Dover.")
    assert described_conflicts(a, b, crowded=True) == [("Tom Vance", "Paul Orr")]


def test_two_professors_of_one_hospital_are_no_conflict_in_a_crowded_story():
    # a post several people hold: weeks of coverage quote many of them
    a = claim("``The wards are full,'' said Tom Vance, a professor of surgery at Mercy Hospital in Dover.")
    b = claim("``We have never seen a winter like it,'' said Paul Orr, a professor of surgery at Mercy Hospital in Dover.")
    assert not described_conflicts(a, b, crowded=True)


def test_a_former_head_of_the_unit_is_no_conflict():
    a = claim("``The wards are full,'' said Tom Vance, who is the former director of the burn and trauma unit at "
              "Mercy Hospital in Dover.")
    b = claim("``We have never seen a winter like it,'' said surgeon Paul Orr who heads the Burn and Trauma Unit at "
              "Mercy Hospital in Dover.")
    assert not described_conflicts(a, b, crowded=True)


def test_heads_of_two_units_of_one_hospital_are_no_conflict():
    a = claim("``The wards are full,'' said Tom Vance, who is director of the cardiology department at Mercy Hospital in "
              "Dover.")
    b = claim("``We have never seen a winter like it,'' said Paul Orr who heads the Burn and Trauma Unit at Mercy "
              "Hospital in Dover.")
    assert not described_conflicts(a, b, crowded=True)
