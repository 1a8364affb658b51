"""Re-splits across runs (``ClusterConfig.stream_resplit_min``): a group that is no story's home splits off
only when it holds articles stored by an earlier run, and takes back the id of a story merged away before."""

from __future__ import annotations

import random

import pytest

from builders import CHOLERA, MALARIA, VOTE, topic_articles
from newsdesk.cluster import features, stream_labels
from newsdesk.cluster.incremental import StreamState, consolidate, seed_state
from newsdesk.config import ClusterConfig
from newsdesk.errors import ConfigError
from newsdesk.model import Article


def _articles() -> tuple[list[Article], list[Article], list[Article]]:
    rng = random.Random(11)
    malaria = topic_articles(rng, MALARIA, "m", "malaria nets", range(1, 7))
    cholera = topic_articles(rng, CHOLERA, "c", "cholera wells", range(10, 13))
    votes = topic_articles(rng, VOTE, "v", "ballot count", range(8, 11))
    return malaria, cholera, votes


def _state(stored: bool) -> StreamState:
    """Cholera articles inside the malaria story; ``stored``: as rebuilt from the store (an earlier run's)."""
    malaria, cholera, votes = _articles()
    pairs = [("s-malaria", features(a)) for a in malaria + cholera] + [("s-vote", features(a)) for a in votes]
    state = seed_state(pairs)
    if not stored:  # as within one run: nothing came from the store
        state.stored.clear()
    return state


def test_seed_state_marks_the_articles_it_rebuilds_as_stored() -> None:
    malaria, _, _ = _articles()
    assert seed_state([("s", features(a)) for a in malaria]).stored == {a.id for a in malaria}
    assert StreamState().stored == set()


def test_a_group_of_stored_articles_no_story_follows_splits_off() -> None:
    state = _state(stored=True)
    consolidate(state, ClusterConfig(stream_resplit_min=3))
    new = sorted(set(state.members) - {"s-malaria", "s-vote"})
    assert len(new) == 1 and sorted(f.id for f in state.members[new[0]]) == ["c0", "c1", "c2"]
    assert sorted(f.id for f in state.members["s-malaria"]) == [f"m{i}" for i in range(6)]
    again = _state(stored=True)
    consolidate(again, ClusterConfig(stream_resplit_min=3))
    assert sorted(again.members) == sorted(state.members), "a rerun gives the split story the same id"


def test_no_resplit_within_one_run_or_below_the_size() -> None:
    fresh = _state(stored=False)
    consolidate(fresh, ClusterConfig(stream_resplit_min=3))
    assert sorted(fresh.members) == ["s-malaria", "s-vote"], "nothing stored: one run is unchanged"
    small = _state(stored=True)
    consolidate(small, ClusterConfig(stream_resplit_min=4))
    assert sorted(small.members) == ["s-malaria", "s-vote"]
    off = _state(stored=True)
    consolidate(off, ClusterConfig(stream_resplit_min=0))
    assert sorted(off.members) == ["s-malaria", "s-vote"], "0: off"


def test_a_split_takes_back_the_id_of_the_story_merged_away_that_its_article_opened() -> None:
    state = _state(stored=True)
    state.openers = {"c1": "s-cholera-old", "m2": "s-malaria-old"}  # m2 stays home: its id is not revived
    consolidate(state, ClusterConfig(stream_resplit_min=3))
    assert sorted(f.id for f in state.members["s-cholera-old"]) == ["c0", "c1", "c2"]
    assert "s-malaria-old" not in state.members


def test_one_run_stream_labels_are_the_same_with_resplits_on() -> None:
    malaria, cholera, votes = _articles()
    feats = [features(a) for a in malaria + cholera + votes]
    assert stream_labels(feats, ClusterConfig(stream_resplit_min=1)) == stream_labels(feats, ClusterConfig())


def test_resplit_min_is_validated() -> None:
    with pytest.raises(ConfigError, match="stream_resplit_min"):
        ClusterConfig(stream_resplit_min=-1)
