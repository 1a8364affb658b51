"""Incremental story assignment: each new article joins the closest live story or opens a new one.

The state is small and rebuilt from the store on each run (stories active within the time window and
their articles' features), so no hidden global survives between calls. IDF comes from the articles the
state has seen, as in classic TDT single-pass clustering.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsdesk.cluster.features import Features
from newsdesk.config import ClusterConfig
from newsdesk.model import content_id

CENTROID_TERMS = 300  # terms kept per story centroid


@dataclass(slots=True)
class StoryState:
    """Running centroid of one story (sum of its members' TF-IDF vectors, top terms only)."""

    id: str
    sums: dict[int, float] = field(default_factory=dict)
    size: int = 0
    first_day: int | None = None
    last_day: int | None = None

    def add(self, vec: dict[int, float], day: int | None) -> None:
        for t, w in vec.items():
            self.sums[t] = self.sums.get(t, 0.0) + w
        if len(self.sums) > 2 * CENTROID_TERMS:  # amortised truncation keeps memory bounded
            top = sorted(self.sums.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS]
            self.sums = dict(top)
        self.size += 1
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)


@dataclass(slots=True)
class StreamState:
    """Document frequencies and live stories; ``postings`` maps a term to the stories using it."""

    docs: int = 0
    df: dict[int, int] = field(default_factory=dict)
    stories: dict[str, StoryState] = field(default_factory=dict)
    postings: dict[int, set[str]] = field(default_factory=dict)


def _vector(f: Features, state: StreamState) -> dict[int, float]:
    n = state.docs
    vec = {
        int(t): (1.0 + math.log(float(c))) * (math.log((1.0 + n) / (1.0 + state.df.get(int(t), 0))) + 1.0)
        for t, c in zip(f.terms, f.counts, strict=True)
    }
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _in_window(story: StoryState, day: int | None, window: int) -> bool:
    if day is None or story.last_day is None:
        return True
    return story.first_day is not None and story.first_day - window <= day <= story.last_day + window


def _observe(f: Features, state: StreamState) -> None:
    state.docs += 1
    for t in f.terms:
        state.df[int(t)] = state.df.get(int(t), 0) + 1


def _join(state: StreamState, story_id: str, vec: dict[int, float], day: int | None) -> None:
    story = state.stories.setdefault(story_id, StoryState(story_id))
    story.add(vec, day)
    for t in vec:
        state.postings.setdefault(t, set()).add(story_id)


def assign(f: Features, state: StreamState, cfg: ClusterConfig) -> tuple[str, float]:
    """Assign one article to a story, updating ``state``; returns (story id, similarity; 0.0 when new).

    Candidates are stories sharing a term with the article whose dates lie within ``cfg.window_days``
    of the article's date; the best one by centroid cosine wins when it reaches ``cfg.stream_threshold``.
    A new story's id is derived from its first article's id, so a rerun gives the same ids.
    """
    _observe(f, state)
    vec = _vector(f, state)
    scores: dict[str, float] = {}
    for t, w in vec.items():
        for sid in state.postings.get(t, ()):
            scores[sid] = scores.get(sid, 0.0) + w * state.stories[sid].sums.get(t, 0.0)
    best, best_sim = None, 0.0
    for sid, dot in scores.items():
        story = state.stories[sid]
        if not _in_window(story, f.day, cfg.window_days):
            continue
        norm = math.sqrt(sum(v * v for v in story.sums.values())) or 1.0
        sim = dot / norm
        if sim > best_sim or (sim == best_sim and best is not None and sid < best):
            best, best_sim = sid, sim
    if best is not None and best_sim >= cfg.stream_threshold:
        _join(state, best, vec, f.day)
        return best, best_sim
    sid = content_id(f.id, prefix="s")
    _join(state, sid, vec, f.day)
    return sid, 0.0


def seed_state(members: Iterable[tuple[str, Features]]) -> StreamState:
    """Rebuild the state from stored stories: ``(story id, features)`` pairs in date order."""
    state = StreamState()
    pairs = list(members)
    for _, f in pairs:
        _observe(f, state)
    for sid, f in pairs:
        _join(state, sid, _vector(f, state), f.day)
    return state


def stream_labels(feats: Iterable[Features], cfg: ClusterConfig, state: StreamState | None = None) -> list[str]:
    """Assign features one by one (in the given order); the story id of each."""
    state = state or StreamState()
    return [assign(f, state, cfg)[0] for f in feats]


__all__ = ["StoryState", "StreamState", "assign", "seed_state", "stream_labels"]
