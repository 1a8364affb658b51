"""Lexical sentence vectors: stemmed TF-IDF for similarity, stemmed bigram concepts for coverage."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain, count, pairwise

import numpy as np
from scipy import sparse

from newsdesk.text import STOPWORDS, stem, words


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens (stop words kept, so bigrams stay contiguous)."""
    get = _TOKEN.get
    return [get(w) or _token(w) for w in words(text)]


def word_tokens(surface: Sequence[str]) -> list[str]:
    """:func:`tokens` of already-found words (``newsdesk.text.words`` before lower-casing)."""
    get = _TOKEN.get
    return [get(w) or _token(w) for w in map(str.lower, surface)]


_TOKEN: dict[str, str] = {}  # word -> token, filled as words are met (bounded: see _token)


def _token(word: str) -> str:
    tok = word if word in STOPWORDS else stem(word)
    if len(_TOKEN) < 200_000:
        _TOKEN[word] = tok
    return tok


def content(toks: Sequence[str]) -> list[str]:
    """The tokens that carry content: no stop words, no one-letter tokens."""
    return [t for t in toks if t not in STOPWORDS and len(t) > 1]


def concepts(toks: Sequence[str], content_toks: Sequence[str] | None = None) -> set[str]:
    """Bigram concepts of a sentence (Gillick & Favre): adjacent pairs that are not both stop words.

    Content unigrams are kept as concepts too (a unigram concept has no space, a bigram is
    ``"a b"``) so that a fact phrased with different word order still overlaps.
    ``content_toks``: ``content(toks)`` when already known.
    """
    out = set(content(toks) if content_toks is None else content_toks)
    stop = STOPWORDS
    out.update([f"{a} {b}" for a, b in pairwise(toks) if a not in stop or b not in stop])
    return out


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
    counts = np.zeros((len(ids), n_cols))
    row_ids = np.repeat(np.arange(len(ids)), [len(r) for r in ids])
    col_ids = np.fromiter(chain.from_iterable(ids), dtype=np.intp, count=len(row_ids))
    np.add.at(counts, (row_ids, col_ids), 1.0)
    doc = np.asarray(doc_of_row, dtype=np.intp)
    docs, doc_idx = np.unique(doc, return_inverse=True)
    in_doc = np.zeros((len(docs), n_cols), dtype=bool)
    in_doc[doc_idx[row_ids], col_ids] = True
    df = in_doc.sum(axis=0)
    idf = np.log((1 + max(len(docs), 1)) / (1 + df)) + 1.0
    out = np.where(counts > 0, (1.0 + np.log(np.maximum(counts, 1.0))) * idf, 0.0)
    norm = np.sqrt((out * out).sum(axis=1))
    norm[norm == 0] = 1.0
    return out / norm[:, None]


def as_array(matrix: Matrix) -> np.ndarray:
    """A dense numpy array of a sparse or dense matrix."""
    return matrix.toarray() if sparse.issparse(matrix) else np.asarray(matrix)


def column_sums(matrix: Matrix) -> np.ndarray:
    """Sum of each column, as a flat array, for a sparse or dense matrix."""
    return np.asarray(matrix.sum(axis=0)).ravel()


def row_columns(matrix: Matrix) -> list[np.ndarray]:
    """The non-zero column ids of each row."""
    if sparse.issparse(matrix):
        return np.split(matrix.indices, matrix.indptr[1:-1])
    return [np.flatnonzero(row) for row in matrix]


def cosine(matrix: Matrix) -> np.ndarray:
    """Dense cosine-similarity matrix of L2-normalised rows."""
    return as_array(matrix @ matrix.T)
