"""Story clustering: batch and incremental."""

from __future__ import annotations

import random

from builders import UNRELATED, make_article
from newsdesk.cluster import cluster_features, features, stream_labels
from newsdesk.cluster.incremental import StreamState, assign
from newsdesk.config import ClusterConfig

TOPICS = {
    "flood": "flood river water rain valley evacuate rescue boats levee dam storm rainfall",
    "vote": "election vote ballot parliament party candidate poll campaign minister coalition",
    "match": "football match goal striker league coach stadium penalty referee season",
}


def _corpus(n_per: int = 6) -> list:
    rng = random.Random(3)
    arts = []
    for topic, vocab in TOPICS.items():
        words = vocab.split()
        for i in range(n_per):
            text = " ".join(rng.choice(words) for _ in range(80)) + "."
            arts.append(make_article(text, id=f"{topic}{i}", title=f"{topic} news {i}",
                                     date=f"2024-03-{1 + i:02d}"))
    return arts


def _groups(labels: list[str]) -> set[frozenset[int]]:
    out: dict[str, set[int]] = {}
    for i, lab in enumerate(labels):
        out.setdefault(lab, set()).add(i)
    return {frozenset(v) for v in out.values()}


def test_batch_recovers_topics_and_ignores_order() -> None:
    arts = _corpus()
    groups = cluster_features([features(a) for a in arts], ClusterConfig())
    assert {frozenset(g) for g in groups} == {frozenset(a.id for a in arts if a.id.startswith(t)) for t in TOPICS}
    shuffled = arts[::-1]
    again = cluster_features([features(a) for a in shuffled], ClusterConfig())
    assert {frozenset(g) for g in again} == {frozenset(g) for g in groups}


def test_incremental_assigns_to_existing_story() -> None:
    arts = _corpus()
    labels = stream_labels([features(a) for a in arts], ClusterConfig())
    assert len(set(labels)) == 3
    assert _groups(labels) == {frozenset(range(k * 6, k * 6 + 6)) for k in range(3)}


def test_incremental_window_opens_new_story() -> None:
    a, b = _corpus()[:2]
    state = StreamState()
    s1, _ = assign(features(a), state, ClusterConfig(window_days=7))
    late = make_article(b.text, id="late", date="2025-01-01")
    s2, _ = assign(features(late), state, ClusterConfig(window_days=7))
    assert s1 != s2


def test_empty_and_single() -> None:
    assert cluster_features([], ClusterConfig()) == []
    one = _corpus()[0]
    assert cluster_features([features(one)], ClusterConfig()) == [(one.id,)]


def test_stream_merges_stories_whose_centroids_meet() -> None:
    from newsdesk.cluster.incremental import merge_into

    arts = _corpus()[:6]  # one topic
    state = StreamState()
    cfg = ClusterConfig(stream_threshold=1.0, stream_merge_threshold=0.0)  # every article opens a story
    sids = [assign(features(a), state, cfg)[0] for a in arts[:2]]
    assert len(set(sids)) == 2
    assert merge_into(state, sids[0], 0.99) == []  # not similar enough: nothing merges
    assert merge_into(state, sids[0], 0.3) == [sids[1]]
    assert set(state.stories) == {sids[0]} and state.stories[sids[0]].size == 2
    s3, _ = assign(features(arts[2]), state, ClusterConfig(stream_merge_threshold=0.0))
    assert s3 == sids[0]  # the merged-away story is never a candidate again
    labels = stream_labels([features(a) for a in arts], ClusterConfig(stream_threshold=0.9, stream_merge_threshold=0.3))
    assert len(set(labels)) < len(arts)


def test_small_collection_is_not_split() -> None:
    """Ten paraphrased articles on two events give two stories.

    A latent projection fitted on ten articles gives nearly every article a dimension of its own and
    split the pension story in two; small corpora are compared on plain TF-IDF instead.
    """
    bridge = [
        "A section of the Old Harbour Bridge in Port Veyra collapsed into the estuary on Tuesday, killing four people.",
        "Rescue divers pulled survivors from the estuary after the Port Veyra bridge collapse, the fire chief said.",
        "The transport authority denied warnings about corrosion before the Old Harbour Bridge collapse in Port Veyra.",
        "Families waited at the harbour as divers searched the estuary below the collapsed Port Veyra bridge.",
        "The mayor of Port Veyra ordered an inquiry into the harbour bridge collapse that killed six people.",
    ]
    vote = [
        "Parliament in Lund voted on Monday to raise the pension age to 67 after a long budget debate.",
        "Unions in Lund protested outside parliament against the pension age vote, calling it unfair to workers.",
        "The finance minister defended raising the pension age, saying the budget could not carry the cost.",
        "Opposition leaders in Lund promised to reverse the pension vote if they win the next election.",
        "Economists said the pension age rise in Lund would save money but hurt manual workers most.",
    ]
    arts = [make_article(t, id=f"b{i}") for i, t in enumerate(bridge)]
    arts += [make_article(t, id=f"v{i}") for i, t in enumerate(vote)]
    groups = cluster_features([features(a) for a in arts], ClusterConfig())
    assert sorted(sorted(g) for g in groups) == [[f"b{i}" for i in range(5)], [f"v{i}" for i in range(5)]]


