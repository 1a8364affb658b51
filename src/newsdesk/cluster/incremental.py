"""Incremental story assignment: each new article joins the closest live story or opens a new one.

The state is small and rebuilt from the store on each run (stories active within the time window and
their articles' features), so no hidden global survives between calls. IDF comes from the articles the
state has seen, as in classic TDT single-pass clustering. At the end of each run (and, when configured,
every ``stream_consolidate_every`` arrivals) ``consolidate`` re-clusters the live stories' articles
with the batch method: stories it puts together merge, and parts of a story it puts with another story
move there (``move_parts``; a story keeps its id and most of its articles).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsdesk.cluster.batch import cluster_features
from newsdesk.cluster.features import Features
from newsdesk.config import ClusterConfig
from newsdesk.model import content_id

CENTROID_TERMS = 300  # terms kept per story centroid
MERGE_CANDIDATES = 5  # stories compared with a grown story for merging
CANDIDATE_TERMS = 30  # an arriving article's heaviest terms, used to shortlist stories
CANDIDATE_STORIES = 20  # shortlisted stories that get the full cosine
# consolidate: a story follows the batch group that holds at least this share of its articles ...
CONSOLIDATE_SHARE = 0.5
# ... and the parts and merges are decided again on the stories as the first pass left them (one batch grouping for
# both passes). Why: a part moves when it is closer to the story whose home its group is than to the rest of its own
# story; the first pass's merges (one-article stories folding into their group's story) change those centroids, and
# parts that stayed then move. duc2006-clustering stream (one run), the second pass: 5 parts moved (4 of them articles
# of a topic the rest of their story is not about) and 1 more merge; stream B3 F1 1 / 2 / 3 passes 0.922 / 0.929 /
# 0.929, batch unchanged (0.924), wikiref220 stream 0.941 unchanged.
CONSOLIDATE_PASSES = 2
# ... and merges only into a story whose TF-IDF centroid is at least this similar to its own (a guard
# against stories that the projection alone puts together). duc2006-clustering stream B3 F1, date
# order, end of run: 0.908 at 0.1 (same as no guard), 0.905 at 0.15, 0.895 at 0.2.
CONSOLIDATE_MIN_COSINE = 0.1
# move_parts: a part moves when its centroid is at least this many times as close to the story it would join
# as to the rest of its own story (numbers in ``ClusterConfig.stream_move_min``).
MOVE_RATIO = 1.0


@dataclass(slots=True)
class StoryState:
    """Running centroid of one story (sum of its members' TF-IDF vectors, top terms only)."""

    id: str
    sums: dict[int, float] = field(default_factory=dict)
    size: int = 0
    first_day: int | None = None
    last_day: int | None = None
    _norm: float | None = None  # cached centroid norm; None: recompute (the centroid changed)

    def norm(self) -> float:
        """The centroid's Euclidean norm (1.0 for an empty centroid), cached until the centroid changes."""
        if self._norm is None:
            self._norm = math.sqrt(sum(v * v for v in self.sums.values())) or 1.0
        return self._norm

    def add(self, vec: dict[int, float], day: int | None) -> list[int]:
        """Add one article's vector; returns the terms the centroid dropped (it keeps its top terms)."""
        for t, w in vec.items():
            self.sums[t] = self.sums.get(t, 0.0) + w
        dropped: list[int] = []
        if len(self.sums) > 2 * CENTROID_TERMS:  # amortised truncation keeps memory bounded
            ranked = sorted(self.sums.items(), key=lambda kv: -kv[1])
            self.sums = dict(ranked[:CENTROID_TERMS])
            dropped = [t for t, _ in ranked[CENTROID_TERMS:]]
        self.size += 1
        self._norm = None
        self._widen(day)
        return dropped

    def absorb(self, other: StoryState) -> None:
        """Fold another story's centroid, size and dates into this one."""
        for t, w in other.sums.items():
            self.sums[t] = self.sums.get(t, 0.0) + w
        self.size += other.size
        self._norm = None
        self._widen(other.first_day)
        self._widen(other.last_day)

    def _widen(self, day: int | None) -> None:
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
    aliases: dict[str, str] = field(default_factory=dict)  # merged-away story id -> the story it joined
    members: dict[str, list[Features]] = field(default_factory=dict)  # story id -> its articles' features
    since_consolidation: int = 0  # arrivals since ``consolidate`` last ran
    # stories that took in an undated article since ``consolidate`` last ran: ``consolidate`` checks them whatever
    # their dates (an undated article joins a story of any age on arrival, and is news of this run)
    undated_joined: set[str] = field(default_factory=set)
    stored: set[str] = field(default_factory=set)  # ids of the articles ``seed_state`` rebuilt (earlier runs)
    # article id -> the id of a story it opened that an earlier run merged away (the store's aliases): a story
    # that ``move_parts`` splits off again takes that id back (``ClusterConfig.stream_resplit_min``)
    openers: dict[str, str] = field(default_factory=dict)


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


def _join(state: StreamState, story_id: str, vec: dict[int, float], f: Features) -> None:
    """Add an article to a story; ``postings`` list a story under the terms its centroid keeps, only."""
    day = f.day
    state.members.setdefault(story_id, []).append(f)
    if day is None:
        state.undated_joined.add(story_id)
    story = state.stories.setdefault(story_id, StoryState(story_id))
    for t in story.add(vec, day):
        posting = state.postings.get(t)
        if posting is not None:
            posting.discard(story_id)
    for t in vec:
        if t in story.sums:
            state.postings.setdefault(t, set()).add(story_id)


def assign(f: Features, state: StreamState, cfg: ClusterConfig) -> tuple[str, float]:
    """Assign one article to a story, updating ``state``; returns (story id, similarity; 0.0 when new).

    Candidates are stories whose dates lie within ``cfg.window_days`` of the article's date, shortlisted
    by the weight they share on the article's heaviest terms; the best one by centroid cosine wins when
    it reaches ``cfg.stream_threshold``.
    A new story's id is derived from its first article's id, so a rerun gives the same ids.
    """
    _observe(f, state)
    vec = _vector(f, state)
    stories, postings = state.stories, state.postings
    # Candidates: the stories sharing most weight on the article's heaviest terms (the rare, telling
    # ones); only they get the full cosine. Scoring every story that shares any word costs
    # O(stories) per article.
    heavy = sorted(vec.items(), key=lambda kv: -kv[1])[:CANDIDATE_TERMS]
    partial: dict[str, float] = {}
    for t, w in heavy:
        for sid in postings.get(t, ()):  # merges and centroid truncation keep postings exact
            partial[sid] = partial.get(sid, 0.0) + w * stories[sid].sums[t]
    live = [sid for sid in partial if _in_window(stories[sid], f.day, cfg.window_days)]
    shortlist = sorted(live, key=lambda k: (-partial[k] / stories[k].norm(), k))[:CANDIDATE_STORIES]
    best, best_sim = None, 0.0
    for sid in shortlist:
        story = stories[sid]
        sums = story.sums
        sim = sum(w * sums.get(t, 0.0) for t, w in vec.items()) / story.norm()
        if sim > best_sim or (sim == best_sim and best is not None and sid < best):
            best, best_sim = sid, sim
    if best is not None and best_sim >= cfg.stream_threshold:
        _join(state, best, vec, f)
        return best, best_sim
    sid = content_id(f.id, prefix="s")
    _join(state, sid, vec, f)
    return sid, 0.0


def seed_state(members: Iterable[tuple[str, Features]]) -> StreamState:
    """Rebuild the state from stored stories: ``(story id, features)`` pairs in date order."""
    state = StreamState()
    pairs = list(members)
    for _, f in pairs:
        _observe(f, state)
        state.stored.add(f.id)
    for sid, f in pairs:
        _join(state, sid, _vector(f, state), f)
    state.undated_joined.clear()
    return state


def _cosine(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values())) or 1.0
    nb = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / (na * nb)


