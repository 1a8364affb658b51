"""Wire copy: passages (2+ consecutive sentences, or 40+ words) shared by articles of different outlets.

Outlets rewriting one agency report keep runs of its wording (quotes, key paragraphs) while changing the
rest, so whole-sentence hashes miss them. Map: ``wire_signature(article)`` keeps *anchors*, word 8-grams
picked by winnowing (by content, so two copies keep the same anchors), with their word positions and
the sentence start positions. Reduce: ``find_wire(sigs)`` sorts the anchor
hashes (numpy), pairs the articles sharing anchors, chains anchors on one diagonal into shared runs and
keeps runs of ``wire_min_words`` words, or runs covering ``wire_min_sentences`` sentences.
``wire_links`` names the passages' text and the article most likely carrying the original.
"""

from __future__ import annotations

import os
import re
import tempfile
import zlib
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

import numpy as np

from newsdesk.cluster.features import (
    NO_DAY,
    ArticleTokens,
    day_column,
    day_number,
    ragged,
    release_free_memory,
    tokenize,
)
from newsdesk.config import DedupConfig
from newsdesk.model import Article, DupLink
from newsdesk.text import WORD

GRAM = 8  # words per anchor gram
WINDOW = 4  # winnowing window (grams): an anchor in every 4 consecutive grams
MAX_GAP = 4 * WINDOW  # anchors on one diagonal closer than this belong to one run
MAX_SHARERS = 24  # an anchor carried by more articles than this proposes no candidate pairs
MIN_RUN_WORDS = 15  # a run across a sentence break must still be this long to count as two sentences
SLACK = WINDOW - 1  # words a run's end may be off by (see wire_signature)
ANCHOR_BLOCK = 8_000_000  # anchors sorted at once by the candidate search (~0.2 GB of sort buffers)
PAIR_BLOCK = 12_000_000  # pair keys counted at once (~100 MB); with several anchor slices, the rest waits on disk
MAX_SHIFT = 2 * WINDOW  # runs touching in one article join when their offsets differ by at most this

_AGENCY = r"(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|dpa|UPI|Xinhua)"
# "(AP) --", "(Reuters) -", "Reuters reported", "told Reuters", "according to the Associated Press"...
CREDIT = re.compile(
    rf"\({_AGENCY}\)|\b{_AGENCY}\s+(?:reported|reports|said|says|news agency)\b|"
    rf"\b(?:told|according to|quoted by|cited by)\s+(?:the\s+)?{_AGENCY}\b"
)


@dataclass(frozen=True, slots=True, eq=False)
class WireSignature:
    """Anchor grams of one article: hashes, word positions, and where each sentence starts."""

    id: str
    outlet: str | None
    day: int | None
    words: int
    credit: bool
    hashes: np.ndarray  # uint64 anchor hashes, sorted and distinct
    positions: np.ndarray  # uint32 word position of each anchor (its first occurrence)
    sentence_starts: np.ndarray  # uint32 word index where each sentence starts


