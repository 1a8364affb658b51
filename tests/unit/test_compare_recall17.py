"""Slot-anchored pairs (X17): a figure or a date in the same words, in sentences otherwise worded apart."""

from __future__ import annotations

import numpy as np

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.pairing import _outlier, _strong_anchor, _typed_at, anchored_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _idx(*texts: str):
    return index_claims([article_claims(Article(id=f"a{n}", source=f"a{n}.txt", text=t)) for n, t in enumerate(texts)])


def _claim(idx, text_part: str):
    return next(c for c in idx.claims if text_part in c.text)


def _anchored(idx) -> list[tuple[str, str, str]]:
    # every pair is open to the slot-anchored comparison: nothing was compared, the aligned gate is out of reach
    n = len(idx.claims)
    return [(kind, va, vb) for _, _, kind, va, vb in anchored_conflicts(idx, np.zeros((n, n), bool), 1.0, True)]


CRASH = [
    ("The boy survived a sinking that killed his mother and 10 others. He was found clinging to an inner tube by two "
     "fishermen."),
    ("Relatives took the boy in after the shipwreck. His mother and 23 others were killed when their boat capsized, "
     "relatives said."),
    "His mother and 10 others were killed on the crossing, and the boy spent two days at sea.",
]


def test_one_figure_against_the_rest_in_the_same_words():
    idx = _idx(*CRASH)
    hits = _anchored(idx)
    assert ("number", "23 others", "10 others") in hits or ("number", "10 others", "23 others") in hits


def test_a_third_figure_in_the_same_words_is_a_frame_of_many_facts():
    idx = _idx(*CRASH, "Last year a smuggler's boat sank and his mother and 31 others were killed on another "
                       "crossing, officials said.")
    assert not any(k == "number" and "23" in va + vb for k, va, vb in _anchored(idx))


def test_two_values_each_given_by_several_articles_are_kept_apart():
    idx = _idx(CRASH[0], CRASH[1], CRASH[2],
               "Another account said his mother and 23 others were killed when the boat capsized near Key Biscayne.")
    a, b = _claim(idx, "killed his mother and 10"), _claim(idx, "mother and 23 others were killed when their")
    sa, sb = _typed_at(a, "10 others"), _typed_at(b, "23 others")
    occ = [(c.article, t, v, ctx) for c in idx.claims for t, v, ctx in
           [(s[0], s[1], s[3]) for s in [_typed_at(c, x) for x in ("10 others", "23 others")] if s]]
    assert not _outlier(occ, sa, sb)


def test_weekdays_spans_of_time_and_shares_are_not_anchored():
    idx = _idx("Housing Secretary Andrew Cuomo said Thursday the program will grow.",
               "Housing Secretary Andrew Cuomo said Tuesday in an interview the program will grow.",
               "Crimes reported fell in the first ten months of this year, the ministry said.",
               "Crimes reported fell in the first six months this year, the ministry said.",
               "The murder rate has dropped by as much as 28 percent in large cities.",
               "The murder rate has dropped by as much as 44 percent in some cities.")
    for (x, vx), (y, vy) in [(("said Thursday", "Thursday"), ("said Tuesday", "Tuesday")),
                             (("ten months", "ten months"), ("six months", "six months")),
                             (("28 percent", "28 percent"), ("44 percent", "44 percent"))]:
        a, b = _claim(idx, x), _claim(idx, y)
        sa, sb = _typed_at(a, vx), _typed_at(b, vy)
        kind = "date" if sa[0].startswith("date") else "number"
        assert not _strong_anchor(kind, a, vx, sa, b, vy, sb)


def test_a_year_needs_an_event_that_happens_once():
    idx = _idx("Israel captured the land from Jordan in the 1967 Mideast war, officials recalled.",
               "Israel captured them from Jordan and Egypt in the 1964 Middle East war, the report said.",
               "The president proposed the 2001 budget for the reservations on Friday.",
               "The president proposed increasing the 1999 budget for the reservations by $25 million.")
    war_a, war_b = _claim(idx, "1967"), _claim(idx, "1964")
    assert _strong_anchor("date", war_a, "1967", _typed_at(war_a, "1967"), war_b, "1964", _typed_at(war_b, "1964"))
    bud_a, bud_b = _claim(idx, "2001 budget"), _claim(idx, "1999 budget")
    assert not _strong_anchor("date", bud_a, "2001", _typed_at(bud_a, "2001"), bud_b, "1999",
                              _typed_at(bud_b, "1999"))


def test_figures_far_apart_or_inside_a_name_are_not_anchored():
    idx = _idx("The strategy channeled 10 million U.S. dollars towards malaria control in Africa last year.",
               "The treatment of malaria in Africa cost 2.1 billion U.S. dollars last year alone.",
               "Advocates want more funding for Section 8 rental assistance vouchers.",
               "The administration requested 103,000 new rental assistance vouchers.")
    a, b = _claim(idx, "10 million"), _claim(idx, "2.1 billion")
    assert not _strong_anchor("number", a, "10 million", _typed_at(a, "10 million"), b, "2.1 billion",
                              _typed_at(b, "2.1 billion"))
    c, d = _claim(idx, "Section 8"), _claim(idx, "103,000")
    assert not _strong_anchor("number", c, "8 rental", _typed_at(c, "8 rental"), d, "103,000 new",
                              _typed_at(d, "103,000 new"))
