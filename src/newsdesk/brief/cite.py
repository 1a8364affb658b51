"""Which articles carry a sentence's content: cross-document support and citations."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import numpy as np
from scipy import sparse

from newsdesk.brief.similarity import as_array
from newsdesk.model import DupLink

_DIGIT = re.compile(r"\d")


def duplicate_groups(article_ids: Sequence[str], duplicates: Sequence[DupLink],
                     kinds: tuple[str, ...] = ("exact", "near")) -> list[int]:
    """Group number per article; copies of the given ``kinds`` (exact and near) share a group (union-find).

    Groups are numbered in the order of their first article, and each group's root is its first article.
    Wire links are left out: two outlets running one wire story still have their own
    sentences around the shared passage, so they are not one article.
    """
    index = {aid: i for i, aid in enumerate(article_ids)}
    parent = list(range(len(article_ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in duplicates:
        if link.kind not in kinds:
            continue
        a, b = index.get(link.a), index.get(link.b)
        if a is None or b is None:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = [find(i) for i in range(len(article_ids))]
    numbering: dict[int, int] = {}
    return [numbering.setdefault(r, len(numbering)) for r in roots]


def carriers(
    score_row: np.ndarray,
    pool_article: np.ndarray,
    pool_group: np.ndarray,
    own_article: int,
    own_group: int,
    threshold: float,
) -> list[int]:
    """Articles (one per duplicate group) with a sentence scoring at least ``threshold`` against a candidate.

    ``score_row`` holds the candidate's score against every pool sentence, which belongs to article
    ``pool_article`` in duplicate group ``pool_group``. Returns article indices, the candidate's own
    article first, then the others in input order. For a group of copies the copy with the best
    sentence stands for the group, so a duplicate is cited once.
    """
    hits = np.flatnonzero(score_row >= threshold)
    best: dict[int, tuple[float, int]] = {}
    for j in hits:
        g = int(pool_group[j])
        if g == own_group:
            continue
        s = float(score_row[j])
        if g not in best or s > best[g][0]:
            best[g] = (s, int(pool_article[j]))
    return [own_article, *sorted(a for _, a in best.values())]


def carriers_all(
    scores: np.ndarray,
    pool_article: np.ndarray,
    pool_group: np.ndarray,
    own_article: np.ndarray,
    own_group: np.ndarray,
    threshold: float,
) -> list[list[int]]:
    """:func:`carriers` for every row of ``scores`` at once: one pass per duplicate group, not per row.

    Same result as calling :func:`carriers` row by row (the best-scoring sentence of a group stands
    for it; ties go to the earlier pool sentence).
    """
    n = scores.shape[0]
    groups = sorted(set(np.asarray(pool_group).tolist()))  # np.unique's values, without its checks (~3x faster)
    best_article = np.full((n, len(groups)), -1, dtype=int)
    for k, g in enumerate(groups):
        cols = np.flatnonzero(pool_group == g)
        sub = scores[:, cols]
        arg = sub.argmax(axis=1)
        hit = (sub[np.arange(n), arg] >= threshold) & (own_group != g)
        best_article[hit, k] = pool_article[cols[arg[hit]]]
    # Each row's carrying articles in order: sorted, the misses (-1) first and skipped.
    rows = np.sort(best_article, axis=1).tolist()
    skip = (best_article < 0).sum(axis=1).tolist()
    return [[own, *row[k:]] for own, row, k in zip(np.asarray(own_article).tolist(), rows, skip, strict=True)]


def claim_carriers(
    cited: Sequence[int],
    own_article: int,
    score_row: np.ndarray,
    pool_article: np.ndarray,
    threshold: float,
    carries: Callable[[int], bool],
) -> list[int]:
    """The cited articles (:func:`carriers`) that carry a sentence's claim, not only its background or its topic.

    A carry score counts shared words wherever they stand, so an article that repeats only a sentence's
    subordinate clause ("… Stephen Lawrence, who was stabbed at a bus stop in 1993"), its reason ("…, saying it
    would drive businesses away"), its source ("…, the Itar-Tass news agency reported") or the story's topic words
    reaches it too. An article is kept when one of its sentences scoring at least ``threshold`` passes
    ``carries`` (asked with the pool sentence's index): it repeats the claim's own words (newsdesk.brief.gist) and
    gives what makes the claim specific (newsdesk.brief.specifics).
    """
    kept = []
    reaching = score_row >= threshold  # once for all the cited articles
    for a in cited:
        if a == own_article or any(carries(j) for j in np.flatnonzero((pool_article == a) & reaching).tolist()):
            kept.append(a)
    return kept


def story_words(words: Collection[str], pool_terms: Sequence[Collection[str]], pool_group: np.ndarray,
                n_groups: int) -> frozenset[str]:
    """Which of ``words`` most of a story's sources (duplicate groups) use: more than half of them. In a story of
    two sources, the words both use."""
    if not words:
        return frozenset()
    wanted = set(words)
    users: dict[str, set[int]] = {w: set() for w in wanted}
    for terms, g in zip(pool_terms, pool_group.tolist(), strict=True):
        for w in wanted.intersection(terms):
            users[w].add(g)
    return frozenset(w for w, gs in users.items() if 2 * len(gs) > n_groups)


_UNITS = {w: n for n, w in enumerate(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"], start=2)}
_TENS = {w: 10 * n for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)}
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS)


def number_words(toks: Sequence[str]) -> set[str]:
    """Numbers written as words, as digits: "six" -> "6", "forty two" (from "forty-two") -> "42".
    "one" is left out: it is a pronoun far more often than a count."""
    if _NUMBER_WORDS.isdisjoint(toks):
        return set()
    found: set[str] = set()
    for k, t in enumerate(toks):
        if t in _TENS:
            unit = _UNITS.get(toks[k + 1], 0) if k + 1 < len(toks) else 0
            found.add(str(_TENS[t] + (unit if unit < 10 else 0)))
        elif t in _UNITS and not (k and toks[k - 1] in _TENS):
            found.add(str(_UNITS[t]))
    return found


def numbers(toks: Sequence[str]) -> set[str]:
    """Number tokens of a sentence ("3,000" and "3000" agree): the space-separated runs of
    ``" ".join(toks)`` that hold a digit, and numbers written as words ("six" is "6")."""
    joined = "".join(toks)
    # Most sentences: no token holds anything but letters, or none holds a digit (an apostrophe, a dot).
    if joined.isalpha() or _DIGIT.search(joined) is None:
        return number_words(toks)
    has_digit = _DIGIT.search
    found = [t for t in toks if not t.isalpha() and has_digit(t) is not None]  # a digit is never alphabetic
    words = number_words(toks)
    if not found:
        return words
    if any(" " in t for t in found):  # not a word token: split it as the joined text would be
        return {t.replace(",", "") for t in _NUMBER_TOKEN.findall(" ".join(found))} | words
    return {t.replace(",", "") for t in found} | words


_NUMBER_TOKEN = re.compile(r"[^ ]*\d[^ ]*")  # a whole space-separated token holding a digit
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def figures_of(chunks: Sequence[str], toks: Sequence[str]) -> set[str]:
    """``numbers`` of a sentence given its white-space chunks too, so a figure with a thousands comma or a decimal
    point stays whole: "1,200" is 1200 (its tokens "1" and "200" would let 1,200 and 1,300 agree on "1"), "3.5" is
    3.5; numbers written as words come from the tokens ("six" is "6").

    Example:
        >>> sorted(figures_of("evacuated 1,200 residents, 3.5 percent, six".split(), ["six"]))
        ['1200', '3.5', '6']
    """
    return figures_in(" ".join(chunks), toks)


def figures_in(text: str, toks: Sequence[str]) -> set[str]:
    """:func:`figures_of` of the sentence's chunks joined by single spaces (``text``): a figure holds no white space,
    so one scan of the text finds each chunk's figures, in the same order."""
    words = number_words(toks)
    found = {f.replace(",", "") for f in _FIGURE.findall(text)}
    return found | words if found else words


def carry_scores(
    query: sparse.csr_matrix | np.ndarray,
    pool: sparse.csr_matrix | np.ndarray,
    idf: np.ndarray,
    query_numbers: sparse.csr_matrix | np.ndarray,
    pool_numbers: sparse.csr_matrix | np.ndarray,
    query_plain: sparse.csr_matrix | np.ndarray | None = None,
    pool_plain: sparse.csr_matrix | np.ndarray | None = None,
    min_shared: int = 4,
    min_plain: int = 2,
    own_weight: np.ndarray | None = None,
    pool_weight: np.ndarray | None = None,
) -> np.ndarray:
    """How far each pool sentence carries each query sentence's content, 0..1 (query rows x pool rows).

    The score is the harmonic mean of two IDF-weighted shares of shared content words: the share
    of the query's weight found in the pool sentence, and the share of the pool sentence's weight
    found in the query. IDF is over sentences, so the words every sentence of the story repeats
    (the country, the main name) count little and the words naming *this* fact (``hundreds``,
    ``arrived``, ``offensive``) count much. Paraphrases that keep the fact's key words but not the
    wording score well above unrelated sentences about the same story; cosine over TF-IDF vectors
    misses them. A pair sharing fewer than ``min_shared`` content words scores 0, and so does a pair
    whose sentences both give numbers but none in common (3,000 evacuated is not 300 evacuated).

    Args:
        query: binary sentence x term matrix of the sentences to support (CSR or numpy array).
        pool: binary sentence x term matrix (same columns) of the sentences that may carry them.
        idf: weight per term column.
        query_numbers: binary sentence x number matrix of the query sentences.
        pool_numbers: the same for the pool, same columns.
        query_plain: like ``query`` but only the words that are not names (not capitalised
            mid-sentence): what a fact says happened, rather than who or where.
        pool_plain: the same for the pool.
        min_shared: fewest shared content words for any support.
        min_plain: fewest shared non-name content words: two sentences that share only the
            story's names ("Iranian troops ... Syria ... Assad") are about the story, not one fact.
        own_weight: the query rows' total IDF weight, when the matrices hold only some of their
            terms (the terms no other sentence has add nothing to a pair but count in the weights).
        pool_weight: the same for the pool rows.
    """
    weighted = query.multiply(idf[None, :]).tocsr() if sparse.issparse(query) else query * idf
    shared = as_array(weighted @ pool.T)
    own = np.asarray(weighted.sum(axis=1)).ravel() if own_weight is None else own_weight
    other = pool @ idf if pool_weight is None else pool_weight
    fwd = shared / np.maximum(own, 1e-12)[:, None]
    back = shared / np.maximum(other, 1e-12)[None, :]
    # 2 * fwd * back / max(fwd + back, 1e-12), the same operations in place.
    denominator = fwd + back
    np.maximum(denominator, 1e-12, out=denominator)
    score = 2 * fwd
    score *= back
    score /= denominator
    # The pairs that score 0, in one mask: too few shared words, too few shared non-names, or numbers
    # on both sides with none in common.
    zero = _overlap(query, pool) < min_shared
    if query_plain is not None and pool_plain is not None:
        zero |= _overlap(query_plain, pool_plain) < min_plain
    q_has = np.asarray(query_numbers.sum(axis=1)).ravel() > 0
    p_has = np.asarray(pool_numbers.sum(axis=1)).ravel() > 0
    if q_has.any() and p_has.any():
        zero |= q_has[:, None] & p_has[None, :] & ~(_overlap(query_numbers, pool_numbers) > 0)
    score[zero] = 0.0
    return score


def _overlap(rows: sparse.csr_matrix | np.ndarray, other: sparse.csr_matrix | np.ndarray) -> np.ndarray:
    """``rows @ other.T`` of two binary matrices: how many columns each pair of rows shares.

    Numpy arrays are multiplied in float32: the counts are small whole numbers, exact in float32,
    and a float32 product takes about half the time of a float64 one.
    """
    if sparse.issparse(rows) or sparse.issparse(other):
        return as_array(rows @ other.T)
    return rows.astype(np.float32, copy=False) @ other.astype(np.float32, copy=False).T