def _candidates(state: StreamState, story_id: str, candidates: int) -> list[str]:
    """The live stories sharing the most weight with ``story_id``'s top 50 terms (best first)."""
    story = state.stories[story_id]
    top = sorted(story.sums.items(), key=lambda kv: -kv[1])[:50]
    overlap: dict[str, float] = {}
    for t, w in top:
        for sid in state.postings.get(t, ()):
            if sid != story_id and sid in state.stories:
                overlap[sid] = overlap.get(sid, 0.0) + w
    return sorted(overlap, key=lambda k: (-overlap[k], k))[:candidates]


def _absorb(state: StreamState, keep: str, gone: str) -> None:
    """Fold story ``gone`` into story ``keep`` (centroid, size, dates, postings); ``gone`` leaves the state."""
    other = state.stories.pop(gone)
    state.stories[keep].absorb(other)
    state.members.setdefault(keep, []).extend(state.members.pop(gone, []))
    if gone in state.undated_joined:
        state.undated_joined.add(keep)
    for t in other.sums:
        posting = state.postings.setdefault(t, set())
        posting.discard(gone)
        posting.add(keep)


def merge_into(state: StreamState, story_id: str, threshold: float, candidates: int = MERGE_CANDIDATES,
               lone_threshold: float | None = None, window_days: int | None = None,
               grown: int | None = None) -> list[str]:
    """Merge into ``story_id`` the stories whose centroids are at least ``threshold`` similar to its own.

    Single-pass clustering opens a second story for a topic when an early article of it looks unlike the
    first story's; once both have grown, their centroids show they are one. Candidates are the stories
    sharing the most weight with ``story_id``'s top terms. Returns the ids merged away (now gone from
    ``state``); the caller records them as aliases of ``story_id``.

    A one-article story (on either side) merges at ``lone_threshold`` when that is lower: the article
    opened its story because nothing was close enough when it came, and now joins as it would join
    on arrival. On duc2006-clustering (stream) B3 F1 0.864 -> 0.881; wikiref220 0.884 -> 0.878.
    ``window_days``: only stories within the window of this story's newest article merge (as on arrival).
    ``grown``: two stories of at least this many articles each are left apart, for ``consolidate`` (the
    batch method over all their articles) to join or not: two centroids of one field ("home schooling",
    "teaching evolution in Kansas schools": cosine 0.41) look alike as much as two halves of one topic do.
    """
    story = state.stories[story_id]
    merged: list[str] = []
    for sid in _candidates(state, story_id, candidates):
        other = state.stories[sid]
        if window_days is not None and not _in_window(other, story.last_day, window_days):
            continue
        if grown and min(other.size, story.size) >= grown:
            continue
        need = threshold
        if lone_threshold is not None and min(other.size, story.size) == 1:
            need = min(threshold, lone_threshold)
        if _cosine(story.sums, other.sums) < need:
            continue
        _absorb(state, story_id, sid)
        merged.append(sid)
    return merged


