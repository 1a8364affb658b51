"""A country is not glossed with a body's name that ends in it (U29 #8: "Canada [Smoke-Free Canada]")."""

from __future__ import annotations

from newsdesk.brief.people import introductions
from newsdesk.model import Article


def test_a_name_after_an_article_is_no_person():
    a = Article(id="a", source="a.txt", text=(
        "The rules would be the strictest anywhere, according to Jo Lee of Doctors for a Smoke-Free Norway. "
        "Norway has tightened its rules. Norway said the new labels would follow in May."))
    assert "Norway" not in introductions(a)


def test_a_surname_that_is_a_country_written_as_a_place_is_no_person():
    a = Article(id="a", source="a.txt", text=(
        "Ana Chad, a trade minister, said the talks had failed. Exports to Chad fell. Chad said more talks were due."))
    assert "Chad" not in introductions(a)


def test_a_person_is_still_introduced():
    a = Article(id="a", source="a.txt", text="Jane Roe, a lawyer for the family, said it was wrong. Roe said more.")
    assert introductions(a) == {"Roe": ("Jane Roe", "Jane Roe, a lawyer for the family")}


def test_a_persons_name_before_a_noun_keeps_the_person():
    a = Article(id="a", source="a.txt", text=(
        "Ines Lacroix, a lawyer, said the Ines Lacroix affair had ended. Lacroix said she was relieved."))
    assert "Lacroix" in introductions(a)
