"""Stream consolidation and undated articles: a story an undated article joined is checked again whatever its dates
(``StreamState.undated_joined``), and a lone article that the batch grouping puts with no live story's articles
leaves the story it sits in (``move_parts``, ``ClusterConfig.stream_split_lone``)."""

from __future__ import annotations

import numpy as np

from newsdesk.cluster import incremental
from newsdesk.cluster.features import Features
from newsdesk.cluster.incremental import StreamState, move_parts, seed_state
from newsdesk.config import ClusterConfig


def _f(aid: str, terms: list[int], day: int | None) -> Features:
    return Features(aid, day, None, np.array(terms, dtype=np.uint32), np.ones(len(terms), dtype=np.float32))


# Term ids stand for words: 1-3 a school board's vote on teaching evolution, 20-22 a church synod's vote, 40-42 a
# harbour strike. Days: the evolution coverage of last year (100-110), one evolution report this year (400).
EVOLUTION_OLD = [("evo", _f(f"e{i}", [1, 2, 3], 100 + i)) for i in range(3)]
EVOLUTION_NEW = _f("e9", [1, 2, 3, 20], 400)
CHURCH = [_f(f"c{i}", [20, 21, 22, 1], None) for i in range(3)]
STRIKE = ("strike", _f("s1", [40, 41, 42], 500))
# The batch grouping of all these articles: evolution, church, strike.
GROUPS = {"e0": 0, "e1": 0, "e2": 0, "e9": 0, "c0": 1, "c1": 1, "c2": 1, "s1": 2}


def _stories(state: StreamState) -> dict[str, list[str]]:
    return {sid: sorted(f.id for f in m) for sid, m in state.members.items() if m}


def _pinned(calls: list[int]):
    def grouping(feats, cfg):  # the batch method's answer, pinned by GROUPS
        calls.append(len(feats))
        by: dict[int, list[str]] = {}
        for f in feats:
            by.setdefault(GROUPS[f.id], []).append(f.id)
        return [tuple(ids) for _, ids in sorted(by.items())]
    return grouping


def test_a_lone_article_grouped_with_no_live_story_leaves_its_story() -> None:
    # An earlier run filed this year's evolution report in the church story; this run's grouping puts that report
    # with last year's evolution coverage, a group that is no live story's home. It becomes a story of its own
    # (stream_split_min 0).
    state = seed_state(EVOLUTION_OLD + [("church", EVOLUTION_NEW)] + [("church", f) for f in CHURCH])
    opened = move_parts(state, ["church"], GROUPS, ClusterConfig())
    assert len(opened) == 1
    assert _stories(state)["church"] == ["c0", "c1", "c2"]
    assert _stories(state)[opened[0]] == ["e9"]


def test_two_lone_articles_of_one_orphan_group_stay_without_split_min() -> None:
    # Two articles together are a part the batch method may have cut off a topic: they stay (stream_split_min 0).
    two = {**GROUPS, "c2": 0}
    state = seed_state(EVOLUTION_OLD + [("church", EVOLUTION_NEW)] + [("church", f) for f in CHURCH])
    assert move_parts(state, ["church"], two, ClusterConfig()) == []
    assert _stories(state)["church"] == ["c0", "c1", "c2", "e9"]


def test_a_lone_article_of_this_run_stays() -> None:
    # Filed by this run (not stored by an earlier one): the grouping saw it when it was filed; it stays.
    state = seed_state(EVOLUTION_OLD + [("church", EVOLUTION_NEW)] + [("church", f) for f in CHURCH])
    state.stored.clear()
    assert move_parts(state, ["church"], GROUPS, ClusterConfig()) == []
    assert _stories(state)["church"] == ["c0", "c1", "c2", "e9"]


def test_a_lone_article_stays_when_stream_split_lone_is_off() -> None:
    state = seed_state(EVOLUTION_OLD + [("church", EVOLUTION_NEW)] + [("church", f) for f in CHURCH])
    assert move_parts(state, ["church"], GROUPS, ClusterConfig(stream_split_lone=False)) == []
    assert _stories(state)["church"] == ["c0", "c1", "c2", "e9"]


def test_a_story_an_undated_article_joined_is_consolidated_whatever_its_dates(monkeypatch) -> None:
    # An earlier run filed this year's evolution report with one church report. This run an undated church report
    # joins that story, and a strike report (day 500) makes the story's dates fall out of the 7-day window.
    state = seed_state(EVOLUTION_OLD + [("church", EVOLUTION_NEW), ("church", CHURCH[0]), STRIKE])
    for f in CHURCH[1:]:
        incremental._observe(f, state)
        incremental._join(state, "church", incremental._vector(f, state), f)
    calls: list[int] = []
    monkeypatch.setattr(incremental, "cluster_features", _pinned(calls))
    incremental.consolidate(state, ClusterConfig())
    stories = _stories(state)
    assert stories["church"] == ["c0", "c1", "c2"]
    assert ["e9"] in stories.values()
    assert stories["evo"] == ["e0", "e1", "e2"]  # out of the window: it neither grows nor merges
    assert calls == [5]  # the live articles: the church story's and the strike report
    assert state.undated_joined == set()
