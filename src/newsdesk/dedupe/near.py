"""Near duplicates: MinHash signatures (map) and LSH banding + verification (reduce) into DupLinks."""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newsdesk.cluster.features import day_number
from newsdesk.config import DedupConfig
from newsdesk.dedupe.exact import exact_key
from newsdesk.model import Article, DupLink
from newsdesk.text import normalize_for_hash

MAX_BUCKET = 200  # beyond this, a bucket (boilerplate shared by many pages) is linked as a chain, not all pairs
MAX_GROUP_PAIRS = 50  # exact groups larger than this link every member to the group's original only


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """What the duplicate reduce needs of one article: ids, dates, exact key, LSH band keys, MinHash."""

    id: str
    outlet: str | None
    day: int | None
    words: int
    exact: str
    bands: tuple[int, ...]
    mins: np.ndarray  # uint32 MinHash values, for verifying candidates


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


@lru_cache(maxsize=16)
def bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH (bands, rows) favouring recall at ``threshold`` (datasketch's optimiser)."""
    # Missing a copy costs more than verifying an extra candidate (every candidate is checked against
    # the threshold), so weight false negatives 0.95: at 0.8 this gives ~0.99+ candidate recall.
    return _optimal_param(threshold, num_perm, 0.05, 0.95)


def shingles(text: str, k: int) -> list[bytes]:
    toks = normalize_for_hash(text).split()
    if len(toks) <= k:
        return [" ".join(toks).encode()] if toks else []
    return [" ".join(toks[i : i + k]).encode() for i in range(len(toks) - k + 1)]


def signature(article: Article, cfg: DedupConfig) -> Signature:
    """MinHash signature of an article's word shingles (pure and picklable: the map step).

    CRC32 replaces datasketch's default SHA-1 per shingle: it is deterministic across processes
    (needed for Dask workers) and about 5x faster; collisions only add noise far below the threshold.
    """
    mh = MinHash(num_perm=cfg.num_perm, seed=1, hashfunc=_crc)
    sh = shingles(article.text, cfg.shingle)
    if sh:
        mh.update_batch(sh)
    mins = mh.hashvalues.astype(np.uint32)
    b, r = bands_rows(cfg.near_threshold, cfg.num_perm)
    bands = tuple((i << 32) | zlib.crc32(mins[i * r : (i + 1) * r].tobytes()) for i in range(b)) if sh else ()
    return Signature(
        article.id, article.outlet, day_number(article.published), article.words, exact_key(article.text), bands, mins
    )


def original_of(sigs: Sequence[Signature]) -> str:
    """The copy most likely to be the original: earliest date, then the longest, then the smallest id."""
    return min(sigs, key=lambda s: (s.day is None, s.day or 0, -s.words, s.id)).id


def _pair(a: Signature, b: Signature, kind: str, sim: float) -> DupLink:
    first, second = (a, b) if a.id < b.id else (b, a)
    return DupLink(first.id, second.id, kind, round(sim, 4), original=original_of([a, b]))  # type: ignore[arg-type]


def _exact_links(groups: Iterable[list[Signature]]) -> list[DupLink]:
    links: list[DupLink] = []
    for group in groups:
        if len(group) < 2:
            continue
        if len(group) <= MAX_GROUP_PAIRS:
            links.extend(_pair(a, b, "exact", 1.0) for a, b in combinations(group, 2))
        else:
            head = next(s for s in group if s.id == original_of(group))
            links.extend(_pair(head, s, "exact", 1.0) for s in group if s is not head)
    return links


def link(sigs: Iterable[Signature], cfg: DedupConfig) -> list[DupLink]:
    """Duplicate links among signatures (the reduce step): exact groups, then verified LSH candidates.

    A near pair is linked when its estimated Jaccard similarity reaches ``cfg.near_threshold``; pairs
    that are exact duplicates are reported once, as ``exact``. Links are sorted and have ``a < b``.
    """
    sigs = list(sigs)
    by_exact: dict[str, list[Signature]] = defaultdict(list)
    for s in sigs:
        by_exact[s.exact].append(s)
    links = _exact_links(by_exact.values())
    # One representative per exact group takes part in near matching; its copies inherit by exact links.
    reps = [g[0] for g in by_exact.values()]
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(reps):
        for key in s.bands:
            buckets[key].append(i)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        pairs = combinations(members, 2) if len(members) <= MAX_BUCKET else pairwise(members)
        for i, j in pairs:
            if (i, j) in seen:
                continue
            seen.add((i, j))
            a, b = reps[i], reps[j]
            sim = float(np.mean(a.mins == b.mins))
            if sim >= cfg.near_threshold:
                for x in by_exact[a.exact]:
                    for y in by_exact[b.exact]:
                        links.append(_pair(x, y, "near", sim))
    return sorted(links, key=lambda d: (d.a, d.b))
