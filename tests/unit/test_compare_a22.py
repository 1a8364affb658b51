"""Actor conflicts (stop 22): two holders of one post who share only a first name. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import role_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def art(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", text=text)


def index(*articles: Article):
    return index_claims([article_claims(a) for a in articles])


# ---- one post, two holders who share a first name --------------------------------------------------------------------


def test_two_holders_of_one_post_sharing_only_a_first_name_conflict():
    idx = index(art("a", "Valdorian Prime Minister Anna Lund said the border talks would resume in March."),
                art("b", "The talks were praised by Valdorian Prime Minister Anna Lund on a visit to the capital."),
                art("c", "Valdorian Prime Minister Anna-Maria Kessler said the border talks would go on."))
    hits = role_conflicts(idx)
    assert [(va, vb) for _, _, va, vb in hits] == [("Anna Lund", "Anna-Maria Kessler")]


def test_one_holder_spelt_two_ways_is_no_conflict():
    idx = index(art("a", "Valdorian Prime Minister Anna Lundqvist said the border talks would resume in March."),
                art("b", "The talks were praised by Valdorian Prime Minister Anna Lundquist on a visit to the capital."))
    assert not role_conflicts(idx)
