"""Near duplicates: MinHash signatures (map) and LSH banding + verification (reduce) into DupLinks."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import ClassVar

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newsdesk.cluster.features import NO_DAY, ArticleTokens, day_column, day_number
from newsdesk.config import DedupConfig
from newsdesk.dedupe.exact import key_of_normalized
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
    bands: np.ndarray  # uint64 LSH band keys (band number << 32 | band hash); an array: ~500 B less than a tuple
    mins: np.ndarray  # uint32 MinHash values, for verifying candidates


@dataclass(frozen=True, slots=True, eq=False)
class SignatureTable:
    """Signatures of many articles as columns: what ``link`` reads (about 700 bytes per article at 128
    permutations, against about 1.5 KB as ``Signature`` objects with their array headers).

    ``exact`` holds the exact key's 16 hex digits as one uint64; ``bands`` is (articles x bands), and
    ``has_bands`` is False for an article without shingles (no words), which has no band keys.
    """

    ids: list[str]
    outlets: list[str | None]
    days: np.ndarray  # int32, NO_DAY when unknown
    words: np.ndarray  # int64
    exact: np.ndarray  # uint64
    bands: np.ndarray  # uint64 (articles, bands)
    has_bands: np.ndarray  # bool
    mins: np.ndarray  # uint32 (articles, num_perm)
    RAGGED: ClassVar[dict[str, tuple[str, ...]]] = {}

    @classmethod
    def of(cls, sigs: Sequence[Signature], cfg: DedupConfig) -> SignatureTable:
        b, _ = bands_rows(cfg.near_threshold, cfg.num_perm)
        bands = np.zeros((len(sigs), b), dtype=np.uint64)
        has = np.zeros(len(sigs), dtype=bool)
        for i, s in enumerate(sigs):
            if s.bands.shape[0]:
                bands[i] = s.bands
                has[i] = True
        return cls(
            [s.id for s in sigs], [s.outlet for s in sigs], day_column(s.day for s in sigs),
            np.fromiter((s.words for s in sigs), dtype=np.int64, count=len(sigs)),
            np.fromiter((int(s.exact, 16) for s in sigs), dtype=np.uint64, count=len(sigs)),
            bands, has,
            np.stack([s.mins for s in sigs]).astype(np.uint32) if sigs else np.zeros((0, cfg.num_perm), np.uint32),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> Signature:
        d = int(self.days[i])
        return Signature(self.ids[i], self.outlets[i], None if d == NO_DAY else d, int(self.words[i]),
                         f"{int(self.exact[i]):016x}", self.bands[i] if self.has_bands[i] else self.bands[i, :0],
                         self.mins[i])


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


@lru_cache(maxsize=16)
def bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH (bands, rows) favouring recall at ``threshold`` (datasketch's optimiser)."""
    # Missing a copy costs more than verifying an extra candidate (every candidate is checked against
    # the threshold), so weight false negatives 0.95: at 0.8 this gives ~0.99+ candidate recall.
    return _optimal_param(threshold, num_perm, 0.05, 0.95)


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's seeded permutations, built once per process instead of once per article (0.4 ms)."""
    return MinHash(num_perm=num_perm, seed=1).permutations


def shingles(text: str, k: int, toks: list[str] | None = None) -> list[bytes]:
    """Word ``k``-shingles of the normalised text (``toks``: its ``normalize_for_hash`` words, if known)."""
    if toks is None:
        toks = normalize_for_hash(text).split()
    if len(toks) <= k:
        return [" ".join(toks).encode()] if toks else []
    return [" ".join(toks[i : i + k]).encode() for i in range(len(toks) - k + 1)]