def test_average_link_matches_scikit_learn() -> None:
    """The chain-based average link over singletons is the textbook average-link clustering."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import AgglomerativeClustering

    from newsdesk.cluster.batch import average_link

    rng = np.random.default_rng(5)
    centres = rng.normal(size=(6, 12))
    x = np.vstack([c + rng.normal(scale=0.8, size=(15, 12)) for c in centres])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    for threshold in (0.2, 0.4, 0.6):
        ours = average_link(sparse.csr_matrix(x.astype(np.float32)), np.arange(x.shape[0]), threshold)
        ref = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                      distance_threshold=1 - threshold).fit_predict(x)
        assert _groups([str(v) for v in ours]) == _groups([str(v) for v in ref])


def test_refine_moves_stragglers_into_the_story_they_fit() -> None:
    import numpy as np
    from scipy import sparse

    from newsdesk.cluster.batch import refine

    story = np.array([[1.0, 0.1, 0.0]] * 6)
    straggler = np.array([[0.8, 0.0, 0.6]])  # alone after linkage, but closest to the story
    unrelated = np.array([[0.0, 0.0, 1.0], [0.0, 0.1, 1.0]])
    x = np.vstack([story, straggler, unrelated])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = refine(sparse.csr_matrix(x.astype(np.float32)), np.array([0] * 6 + [1, 2, 2]), ClusterConfig())
    assert len(set(labels[:7].tolist())) == 1
    assert labels[7] != labels[0] and labels[8] != labels[0]


def test_refine_does_not_chain_two_stories_through_a_small_one_between_them() -> None:
    """Two stories whose centroids are 0.5 apart stay two, although a story of two articles lies close to
    both (it shares some of each): the small story is no bridge for the centroid merge."""
    import numpy as np
    from scipy import sparse

    from newsdesk.cluster.batch import refine

    rng = np.random.default_rng(2)
    a, b = np.array([1.0, 0.0, 0.0, 0.0]), np.array([0.5, 0.866, 0.0, 0.0])  # cosine 0.5
    noise = lambda n: rng.normal(scale=0.05, size=(n, 4))
    x = np.vstack([a + noise(6), b + noise(6), (a + b) / np.linalg.norm(a + b) + noise(2)])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = refine(sparse.csr_matrix(x.astype(np.float32)), np.array([0] * 6 + [1] * 6 + [2] * 2),
                    ClusterConfig(merge_threshold=0.55))
    assert len(set(labels[:6].tolist())) == 1 and len(set(labels[6:12].tolist())) == 1
    assert labels[0] != labels[6]
    assert {labels[12], labels[13]} <= {labels[0], labels[6]}  # the small story's articles join one of them


def test_stream_lone_story_joins_once_the_topic_has_grown() -> None:
    """An article that opened its own story joins a story it now fits at the assignment threshold."""
    from newsdesk.cluster.incremental import merge_into

    arts = _corpus()[:6]
    state = StreamState()
    cfg = ClusterConfig(stream_threshold=1.0)  # every article opens a story
    sids = [assign(features(a), state, cfg)[0] for a in arts[:3]]
    assert merge_into(state, sids[0], 0.99) == []
    assert set(merge_into(state, sids[0], 0.99, lone_threshold=0.3)) == {sids[1], sids[2]}


def test_two_grown_stories_are_left_to_consolidation() -> None:
    """Two stories of 3+ articles each whose centroids look alike are left apart on arrival (``grown``); the
    end-of-run consolidation, the batch method over their articles, decides whether they are one."""
    from newsdesk.cluster.incremental import _absorb, consolidate, merge_into, resolve

    arts = _corpus()[:6]  # one topic, opened as two stories of three
    state = StreamState()
    cfg = ClusterConfig(stream_threshold=1.0, stream_merge_threshold=0.0, stream_recheck_every=0)
    sids = [assign(features(a), state, cfg)[0] for a in arts]
    for k in (1, 2):
        _absorb(state, sids[0], sids[k])
    for k in (4, 5):
        _absorb(state, sids[3], sids[k])
    assert merge_into(state, sids[0], 0.3, grown=3) == []  # both grown: not on arrival
    assert merge_into(state, sids[0], 0.3, grown=4) == [sids[3]]  # smaller than ``grown``: merged as before

    state = StreamState()
    sids = [assign(features(a), state, cfg)[0] for a in arts]
    for k in (1, 2):
        _absorb(state, sids[0], sids[k])
    for k in (4, 5):
        _absorb(state, sids[3], sids[k])
    for gone, into in consolidate(state, ClusterConfig()):
        state.aliases[gone] = into
    assert resolve(state, sids[0]) == resolve(state, sids[3])  # the batch method puts them together
    assert ClusterConfig().stream_merge_grown == 3


def test_lone_stories_get_a_second_look_within_their_topic_and_window() -> None:
    """``absorb_lone`` folds one-article stories into the story they fit now, never across topics."""
    from newsdesk.cluster.incremental import absorb_lone, recheck, resolve

    arts = [a for a in _corpus(3) if not a.id.startswith("match")]  # two topics, three articles each
    state = StreamState()
    cfg = ClusterConfig(stream_threshold=1.0, stream_merge_threshold=0.0, stream_recheck_every=0)
    sids = [assign(features(a), state, cfg)[0] for a in arts]
    assert len(set(sids)) == 6  # every article opened its own story
    recheck(state, ClusterConfig(stream_threshold=0.3, window_days=7))
    labels = [resolve(state, s) for s in sids]
    assert _groups(labels) == {frozenset({0, 1, 2}), frozenset({3, 4, 5})}

    far = StreamState()  # same texts, a year apart: outside the window nothing joins
    for n, a in enumerate(arts[:3]):
        assign(features(make_article(a.text, id=a.id, date=f"{2020 + n}-01-01")), far, cfg)
    assert absorb_lone(far, 0.3, window_days=7) == []


def test_stream_rechecks_lone_stories_and_config_checks_the_interval() -> None:
    import pytest

    from newsdesk.errors import ConfigError

    words = TOPICS["flood"].split()
    rng = random.Random(1)
    texts = [" ".join(rng.choice(words[:6]) for _ in range(40)),  # half the topic's words ...
             " ".join(rng.choice(words[6:]) for _ in range(40))]  # ... and the other half: no overlap
    texts += [" ".join(rng.choice(words) for _ in range(60)) for _ in range(4)]  # the whole topic
    feats = [features(make_article(t + ".", id=f"f{i}")) for i, t in enumerate(texts)]
    cfg = {"stream_threshold": 0.3, "stream_merge_threshold": 0.0}
    off = stream_labels(feats, ClusterConfig(**cfg, stream_recheck_every=0))
    assert len(set(off)) == 2 and off[0] != off[1]  # the first article stays alone: nothing was there yet
    on = stream_labels(feats, ClusterConfig(**cfg, stream_recheck_every=3))
    assert len(set(on)) == 1  # looked at again once the topic has grown, it joins
    with pytest.raises(ConfigError, match="stream_recheck_every"):
        ClusterConfig(stream_recheck_every=-1)



def test_a_few_unrelated_articles_are_separate_stories() -> None:
    """Below the size LSA needs, words of one article still count in its length: four unrelated articles whose
    only shared words are common ones ("said", "year") are four stories, not one."""
    arts = [make_article(t, id=f"u{i}") for i, t in enumerate(UNRELATED)]
    assert sorted(cluster_features([features(a) for a in arts], ClusterConfig())) == [(a.id,) for a in arts]


def test_mixed_stories_flags_only_clear_mixes() -> None:
    from newsdesk.stories import mixed_stories

    unrelated = [make_article(t, id=f"u{i}") for i, t in enumerate(UNRELATED)]
    assert len(mixed_stories(unrelated)) == 4
    one_topic = _corpus()[:5]
    assert mixed_stories(one_topic) == []
    assert mixed_stories(unrelated[:1]) == []


def test_a_story_is_titled_after_its_most_typical_headline() -> None:
    from newsdesk.cluster import typical_title

    titles = [
        "Mayor opens new library wing",  # the earliest, one outlet's angle
        "Harbour bridge collapse kills six in Port Veyra",
        "Port Veyra bridge collapse: inquiry ordered",
        "Families wait after Port Veyra bridge collapse",
    ]
    assert "Port Veyra bridge collapse" in typical_title(titles)
    assert typical_title(["Floods", "Floods hit the river town"]) == "Floods hit the river town"
    assert typical_title(["Only one headline here"]) == "Only one headline here"
    assert typical_title(["PORT VEYRA BRIDGE COLLAPSE KILLS SIX", "Bridge collapse in Port Veyra"]) == \
        "Bridge collapse in Port Veyra", "a headline in capitals only when all are"
    assert typical_title(["BRIDGE COLLAPSE KILLS SIX"]) == "BRIDGE COLLAPSE KILLS SIX"


def test_end_of_run_consolidation_merges_one_topic_and_keeps_topics_apart() -> None:
    """Articles that each opened a story on arrival are merged per topic by the batch consolidation at the
    end of the feed; stories of different topics stay apart, and nothing merges when it is off."""
    import pytest

    from newsdesk.cluster.incremental import StreamState, consolidate
    from newsdesk.errors import ConfigError

    arts = _corpus()
    feats = [features(a) for a in arts]
    strict = {"stream_threshold": 1.0, "stream_merge_threshold": 0.99, "stream_recheck_every": 0}
    off = stream_labels(feats, ClusterConfig(**strict, stream_consolidate=False))
    assert len(set(off)) > 3  # a topic's articles sit in several stories
    on = stream_labels(feats, ClusterConfig(**strict))
    assert _groups(on) == {frozenset(range(k * 6, k * 6 + 6)) for k in range(3)}
    assert len(set(stream_labels(feats, ClusterConfig(**strict, stream_consolidate_every=6)))) == 3
    # merging off (merge threshold 0) turns consolidation off too: every article keeps its own story
    assert len(set(stream_labels(feats, ClusterConfig(**{**strict, "stream_merge_threshold": 0.0})))) == len(arts)
    assert consolidate(StreamState(), ClusterConfig()) == []
    with pytest.raises(ConfigError, match="stream_consolidate_every"):
        ClusterConfig(stream_consolidate_every=-1)


def test_consolidation_leaves_stories_outside_the_window_alone() -> None:
    from newsdesk.cluster.incremental import StreamState, advance, consolidate, resolve

    cfg = ClusterConfig(stream_threshold=1.0, stream_merge_threshold=0.99, stream_recheck_every=0,
                        stream_consolidate=False, window_days=7)
    arts = [a for a in _corpus() if a.id.startswith("flood")]
    old = make_article(arts[0].text, id="old", title=arts[0].title, date="2023-01-01")  # a year earlier
    state = StreamState()
    sids = [advance(features(a), state, cfg)[0] for a in [old, *arts]]
    assert resolve(state, sids[1]) != sids[0]  # the same text a year later: no merge across the window
    moves = consolidate(state, cfg)
    assert moves and all(sids[0] not in m for m in moves)
    state.aliases.update(moves)
    assert len({resolve(state, s) for s in sids[1:]}) == 1 and resolve(state, sids[0]) == sids[0]


def test_the_projection_seed_is_a_setting(monkeypatch) -> None:
    """``ClusterConfig.lsa_seed`` reaches the SVD (results vary with it, so benchmarks can measure the
    spread); a seed gives the same stories every time, and a negative one is refused."""
    import pytest

    from newsdesk.cluster import batch
    from newsdesk.errors import ConfigError

    arts = _corpus(30)  # 90 articles: enough to project
    feats = [features(a) for a in arts]
    topics = {frozenset(a.id for a in arts if a.id.startswith(t)) for t in TOPICS}
    seen: list[int] = []
    project = batch.project

    def spy(x, dims, order=None, seed=0, rows_per_dim=batch.MIN_ROWS_PER_DIM, runs=1):  # type: ignore[no-untyped-def]
        seen.append(seed)
        return project(x, dims, order, seed, rows_per_dim, runs)

    monkeypatch.setattr(batch, "project", spy)
    for seed in (0, 7):
        groups = cluster_features(feats, ClusterConfig(lsa_seed=seed))
        assert {frozenset(g) for g in groups} == topics
        assert cluster_features(feats, ClusterConfig(lsa_seed=seed)) == groups
    assert seen == [0, 0, 7, 7]
    x = batch.vectorize(feats).matrix
    assert (project(x, 15, seed=0) != project(x, 15, seed=1)).nnz > 0  # another seed, another projection
    with pytest.raises(ConfigError, match="lsa_seed"):
        ClusterConfig(lsa_seed=-1)


def _event_pile(events_per_topic: int = 12, per_event: int = 3, seed: int = 5) -> list:
    """A day of a feed: many small events (3 articles each) on a few broad topics. The articles of one
    event share its names; events of one topic share only the topic's common words."""
    rng = random.Random(seed)
    general = [f"word{k}" for k in range(2000)]  # what every article says ("said", "year", "people")
    arts = []
    for topic in TOPICS:
        common = [f"{topic}{k}" for k in range(60)]  # a topic's vocabulary, used sparsely
        for e in range(events_per_topic):
            names = [f"{topic[:3]}{e}name{k}" for k in range(6)]
            for i in range(per_event):
                words = ([rng.choice(general) for _ in range(40)] + [rng.choice(common) for _ in range(10)]
                         + [rng.choice(names) for _ in range(12)])
                rng.shuffle(words)
                arts.append(make_article(" ".join(words) + ".", id=f"{topic}-{e}-{i}", title=f"{topic} {e} {i}",
                                         date="2024-03-01"))
    return arts


