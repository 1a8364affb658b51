"""Sentences, stop 22: a case name's "v." joins its two parties (review U22: "overturned Roe v." titled a story)."""

from __future__ import annotations

from newsdesk.sentences import split_sentences


def test_a_case_name_is_one_sentence() -> None:
    text = ("The court on Friday overturned Lane v. Ortiz, a ruling of 1973. Hale v. Board of Education was cited by "
            "the dissent. The vote was close.")
    assert split_sentences(text) == [
        "The court on Friday overturned Lane v. Ortiz, a ruling of 1973.",
        "Hale v. Board of Education was cited by the dissent.",
        "The vote was close.",
    ]