@dataclass(frozen=True, slots=True, eq=False)
class WireTable:
    """Wire signatures of many articles as columns (CSR): what the wire reduce reads at scale.

    Article ``i``'s anchors are ``hashes[hash_ptr[i]:hash_ptr[i + 1]]`` (sorted, distinct) with their
    ``positions``; its sentence starts are ``starts[start_ptr[i]:start_ptr[i + 1]]``. About 1.4 KB per
    article of 300 words, against about 1.9 KB as ``WireSignature`` objects.
    """

    ids: list[str]
    outlets: list[str | None]
    days: np.ndarray  # int32, NO_DAY when unknown
    words: np.ndarray  # int64
    credit: np.ndarray  # bool
    hash_ptr: np.ndarray  # int64
    hashes: np.ndarray  # uint64
    positions: np.ndarray  # uint32
    start_ptr: np.ndarray  # int64
    starts: np.ndarray  # uint32
    RAGGED: ClassVar[dict[str, tuple[str, ...]]] = {"hash_ptr": ("hashes", "positions"), "start_ptr": ("starts",)}

    @classmethod
    def of(cls, sigs: Sequence[WireSignature]) -> WireTable:
        hp, (hs, ps) = ragged([(s.hashes, s.positions) for s in sigs], (np.uint64, np.uint32))
        sp, (st,) = ragged([(s.sentence_starts,) for s in sigs], (np.uint32,))
        return cls([s.id for s in sigs], [s.outlet for s in sigs], day_column(s.day for s in sigs),
                   np.fromiter((s.words for s in sigs), dtype=np.int64, count=len(sigs)),
                   np.fromiter((s.credit for s in sigs), dtype=bool, count=len(sigs)), hp, hs, ps, sp, st)

    def __len__(self) -> int:
        return len(self.ids)

    def anchors(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Article ``i``'s anchor hashes and positions (views)."""
        s, e = self.hash_ptr[i], self.hash_ptr[i + 1]
        return self.hashes[s:e], self.positions[s:e]

    def sentence_starts(self, i: int) -> np.ndarray:
        return self.starts[self.start_ptr[i] : self.start_ptr[i + 1]]

    def original_key(self, i: int) -> tuple[bool, bool, int, int, str]:
        """Sort key of article ``i`` as a likely original (smallest first): an explicit agency credit, then
        the earliest date, then the most complete."""
        d = int(self.days[i])
        return (not self.credit[i], d == NO_DAY, 0 if d == NO_DAY else d, -int(self.words[i]), self.ids[i])


@dataclass(frozen=True, slots=True, eq=False)
class WirePairs:
    """Wire matches as columns: article indices into the ``WireTable`` (``ids[a] < ids[b]``), shared
    words, the index of the likely original, and the spans (word ranges in ``a``) of match ``k`` as
    ``spans[span_ptr[k]:span_ptr[k + 1]]``. About 30 bytes per match, where a ``WireMatch`` with its
    tuples costs about 300: a million-article synthetic corpus has 12 million matches.
    """

    a: np.ndarray  # int64
    b: np.ndarray  # int64
    words: np.ndarray  # int64
    original: np.ndarray  # int64
    span_ptr: np.ndarray  # int64
    spans: np.ndarray  # int32 (spans, 2)

    def __len__(self) -> int:
        return int(self.a.shape[0])


@dataclass(frozen=True, slots=True)
class WireMatch:
    """Two articles sharing passages; ``spans`` are [start, end) word ranges in ``a``."""

    a: str
    b: str
    spans: tuple[tuple[int, int], ...]
    words: int
    original: str


def wire_signature(article: Article, cfg: DedupConfig | None = None, tokens: ArticleTokens | None = None) -> WireSignature:
    """Anchor grams of an article, chosen by winnowing (pure, picklable: the map step).

    Winnowing keeps the smallest gram hash of every ``WINDOW`` consecutive grams, so any text shared by
    two articles that is at least ``WINDOW + GRAM - 1`` words long yields a shared anchor in both, and a
    run's ends are found to within ``WINDOW - 1`` words, at about 2 / (WINDOW + 1) of the grams' memory.
    ``tokens``: the article's shared token pass (``newsdesk.cluster.features.tokenize``), when known.
    """
    if tokens is None:
        tokens = tokenize(article)
    toks, starts = tokens.words, tokens.sentence_starts
    n = len(toks) - GRAM + 1
    if n <= 0:
        hs = np.zeros(0, dtype=np.uint64)
        ps = np.zeros(0, dtype=np.uint32)
    else:
        grams = [" ".join(toks[i : i + GRAM]).encode("utf-8", "surrogatepass") for i in range(n)]
        crc = np.fromiter((zlib.crc32(g) for g in grams), dtype=np.uint64, count=n)
        if n > WINDOW:
            win = np.lib.stride_tricks.sliding_window_view(crc, WINDOW)
            # rightmost minimum of each window (the winnowing tie rule), as absolute positions
            pick = WINDOW - 1 - np.argmin(win[:, ::-1], axis=1) + np.arange(win.shape[0])
            ps = np.unique(pick).astype(np.uint32)
        else:
            ps = np.array([int(np.argmin(crc))], dtype=np.uint32)
        adler = np.fromiter((zlib.adler32(grams[i]) for i in ps), dtype=np.uint64, count=ps.shape[0])
        # Sorted and distinct (first occurrence kept), so the reduce intersects two articles' anchors
        # by binary search.
        hs, first = np.unique((crc[ps] << np.uint64(32)) | adler, return_index=True)
        ps = ps[first]
    return WireSignature(
        article.id,
        article.outlet,
        day_number(article.published),
        article.words,
        bool(CREDIT.search(article.text[:4000])),
        hs,
        ps,
        np.array(starts, dtype=np.uint32),
    )


def _runs(pairs: np.ndarray, sentence_starts: np.ndarray, cfg: DedupConfig) -> list[tuple[int, int]]:
    """Chains of anchors on one diagonal (same offset between a and b), kept when long enough."""
    diag = pairs[:, 1].astype(np.int64) - pairs[:, 0].astype(np.int64)
    order = np.lexsort((pairs[:, 0], diag))
    runs: list[tuple[int, int, int]] = []
    start = prev = prev_diag = None
    for k in order:
        pa, d = int(pairs[k, 0]), int(diag[k])
        if start is not None and d == prev_diag and pa - prev <= MAX_GAP:
            prev = pa
            continue
        if start is not None:
            runs.append((start, prev + GRAM, prev_diag))
        start, prev, prev_diag = pa, pa, d
    if start is not None:
        runs.append((start, prev + GRAM, prev_diag))
    kept = []
    bounds = np.append(sentence_starts.astype(np.int64), np.iinfo(np.int64).max)
    for s, e in _merge(runs):
        # Sentences the run covers whole (up to the anchors' slack): a gram ending one word into the next
        # sentence ("... said. The"), or a shared tail of a longer sentence, is not a shared sentence.
        overlap = np.minimum(bounds[1:], e) - np.maximum(bounds[:-1], s)
        lengths = bounds[1:] - bounds[:-1]
        covered = np.count_nonzero((overlap > 0) & (overlap >= lengths - SLACK))
        if e - s >= cfg.wire_min_words or (covered >= cfg.wire_min_sentences and e - s >= MIN_RUN_WORDS):
            kept.append((s, e, 0))
    return _merge(kept, shift=None)


def _merge(runs: list[tuple[int, int, int]], shift: int | None = MAX_SHIFT) -> list[tuple[int, int]]:
    """Join runs that touch in ``a`` and lie on nearby diagonals (``shift=None``: any diagonals).

    A passage copied with a word added or dropped continues on a diagonal a word or two away. Two
    sentences adjacent in ``a`` but far apart in ``b`` are two shared sentences, not a shared passage
    of two consecutive sentences (on recombined scale corpora, joining them made half the wire links).
    """
    out: list[tuple[int, int]] = []
    last_diag = 0
    for s, e, d in sorted(runs):
        if out and s <= out[-1][1] and (shift is None or abs(d - last_diag) <= shift):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
        last_diag = d
    return out


def _table(sigs: Sequence[WireSignature] | WireTable) -> WireTable:
    return sigs if isinstance(sigs, WireTable) else WireTable.of(sigs)


def _candidates(sigs: Sequence[WireSignature] | WireTable) -> np.ndarray:
    """Article index pairs (ia < ib) sharing at least two anchors that few articles carry, in key order
    (all of ``_candidate_blocks``)."""
    blocks = list(_candidate_blocks(_table(sigs)))
    return np.concatenate(blocks) if blocks else np.zeros((0, 2), dtype=np.int64)


def _candidate_blocks(t: WireTable) -> Iterator[np.ndarray]:
    """Blocks of article index pairs (ia < ib) sharing at least two anchors that few articles carry.

    Vectorised: anchor hashes are sorted, and for each group size the member pairs of all groups of
    that size are generated together, so memory is one int64 per (anchor, pair) and no Python loop runs
    per pair. Anchors carried by more than ``MAX_SHARERS`` articles (boilerplate, or sentences quoted
    everywhere) propose no pairs; pairs found through rarer anchors still use them when verified.
    The hash space is cut into slices of about ``ANCHOR_BLOCK`` anchors (each article's anchors are
    sorted, so a slice is a contiguous run of each article's anchors): the sort's memory stays bounded
    at any size. A pair's anchors fall in different slices, so with several slices each slice's pair
    keys are written to temporary files by key range (ranges cut at the first slice's quantiles), and
    each range is then counted alone: a million-article corpus makes hundreds of millions of keys,
    gigabytes that no longer sit in memory at once. Blocks come in increasing key order.
    """
    n_art = len(t)
    total = int(t.hashes.shape[0])
    if total == 0:
        return
    n = np.int64(n_art)
    slices = max(1, -(-total // ANCHOR_BLOCK))
    if slices == 1:
        doc = np.repeat(np.arange(n_art, dtype=np.int32 if n_art < 2**31 else np.int64), np.diff(t.hash_ptr))
        yield from _count_keys(_slice_pairs(t.hashes, doc, n_art), n)
        return
    edges = [(p << 64) // slices for p in range(slices + 1)]
    sizes = np.diff(t.hash_ptr)
    with tempfile.TemporaryDirectory(prefix="newsdesk-wire-") as tmp:
        bounds: np.ndarray | None = None
        for lo, hi in pairwise(edges):
            mask = t.hashes >= np.uint64(lo)
            if hi < 2**64:  # the top slice keeps the largest hash too
                mask &= t.hashes < np.uint64(hi)
            h = t.hashes[mask]
            # anchors of each article in the slice; the padding keeps every segment start a valid index
            per_doc = np.add.reduceat(np.append(mask, False), t.hash_ptr[:-1], dtype=np.int64)
            per_doc[sizes == 0] = 0  # reduceat gives an empty segment its next element
            del mask
            doc = np.repeat(np.arange(n_art, dtype=np.int32 if n_art < 2**31 else np.int64), per_doc)
            keys = _slice_pairs(h, doc, n_art)
            del h, doc, per_doc
            keys.sort()
            if bounds is None:  # key ranges of about PAIR_BLOCK keys over all slices
                parts = max(1, -(-keys.shape[0] * slices // PAIR_BLOCK))
                bounds = np.unique(keys[[keys.shape[0] * p // parts for p in range(1, parts)]]) if keys.shape[0] \
                    else np.zeros(0, dtype=np.int64)
            for p, part in enumerate(np.split(keys, np.searchsorted(keys, bounds))):
                if part.shape[0]:
                    with open(os.path.join(tmp, str(p)), "ab") as fh:
                        part.tofile(fh)
            del keys
            release_free_memory()
        for p in range(0 if bounds is None else bounds.shape[0] + 1):
            path = os.path.join(tmp, str(p))
            if os.path.exists(path):
                keys = np.fromfile(path, dtype=np.int64)
                os.remove(path)
                yield from _count_keys(keys, n)
                del keys


def _count_keys(keys: np.ndarray, n: np.int64) -> Iterator[np.ndarray]:
    """The pairs (``key // n``, ``key % n``) of keys present at least twice, if any."""
    if keys.shape[0]:
        u, c = np.unique(keys, return_counts=True)
        u = u[c >= 2]
        if u.shape[0]:
            yield np.stack([u // n, u % n], axis=1)


def _slice_pairs(h: np.ndarray, doc: np.ndarray, n_art: int) -> np.ndarray:
    """Pair keys (``lo * n + hi``) of articles sharing each anchor hash (``doc``: the article of each)."""
    if h.shape[0] == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(h, kind="stable")
    h, doc = h[order], doc[order]
    del order
    starts = np.concatenate([[0], np.flatnonzero(np.diff(h)) + 1])
    lens = np.diff(np.concatenate([starts, [h.shape[0]]]))
    del h
    keys: list[np.ndarray] = []
    n = np.int64(n_art)
    for k in range(2, MAX_SHARERS + 1):
        first = starts[lens == k]
        if first.shape[0] == 0:
            continue
        i, j = np.triu_indices(k, 1)
        da, db = doc[first[:, None] + i], doc[first[:, None] + j]
        lo, hi = np.minimum(da, db).ravel(), np.maximum(da, db).ravel()
        keep = lo != hi
        keys.append(lo[keep] * n + hi[keep])
    return np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)


def _shared(ha: np.ndarray, pa: np.ndarray, hb: np.ndarray, pb: np.ndarray) -> np.ndarray:
    """(position in a, position in b) of every anchor two articles share (``h*``: anchors, ``p*``:
    their positions).

    Anchors are stored sorted and distinct (``wire_signature``), so one binary search finds them: the
    pairs ``np.intersect1d(..., return_indices=True)`` gives, without a sort per candidate pair.
    """
    if ha.shape[0] == 0 or hb.shape[0] == 0:
        return np.zeros((0, 2), dtype=np.int64)
    idx = np.minimum(np.searchsorted(ha, hb), ha.shape[0] - 1)
    hit = ha[idx] == hb
    return np.stack([pa[idx[hit]].astype(np.int64), pb[hit].astype(np.int64)], axis=1)


def _outlet_codes(outlets: Sequence[str | None]) -> np.ndarray:
    """An int per article, equal for outlets equal after casefolding; -1 for none."""
    code: dict[str, int] = {}
    return np.fromiter((code.setdefault(o.casefold(), len(code)) if o else -1 for o in outlets), dtype=np.int64,
                       count=len(outlets))


def match_wire(
    sigs: Sequence[WireSignature] | WireTable, cfg: DedupConfig, exclude: Collection[tuple[str, str]] = ()
) -> WirePairs:
    """Pairs of articles from different outlets sharing wire passages, as columns (the reduce step).

    The same reduce as ``find_wire`` (which is this plus ``WireMatch`` records), for corpora where
    millions of matches would not fit as Python objects. Matches come in candidate order (by index pair).
    """
    t = _table(sigs)
    codes = _outlet_codes(t.outlets)
    out_a, out_b, out_w, out_o = array("q"), array("q"), array("q"), array("q")
    span_n, span_flat = array("q"), array("i")
    ids = t.ids
    for cand in _candidate_blocks(t):
        ca, cb = codes[cand[:, 0]], codes[cand[:, 1]]
        cand = cand[(ca < 0) | (ca != cb)]  # an outlet reusing its own text is not wire copy
        del ca, cb
        for k in range(0, cand.shape[0], 65_536):  # as Python ints a piece at a time (a list is 100 B a pair)
            for ia, ib in cand[k : k + 65_536].tolist():
                if ids[ia] > ids[ib]:
                    ia, ib = ib, ia
                if exclude and (ids[ia], ids[ib]) in exclude:
                    continue
                runs = _runs(_shared(*t.anchors(ia), *t.anchors(ib)), t.sentence_starts(ia), cfg)
                if runs:
                    out_a.append(ia)
                    out_b.append(ib)
                    out_w.append(sum(e - s for s, e in runs))
                    out_o.append(min((ia, ib), key=t.original_key))
                    span_n.append(len(runs))
                    for s, e in runs:
                        span_flat.append(s)
                        span_flat.append(e)
        del cand

    def col(buf: array, dtype: type) -> np.ndarray:  # a view on the buffer: no second copy
        return np.frombuffer(buf, dtype=dtype) if len(buf) else np.zeros(0, dtype=dtype)

    span_ptr = np.concatenate([[0], np.cumsum(col(span_n, np.int64))]).astype(np.int64)
    return WirePairs(col(out_a, np.int64), col(out_b, np.int64), col(out_w, np.int64), col(out_o, np.int64),
                     span_ptr, col(span_flat, np.int32).reshape(-1, 2))


def find_wire(
    sigs: Sequence[WireSignature] | WireTable, cfg: DedupConfig, exclude: Collection[tuple[str, str]] = ()
) -> list[WireMatch]:
    """Pairs of articles from different outlets sharing wire passages (the reduce step).

    Args:
        sigs: wire signatures of all articles (objects, or a ``WireTable``).
        cfg: passage thresholds (``wire_min_words``, ``wire_min_sentences``).
        exclude: ``(a, b)`` id pairs (a < b) already linked as exact/near copies; not reported again.
    """
    t = _table(sigs)
    m = match_wire(t, cfg, exclude)
    out = [
        WireMatch(t.ids[a], t.ids[b], tuple((int(s), int(e)) for s, e in m.spans[m.span_ptr[k] : m.span_ptr[k + 1]]),
                  w, t.ids[o])
        for k, (a, b, w, o) in enumerate(zip(m.a.tolist(), m.b.tolist(), m.words.tolist(), m.original.tolist(),
                                             strict=True))
    ]
    return sorted(out, key=lambda x: (x.a, x.b))


def wire_links(matches: Iterable[WireMatch], articles: Mapping[str, Article]) -> list[DupLink]:
    """DupLink(kind="wire") records with each shared passage's text (from article ``a``).

    ``similarity`` is the shared words over the shorter article's words.
    """
    links: list[DupLink] = []
    for m in matches:
        art, other = articles.get(m.a), articles.get(m.b)
        passages: tuple[str, ...] = ()
        sim = 0.0
        if art is not None:
            # Same tokens as ``tokenize`` (sentence splitting only changes white space), with offsets,
            # so a passage keeps the article's own case and punctuation.
            offs = [m_.span() for m_ in WORD.finditer(art.text)]
            passages = tuple(art.text[offs[s][0] : offs[min(e, len(offs)) - 1][1]] for s, e in m.spans)
            shorter = min(len(offs), len(tokenize(other).words)) if other is not None else len(offs)
            sim = round(min(1.0, m.words / max(1, shorter)), 4)
        links.append(DupLink(m.a, m.b, "wire", sim, original=m.original, passages=passages))
    return links


def detect_wire(
    articles: Sequence[Article], cfg: DedupConfig, exclude: Collection[tuple[str, str]] = ()
) -> list[DupLink]:
    """Signatures, reduce and passage text in one call, for in-memory article lists."""
    matches = find_wire([wire_signature(a, cfg) for a in articles], cfg, exclude)
    return wire_links(matches, {a.id: a for a in articles})
