"""A small story that fits no larger one stays one story in the batch refinement."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from builders import UNRELATED, make_article
from newsdesk.cluster import cluster_features, features
from newsdesk.cluster.batch import refine
from newsdesk.config import ClusterConfig


def test_a_small_story_that_fits_no_larger_one_is_not_split_into_lone_articles() -> None:
    story = np.array([[1.0, 0.1, 0.0, 0.0]] * 6)
    pair = np.array([[0.0, 0.0, 1.0, 0.2], [0.0, 0.0, 1.0, 0.3]])  # a story of two, unlike the six
    lone = np.array([[0.0, 1.0, 0.0, 0.0]])
    x = np.vstack([story, pair, lone])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = refine(sparse.csr_matrix(x.astype(np.float32)), np.array([0] * 6 + [1, 1, 2]), ClusterConfig())
    assert len(set(labels[:6].tolist())) == 1
    assert labels[6] == labels[7] != labels[0]
    assert labels[8] not in {labels[0], labels[6]}


def test_two_copies_of_one_page_among_other_stories_are_one_story() -> None:
    """The same page read twice (a saved HTML file and a WARC record of it) is one story, whatever else the pile
    holds: refinement had split the pair into two stories of one."""
    flood = ("Flood waters rose along the river valley overnight and the county emergency office ordered "
             "homes near the levee evacuated as rain kept falling. ")
    arts = [make_article(flood + f"Report number {i} from the valley said shelters at the school and church were open.",
                         outlet=f"Paper {i}", id=f"flood{i}") for i in range(6)]
    page = ("The chess olympiad opened in the capital with teams from ninety countries, and the organisers said "
            "the first round would start on Friday after a ceremony at the national theatre.")
    arts += [make_article(page, outlet="Chess Daily", id="copy-a"), make_article(page, outlet="Chess Daily", id="copy-b")]
    arts += [make_article(text, id=f"other{i}") for i, text in enumerate(UNRELATED[:3])]
    groups = cluster_features([features(a) for a in arts], ClusterConfig())
    group_of = {aid: n for n, g in enumerate(groups) for aid in g}
    assert group_of["copy-a"] == group_of["copy-b"]
    assert group_of["copy-a"] != group_of["flood0"]
