"""Stream consolidation decides its moves and merges again on the merged stories (``CONSOLIDATE_PASSES``)."""

from __future__ import annotations

import numpy as np

from newsdesk.cluster import incremental
from newsdesk.cluster.features import Features
from newsdesk.cluster.incremental import follow_groups, seed_state
from newsdesk.config import ClusterConfig


def _f(aid: str, terms: list[int], counts: list[float] | None = None) -> Features:
    return Features(aid, None, None, np.array(terms, dtype=np.uint32),
                    np.array(counts or [1.0] * len(terms), dtype=np.float32))


# Term ids stand for words: 1-3 a harbour bridge's repairs, 10-11 its toll, 20-22 a farm protest.
HARBOUR = [("bridge", _f(f"h{i}", [1, 2, 3])) for i in range(1, 4)]
TOLL_FIRST = ("lone", _f("h4", [1, 10, 11], [1, 4, 4]))  # a toll report that opened a story of its own
FARM = [("farm", _f(f"f{i}", [20, 21, 22])) for i in range(1, 4)] + [("farm", _f("h5", [10, 11, 20], [2, 2, 2]))]
# The batch grouping: every bridge report (the toll ones too) in group 0, the protest in group 1.
GROUPS = {"h1": 0, "h2": 0, "h3": 0, "h4": 0, "h5": 0, "f1": 1, "f2": 1, "f3": 1}


def _stories(state: incremental.StreamState) -> dict[str, list[str]]:
    return {sid: sorted(f.id for f in m) for sid, m in state.members.items() if m}


def test_second_pass_moves_the_part_that_the_first_merge_made_welcome() -> None:
    cfg = ClusterConfig()
    state = seed_state(HARBOUR + [TOLL_FIRST] + FARM)
    live = sorted(_stories(state))
    # Pass 1: the lone toll report follows its group into the bridge story; the toll report filed in the protest
    # story stays there (it shares nothing with the bridge story's centroid yet).
    assert follow_groups(state, live, GROUPS, cfg) == [("lone", "bridge")]
    assert _stories(state)["farm"] == ["f1", "f2", "f3", "h5"]
    # Pass 2 on the same grouping: the bridge story now holds the toll words, and the part moves.
    follow_groups(state, [s for s in live if s != "lone"], GROUPS, cfg)
    assert _stories(state) == {"bridge": ["h1", "h2", "h3", "h4", "h5"], "farm": ["f1", "f2", "f3"]}


def test_consolidate_runs_two_passes_on_one_grouping(monkeypatch) -> None:
    state = seed_state(HARBOUR + [TOLL_FIRST] + FARM)
    calls: list[int] = []

    def grouping(feats, cfg):  # the batch method's answer for these articles (it is pinned by GROUPS)
        calls.append(len(feats))
        by: dict[int, list[str]] = {}
        for f in feats:
            by.setdefault(GROUPS[f.id], []).append(f.id)
        return [tuple(ids) for _, ids in sorted(by.items())]

    monkeypatch.setattr(incremental, "cluster_features", grouping)
    assert incremental.consolidate(state, ClusterConfig()) == [("lone", "bridge")]
    assert _stories(state) == {"bridge": ["h1", "h2", "h3", "h4", "h5"], "farm": ["f1", "f2", "f3"]}
    assert calls == [8]  # one batch grouping for both passes
