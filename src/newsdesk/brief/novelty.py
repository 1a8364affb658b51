"""Update briefs: how much of a sentence the reader has already read, in any wording.

A sentence restating an already-seen fact in other words ("The mayor was taken to a hospital, where she
died two days later" after "... was found hours later and died in hospital two days later, police said")
shares the fact's key words with the seen sentence but little else, so its TF-IDF cosine stays low.
What gives it away is containment: nearly all of *its* content words, weighted by rarity, are in one
sentence the reader has seen. What a new sentence brings is the opposite: a name, a number or a date
the reader has not met yet (a preference for those was tried on duc2007-update and lost ROUGE-2 on both
halves, so only containment is used).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsdesk.brief.similarity import Matrix, Vocabulary, as_array, binary_matrix, column_sums

MIN_TERMS = 3  # a sentence with fewer content words is too short to judge as a restatement
_BLOCK_CELLS = 2_000_000  # candidate x seen-sentence products are taken this many cells at a time


def containment(cand_terms: Sequence[Sequence[str]], seen_terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Per candidate: the largest share of its content words, weighted by IDF, that one seen sentence holds.

    IDF is over all sentences (candidates and seen ones), so a story's ever-present name adds little
    and a rare detail decides. A candidate with fewer than MIN_TERMS content words gets 0.

    Example:
        >>> containment([["mayor", "hospit", "die", "two", "day"]], [["mayor", "found", "die", "hospit", "two", "day"]])
        array([1.])
    """
    vocab = Vocabulary()
    cand_ids = [vocab.ids(t) for t in cand_terms]
    seen_ids = [vocab.ids(t) for t in seen_terms]
    width = max(len(vocab), 1)
    return held(binary_matrix(cand_ids, width), binary_matrix(seen_ids, width))


def held(cand: Matrix, seen: Matrix) -> np.ndarray:
    """:func:`containment` of term matrices with one row per sentence and a shared column per term (any
    non-zero cell: the sentence has the term), e.g. the TF-IDF rows the brief already computed."""
    n, m = cand.shape[0], seen.shape[0]
    if not n or not m:
        return np.zeros(n)
    cand, seen = _binary(cand), _binary(seen)
    df = column_sums(cand) + column_sums(seen)
    idf = np.log((n + m + 1) / (df + 1)) + 1.0
    own = cand @ idf
    weighted = cand.multiply(idf[None, :]).tocsr() if sparse.issparse(cand) else cand * idf[None, :]
    seen_t = seen.T.tocsc() if sparse.issparse(seen) else seen.T
    # In row blocks: a story and its seen articles may hold thousands of sentences each.
    step = max(1, _BLOCK_CELLS // m)
    shared = np.concatenate([as_array(weighted[k : k + step] @ seen_t).max(axis=1) for k in range(0, n, step)])
    out = shared / np.maximum(own, 1e-9)
    out[np.asarray(cand.sum(axis=1)).ravel() < MIN_TERMS] = 0.0
    return out


def _binary(matrix: Matrix) -> Matrix:
    """The 0/1 pattern of a matrix's non-zero cells (same kind: sparse or numpy)."""
    if sparse.issparse(matrix):
        out = sparse.csr_matrix(matrix, copy=True)
        out.eliminate_zeros()
        out.data[:] = 1.0
        return out
    return (np.asarray(matrix) != 0).astype(float)
