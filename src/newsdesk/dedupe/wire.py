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

import re
import zlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from newsdesk.cluster.features import ArticleTokens, day_number
from newsdesk.config import DedupConfig
from newsdesk.model import Article, DupLink
from newsdesk.sentences import split_sentences
from newsdesk.text import _WORD, words

GRAM = 8  # words per anchor gram
WINDOW = 4  # winnowing window (grams): an anchor in every 4 consecutive grams
MAX_GAP = 4 * WINDOW  # anchors on one diagonal closer than this belong to one run
MAX_SHARERS = 24  # an anchor carried by more articles than this proposes no candidate pairs
MIN_RUN_WORDS = 15  # a run across a sentence break must still be this long to count as two sentences
SLACK = WINDOW - 1  # words a run's end may be off by (see wire_signature)
ANCHOR_BLOCK = 20_000_000  # anchors sorted at once by the candidate search (~0.5 GB of sort buffers)
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


@dataclass(frozen=True, slots=True)
class WireMatch:
    """Two articles sharing passages; ``spans`` are [start, end) word ranges in ``a``."""

    a: str
    b: str
    spans: tuple[tuple[int, int], ...]
    words: int
    original: str


def _tokens(article: Article) -> tuple[list[str], list[int]]:
    toks: list[str] = []
    starts: list[int] = []
    for sent in split_sentences(article.text):
        starts.append(len(toks))
        toks.extend(words(sent))
    return toks, starts


def wire_signature(article: Article, cfg: DedupConfig | None = None, tokens: ArticleTokens | None = None) -> WireSignature:
    """Anchor grams of an article, chosen by winnowing (pure, picklable: the map step).

    Winnowing keeps the smallest gram hash of every ``WINDOW`` consecutive grams, so any text shared by
    two articles that is at least ``WINDOW + GRAM - 1`` words long yields a shared anchor in both, and a
    run's ends are found to within ``WINDOW - 1`` words, at about 2 / (WINDOW + 1) of the grams' memory.
    ``tokens``: the article's shared token pass (``newsdesk.cluster.features.tokenize``), when known.
    """
    toks, starts = (tokens.words, tokens.sentence_starts) if tokens is not None else _tokens(article)
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


def _runs(pairs: np.ndarray, a: WireSignature, cfg: DedupConfig) -> list[tuple[int, int]]:
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
    bounds = np.append(a.sentence_starts.astype(np.int64), np.iinfo(np.int64).max)
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


def wire_original(sigs: Sequence[WireSignature]) -> str:
    """Most likely original: an explicit agency credit, then the earliest date, then the most complete."""
    return min(sigs, key=lambda s: (not s.credit, s.day is None, s.day or 0, -s.words, s.id)).id


