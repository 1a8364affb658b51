"""The per-article map step: one token pass (``tokenize``) and the clustering features built from it.

``tokenize`` splits an article into sentences and words once; the duplicate signature, the wire
signature and the clustering features all read that one pass (``newsdesk.dedupe.signals`` runs the
three together), so a million-article run tokenizes each article once, not three times.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date as _date
from typing import Any, ClassVar, TypeVar

import numpy as np

from newsdesk.clean.boilerplate import is_boilerplate_line
from newsdesk.clean.markup_codes import strip_markup_codes
from newsdesk.clean.not_articles import ERROR_PAGE_WORDS, error_page, service_advisory
from newsdesk.config import CleanConfig
from newsdesk.model import Article
from newsdesk.sentences import split_sentences
from newsdesk.text import content_terms, content_terms_of, normalize_for_hash, words

# Title words say what the story is about more reliably than any body word; count them this many times.
# 6 vs 3: +0.01 B3 F1 (batch) on duc2006-clustering, no change on wikiref220; stream unchanged.
TITLE_WEIGHT = 6
# Cap on distinct terms kept per article. Long articles keep their most frequent terms, which bounds the
# memory of a million-article run (about 1.6 KB of terms per article); 200 vs 100 terms: +0.03 stream B3 F1 on DUC.
MAX_TERMS = 200
NO_DAY = int(np.iinfo(np.int32).min)  # the ``day`` column of a table where an article has no usable date
# ``is_notice``: only a text of at most this many words can be a note on its own (a news service's distribution line,
# a writer's bio, a web page's error notice): as short as the cleaner's error page. Longer texts are not read line by
# line (the map step's cost: the line tests cost 0.4 ms a text). The notes of duc2006-clustering and multinews-val have
# 9-117 words.
NOTICE_WORDS = ERROR_PAGE_WORDS
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # an editor's note in brackets: "(Distributed by ...)"

T = TypeVar("T")


@dataclass(frozen=True, slots=True, eq=False)
class Features:
    """Compact, picklable clustering features of one article.

    ``terms`` are CRC32 hashes of stemmed content words (deterministic across processes, unlike ``hash``),
    sorted ascending; ``counts`` are their (title-weighted) frequencies.
    """

    id: str
    day: int | None  # days since 1970-01-01, or None when the article has no usable date
    outlet: str | None
    terms: np.ndarray  # uint32, sorted
    counts: np.ndarray  # float32

    def __len__(self) -> int:
        return int(self.terms.shape[0])


@dataclass(frozen=True, slots=True, eq=False)
class ArticleTokens:
    """One tokenization of an article's text, shared by the map steps.

    ``words`` are the lower-case word tokens (``newsdesk.text.words``) in order; ``sentence_starts``
    the index in ``words`` where each sentence begins. ``hash_words`` are the tokens of the
    NFKC-normalised text that exact and near duplicate keys use: ``words`` itself unless NFKC changes
    the text (rare), so it costs nothing in the common case.
    """

    words: list[str]
    sentence_starts: list[int]
    hash_words: list[str]


def tokenize(article: Article) -> ArticleTokens:
    """Sentences and words of an article, once (sentence splitting only moves white space, so the
    words of the sentences are the words of the text)."""
    toks: list[str] = []
    starts: list[int] = []
    for sent in split_sentences(article.text):
        starts.append(len(toks))
        toks.extend(words(sent))
    same = unicodedata.is_normalized("NFKC", article.text)
    return ArticleTokens(toks, starts, toks if same else normalize_for_hash(article.text).split())


def term_id(term: str) -> int:
    """The stable 32-bit id of a term (same in every process)."""
    return zlib.crc32(term.encode("utf-8", "surrogatepass"))


def day_number(iso: str | None) -> int | None:
    """Days since the epoch for an ISO date (``YYYY-MM-DD``, longer strings are cut), or None."""
    if not iso or len(iso) < 10:
        return None
    try:
        return (_date.fromisoformat(iso[:10]) - _date(1970, 1, 1)).days
    except ValueError:
        return None


def features(article: Article, tokens: ArticleTokens | None = None) -> Features:
    """Turn one article into clustering features (pure, picklable: the map step).

    ``tokens``: the article's ``tokenize`` pass when the caller has it (the words are the same).

    Example:
        >>> from newsdesk.model import Article
        >>> f = features(Article(id="a1", source="x", text="Floods hit the city.", title="Floods"))
        >>> len(f) > 0
        True
    """
    toks = words(article.text) if tokens is None else tokens.words  # content_terms over the shared pass
    if is_notice(article.text, len(toks)):
        return Features(article.id, day_number(article.published), article.outlet, np.zeros(0, dtype=np.uint32),
                        np.zeros(0, dtype=np.float32))
    counts: Counter[str] = Counter(content_terms_of(toks))
    if article.title:
        for t in content_terms(article.title):
            counts[t] += TITLE_WEIGHT
    top = counts.most_common(MAX_TERMS) if len(counts) > MAX_TERMS else list(counts.items())
    merged: dict[int, float] = {}
    for term, n in top:
        tid = term_id(term)
        merged[tid] = merged.get(tid, 0.0) + n  # a CRC collision just adds the counts
    ids = np.fromiter(merged.keys(), dtype=np.uint32, count=len(merged))
    vals = np.fromiter(merged.values(), dtype=np.float32, count=len(merged))
    order = np.argsort(ids, kind="stable")
    return Features(article.id, day_number(article.published), article.outlet, ids[order], vals[order])


def is_notice(text: str, n_words: int) -> bool:
    """Whether a text (of ``n_words`` words) is no article but a note: a news service's advisory to its clients (a
    budget, a photo list: ``service_advisory``), a page saying it has no article (``error_page``), or a text that is
    nothing but notes once its typesetting codes, boilerplate lines (``is_boilerplate_line``: a service's "To publish
    this article, it must be purchased ...") and bracketed notes ("(Distributed by New York Times Special Features)",
    "(Jane Roe is a contributing writer.)") are set aside: fewer words left than the cleaner's shortest article
    (``CleanConfig.min_article_words``). The tests are the cleaner's; a cleaned text is no note (the cleaner rejected
    those), so this only acts on texts given as they came (archived wire copy, ``newsdesk eval cluster``).

    Why: a note says who sells, writes or lists articles, not what happened. Notes share their wording with each other
    (the service's name, "distributed", "purchase", "clients"), so they made stories of their own out of articles of
    unrelated topics: duc2006-clustering's nine notes of eight topics (one story), eight budgets and photo lists of
    four (another). Their features are empty (``features``): a note joins no story and no story joins it.

    Example:
        >>> is_notice("(Distributed by the Star Syndicate) &QL;", 6), is_notice("Floods hit the city.", 4)
        (True, False)
    """
    if service_advisory(text):
        return True
    if n_words > NOTICE_WORDS:
        return False
    if error_page(text, n_words):
        return True
    body = strip_markup_codes(text)
    rest = _BRACKETED.sub(" ", "\n".join(line for line in body.splitlines() if not is_boilerplate_line(line)))
    return rest.split() != text.split() and len(words(rest)) < CleanConfig().min_article_words


@dataclass(frozen=True, slots=True, eq=False)
class FeatureTable:
    """Features of many articles as columns (CSR): what the batch reduce reads at scale.

    One ``Features`` object costs about 400 bytes of object and array headers on top of its terms;
    a million articles as a table hold only the terms, counts and a row pointer (about 1.2 KB each).
    ``terms[ptr[i]:ptr[i + 1]]`` are article ``i``'s sorted term ids, ``counts`` their frequencies.
    """

    ids: list[str]
    outlets: list[str | None]
    days: np.ndarray  # int32, NO_DAY when the article has no usable date
    ptr: np.ndarray  # int64, len(ids) + 1
    terms: np.ndarray  # uint32
    counts: np.ndarray  # float32
    RAGGED: ClassVar[dict[str, tuple[str, ...]]] = {"ptr": ("terms", "counts")}

    @classmethod
    def of(cls, feats: Sequence[Features]) -> FeatureTable:
        ptr, (terms, counts) = ragged([(f.terms, f.counts) for f in feats], (np.uint32, np.float32))
        return cls([f.id for f in feats], [f.outlet for f in feats], day_column(f.day for f in feats), ptr,
                   terms, counts)

    def __len__(self) -> int:
        return len(self.ids)

    def day(self, i: int) -> int | None:
        d = int(self.days[i])
        return None if d == NO_DAY else d

    def row(self, i: int) -> Features:
        s, e = int(self.ptr[i]), int(self.ptr[i + 1])
        return Features(self.ids[i], self.day(i), self.outlets[i], self.terms[s:e], self.counts[s:e])


def day_column(days: Any) -> np.ndarray:
    """Days (int or None) as an int32 column, ``NO_DAY`` for None."""
    return np.array([NO_DAY if d is None else d for d in days], dtype=np.int32)


def ragged(rows: Sequence[tuple[np.ndarray, ...]], dtypes: tuple[Any, ...]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Row pointer (int64) and the concatenation of each column of per-row arrays of equal lengths."""
    lengths = np.fromiter((r[0].shape[0] for r in rows), dtype=np.int64, count=len(rows))
    ptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    flat = [np.concatenate([r[k] for r in rows]).astype(dt, copy=False) if rows else np.zeros(0, dt)
            for k, dt in enumerate(dtypes)]
    return ptr, flat


def concat_tables(tables: list[T]) -> T:
    """One table from chunk tables of one class, *emptying* ``tables`` as it goes.

    Each chunk is dropped as soon as it is copied, so the whole never sits in memory twice (at a million
    articles the signatures are gigabytes). Columns are told apart by type: lists are extended, numpy
    columns concatenated (along rows), and a column named ``*ptr`` is a CSR row pointer for the flat
    columns listed in the class's ``RAGGED`` mapping.
    """
    if not tables:
        raise ValueError("concat_tables needs at least one table")
    cls = type(tables[0])
    if len(tables) == 1:
        return tables.pop()
    ragged_cols: dict[str, tuple[str, ...]] = cls.RAGGED  # type: ignore[attr-defined]
    flat_of = {c: p for p, cs in ragged_cols.items() for c in cs}
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    n = sum(len(t) for t in tables)  # type: ignore[arg-type]
    totals = {p: sum(int(getattr(t, p)[-1]) for t in tables) for p in ragged_cols}
    out: dict[str, Any] = {}
    for name in names:
        first = getattr(tables[0], name)
        if isinstance(first, list):
            out[name] = []
        elif name in ragged_cols:
            out[name] = np.zeros(n + 1, dtype=np.int64)
        else:
            rows = totals[flat_of[name]] if name in flat_of else n
            out[name] = np.empty((rows, *first.shape[1:]), dtype=first.dtype)
    r = 0
    offs = dict.fromkeys(ragged_cols, 0)
    tables.reverse()  # pop from the end: each chunk is released right after its copy
    done = 0
    while tables:
        done += 1
        if done % 16 == 0:
            release_free_memory()
        t = tables.pop()
        k = len(t)  # type: ignore[arg-type]
        for name in names:
            col = getattr(t, name)
            if isinstance(col, list):
                out[name].extend(col)
            elif name in ragged_cols:
                out[name][r + 1 : r + k + 1] = col[1:] + offs[name]
            elif name in flat_of:
                o = offs[flat_of[name]]
                out[name][o : o + col.shape[0]] = col
            else:
                out[name][r : r + k] = col
        for p in ragged_cols:
            offs[p] += int(getattr(t, p)[-1])
        r += k
        del t
    release_free_memory()
    return cls(**out)


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc ``malloc_trim``; a no-op elsewhere).

    Why: once glibc has raised its mmap threshold, arrays of a few MB (a chunk's columns) come from the
    heap, and freeing them leaves their pages resident. Concatenating chunk tables then held the chunks
    *and* the whole at its peak (30k articles: 6.1 KB per article, against 3.6 KB with this).
    """
    global _TRIM
    if _TRIM is None:
        try:
            _TRIM = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM: Any = None