def test_a_pile_of_small_events_is_clustered_by_event_not_by_topic() -> None:
    """Latent dimensions follow the estimated number of stories: 36 events of 3 articles on 3 topics
    (108 articles) make 36 stories, where one dimension per 6 articles folded events of a topic together."""
    from newsdesk.cluster.batch import estimate_stories, story_layout, vectorize

    arts = _event_pile()
    feats = [features(a) for a in arts]
    stories, typical = estimate_stories(vectorize(feats).matrix, ClusterConfig().small_threshold)
    assert 30 <= stories <= 40 and 2.5 <= typical <= 4
    layout = story_layout(len(arts), stories, typical, ClusterConfig())
    assert layout.dims >= 30 and layout.min_story == 2
    groups = {frozenset(g) for g in cluster_features(feats, ClusterConfig())}
    events = {frozenset(a.id for a in arts if a.id.rsplit("-", 1)[0] == e)
              for e in {a.id.rsplit("-", 1)[0] for a in arts}}
    assert len(groups & events) >= 33  # nearly every event is a story of its own
    off = {frozenset(g) for g in cluster_features(feats, ClusterConfig(lsa_dims_per_story=0))}
    assert len(off & events) < len(groups & events)


def test_large_topics_keep_the_old_layout() -> None:
    """Few large stories: about two dimensions per story and stragglers below 5, as before."""
    from newsdesk.cluster.batch import MIN_STORY, story_layout

    layout = story_layout(1230, 50, 24.4, ClusterConfig())
    assert (layout.dims, layout.min_story) == (100, MIN_STORY)