def signature(article: Article, cfg: DedupConfig, tokens: ArticleTokens | None = None) -> Signature:
    """MinHash signature of an article's word shingles (pure and picklable: the map step).

    CRC32 replaces datasketch's default SHA-1 per shingle: it is deterministic across processes
    (needed for Dask workers) and about 5x faster; collisions only add noise far below the threshold.
    ``tokens``: the article's shared token pass (``newsdesk.cluster.features.tokenize``), when known.
    """
    mh = MinHash(num_perm=cfg.num_perm, seed=1, hashfunc=_crc, permutations=_permutations(cfg.num_perm),
                 scheme="affine32")
    norm = tokens.hash_words if tokens is not None else normalize_for_hash(article.text).split()
    sh = shingles(article.text, cfg.shingle, norm)
    if sh:
        mh.update_batch(sh)
    mins = mh.hashvalues.astype(np.uint32)
    b, r = bands_rows(cfg.near_threshold, cfg.num_perm)
    keys = [(i << 32) | zlib.crc32(mins[i * r : (i + 1) * r].tobytes()) for i in range(b)] if sh else []
    bands = np.array(keys, dtype=np.uint64)
    return Signature(
        article.id, article.outlet, day_number(article.published), article.words, key_of_normalized(" ".join(norm)),
        bands, mins
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


def _bucket_pairs(bands: np.ndarray, has: np.ndarray) -> np.ndarray:
    """Distinct index pairs (i < j) of rows sharing an LSH band key (``bands``: rows x bands, rows
    without keys masked out by ``has``): all pairs of a bucket of up to ``MAX_BUCKET`` members,
    consecutive members of a larger one.

    Vectorised (band keys sorted once, pairs generated per bucket size): a dict of buckets costs about
    200 bytes per (article, band), 3 GB for a million articles, against 20 bytes here.
    """
    rows = np.flatnonzero(has)
    if rows.shape[0] == 0 or bands.shape[1] == 0:
        return np.zeros((0, 2), dtype=np.int64)
    keys = bands[rows].ravel()
    idx = np.repeat(rows.astype(np.int32 if bands.shape[0] < 2**31 else np.int64), bands.shape[1])
    order = np.argsort(keys, kind="stable")  # stable: members stay in input order within a bucket
    keys, idx = keys[order], idx[order]
    del order
    starts = np.concatenate([[0], np.flatnonzero(np.diff(keys)) + 1])
    lens = np.diff(np.concatenate([starts, [keys.shape[0]]]))
    del keys
    n = np.int64(bands.shape[0])
    found: list[np.ndarray] = []
    for k in np.unique(lens[lens >= 2]).tolist():
        first = starts[lens == k]
        if k <= MAX_BUCKET:
            i, j = np.triu_indices(k, 1)
        else:
            i, j = np.arange(k - 1), np.arange(1, k)
        a, b = idx[first[:, None] + i].ravel(), idx[first[:, None] + j].ravel()
        found.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.unique(np.concatenate(found))
    return np.stack([pairs // n, pairs % n], axis=1)


def link(sigs: Iterable[Signature] | SignatureTable, cfg: DedupConfig) -> list[DupLink]:
    """Duplicate links among signatures (the reduce step): exact groups, then verified LSH candidates.

    A near pair is linked when its estimated Jaccard similarity reaches ``cfg.near_threshold``; pairs
    that are exact duplicates are reported once, as ``exact``. Links are sorted and have ``a < b``.
    ``sigs``: Signature objects, or a ``SignatureTable`` (the compact form used at scale).
    """
    t = sigs if isinstance(sigs, SignatureTable) else SignatureTable.of(list(sigs), cfg)
    n = len(t)
    if n == 0:
        return []
    # Exact groups, numbered in order of first appearance; members in input order.
    _, first, inv = np.unique(t.exact, return_index=True, return_inverse=True)
    by_appearance = np.argsort(first, kind="stable")
    rank = np.empty_like(by_appearance)
    rank[by_appearance] = np.arange(by_appearance.shape[0])
    group = rank[inv.ravel()]
    reps = first[by_appearance]  # one representative (the first member) per group, in appearance order
    del first, inv, rank, by_appearance
    members = np.argsort(group, kind="stable")
    gptr = np.concatenate([[0], np.cumsum(np.bincount(group, minlength=reps.shape[0]))])
    rows: dict[int, Signature] = {}

    def row(i: int) -> Signature:
        if i not in rows:
            rows[i] = t.row(i)
        return rows[i]

    def of_group(g: int) -> list[Signature]:
        return [row(int(i)) for i in members[gptr[g] : gptr[g + 1]]]

    big = np.flatnonzero(np.diff(gptr) >= 2)
    links = _exact_links(of_group(int(g)) for g in big)
    # One representative per exact group takes part in near matching; its copies inherit by exact links.
    pairs = _bucket_pairs(t.bands[reps], t.has_bands[reps])
    for s in range(0, pairs.shape[0], 100_000):  # verify candidates in blocks (vectorised MinHash agreement)
        block = pairs[s : s + 100_000]
        ma, mb = t.mins[reps[block[:, 0]]], t.mins[reps[block[:, 1]]]
        sims = np.count_nonzero(ma == mb, axis=1) / t.mins.shape[1]
        del ma, mb
        for (gi, gj), sim in zip(block[sims >= cfg.near_threshold].tolist(),
                                 sims[sims >= cfg.near_threshold].tolist(), strict=True):
            for x in of_group(gi):
                for y in of_group(gj):
                    links.append(_pair(x, y, "near", sim))
    return sorted(links, key=lambda d: (d.a, d.b))
