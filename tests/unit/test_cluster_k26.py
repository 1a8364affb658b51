"""Small piles (below the projection size): articles years apart share no story by common words alone (K26,
``batch.dated_apart``)."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from builders import make_article
from newsdesk.cluster import cluster_features, features
from newsdesk.cluster.batch import average_link, dated_apart
from newsdesk.cluster.features import NO_DAY
from newsdesk.config import ClusterConfig

# Three unrelated political reports that share only the words of their field (law, government, party, leader,
# opposition, election), as U25's 2015 / 2019 / 2024 pages did; and two unrelated pages beside them.
POLITICS = [
    ("Media groups vow to fight new data law",
     ("Media groups said the government's new data law would let the police read the phone records of reporters. "
     "The opposition leader said the party would vote against the law, and the government said the law was "
     "needed before the election.")),
    ("Party renames its account during debate",
     ("The governing party renamed its account to look like a fact-checking service during the election debate. "
     "The opposition said the party misled voters, and the party leader said the government had done nothing "
     "wrong under election law.")),
    ("Parliament rejects motion against the president",
     ("Parliament rejected the opposition's motion against the president after the governing party walked out "
     "before the vote. The opposition leader said the party had broken the law, and the government called "
     "for calm before the next election.")),
]
OTHERS = [
    ("Village bakery wins bread prize", ("A village bakery won the county prize for its rye bread, baked in a "
     "wood oven that the baker's grandfather built; the judges praised its crust.")),
    ("Comet visible at dawn", ("Astronomers said a comet would be visible low in the eastern sky at dawn "
     "for two weeks, bright enough to see with binoculars.")),
]


def _pile(dates: list[str]) -> list:
    arts = [make_article(text, id=f"politics{i}", title=title, date=dates[i])
            for i, (title, text) in enumerate(POLITICS)]
    return arts + [make_article(text, id=f"other{i}", title=title, date=dates[0])
                   for i, (title, text) in enumerate(OTHERS)]


def _story_of(arts: list) -> dict[str, int]:
    return {aid: n for n, g in enumerate(cluster_features([features(a) for a in arts], ClusterConfig())) for aid in g}


def test_pages_years_apart_do_not_join_on_the_words_of_their_field() -> None:
    story = _story_of(_pile(["2015-03-13", "2019-11-20", "2024-12-06"]))
    assert len({story[f"politics{i}"] for i in range(3)}) == 3


def test_the_same_pages_weeks_apart_still_join() -> None:
    """Within a few weeks the shared words are the rule's own evidence: the pile clusters as before."""
    story = _story_of(_pile(["2024-11-13", "2024-11-20", "2024-12-06"]))
    assert len({story[f"politics{i}"] for i in range(3)}) == 1
    assert story["other0"] != story["politics0"] != story["other1"]


def test_dated_apart_pairs_only_dated_articles_years_apart() -> None:
    days = np.array([16_500, 16_500 + 3 * 365 + 1, 16_495, NO_DAY])
    apart = dated_apart(days)
    assert apart is not None
    assert apart[0, 1] and apart[1, 2] and not apart[0, 2]
    assert not apart[3].any() and not apart[:, 3].any()  # an undated article is apart from none
    assert dated_apart(np.array([16_500, 16_600, NO_DAY])) is None


def test_average_link_counts_an_apart_pair_as_unrelated() -> None:
    x = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]], dtype=np.float32))
    assert len(set(average_link(x, np.arange(3), 0.7).tolist())) == 2  # 0 and 1 join (cosine 0.8)
    apart = np.zeros((3, 3), dtype=bool)
    apart[0, 1] = apart[1, 0] = True
    assert len(set(average_link(x, np.arange(3), 0.7, apart).tolist())) == 3
