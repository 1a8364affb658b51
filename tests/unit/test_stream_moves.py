"""End-of-run consolidation moves parts of stories (``cluster.incremental.move_parts``), not only whole stories."""

from __future__ import annotations

import random

import pytest

from builders import CHOLERA, MALARIA, VOTE, make_article, topic_articles, topic_text
from newsdesk.cluster import features, stream_labels
from newsdesk.cluster.incremental import StreamState, consolidate, seed_state
from newsdesk.config import ClusterConfig
from newsdesk.errors import ConfigError
from newsdesk.model import Article


def _feed() -> tuple[list[Article], list[Article], Article]:
    """Six malaria articles (1-6 March), four cholera ones (10-13 March), and a cholera article dated 1 March
    with some malaria words, fed last: the cholera story is out of its time window, so it joins malaria."""
    rng = random.Random(5)
    malaria = topic_articles(rng, MALARIA, "m", "malaria nets", range(1, 7))
    cholera = topic_articles(rng, CHOLERA, "c", "cholera wells", range(10, 14))
    late = make_article(topic_text(rng, CHOLERA, MALARIA, 0.3), id="late", title="cholera wells late", date="2024-03-01")
    return malaria, cholera, late


LOOSE = {"stream_threshold": 0.1}  # the late article's malaria words are enough to join the malaria story


def test_an_article_that_arrived_in_the_wrong_story_moves_to_the_story_it_belongs_to() -> None:
    malaria, cholera, late = _feed()
    feats = [features(a) for a in malaria + cholera + [late]]
    off = stream_labels(feats, ClusterConfig(**LOOSE, stream_move_min=0))
    assert off[-1] == off[0] != off[6], "whole stories merge or not: the late article stays with malaria"
    on = stream_labels(feats, ClusterConfig(**LOOSE))  # moves are on by default
    assert on[:6] == off[:6] and on[6:10] == off[6:10], "both stories keep their ids"
    assert on[-1] == on[6] != on[0], "the late article ends in the cholera story"


def test_a_moved_part_leaves_its_story_and_the_centroids_follow() -> None:
    malaria, cholera, _ = _feed()
    strays = cholera[:2]  # two cholera articles sit in the malaria story, the rest in a cholera story
    state = seed_state([("s-malaria", features(a)) for a in malaria + strays]
                       + [("s-cholera", features(a)) for a in cholera[2:]])
    assert consolidate(state, ClusterConfig()) == []  # nothing merges: the stories follow different groups
    members = {sid: sorted(f.id for f in fs) for sid, fs in state.members.items()}
    assert members == {"s-malaria": [a.id for a in malaria], "s-cholera": sorted(a.id for a in cholera)}
    assert state.stories["s-malaria"].size == 6 and state.stories["s-cholera"].size == 4
    cholera_terms = {int(t) for a in cholera for t in features(a).terms}
    assert not cholera_terms & set(state.stories["s-malaria"].sums), "the centroid lost the moved articles' words"
    assert all("s-malaria" not in state.postings.get(t, ()) for t in cholera_terms)


def test_a_part_closer_to_its_own_story_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch grouping alone does not move a part: it must also be at least as close to the story it
    would join as to the rest of its own story (``MOVE_RATIO``)."""
    from newsdesk.cluster import incremental

    malaria, cholera, late = _feed()
    pairs = [("s-malaria", features(a)) for a in [*malaria, late]] + [("s-cholera", features(a)) for a in cholera]
    moves = seed_state(pairs)
    consolidate(moves, ClusterConfig())
    assert "late" in {f.id for f in moves.members["s-cholera"]}
    monkeypatch.setattr(incremental, "MOVE_RATIO", 100.0)  # nothing is that much closer elsewhere
    stays = seed_state(pairs)
    consolidate(stays, ClusterConfig())
    assert "late" in {f.id for f in stays.members["s-malaria"]}


def test_a_group_no_story_follows_splits_off_only_when_asked() -> None:
    malaria, cholera, _ = _feed()
    rng = random.Random(7)
    votes = topic_articles(rng, VOTE, "v", "ballot count", range(8, 11))
    pairs = [("s-malaria", features(a)) for a in malaria + cholera[:3]] + [("s-vote", features(a)) for a in votes]
    kept = seed_state(pairs)
    consolidate(kept, ClusterConfig())  # default: no splits; no story has the cholera group as its home
    assert sorted(kept.members) == ["s-malaria", "s-vote"] and len(kept.members["s-malaria"]) == 9
    assert consolidate(seed_state(pairs), ClusterConfig(stream_split_min=4)) == []  # too few to split
    split = seed_state(pairs)
    consolidate(split, ClusterConfig(stream_split_min=3))
    new = sorted(set(split.members) - {"s-malaria", "s-vote"})
    assert len(new) == 1 and sorted(f.id for f in split.members[new[0]]) == ["c0", "c1", "c2"]
    assert sorted(f.id for f in split.members["s-malaria"]) == [a.id for a in malaria]
    again = seed_state(pairs)
    consolidate(again, ClusterConfig(stream_split_min=3))
    assert sorted(again.members) == sorted(split.members), "a rerun gives the new story the same id"


def test_moves_are_a_setting_and_need_consolidation() -> None:
    malaria, cholera, late = _feed()
    feats = [features(a) for a in malaria + cholera + [late]]
    no_consolidation = stream_labels(feats, ClusterConfig(**LOOSE, stream_consolidate=False))
    assert no_consolidation[-1] == no_consolidation[0]
    assert consolidate(StreamState(), ClusterConfig()) == []
    for name in ("stream_move_min", "stream_split_min"):
        with pytest.raises(ConfigError, match=name):
            ClusterConfig(**{name: -1})
