"""Batch clustering of a pile of one broad story and several small events: a small event whose articles fit each
other far better than the broad story stays a story of its own (``batch.fits_own_story``, ``refine``)."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from builders import make_article
from newsdesk.cluster import cluster_features, features
from newsdesk.cluster.batch import fits_own_story, refine
from newsdesk.config import ClusterConfig

# A broad story: the state legislature's session, seven articles on different bills.
SESSION = [
    ("State lawmakers opened the legislative session on Monday and the governor urged them to pass the budget "
    "before the spring recess, saying schools and roads could not wait another year for money."),
    ("The state senate voted on Tuesday to raise the tax on gasoline, a bill the governor said would pay for road "
    "repairs, while several lawmakers said their voters could not afford another tax this year."),
    ("A house committee of the legislature approved a bill on teacher pay after lawmakers argued for hours about "
    "the state budget, and the governor said he would sign it if the full house passed it."),
    ("The governor vetoed a bill on state pensions passed by the legislature, and senate leaders said lawmakers "
    "would try to override the veto before the session ends next month."),
    ("Lawmakers in the state house passed a budget on Thursday after a long debate, sending the bill to the "
    "senate, where the governor's party holds a narrow majority this session."),
    ("The legislature ended its session with a vote on the school funding bill; the governor praised lawmakers "
    "of both parties and said the state budget would now be balanced for the first time in years."),
    ("Senate leaders said the legislature would return for a special session on the budget after the governor "
    "called lawmakers back to the state capitol to finish the tax bill."),
]
# Small events of two or three articles, each sharing a few common words with the session's articles.
BRIDGE = [
    ("A railway bridge over the Miller river collapsed on Monday under a freight train, and the state said "
    "crews would search the river for the two missing crew members through the night. The governor said "
    "the state would pay for the search."),
    ("Divers found the two crew members of the freight train alive on Tuesday, a day after the Miller river "
    "railway bridge collapsed; the railway said the bridge had been inspected last year, and lawmakers "
    "asked the state for a report."),
    ("Investigators said rust in the steel beams of the Miller river railway bridge caused the collapse under "
    "the freight train, and the railway closed two other bridges of the same design. The governor asked "
    "the legislature for money to inspect them."),
]
MUSEUM = [
    ("Thieves took three paintings by the Dutch painter Anna Veldt from the harbour museum on Saturday night, "
    "cutting the canvases from their frames while the alarm was switched off for repairs. The governor "
    "said the state would help the museum."),
    ("Police recovered two of the three Anna Veldt paintings stolen from the harbour museum, found rolled up in "
    "a van at the ferry port; the museum said the canvases were damaged but could be restored, and "
    "lawmakers praised the state police."),
]
STRIKE = [
    ("Nurses at the county hospital began a three-day strike over night shifts, and the hospital moved patients "
    "from the children's ward to a clinic across town while the nurses picketed the gates. The governor "
    "urged both sides to return to talks."),
    ("The nurses' strike at the county hospital ended after two days when managers agreed to hire forty nurses "
    "for the night shifts and to pay overtime for every shift worked during the strike; lawmakers said "
    "the state budget would cover the cost."),
]


def _pile() -> list:
    arts = [make_article(t, id=f"session{i}") for i, t in enumerate(SESSION)]
    for name, texts in (("bridge", BRIDGE), ("museum", MUSEUM), ("strike", STRIKE)):
        arts += [make_article(t, id=f"{name}{i}") for i, t in enumerate(texts)]
    return arts


def test_small_events_beside_a_broad_story_stay_stories_of_their_own() -> None:
    groups = cluster_features([features(a) for a in _pile()], ClusterConfig())
    group_of = {aid: n for n, g in enumerate(groups) for aid in g}
    for name, texts in (("bridge", BRIDGE), ("museum", MUSEUM), ("strike", STRIKE)):
        assert len({group_of[f"{name}{i}"] for i in range(len(texts))}) == 1, name  # the event stays whole
        assert group_of[f"{name}0"] != group_of["session0"], name  # and apart from the broad story
    assert len({group_of[f"session{i}"] for i in range(len(SESSION))}) == 1


def _unit(rows: np.ndarray) -> sparse.csr_matrix:
    return sparse.csr_matrix((rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32))


def test_refine_keeps_a_tight_small_story_that_fits_a_broad_one_only_just() -> None:
    """The pair's articles are at cosine 0.15 to the broad story's centroid (above the threshold) and 0.97 to each
    other: they stay a story of two. Before, every story below the straggler size was taken apart."""
    rng = np.random.default_rng(0)
    broad = np.abs(rng.normal(size=(6, 8))) * np.array([1, 1, 1, 1, 0, 0, 0, 0])  # six articles over four words
    centre = broad.sum(axis=0) / np.linalg.norm(broad.sum(axis=0))
    event = np.array([0, 0, 0, 0, 1.0, 0.2, 0, 0])
    pair = np.vstack([0.15 * centre + event, 0.15 * centre + event + [0, 0, 0, 0, 0, 0.1, 0, 0]])
    x = _unit(np.vstack([broad, pair]))
    labels = refine(x, np.array([0] * 6 + [1, 1]), ClusterConfig(threshold=0.1))
    assert labels[6] == labels[7] != labels[0]
    assert len(set(labels[:6].tolist())) == 1
    # the rule off: the pair goes to the broad story, as it did
    off = refine(x, np.array([0] * 6 + [1, 1]), ClusterConfig(threshold=0.1), own_story_contrast=0.0)
    assert off[6] == off[7] == off[0]


def test_refine_still_moves_a_fragment_as_close_to_the_story_as_to_itself() -> None:
    """A topic's fragment (its articles about as close to the story as to each other) joins the story."""
    story = np.array([[1.0, 0.1, 0.0, 0.0]] * 6)
    fragment = np.array([[0.8, 0.0, 0.6, 0.0], [0.8, 0.0, 0.0, 0.6]])  # 0.64 to each other, ~0.8 to the story
    labels = refine(_unit(np.vstack([story, fragment])), np.array([0] * 6 + [1, 1]), ClusterConfig())
    assert len(set(labels.tolist())) == 1


def test_copies_count_as_one_article_when_a_small_story_is_weighed() -> None:
    """Two copies of one article fit each other perfectly; that is no reason to keep them from the story they fit."""
    x = _unit(np.array([[1.0, 0.2, 0.0], [1.0, 0.3, 0.0], [0.3, 0.0, 1.0], [0.3, 0.0, 1.0]]))
    labels = np.array([0, 0, 1, 1])
    rows, elsewhere = np.array([2, 3]), np.array([0.3, 0.3])
    assert fits_own_story(x, labels, 2, rows, elsewhere).all()  # as two articles: 1.0 against 0.3
    assert not fits_own_story(x, labels, 2, rows, elsewhere, copies=np.array([0, 1, 2, 2])).any()


def test_a_headline_cut_short_titles_a_story_only_when_no_other_is_whole() -> None:
    """U25: "World Bank Issues Grant for Anti-AIDS Fight in" headed a story whose other headlines were whole."""
    from newsdesk.cluster import typical_title

    cut = "World Bank Issues Grant for Anti-AIDS Fight in"
    assert typical_title([cut, "World Bank grant to fight AIDS in Kenya", "Kenya gets World Bank AIDS grant"]) != cut
    assert typical_title([cut]) == cut
