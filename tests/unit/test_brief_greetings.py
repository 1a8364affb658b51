"""A greeting before a given name is no full name."""

from __future__ import annotations


def test_a_greeting_and_a_given_name_are_no_full_name() -> None:
    """U25 / W25: "She [Welcome Amy]": the greeting "Welcome Amy!" was taken for Amy's full name."""
    from newsdesk.brief.antecedents import people_named
    from newsdesk.model import Article

    text = ("Amy Churchwell joins the desk as an editor. Churchwell moved from Ohio. Welcome Amy! "
            "Amy starts on Monday.")
    named = people_named([Article(id="a", source="a", text=text)]).named
    assert "Welcome Amy" not in named.values() and named.get("Churchwell") == "Amy Churchwell"
