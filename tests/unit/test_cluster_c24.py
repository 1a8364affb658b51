"""Batch stories do not depend on the articles' ids or on their order in the input (issue #4, c24)."""

from __future__ import annotations

import hashlib
import random

import numpy as np
from scipy import sparse
from tests.builders import make_article

from newsdesk.cluster import cluster_features, features
from newsdesk.cluster.batch import content_order, project, vectorize
from newsdesk.cluster.features import FeatureTable
from newsdesk.config import ClusterConfig
from newsdesk.model import Article


def _overlapping_topics(seed: int = 3, topics: int = 8, per: int = 12) -> list[Article]:
    """96 articles of one day on 8 topics, each topic borrowing words from the next one and all sharing a
    common vocabulary: stories whose borders are close calls, so that any order-dependent step shows."""
    rng = random.Random(seed)
    common = [f"common{k}" for k in range(60)]
    arts = []
    for t in range(topics):
        own = [f"topic{t}word{k}" for k in range(12)]
        near = [f"topic{(t + 1) % topics}word{k}" for k in range(12)]
        for i in range(per):
            text = " ".join(rng.choice(own if (u := rng.random()) < 0.2 else near if u < 0.3 else common)
                            for _ in range(50)) + "."
            arts.append(make_article(text, id=f"t{t}n{i:02d}", date="2024-05-01"))
    return arts


def _stories(arts: list[Article], rename: dict[str, str], shuffle_seed: int | None) -> set[frozenset[str]]:
    """The batch stories of the articles under other ids (and shuffled), given back in the original ids."""
    back = {new: old for old, new in rename.items()}
    renamed = [make_article(a.text, id=rename[a.id], date=a.date) for a in arts]
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(renamed)
    return {frozenset(back[i] for i in g) for g in cluster_features([features(a) for a in renamed], ClusterConfig())}


def test_the_same_articles_under_other_ids_in_another_order_make_the_same_stories() -> None:
    arts = _overlapping_topics()
    same = {a.id: a.id for a in arts}
    stories = _stories(arts, same, None)
    assert len(stories) > 1
    renamings = [
        {a.id: hashlib.md5(a.id.encode()).hexdigest() for a in arts},
        {a.id: a.id[::-1] for a in arts},
        {a.id: f"{len(arts) - k:03d}" for k, a in enumerate(arts)},  # the reverse of the original id order
    ]
    for k, rename in enumerate(renamings):
        assert _stories(arts, rename, None) == stories
        assert _stories(arts, rename, k) == stories
    assert _stories(arts, same, 11) == stories


def test_the_visiting_order_follows_date_and_text_not_ids() -> None:
    arts = [make_article(f"Story {w} happened in the valley on a rainy day.", id=f"a{k}", date=d)
            for k, (w, d) in enumerate([("alpha", "2024-01-02"), ("beta", "2024-01-01"), ("gamma", "2024-01-02"),
                                        ("delta", None)])]
    def texts(batch: list[Article]) -> list[str]:
        return [batch[i].text for i in content_order(FeatureTable.of([features(a) for a in batch]))]
    first = texts(arts)
    assert "beta" in first[0] and "delta" in first[-1]  # by date, undated last
    renamed = [make_article(a.text, id=f"z{9 - k}", date=a.date) for k, a in enumerate(arts)]
    assert texts(renamed[::-1]) == first


def test_several_projection_runs_average_their_cosines() -> None:
    rng = random.Random(4)
    words = [f"w{k}" for k in range(60)]
    feats = [features(make_article(" ".join(rng.choice(words[(k % 3) * 20:(k % 3) * 20 + 30]) for _ in range(40)),
                                   id=f"a{k}")) for k in range(120)]
    x = vectorize(feats).matrix
    both = project(x, 10, runs=2).toarray()
    assert both.shape == (120, 20)
    one, other = project(x, 10, seed=0).toarray(), project(x, 10, seed=1).toarray()
    assert np.allclose(both @ both.T, (one @ one.T + other @ other.T) / 2, atol=1e-5)
    assert isinstance(project(x, 10, runs=2), sparse.csr_matrix)