def test_copies_of_one_article_are_one_story_without_a_projection_of_nothing() -> None:
    """90 copies of one article: the estimate finds no two stories, so no latent layout is fitted (an SVD of
    identical rows divides by zero)."""
    import warnings

    text = " ".join(f"word{k} river bridge council" for k in range(30)) + "."
    arts = [make_article(text, id=f"c{i}", date="2024-03-01") for i in range(90)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        groups = cluster_features([features(a) for a in arts], ClusterConfig())
    assert len(groups) == 1 and len(groups[0]) == 90


def test_a_digest_headline_does_not_name_a_story() -> None:
    from newsdesk.cluster import typical_title

    titles = [
        "Major News Items in Leading Veyran Newspapers",  # three days of one agency's digest: they share
        "Major News Items in Leading Veyran Newspapers",  # each other's words, and name the page, not
        "Major News Items in Leading Veyran Newspapers",  # the story
        "Protesters blockade uranium mine in Port Veyra",
        "Police remove uranium mine protesters",
        "Court hears uranium mine challenge",
    ]
    assert typical_title(titles) in titles[3:]
    assert typical_title(["Veyra News in Brief"]) == "Veyra News in Brief", "a digest headline only when all are"
    made = ["Ferry disaster makes headlines across Veyra", "Ferry disaster makes headlines across Veyra",
            "Veyra mourns"]
    assert typical_title(made) == made[0], "a headline about headlines is no digest"
    assert typical_title(["Headlines: ferry, floods, election"] * 2 + ["Ferry sinks off Veyra coast"]) == \
        "Ferry sinks off Veyra coast"
