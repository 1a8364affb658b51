"""Lexical sentence vectors: stemmed TF-IDF for similarity, stemmed bigram concepts for coverage."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
from scipy import sparse

from newsdesk.text import STOPWORDS, stem, words


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens (stop words kept, so bigrams stay contiguous)."""
    get = _TOKEN.get
    return [get(w) or _token(w) for w in words(text)]


_TOKEN: dict[str, str] = {}  # word -> token, filled as words are met (bounded: see _token)


def _token(word: str) -> str:
    tok = word if word in STOPWORDS else stem(word)
    if len(_TOKEN) < 200_000:
        _TOKEN[word] = tok
    return tok


def content(toks: Sequence[str]) -> list[str]:
    """The tokens that carry content: no stop words, no one-letter tokens."""
    return [t for t in toks if t not in STOPWORDS and len(t) > 1]


def concepts(toks: Sequence[str]) -> set[str]:
    """Bigram concepts of a sentence (Gillick & Favre): adjacent pairs that are not both stop words.

    Content unigrams are kept as concepts too ("u:" prefix) so that a fact phrased with
    different word order still overlaps.
    """
    out = {f"u:{t}" for t in content(toks)}
    for a, b in pairwise(toks):
        if a in STOPWORDS and b in STOPWORDS:
            continue
        out.add(f"{a} {b}")
    return out


class Vocabulary:
    """Maps terms to column numbers, growing as terms are added."""

    __slots__ = ("index",)

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def ids(self, terms: Sequence[str] | set[str]) -> list[int]:
        index = self.index
        return [index.setdefault(t, len(index)) for t in terms]

    def __len__(self) -> int:
        return len(self.index)


def binary_matrix(rows: Sequence[Sequence[int]], n_cols: int) -> sparse.csr_matrix:
    """A 0/1 CSR matrix with one row per list of column ids (duplicates counted once)."""
    indptr = [0]
    indices: list[int] = []
    for r in rows:
        cols = sorted(set(r))
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), n_cols))


def tfidf_matrix(term_rows: Sequence[Sequence[str]], doc_of_row: Sequence[int]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows; IDF is computed over documents (articles), not sentences.

    Document-level IDF keeps a term that every article repeats (the story's key name) from
    being weighted like a stop word while still damping generic words.
    """
    vocab = Vocabulary()
    ids = [vocab.ids(t) for t in term_rows]
    n_cols = max(len(vocab), 1)
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


def cosine(matrix: sparse.csr_matrix) -> np.ndarray:
    """Dense cosine-similarity matrix of L2-normalised rows."""
    return (matrix @ matrix.T).toarray()