def absorb_lone(state: StreamState, threshold: float, window_days: int,
                candidates: int = MERGE_CANDIDATES) -> list[tuple[str, str]]:
    """Give every one-article story a second look: it joins its closest story when that reaches ``threshold``.

    An article that came before the rest of its story found nothing close enough and opened a story of
    its own; ``merge_into`` only revisits it when a story it overlaps grows, so some stay alone for
    good. Checked again against the stories as they are now (within the time window), it joins as
    it would join on arrival. Returns ``(gone, into)`` pairs in the order they merged.
    """
    moved: list[tuple[str, str]] = []
    for sid in sorted(s for s, st in state.stories.items() if st.size == 1):
        lone = state.stories.get(sid)
        if lone is None or lone.size != 1:  # absorbed something earlier in this sweep
            continue
        best, best_sim = None, 0.0
        for other in _candidates(state, sid, candidates):
            if not _in_window(state.stories[other], lone.first_day, window_days):
                continue
            sim = _cosine(lone.sums, state.stories[other].sums)
            if sim > best_sim:
                best, best_sim = other, sim
        if best is not None and best_sim >= threshold:
            _absorb(state, best, sid)
            moved.append((sid, best))
    return moved


def consolidate(state: StreamState, cfg: ClusterConfig) -> list[tuple[str, str]]:
    """Re-cluster the articles of the live stories with the batch method; move parts and merge stories to follow it.

    Why: an arriving article is compared with story centroids in TF-IDF space, one at a time; a
    topic whose first articles looked unlike each other stays in several stories that the pairwise
    merge (``merge_into``) never joins, because their centroids share too few exact words. The batch
    clustering (LSA projection, average link) over all live articles sees that they are one. Each
    story follows the batch group holding most of its articles (``CONSOLIDATE_SHARE``); stories that
    follow one group merge into the largest of them when their centroids are not unrelated
    (``CONSOLIDATE_MIN_COSINE``).
    Before the merges, when ``cfg.stream_move_min`` is set, articles that the batch method puts in
    another story's group move there (``move_parts``): merging whole stories cannot undo a mix.
    Live: stories whose last article is within ``cfg.window_days`` of the newest story's (all stories
    when there are no dates), and the stories an undated article joined since the last consolidation
    (``StreamState.undated_joined``): an undated article joins a story of any age on arrival, so the
    story it joined is news of this run; left out, a mix it made stayed for good (an undated church report
    filed with a 2000 evolution report that a run with newer articles never checked). Returns ``(gone, into)`` pairs; the caller records the aliases. Moved
    articles are found in ``state.members`` (an article's story is the one listing it).
    Cost: one batch clustering of the live articles (near-linear past ``batch.MAX_LINKAGE`` articles).
    """
    days = [st.last_day for st in state.stories.values() if st.last_day is not None]
    newest = max(days) if days else None
    live = sorted(sid for sid, st in state.stories.items()
                  if newest is None or st.last_day is None or st.last_day >= newest - cfg.window_days
                  or sid in state.undated_joined)
    state.since_consolidation = 0
    state.undated_joined.clear()
    if len(live) < 2:
        return []
    feats = [f for sid in live for f in state.members.get(sid, ())]
    group_of = {aid: k for k, group in enumerate(cluster_features(feats, cfg)) for aid in group}
    moved: list[tuple[str, str]] = []
    for _ in range(CONSOLIDATE_PASSES):
        merged = follow_groups(state, live, group_of, cfg)
        moved += merged
        gone = {g for g, _ in merged}
        live = [sid for sid in live if sid not in gone]
    return moved


