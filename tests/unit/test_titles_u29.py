"""An untitled story is not headed by a quotation or a sentence that opens with a connective (U29 #11)."""

from __future__ import annotations

from newsdesk.model import Article, Brief, BriefSentence
from newsdesk.render import story_title, title_worthy


def test_connective_and_quotation_openings_do_not_head_a_story():
    a = Article(id="a", source="a", text="By contrast, the rival campaign spent little online. "
                "The Dunmore campaign spent $2 million on online ads in May.")
    b = Article(id="b", source="b", text='"We were outspent," the rival manager said.')
    brief = Brief(sentences=(BriefSentence('"We were outspent," the rival manager said.', "b", ("b",)),
                             BriefSentence("By contrast, the rival campaign spent little online.", "a", ("a",)),
                             BriefSentence("The Dunmore campaign spent $2 million on online ads in May.", "a", ("a",))),
                  articles=(a, b))
    assert story_title(brief) == "The rival campaign spent little online."  # the connective dropped


def test_title_worthy():
    assert title_worthy('"Star Wars" opens to record crowds.')
    assert not title_worthy("By Jo Roe and Al Poe Sure, the film opens today.")
    assert not title_worthy("All in all, the talks went well.")
    assert not title_worthy("“It is over,” she said.")
    assert title_worthy("Talks between the union and the carmaker ended on Friday.")