def _candidates(sigs: Sequence[WireSignature]) -> np.ndarray:
    """Article index pairs (ia < ib) sharing at least two anchors that few articles carry.

    Vectorised: anchor hashes are sorted, and for each group size the member pairs of all groups of
    that size are generated together, so memory is one int64 per (anchor, pair) and no Python loop runs
    per pair. Anchors carried by more than ``MAX_SHARERS`` articles (boilerplate, or sentences quoted
    everywhere) propose no pairs; pairs found through rarer anchors still use them when verified.
    The hash space is cut into slices of about ``ANCHOR_BLOCK`` anchors (each signature's anchors are
    sorted, so a slice is a binary search per article): the sort's memory stays bounded at any size.
    """
    sizes = np.fromiter((s.hashes.shape[0] for s in sigs), dtype=np.int64, count=len(sigs))
    total = int(sizes.sum())
    if total == 0:
        return np.zeros((0, 2), dtype=np.int64)
    slices = max(1, -(-total // ANCHOR_BLOCK))
    edges = [(p << 64) // slices for p in range(slices + 1)]
    keys: list[np.ndarray] = []
    for lo, hi in pairwise(edges):
        if slices == 1:
            parts = [s.hashes for s in sigs]
        else:
            bounds = np.array([lo, min(hi, 2**64 - 1)], dtype=np.uint64)
            cut = [np.searchsorted(s.hashes, bounds, side="left") for s in sigs]
            last = hi >= 2**64  # the top slice keeps the largest hash too
            parts = [s.hashes[c[0] : (None if last else c[1])] for s, c in zip(sigs, cut, strict=True)]
        keys.extend(_slice_pairs(parts))
    if not keys:
        return np.zeros((0, 2), dtype=np.int64)
    n = np.int64(len(sigs))
    uniq, counts = np.unique(np.concatenate(keys), return_counts=True)
    uniq = uniq[counts >= 2]
    return np.stack([uniq // n, uniq % n], axis=1)


def _slice_pairs(parts: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Pair keys (``lo * n + hi``) of articles sharing each anchor in ``parts`` (one array per article)."""
    sizes = np.fromiter((p.shape[0] for p in parts), dtype=np.int64, count=len(parts))
    if sizes.sum() == 0:
        return []
    h = np.concatenate(parts)
    doc = np.repeat(np.arange(len(parts), dtype=np.int32 if len(parts) < 2**31 else np.int64), sizes)
    order = np.argsort(h, kind="stable")
    h, doc = h[order], doc[order]
    del order
    starts = np.concatenate([[0], np.flatnonzero(np.diff(h)) + 1])
    lens = np.diff(np.concatenate([starts, [h.shape[0]]]))
    del h
    keys: list[np.ndarray] = []
    n = np.int64(len(parts))
    for k in range(2, MAX_SHARERS + 1):
        first = starts[lens == k]
        if first.shape[0] == 0:
            continue
        i, j = np.triu_indices(k, 1)
        da, db = doc[first[:, None] + i], doc[first[:, None] + j]
        lo, hi = np.minimum(da, db).ravel(), np.maximum(da, db).ravel()
        keep = lo != hi
        keys.append(lo[keep] * n + hi[keep])
    return keys


def _shared(a: WireSignature, b: WireSignature) -> np.ndarray:
    """(position in a, position in b) of every anchor the two articles share.

    Anchors are stored sorted and distinct (``wire_signature``), so one binary search finds them: the
    pairs ``np.intersect1d(..., return_indices=True)`` gives, without a sort per candidate pair.
    """
    if a.hashes.shape[0] == 0 or b.hashes.shape[0] == 0:
        return np.zeros((0, 2), dtype=np.int64)
    idx = np.minimum(np.searchsorted(a.hashes, b.hashes), a.hashes.shape[0] - 1)
    hit = a.hashes[idx] == b.hashes
    return np.stack([a.positions[idx[hit]].astype(np.int64), b.positions[hit].astype(np.int64)], axis=1)


def find_wire(
    sigs: Sequence[WireSignature], cfg: DedupConfig, exclude: Collection[tuple[str, str]] = ()
) -> list[WireMatch]:
    """Pairs of articles from different outlets sharing wire passages (the reduce step).

    Args:
        sigs: wire signatures of all articles.
        cfg: passage thresholds (``wire_min_words``, ``wire_min_sentences``).
        exclude: ``(a, b)`` id pairs (a < b) already linked as exact/near copies; not reported again.
    """
    out: list[WireMatch] = []
    for ia, ib in _candidates(sigs).tolist():
        a, b = sigs[ia], sigs[ib]
        if a.outlet and b.outlet and a.outlet.casefold() == b.outlet.casefold():
            continue  # an outlet reusing its own text is not wire copy
        if a.id > b.id:
            a, b = b, a
        if (a.id, b.id) in exclude:
            continue
        runs = _runs(_shared(a, b), a, cfg)
        if runs:
            n = sum(e - s for s, e in runs)
            out.append(WireMatch(a.id, b.id, tuple(runs), n, wire_original([a, b])))
    return sorted(out, key=lambda m: (m.a, m.b))


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
            # Same tokens as _tokens (sentence splitting only changes white space), with offsets,
            # so a passage keeps the article's own case and punctuation.
            offs = [m_.span() for m_ in _WORD.finditer(art.text)]
            passages = tuple(art.text[offs[s][0] : offs[min(e, len(offs)) - 1][1]] for s, e in m.spans)
            shorter = min(len(offs), len(_tokens(other)[0])) if other is not None else len(offs)
            sim = round(min(1.0, m.words / max(1, shorter)), 4)
        links.append(DupLink(m.a, m.b, "wire", sim, original=m.original, passages=passages))
    return links


def detect_wire(
    articles: Sequence[Article], cfg: DedupConfig, exclude: Collection[tuple[str, str]] = ()
) -> list[DupLink]:
    """Signatures, reduce and passage text in one call, for in-memory article lists."""
    matches = find_wire([wire_signature(a, cfg) for a in articles], cfg, exclude)
    return wire_links(matches, {a.id: a for a in articles})