def follow_groups(state: StreamState, live: list[str], group_of: dict[str, int],
                  cfg: ClusterConfig) -> list[tuple[str, str]]:
    """One pass of ``consolidate`` over the batch grouping ``group_of`` of the live stories' articles: move parts
    (``move_parts``, when ``cfg.stream_move_min`` is set), then merge the stories that follow one group. Returns
    ``(gone, into)`` pairs; ``live`` gains the stories ``move_parts`` opened."""
    if cfg.stream_move_min:
        live += move_parts(state, live, group_of, cfg)
    followers: dict[int, list[str]] = {}
    for sid in live:
        members = state.members.get(sid, [])
        if not members:
            continue
        group, n = _home(members, group_of)
        if n >= CONSOLIDATE_SHARE * len(members):
            followers.setdefault(group, []).append(sid)
    moved: list[tuple[str, str]] = []
    for group in sorted(followers):
        keep, *rest = sorted(followers[group], key=lambda k: (-state.stories[k].size, k))
        for sid in rest:
            if _cosine(state.stories[keep].sums, state.stories[sid].sums) >= CONSOLIDATE_MIN_COSINE:
                _absorb(state, keep, sid)
                moved.append((sid, keep))
    return moved


def _home(members: Iterable[Features], group_of: dict[str, int]) -> tuple[int, int]:
    """The batch group holding most of a story's articles (ties: the lower group number) and how many it holds."""
    votes = Counter(group_of[f.id] for f in members)
    return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))


def _centroid(vecs: Iterable[dict[int, float]]) -> dict[int, float]:
    out: dict[int, float] = {}
    for vec in vecs:
        for t, w in vec.items():
            out[t] = out.get(t, 0.0) + w
    return out


