"""Helper E26 (stop 26): recall of #5 conflicts in crowded stories; invented text only."""

from __future__ import annotations

import numpy as np

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.pairing import _strong_anchor, _typed_at, anchored_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _idx(*texts: str):
    return index_claims([article_claims(Article(id=f"a{n}", source=f"a{n}.txt", text=t)) for n, t in enumerate(texts)])


def _claim(idx, text_part: str):
    return next(c for c in idx.claims if text_part in c.text)


def _anchored(idx) -> list[tuple[str, str, str]]:
    n = len(idx.claims)
    return [(kind, va, vb) for _, _, kind, va, vb in anchored_conflicts(idx, np.zeros((n, n), bool), 1.0, True)]


def _year_anchor(idx, x: str, y: str) -> bool:
    a, b = _claim(idx, x), _claim(idx, y)
    return _strong_anchor("date", a, x, _typed_at(a, x), b, y, _typed_at(b, y))


def test_a_year_beside_an_act_done_once_is_anchored():
    idx = _idx("The state has hanged nine inmates since the legislature reinstated the gallows law in 1981, "
               "records show.",
               "Nine inmates have gone to the gallows since the gallows law was reinstated in 1985 by lawmakers.")
    assert _year_anchor(idx, "1981", "1985")
    hits = _anchored(idx)
    assert ("date", "1981", "1985") in hits or ("date", "1985", "1981") in hits


def test_an_act_done_once_needs_two_more_shared_words():
    # "reinstated" and one more word: two coaches reinstated in two years, nothing says it is one act
    idx = _idx("The club reinstated its coach Tom Reyes in 1994 after the inquiry ended.",
               "The league reinstated the referee Ann Moss in 1997, a spokesman said.")
    assert not _year_anchor(idx, "1994", "1997")


def test_a_year_beside_a_repeated_act_is_not_anchored():
    # a law amended in two years: many amendments, no contradiction
    idx = _idx("The council amended the parking law for downtown streets in 1994, officials said.",
               "The parking law for downtown streets was amended in 1997, the council said.")
    assert not _year_anchor(idx, "1994", "1997")
