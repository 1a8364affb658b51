"""Lexical sentence vectors: stemmed TF-IDF for similarity, stemmed bigram concepts for coverage."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, compress, count, pairwise
from operator import and_
from typing import TypeVar

import numpy as np
from scipy import sparse

from newsdesk.text import STOPWORDS, words
from newsdesk.text import stem_lower as _stem_lower


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens (stop words kept, so bigrams stay contiguous)."""
    get = _TOKEN.get
    return [get(w) or _token(w) for w in words(text)]


def word_tokens(surface: Sequence[str]) -> list[str]:
    """:func:`tokens` of already-found words (``newsdesk.text.words`` before lower-casing)."""
    return list(map(_SURFACE.__getitem__, surface))


_TOKEN: dict[str, str] = {}  # word -> token, filled as words are met (bounded: see _token)
_CACHE_LIMIT = 200_000  # the most words a memo holds (one brief's words: see forget_story_words)


def _token_of(word: str) -> str:
    """The token of a lower-cased word (_TOKEN is the cache here; stem's own LRU cache would only add its
    bookkeeping, and its lower-casing)."""
    return word if word in STOPWORDS else _stem_lower(word)


def _token(word: str) -> str:
    tok = _token_of(word)
    if len(_TOKEN) < _CACHE_LIMIT:
        _TOKEN[word] = tok
    return tok


class _Memo(dict):
    """A bounded memo whose lookups run in C (``map(memo.__getitem__, items)``); a miss calls ``fn``."""

    __slots__ = ("fn",)

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        value = self.fn(key)
        if len(self) < _CACHE_LIMIT:
            self[key] = value
        return value


class _SurfaceTokens(dict):
    """Surface word (as written) -> token: one dictionary lookup per word instead of lower() then a
    lookup. A miss (a word not met before) is worked out in this one call, and also notes whether
    a new token carries content (see _IS_CONTENT), so that lookup hits too."""

    __slots__ = ()

    def __missing__(self, word: str) -> str:
        low = word.lower()
        tok = _TOKEN.get(low)
        if len(self) >= _CACHE_LIMIT:  # full: worked out, not kept (the other two memos grow only with this one here)
            return _token_of(low) if tok is None else tok
        if tok is None:  # a new lower-cased word: its token, and whether that carries content
            tok = _TOKEN[low] = low if low in STOPWORDS else _stem_lower(low)
            if tok not in _IS_CONTENT:
                _IS_CONTENT[tok] = tok not in STOPWORDS and len(tok) > 1
        self[word] = tok  # (a token met before through tokens() is left to _IS_CONTENT's own lookup)
        return tok


_SURFACE = _SurfaceTokens()
# Token -> whether it carries content (see content).
_IS_CONTENT = _Memo(lambda t: t not in STOPWORDS and len(t) > 1)

# The word memos of one brief (these and select's), emptied when it ends (forget_story_words). Kept for the life
# of the process, they grew with every story briefed: a long-running process (newsdesk serve, a worker) looked
# words up in ever larger tables, and each brief got slower (with 200,000 words met, about a fifth); a story
# meets each of its words many times, so a memo that starts empty still answers most lookups.
_STORY_MEMOS: list[dict] = [_TOKEN, _SURFACE, _IS_CONTENT]
_M = TypeVar("_M", bound=dict)


def story_memo(memo: _M) -> _M:
    """Register ``memo`` as one of the word memos that :func:`forget_story_words` empties."""
    _STORY_MEMOS.append(memo)
    return memo


def forget_story_words() -> None:
    """Empty the word memos: a brief's time then does not depend on what the process briefed before."""
    for memo in _STORY_MEMOS:
        memo.clear()


def seed_story_words() -> None:
    """Give the word memos a brief starts with the stop words' entries (each written in lower case, capitalised and
    in capitals): the words every story meets most, so they are no miss in any. The entries are fixed (worked out at
    import by the memos themselves), so a brief still starts from the same state whatever the process briefed
    before; copying them in costs a few microseconds, working them out a few hundred."""
    for memo, seed in _STOP_WORD_SEEDS:
        memo.update(seed)


