"""Batch clustering of small piles: an article of a small story joins a larger story only on that story's own words
(``batch.story_words``, ``shares_story_words``, ``refine``'s ``least_story_words``), not on the common words every
report of a pile shares ("officials said the government ...")."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from builders import make_article
from newsdesk.cluster import cluster_features, features
from newsdesk.cluster.batch import refine, shares_story_words, story_words
from newsdesk.config import ClusterConfig

# Sentences any public-affairs report may carry.
COMMON = [
    "Officials said the government would publish a report next month.",
    "Residents told reporters they were worried about the cost this year.",
    "The minister said the government had not yet decided on further money.",
    "Local officials said residents should expect delays for weeks.",
    "Critics said the government had ignored warnings for years.",
]
# One story: a harbour bridge closed for repairs.
BRIDGE = [
    ("Engineers closed the harbour bridge after inspectors found cracks in a steel girder. Traffic was diverted to "
    "the ferry."),
    "The harbour bridge stays closed while engineers study cracks in the girder, and commuters crowd the ferry.",
    "Cracks in a girder of the harbour bridge will take weeks to repair, engineers told the city council.",
    "The city council voted emergency funds to repair the cracked harbour bridge girder; the ferry adds sailings.",
    "Commuters queued for the ferry on the third day of the harbour bridge closure as engineers welded the girder.",
    ("Inspectors blamed corrosion for the cracks that shut the harbour bridge; engineers expect the girder repair to "
    "end soon."),
]
# Another event, one report, sharing only the common sentences with the bridge story.
FARMERS = ("Farmers protested in the capital against a cut in grain subsidies, blocking roads with tractors. Dairy "
           "herds and wheat harvests suffer, growers argued, while bakers fear flour prices will climb.")


def test_lone_report_does_not_join_a_story_on_common_words() -> None:
    # The farmers' report is at TF-IDF cosine 0.058 on average to the bridge reports (below the small-pile threshold
    # 0.085) but 0.09 to their centroid: before, refine moved it into the bridge story.
    arts = [make_article(f"{t} {COMMON[i % 5]} {COMMON[(i + 2) % 5]}", id=f"b{i}") for i, t in enumerate(BRIDGE)]
    arts.append(make_article(f"{FARMERS} {COMMON[1]}", id="f0"))
    groups = cluster_features([features(a) for a in arts], ClusterConfig())
    assert sorted(groups) == [("b0", "b1", "b2", "b3", "b4", "b5"), ("f0",)]


def _rows(rows: list[dict[int, float]], terms: int) -> sparse.csr_matrix:
    m = np.zeros((len(rows), terms), dtype=np.float32)
    for i, row in enumerate(rows):
        for t, w in row.items():
            m[i, t] = w
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    return sparse.csr_matrix(m)


def test_story_words_are_used_by_half_the_story_and_mostly_by_it() -> None:
    # terms: 0 "bridge" (3 of the first story's 4 articles, nowhere else), 1 "said" (every article: as much the
    # other story's), 2 "girder" (1 of 4), 3 "farmers" (the other story's 4 articles only)
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    x = _rows([{0: 1, 1: 1}, {0: 1, 1: 1}, {0: 1, 1: 1, 2: 1}, {1: 1}, *[{1: 1, 3: 1}] * 4], 4)
    words = story_words(x, labels, 2)
    assert words.toarray().tolist() == [[1, 0, 0, 0], [0, 0, 0, 1]]
    assert shares_story_words(x, words, np.array([2, 3]), np.array([0, 0]), least=1).tolist() == [True, False]


def test_straggler_joins_on_the_story_words_and_not_on_common_ones() -> None:
    # A story of 5 articles on terms 0-5 (each used by 4 of them) with the common term 9 in all; article 5 uses the
    # story's terms 0-4 lightly, article 6 only common terms 8 and 9. Both fit the story's centroid above the
    # threshold; only article 5 joins it when the story's own words are asked for.
    story = [{t: 1.0 for t in range(6) if t != i} | {9: 1.0} for i in range(5)]
    fragment = {t: 0.3 for t in range(5)} | {7: 1.0}
    stray = {9: 1.0, 8: 1.5}
    x = _rows([*story, fragment, stray], 10)
    cfg = ClusterConfig(threshold=0.085, merge_threshold=0.3)
    labels = np.array([0, 0, 0, 0, 0, 1, 2])
    before = refine(x, labels, cfg, own_story_contrast=0.0)
    after = refine(x, labels, cfg, own_story_contrast=0.0, least_story_words=5)
    assert before[5] == before[0] and before[6] == before[0]
    assert after[5] == after[0] and after[6] != after[0]
