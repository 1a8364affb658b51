"""A web address in parentheses after the site's name is an aside: the sentence around it is a claim (stop 21, helper
A21). Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.model import Article


def texts(text: str) -> list[str]:
    return [c.text for c in article_claims(Article(id="a", source="a.txt", text=text)).claims]


def test_a_sentence_with_a_web_address_after_the_sites_name_is_a_claim():
    s = "Mary Cole wrote on her Garden Notes Web site (www.gardennotes.com) that the frost had killed half the crop."
    assert texts(s) == [s]


def test_a_line_that_gives_a_web_address_is_still_no_claim():
    assert texts("For more information about the garden show, visit the Web site (www.gardennotes.com).") == []
    assert texts("Readers can send their questions to the editors at www.gardennotes.com every week.") == []