def _stop_word_seeds() -> list[tuple[dict, dict]]:
    """The entries of :func:`seed_story_words`, each memo's as its own lookups fill it; the memos are left empty."""
    for word in sorted(STOPWORDS):
        for form in (word, word.capitalize(), word.upper()):
            _SURFACE[form]
    seeds = [(memo, dict(memo)) for memo in (_TOKEN, _SURFACE, _IS_CONTENT)]
    forget_story_words()
    return seeds


_STOP_WORD_SEEDS = _stop_word_seeds()


_IS_STOP = STOPWORDS.__contains__


def content(toks: Sequence[str]) -> list[str]:
    """The tokens that carry content: no stop words, no one-letter tokens."""
    return list(filter(_IS_CONTENT.__getitem__, toks))


def concepts(toks: Sequence[str]) -> set[str]:
    """Bigram concepts of a sentence (Gillick & Favre): adjacent pairs that are not both stop words.

    Content unigrams are kept as concepts too (a unigram concept has no space, a bigram is
    ``"a b"``) so that a fact phrased with different word order still overlaps.
    """
    out = set(content(toks))
    out.update(f"{a} {b}" for a, b in concept_pairs(toks))
    return out


def concept_pairs(toks: Sequence[str]) -> set[tuple[str, str]]:
    """The bigram concepts of :func:`concepts` as token pairs (cheaper to build and hash than strings)."""
    pairs = set(pairwise(toks))
    flags = list(map(_IS_STOP, toks))
    both_stop = set(compress(pairwise(toks), map(and_, flags, flags[1:])))
    return pairs - both_stop if both_stop else pairs


@dataclass(frozen=True, slots=True)
class Concepts:
    """The concepts (:func:`concepts`) of a story's sentences as matrix columns, found with array operations.

    A column is a content word or a bigram; column order is by token number, not by first
    appearance (the order of the columns changes no result).
    """

    matrix: Matrix  # sentences x concepts, 0/1
    is_uni: np.ndarray  # per column: a content word (else a bigram)
    tokens: Vocabulary  # token numbers the columns are coded with
    codes: np.ndarray  # per column, sorted: token number (content word) or n_tokens * (1 + a) + b (bigram a b)
    # Every occurrence of a content word: (row, column) with repeats; the content-word columns come
    # first, in order of first appearance (as tfidf_matrix numbers them).
    word_cells: tuple[np.ndarray, np.ndarray]
    cells: tuple[np.ndarray, np.ndarray]  # every (row, column) with a one, with repeats; word_cells come first
    stop_share: np.ndarray  # per row: the share of its tokens that are stop words

    def tfidf(self, doc_of_row: Sequence[int]) -> Matrix:
        """:func:`tfidf_matrix` of the rows' content words (the same values), from the cells found here."""
        n_rows = self.matrix.shape[0]
        n_cols = max(int(self.is_uni.sum()), 1)
        if n_rows * n_cols > DENSE_CELLS:
            raise ValueError("too large for a dense TF-IDF matrix")
        return _tfidf_cells(*self.word_cells, n_rows, doc_of_row, n_cols)

    def columns(self, toks_rows: Sequence[Sequence[str]]) -> set[int]:
        """The columns of these sentences' concepts (the concepts not among the columns are left out)."""
        index, v = self.tokens.index, len(self.tokens)
        codes = []
        for toks in toks_rows:
            codes.extend(index[t] for t in content(toks) if t in index)
            codes.extend(v * (1 + index[a]) + index[b] for a, b in concept_pairs(toks) if a in index and b in index)
        if not codes or not len(self.codes):
            return set()
        codes_arr = np.asarray(codes, dtype=np.int64)
        pos = np.minimum(np.searchsorted(self.codes, codes_arr), len(self.codes) - 1)
        return set(pos[self.codes[pos] == codes_arr].tolist())


