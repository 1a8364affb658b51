"""Which pairs of a crowded story are compared (helper E25): a pair where one sentence is the other's best match in
its article, but not the other way round, is compared for its figures and dates under the aligned cosine too, as a
mutual pair there is (a lone slot with its own context words on both sides)."""

from __future__ import annotations

import dataclasses

import numpy as np

from builders import make_article
from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.find import find_conflicts
from newsdesk.compare.consensus import index_claims

_TEXTS = [
    ("Governor Hale granted a 30-day reprieve for Lopez in June so that further DNA testing could be done. "
     "Hale has refused every other plea for clemency since he took office."),
    ("Hale told reporters on Wednesday that he was likely to grant Lopez a 60-day reprieve. "
     "The governor said DNA testing in June had raised doubts about the conviction."),
    "The county jail held eleven inmates on death row last spring, the sheriff said.",
    "Lawyers for the inmates asked the appeals court to hear the case again this autumn.",
    "The parole board meets every month in the state capital to review petitions.",
    "Church groups held a vigil outside the prison walls on Sunday evening.",
]


def _story(sims: dict[tuple[int, int], float]):
    """The six articles' claims with the cosines given (claim index pairs), 0.05 elsewhere between articles."""
    per = [article_claims(make_article(t, id=f"a{k}")) for k, t in enumerate(_TEXTS)]
    idx = index_claims(per)
    n = len(idx.claims)
    owner = [c.article for c in idx.claims]
    sim = np.array([[0.0 if owner[i] == owner[j] else 0.05 for j in range(n)] for i in range(n)])
    for (i, j), v in sims.items():
        sim[i, j] = sim[j, i] = v
    return dataclasses.replace(idx, sim=sim, full=sim.copy()), idx.claims


def _numbers(idx) -> list[set[str]]:
    return [{s.value for s in c.sides} for c in find_conflicts(idx) if c.kind == "number"]


def test_a_one_sided_pair_under_the_aligned_cosine_is_compared_for_its_figure() -> None:
    # claims: 0 "granted a 30-day reprieve", 1 "refused every other plea", 2 "likely to grant Lopez a 60-day
    # reprieve", 3 "DNA testing in June": claim 2's best in the first article is claim 0 (0.33), claim 0's best in
    # the second is claim 3 (0.5), so the pair 0/2 is one-sided
    idx, claims = _story({(0, 2): 0.33, (0, 3): 0.5})
    assert "30-day" in claims[0].text and "60-day" in claims[2].text
    assert any(any("30" in v for v in pair) and any("60" in v for v in pair) for pair in _numbers(idx)), _numbers(idx)


def test_a_one_sided_pair_under_pair_cosine_is_not_compared() -> None:
    idx, _ = _story({(0, 2): 0.25, (0, 3): 0.5})
    assert not _numbers(idx)


# --- the lone place of a crowded story's aligned pair ---------------------------------------------------------------

_KEEP_A = ("But the boy's uncles say they can give him a better life away from the island and are fighting to keep "
           "him in Lisbon.")
_KEEP_B = ("The uncles have fought to keep him with them in the United States, arguing that they can give him a better "
           "life away from the island.")


def _places(a: str, b: str, cos: float) -> list[tuple[str, str]]:
    from builders import first_claim
    from newsdesk.compare.conflicts.pairing import pair_conflicts

    return [(va, vb) for kind, va, vb in pair_conflicts(first_claim(a), first_claim(b), cos, 0.4, True) if kind == "place"]


def test_a_crowded_storys_lone_place_after_the_same_preposition_and_word_is_compared() -> None:
    assert _places(_KEEP_A, _KEEP_B, 0.6) == [("Lisbon", "United States")]


def test_a_crowded_storys_lone_place_needs_the_same_preposition() -> None:
    b = ("The uncles have fought to keep him, who flew from the United States, arguing that they can give him a better "
         "life away from the island.")
    assert _places(_KEEP_A, b, 0.6) == []


def test_a_crowded_storys_lone_place_needs_a_word_shared_near_it() -> None:
    b = ("The uncles, who live in the United States, have fought for the boy, arguing that they can give him a better "
         "life away from the island.")
    assert _places(_KEEP_A, b, 0.6) == []