def move_parts(state: StreamState, live: list[str], group_of: dict[str, int], cfg: ClusterConfig) -> list[str]:
    """Move the parts of stories that the batch grouping puts in another story's group; returns the stories it opened.

    A story's home is the batch group holding most of its articles (ties: the lower group number); it
    keeps them, and its id. Its articles in another group form a part; a part of at least
    ``cfg.stream_move_min`` articles moves to the story whose home that group is (the one holding most
    of the group) when the part's TF-IDF centroid is at least as close to that story's centroid as to
    the rest of its own story's (times ``MOVE_RATIO``). Single-pass assignment mixes stories that share
    a field ("diseases in Kenya" articles in a "malaria" story), and a consolidation within a run merges
    stories that a later, larger batch grouping tells apart; merging whole stories cannot undo either.
    A part whose group is no story's home stays, unless it is one article stored by an earlier run, alone in
    that group (the batch grouping of this run's articles puts it with no live story: it becomes a story of
    its own, ``cfg.stream_split_lone``), or
    ``cfg.stream_split_min`` is set: the parts of
    such a group, when they hold that many articles together, become a new story (off by default: it
    cost more than it gained on mixed piles; the numbers are in ``ClusterConfig``), or unless
    ``cfg.stream_resplit_min`` is set and the parts hold an article stored by an earlier run: a run that
    consolidated only part of a feed merged stories that the batch grouping of more articles tells apart,
    and a topic merged away is no story's home later. A new story's id is the merged-away story's whose
    opening article it holds (``state.openers``; reviving an id users may have seen), else it is derived
    from its earliest article's id, so a rerun gives the same id.
    """
    homes = {sid: _home(state.members[sid], group_of)[0] for sid in live if state.members.get(sid)}
    held: dict[int, Counter[str]] = {}
    for sid in homes:
        for f in state.members[sid]:
            held.setdefault(group_of[f.id], Counter())[sid] += 1
    owner: dict[int, str] = {}
    for g, by_story in held.items():
        at_home = [sid for sid in by_story if homes[sid] == g]
        if at_home:
            owner[g] = min(at_home, key=lambda s: (-by_story[s], -len(state.members[s]), s))
    vec_of = {f.id: _vector(f, state) for sid in homes for f in state.members[sid]}
    moves: list[tuple[str, str, list[Features]]] = []  # (from story, to story, the part)
    orphans: dict[int, list[tuple[str, list[Features]]]] = {}  # group that is no story's home -> its parts
    centroid: dict[str, dict[int, float]] = {}  # a receiving story's centroid (all terms, current IDF)
    for sid in sorted(homes):
        parts: dict[int, list[Features]] = {}
        for f in state.members[sid]:
            parts.setdefault(group_of[f.id], []).append(f)
        rest = _centroid(vec_of[f.id] for f in parts[homes[sid]])
        for g in sorted(parts):
            into = owner.get(g)
            if g == homes[sid] or len(parts[g]) < cfg.stream_move_min:
                continue
            if into is None:
                orphans.setdefault(g, []).append((sid, parts[g]))
                continue
            here = _centroid(vec_of[f.id] for f in parts[g])
            if into not in centroid:
                centroid[into] = _centroid(vec_of[f.id] for f in state.members[into])
            if _cosine(here, centroid[into]) >= MOVE_RATIO * _cosine(here, rest):
                moves.append((sid, into, parts[g]))
    opened: list[str] = []
    for g in sorted(orphans):
        split = orphans[g]
        size = sum(len(part) for _, part in split)
        resplit = (cfg.stream_resplit_min and size >= cfg.stream_resplit_min
                   and any(f.id in state.stored for _, part in split for f in part))
        alone = cfg.stream_split_lone and size == 1 and any(f.id in state.stored for _, part in split for f in part)
        if not resplit and not alone and (not cfg.stream_split_min or size < cfg.stream_split_min):
            continue
        new = _revivable(state, split) if resplit else None
        if new is None:
            first = min((f for _, part in split for f in part), key=_date_key)
            new = content_id(first.id, "split", prefix="s")
            while new in state.stories or new in state.aliases:
                new = content_id(new, prefix="s")
        state.stories[new] = StoryState(new)
        state.members[new] = []
        opened.append(new)
        moves.extend((sid, new, part) for sid, part in split)
    # Decided on the stories as they were; a story that gives a part away may receive one, never from itself.
    for src, dst, part in moves:
        ids = {f.id for f in part}
        state.members[src] = [f for f in state.members[src] if f.id not in ids]
        state.members[dst].extend(part)
    for sid in sorted({s for m in moves for s in m[:2]}):
        _rebuild(state, sid, vec_of)
    return opened


def _revivable(state: StreamState, split: list[tuple[str, list[Features]]]) -> str | None:
    """The merged-away story that an orphan group's parts bring back: the one opened by the group's earliest
    article that opened a story an earlier run merged away (``state.openers``), when that id is not live."""
    marked = sorted((f for _, part in split for f in part if f.id in state.openers), key=_date_key)
    for f in marked:
        old = state.openers[f.id]
        if old not in state.stories:
            return old
    return None


def _date_key(f: Features) -> tuple[int, str]:
    return (f.day if f.day is not None else 1 << 30, f.id)