def concept_matrix(token_rows: Sequence[Sequence[str]], dense: bool | None = None) -> Concepts:
    """The :func:`concepts` of each row of tokens as a 0/1 matrix (numpy when ``dense``; None: when it has
    at most DENSE_CELLS cells)."""
    vocab = Vocabulary()
    n = len(token_rows)
    lens = np.fromiter(map(len, token_rows), dtype=np.int64, count=n)
    # Token numbers in order of first appearance, all rows in one pass.
    flat = np.fromiter(map(vocab.index.__getitem__, chain.from_iterable(token_rows)), dtype=np.int64,
                       count=int(lens.sum()))
    v = len(vocab)
    row = np.repeat(np.arange(n, dtype=np.int64), lens)
    keys = list(vocab.index)
    is_stop = np.fromiter(map(_IS_STOP, keys), dtype=bool, count=v)
    is_content = ~is_stop & (np.fromiter(map(len, keys), dtype=np.int64, count=v) > 1)  # as content(): _IS_CONTENT
    a, b = flat[:-1], flat[1:]
    pair = (row[1:] == row[:-1]) & ~(is_stop[a] & is_stop[b])
    uni = is_content[flat]
    codes = np.concatenate([flat[uni], v * (1 + a[pair]) + b[pair]])
    code_rows = np.concatenate([row[uni], row[:-1][pair]])
    columns, col = _unique_inverse(codes)
    n_cols = max(len(columns), 1)
    if dense is None:
        dense = n * n_cols <= DENSE_CELLS
    if dense:  # a repeated (row, column) cell is simply set twice
        matrix: Matrix = np.zeros((n, n_cols))
        matrix[code_rows, col] = 1.0
    else:
        cells = np.unique(code_rows * n_cols + col)
        cell_rows, cell_cols = np.divmod(cells, n_cols)
        indptr = np.concatenate([[0], np.searchsorted(cell_rows, np.arange(1, n)), [len(cells)]])
        matrix = sparse.csr_matrix((np.ones(len(cells)), cell_cols, indptr), shape=(n, n_cols))
    is_uni = np.zeros(n_cols, dtype=bool)
    is_uni[: len(columns)] = columns < v
    n_words = int(uni.sum())
    stop_share = np.bincount(row, weights=is_stop[flat], minlength=n) / np.maximum(lens, 1)
    return Concepts(matrix, is_uni, vocab, columns, (code_rows[:n_words], col[:n_words]), (code_rows, col), stop_share)


def _unique_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)`` for a flat integer array (the same two arrays).

    Equal values get one column whatever the sort, so the default (unstable) argsort serves: numpy 2
    vectorises it, and on the ~1,500 codes of a 2-3 article story it takes 16 us against 43 us for a
    stable one with AVX-512, 31 against 41 with AVX2 (numpy 2.4); only a CPU without AVX2 favours the
    stable one (49 against 40).
    """
    order = np.argsort(values)
    ordered = values[order]
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    inverse = np.empty(len(ordered), dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


class Vocabulary:
    """Maps terms to column numbers, growing as terms are added."""

    __slots__ = ("index",)

    def __init__(self) -> None:
        # A missing term gets the next number from the counter inside the dict lookup itself (no
        # Python-level call per term): the vocabularies are built several times per brief.
        self.index: dict[str, int] = defaultdict(count().__next__)

    def ids(self, terms: Sequence[str] | set[str]) -> list[int]:
        return list(map(self.index.__getitem__, terms))

    def __len__(self) -> int:
        return len(self.index)


# Below this many cells a story's matrices are plain numpy arrays: on a 2-3 article story (60
# sentences, 1,000 terms) scipy.sparse spends more time checking and converting its arguments than
# multiplying, and a dense product of that size takes well under a millisecond on one thread (see
# compose._one_blas_thread). Large stories (duc2006: 25 articles, 800 sentences) stay sparse.
DENSE_CELLS = 400_000

Matrix = sparse.csr_matrix | np.ndarray  # what binary_matrix / tfidf_matrix return (dense=True: ndarray)


def binary_matrix(rows: Sequence[Sequence[int]], n_cols: int, dense: bool = False) -> Matrix:
    """A 0/1 matrix with one row per list of column ids (duplicates counted once); CSR unless ``dense``."""
    if dense:
        out = np.zeros((len(rows), n_cols))
        row_ids = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
        out[row_ids, np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=len(row_ids))] = 1.0
        return out
    indptr = [0]
    indices: list[int] = []
    for r in rows:
        cols = sorted(set(r))
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), n_cols))


def tfidf_matrix(term_rows: Sequence[Sequence[str]], doc_of_row: Sequence[int], dense: bool | None = False) -> Matrix:
    """L2-normalised TF-IDF rows; IDF is computed over documents (articles), not sentences.

    Document-level IDF keeps a term that every article repeats (the story's key name) from
    being weighted like a stop word while still damping generic words. CSR, or a numpy array when
    ``dense`` (None: dense when the matrix has at most DENSE_CELLS cells).
    """
    vocab = Vocabulary()
    ids = [vocab.ids(t) for t in term_rows]
    n_cols = max(len(vocab), 1)
    if dense is None:
        dense = len(ids) * n_cols <= DENSE_CELLS
    if dense:
        return _dense_tfidf(ids, doc_of_row, n_cols)
    df = np.zeros(n_cols)
    seen: dict[int, set[int]] = {}
    for row, doc in zip(ids, doc_of_row, strict=True):
        seen.setdefault(doc, set()).update(row)
    for cols in seen.values():
        df[list(cols)] += 1
    n_docs = max(len(seen), 1)
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for row in ids:
        counts: dict[int, int] = {}
        for c in row:
            counts[c] = counts.get(c, 0) + 1
        vals = [(1 + math.log(n)) * idf[c] for c, n in counts.items()]
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        indices.extend(counts)
        data.extend(v / norm for v in vals)
        indptr.append(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(ids), n_cols))


def _dense_tfidf(ids: list[list[int]], doc_of_row: Sequence[int], n_cols: int) -> np.ndarray:
    """:func:`tfidf_matrix` as a numpy array, computed with array operations (same values)."""
    row_ids = np.repeat(np.arange(len(ids)), [len(r) for r in ids])
    col_ids = np.fromiter(chain.from_iterable(ids), dtype=np.intp, count=len(row_ids))
    return _tfidf_cells(row_ids, col_ids, len(ids), doc_of_row, n_cols)


def _tfidf_cells(
    row_ids: np.ndarray, col_ids: np.ndarray, n_rows: int, doc_of_row: Sequence[int], n_cols: int
) -> np.ndarray:
    """:func:`_dense_tfidf` from each term occurrence's (row, column)."""
    # The non-zero cells (a few percent of them) in ascending order, each with its count.
    cells = np.sort(row_ids * n_cols + col_ids)
    first = np.empty(len(cells), dtype=bool)
    first[:1] = True
    np.not_equal(cells[1:], cells[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1:] = len(cells)
    hit, counts = cells[starts], ends - starts
    doc = np.asarray(doc_of_row, dtype=np.intp)
    docs, doc_idx = _unique_inverse(doc)
    in_doc = np.zeros((len(docs), n_cols), dtype=bool)
    in_doc[doc_idx[row_ids], col_ids] = True
    df = in_doc.sum(axis=0)
    idf = np.log((1 + max(len(docs), 1)) / (1 + df)) + 1.0
    out = np.zeros((n_rows, n_cols))
    rows, cols = np.divmod(hit, n_cols)
    values = (1.0 + np.log(counts.astype(float))) * idf[cols]
    out[rows, cols] = values
    norm = np.sqrt((out * out).sum(axis=1))
    norm[norm == 0] = 1.0
    out[rows, cols] = values / norm[rows]  # the non-zero cells divided (the others stay 0), not the whole matrix
    return out


def as_array(matrix: Matrix) -> np.ndarray:
    """A dense numpy array of a sparse or dense matrix."""
    return matrix.toarray() if sparse.issparse(matrix) else np.asarray(matrix)


def column_sums(matrix: Matrix) -> np.ndarray:
    """Sum of each column, as a flat array, for a sparse or dense matrix."""
    return np.asarray(matrix.sum(axis=0)).ravel()


def cosine(matrix: Matrix) -> np.ndarray:
    """Dense cosine-similarity matrix of L2-normalised rows."""
    return as_array(matrix @ matrix.T)