def _rebuild(state: StreamState, story_id: str, vec_of: dict[str, dict[int, float]]) -> None:
    """Recompute a story's centroid (and its postings) from its members' vectors after articles moved in or out.

    The arrival-time centroid summed vectors under the IDF of their day; ``vec_of`` holds today's.
    """
    old = state.stories[story_id]
    for t in old.sums:
        posting = state.postings.get(t)
        if posting is not None:
            posting.discard(story_id)
    story = StoryState(story_id)
    for f in sorted(state.members[story_id], key=_date_key):
        story.add(vec_of[f.id], f.day)
    state.stories[story_id] = story
    for t in story.sums:
        state.postings.setdefault(t, set()).add(story_id)


def advance(f: Features, state: StreamState, cfg: ClusterConfig) -> tuple[str, float]:
    """One arrival: ``assign`` the article, merge stories its story now overlaps (two grown stories only
    when consolidation is off: it decides those), and every
    ``cfg.stream_recheck_every`` arrivals give one-article stories a second look (``recheck``);
    every ``cfg.stream_consolidate_every`` arrivals (when set) ``consolidate`` the live stories.

    Returns (story id on arrival, similarity on arrival); stories merged away are recorded in
    ``state.aliases`` (``resolve`` gives the story an id ended in).
    """
    sid, sim = assign(f, state, cfg)
    if cfg.stream_merge_threshold > 0:
        for gone in merge_into(state, sid, cfg.stream_merge_threshold, lone_threshold=cfg.stream_threshold,
                               window_days=cfg.window_days,
                               grown=cfg.stream_merge_grown if _consolidates(cfg) else None):
            state.aliases[gone] = sid
    if cfg.stream_recheck_every and state.docs % cfg.stream_recheck_every == 0:
        recheck(state, cfg)
    state.since_consolidation += 1
    if _consolidates(cfg) and cfg.stream_consolidate_every and \
            state.since_consolidation >= cfg.stream_consolidate_every:
        _record(state, consolidate(state, cfg))
    return sid, sim


def recheck(state: StreamState, cfg: ClusterConfig) -> None:
    """``absorb_lone`` at the arrival threshold, recording the merges in ``state.aliases``."""
    _record(state, absorb_lone(state, cfg.stream_threshold, cfg.window_days))


def finish(state: StreamState, cfg: ClusterConfig) -> None:
    """The end of a run (a ``newsdesk ingest``, the end of a feed): one-article stories get their second
    look (``recheck``) and the live stories are consolidated (``consolidate``), as configured."""
    if cfg.stream_recheck_every:
        recheck(state, cfg)
    if _consolidates(cfg):
        _record(state, consolidate(state, cfg))


def _consolidates(cfg: ClusterConfig) -> bool:
    """Consolidation merges stories: on when configured and stories merge at all (merge threshold > 0)."""
    return cfg.stream_consolidate and cfg.stream_merge_threshold > 0


def _record(state: StreamState, moves: list[tuple[str, str]]) -> None:
    for gone, into in moves:
        state.aliases[gone] = into


def resolve(state: StreamState, story_id: str) -> str:
    """The live story that ``story_id`` ended in after merges (itself when never merged)."""
    while story_id in state.aliases:
        story_id = state.aliases[story_id]
    return story_id


def stream_labels(feats: Iterable[Features], cfg: ClusterConfig, state: StreamState | None = None) -> list[str]:
    """Feed features one by one (in the given order) through ``advance``; each article's final story id.

    The end of the feed is the end of a batch, as at the end of a ``newsdesk ingest`` run: ``finish``
    runs there too. The final story is the one listing the article when the feed ends (it may differ
    from the story it joined, and from the story that one merged into: consolidation moves parts).
    """
    state = state or StreamState()
    feats = list(feats)
    for f in feats:
        advance(f, state, cfg)
    finish(state, cfg)
    story_of = {f.id: sid for sid, members in state.members.items() for f in members}
    return [story_of[f.id] for f in feats]


__all__ = [
    "StoryState",
    "StreamState",
    "absorb_lone",
    "advance",
    "assign",
    "consolidate",
    "finish",
    "merge_into",
    "move_parts",
    "recheck",
    "resolve",
    "seed_state",
    "stream_labels",
]
