"""Batch story clustering (the reduce step): TF-IDF, LSA projection, average link, centroid refinement.

Up to ``MAX_LINKAGE`` articles, stories are cut from an exact average-link agglomeration of the
articles (cosine in LSA space, stopping at ``ClusterConfig.threshold``), then refined k-means style:
each article moves to the story centroid it fits best, and stragglers left in tiny stories join the
story they fit. Average link needs all pairwise similarities, so beyond ``MAX_LINKAGE`` articles a
linear leader pass (date order) first forms groups and the average link runs over the groups (the
link between two groups is still the mean cosine of their members, from the group sums).

duc2006-clustering, B-cubed F1 (batch): leader pass + refine 0.897; average link + refine 0.926
(scikit-learn TF-IDF + average link: 0.867). wikiref220: 0.924 -> 0.923. Then one latent dimension
per 6 articles (``lsa_dims``) and no small-story bridges in the centroid merge (``refine``): 0.932,
wikiref220 0.921. Up to ``MAX_LINKAGE`` articles, the number of latent dimensions and the size of a
straggler story follow the number and size of the stories a plain TF-IDF cut finds (``story_layout``):
a pile of many small events (multinews-val's 690 articles) 0.547 -> 0.858, the topic sets unchanged.

Tried and dropped (stop 20): sentence embeddings (all-MiniLM-L6-v2) beside the LSA rows (each row the
concatenation of the LSA row and the embedding, weighted so that cosine = (1 - w) LSA + w embedding). The
gold-centroid ceiling of duc2006-clustering is 0.938 on the LSA rows, 0.909 on embeddings of title and
first 256 tokens, 0.896 on the mean of sentence embeddings, and at most 0.941 combined; duc2006-clustering
batch B3 F1 over LSA seeds 0-4, w = 0 / 0.1: 0.931 0.929 0.928 0.924 0.923 / 0.935 0.919 0.921 0.934 0.920
(w 0.2 and up, or sentence means, lower still); wikiref220 gains (0.923 -> 0.928 at 0.1, 0.936 at 0.5).
Topics that DUC files apart ("crime in China", "civil unrest in China") sit closer in embedding space than
the two halves of one topic, so no weight helps.

Tried and dropped (stop 22; batch B3 F1 duc2006-clustering / wikiref220 / multinews-val pile, base 0.931 / 0.923 /
0.858). The refined stories are already as pure as any article's neighbours: nearest-neighbour topic purity of the
LSA rows 0.965, articles in their story's majority topic 0.961; the losses are the gold's (see above).
(1) A graph over the LSA rows: connected components of mutual 10- or 20-nearest-neighbour pairs sharing 3-8
neighbours 0.30-0.87 on duc2006 (topics split or chained); label propagation over the 5 / 10 nearest neighbours,
started from the refined stories, 0.929 / 0.929, pile 0.785 / 0.702 (small events swallowed).
(2) Names weighted up (a capitalised word inside a sentence counted twice or 1.5 times, or also as a term of its
own): duc2006 0.928 / 0.919 / 0.913, pile 0.863-0.864: names split DUC's topics into their events.
(3) Merging stories whose articles are each other's nearest neighbours: duc2006 and wikiref220 unchanged (no article
of a split topic's part has its nearest neighbour in the other part), pile 0.858.
(4) A last pass on exact words: an article of a story of 5+ moves to another story of 5+ whose TF-IDF centroid fits
it better than the leave-one-out centroid of the rest of its own story. On the texts as given duc2006 0.931 / 0.929
/ 0.928 -> 0.933 / 0.933 / 0.932 (LSA seeds 0-2), stream 0.935 -> 0.936, the other sets and piles unchanged or
+0.002; but the gain is wire-service notes (budgets, "The latest from ... News Service") that the cleaner rejects:
on the cleaned texts (``eval cluster --clean``, as ``newsdesk cluster`` reads them) duc2006 0.935 / 0.936 / 0.935 ->
0.933 / 0.935 / 0.930 and wikiref220 0.918 / 0.919 / 0.918 -> 0.916 / 0.919 / 0.916: feature stories on a topic's
edge (a school-uniform story, a GM chief executive's profile) move to stories that share a few words with them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse

from newsdesk.cluster.features import NO_DAY, Features, FeatureTable
from newsdesk.config import ClusterConfig
from newsdesk.progress import Progress

BLOCK = 2_000  # articles per leader block: big enough for fast sparse products, small enough for B x B sims
CENTROID_TERMS = 300  # terms kept per centroid; bounds memory for large stories
SVD_SAMPLE = 50_000  # rows the LSA projection is fitted on
MIN_DF = 2  # terms in fewer articles are dropped (corpora of 3+ articles)
MIN_ROWS_PER_DIM = 6  # LSA only when there are at least this many articles per latent dimension
# Below this many articles there is too little co-occurrence to fit a projection: plain TF-IDF cosine
# (``ClusterConfig.small_threshold``).
MIN_PROJECT_ROWS = 80
MAX_LINKAGE = 6_000  # groups the average link compares pairwise (a k x k float64 matrix: 288 MB at 6,000)
MIN_STORY = 5  # refine: smaller stories lend no centroid while larger ones exist
# Story estimate (corpora of MIN_PROJECT_ROWS to MAX_LINKAGE articles): latent dimensions per estimated story,
# and at least this many articles per dimension; a story is a straggler group below a fifth of the typical size.
STORY_ROWS_PER_DIM = 3
STORY_DIMS_MAX = 300
STRAGGLER_SHARE = 0.2
COPY_COSINE = 0.8  # TF-IDF cosine at which two articles are copies of one (for the story estimate)
# refine: an article of a story below the straggler size stays with it when it is at least this many times closer to
# the rest of that story (its own copies set aside) than to the larger story it fits best (``fits_own_story``).
OWN_STORY_CONTRAST = 2.0
# refine, corpora below the projection size: an article of a story below the straggler size joins a larger story only
# when it uses at least this many of that story's own words (``story_words``: used by at least half of the story's
# articles, and by the story's articles more than by the rest of the pile).
MIN_STORY_WORDS = 5
# Corpora below the projection size: two articles whose trusted dates lie more than this many days apart count as
# unrelated in the average link (``dated_apart``). Below (off) / 2 / 3 years, ``benchmarks/cluster_small.py`` pages15
# (15 dated web pages, B3 F1) 0.820 / 0.900 / 0.887; 5 dated articles each of 3 duc2006-clustering topics (20 trials)
# 0.931 / 0.910 / 0.924 (at 1 year 0.789: topics run for years); the columns without dates unchanged.
APART_DAYS = 3 * 365
# Randomized SVDs averaged in the projection (corpora of up to ``MAX_LINKAGE`` articles; one beyond, where
# memory counts): ``project``.
LSA_RUNS = 4
DENSE_DIMS = LSA_RUNS * STORY_DIMS_MAX  # average link: groups x dims this narrow are multiplied as dense arrays
VECTOR_BLOCK = 1 << 22  # (article, term) entries per block of the TF-IDF build


@dataclass(frozen=True, slots=True)
class Vectors:
    """L2-normalised TF-IDF rows (one per article, input order) and the fitted vocabulary."""

    ids: tuple[str, ...]
    matrix: sparse.csr_matrix
    vocab: np.ndarray  # sorted uint32 term ids; column j is vocab[j]
    idf: np.ndarray


def vectorize(feats: Sequence[Features] | FeatureTable, min_df: int = MIN_DF) -> Vectors:
    """Fit IDF on the features and build normalised TF-IDF rows (sublinear tf), in input order.

    ``feats``: Features objects, or a ``FeatureTable`` (its columns are read in place). Memory: the
    table plus about 12 bytes per (article, term) entry at the peak (column, weight, sorted vocabulary
    pass); a million articles of ~150 terms stay near 3 GB.
    """
    t = feats if isinstance(feats, FeatureTable) else FeatureTable.of(feats)
    n = len(t)
    indptr = t.ptr
    if n == 0 or indptr[-1] == 0:
        empty = sparse.csr_matrix((n, 0), dtype=np.float32)
        return Vectors(tuple(t.ids), empty, np.zeros(0, np.uint32), np.zeros(0, np.float32))
    all_terms = t.terms
    vocab, df_counts = np.unique(all_terms, return_counts=True)  # a term occurs once per article: counts = df
    df = df_counts.astype(np.float32)
    del df_counts
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    # A term seen in one article only links it to nothing, yet with the highest IDF it dominates the
    # article's norm and shrinks every cosine; dropping such terms: +0.02 batch B3 F1 on both dev sets.
    weight = idf * (df >= min_df) if n > 2 else idf
    index = np.int32 if max(indptr[-1], vocab.shape[0]) < 2**31 else np.int64
    cols = np.empty(all_terms.shape[0], dtype=index)
    data = np.empty(all_terms.shape[0], dtype=np.float32)
    step = VECTOR_BLOCK
    for s in range(0, all_terms.shape[0], step):
        c = np.searchsorted(vocab, all_terms[s : s + step])
        cols[s : s + step] = c
        data[s : s + step] = (1.0 + np.log(t.counts[s : s + step])) * weight[c]
    matrix = sparse.csr_matrix((data, cols, indptr.astype(index)), shape=(n, vocab.shape[0]))
    del data, cols
    matrix.eliminate_zeros()
    return Vectors(tuple(t.ids), _normalize_in_place(matrix), vocab, idf)


def _normalize_in_place(m: sparse.csr_matrix, rows: int = 1 << 16) -> sparse.csr_matrix:
    """Rows of ``m`` scaled to unit length by scaling ``m``'s own data, ``rows`` rows at a time: no
    second copy of the weights and no full-size temporaries (1.2 GB less at a million articles)."""
    lengths = np.diff(m.indptr)
    for r in range(0, m.shape[0], rows):
        s, e = int(m.indptr[r]), int(m.indptr[min(r + rows, m.shape[0])])
        block = m.data[s:e]
        ln = lengths[r : r + rows]
        sums = np.zeros(ln.shape[0], dtype=np.float64)
        nonempty = ln > 0
        if e > s:
            sums[nonempty] = np.add.reduceat(block.astype(np.float32) ** 2, m.indptr[r : r + ln.shape[0]][nonempty] - s)
        norms = np.sqrt(sums)
        norms[norms == 0] = 1.0
        block *= np.repeat((1.0 / norms).astype(np.float32), ln)
    return m


def project(
    x: sparse.csr_matrix, dims: int, order: np.ndarray | None = None, seed: int = 0,
    rows_per_dim: int = MIN_ROWS_PER_DIM, runs: int = 1,
) -> sparse.csr_matrix:
    """Latent semantic projection (truncated SVD) of TF-IDF rows, re-normalised.

    Why: on the DUC docsets LSA-100 raises nearest-neighbour topic purity from 0.93 to 0.96 and B-cubed
    F1 by about 0.04, because articles on one topic share few exact words but many co-occurring ones.
    The SVD is fitted on at most ``SVD_SAMPLE`` rows (seeded), so its cost does not grow with the corpus.
    ``order``: return the rows in this order (the result is that of ``project(x[order], dims)``, without
    a reordered copy of ``x``). ``seed``: the row sample's and the randomized SVD's seed
    (``ClusterConfig.lsa_seed``). Returns ``x`` (reordered) unchanged when ``dims`` is 0 or the corpus is
    too small to project (fewer than ``rows_per_dim`` articles per dimension).

    The randomized SVD of a corpus of fewer articles than terms draws one random vector per article, by its
    row: ``order`` decides which article gets which (``cluster_features`` passes ``content_order``; an order
    by id made renaming or reordering the articles act as a new seed: duc2006-clustering batch B3 F1
    0.916-0.931 over 8 renamings and shuffles, wikiref220 0.901-0.929). ``runs`` > 1: that many SVDs (seeds
    ``seed`` to ``seed + runs - 1``), each row normalised per run and the runs side by side, scaled so that
    a cosine is the mean of the runs' cosines (``runs`` x ``dims`` columns). One run's figure is a draw of
    the seed: duc2006-clustering 0.917-0.931 and wikiref220 0.905-0.930 over seeds 0-5; with 4 runs, seeds
    0-3 give 0.925-0.928 (mean 0.927) and 0.928-0.930. Tried: the exact SVD (no draw at all) 0.921 / 0.928,
    stream 0.924 against 0.935 (the approximate SVD's mixed-in tail helps the DUC topics); 2 runs 0.923-0.930
    (mean 0.925) and 0.898-0.928; 4 runs starting from random combinations of terms instead of articles
    (no row order at all; 1.7 times slower) 0.925-0.928 (mean 0.927) and 0.928.
    """
    n = x.shape[0]
    if order is None:
        order = np.arange(n)
    # A projection needs many more articles than dimensions: 8 dimensions over 10 articles give every
    # article a direction of its own and split a small story apart.
    if not projects(x.shape, dims, rows_per_dim):
        return x if np.array_equal(order, np.arange(n)) else x[order]
    from sklearn.utils.extmath import randomized_svd

    rng = np.random.default_rng(seed)
    sample = x[order] if n <= SVD_SAMPLE else x[order[np.sort(rng.choice(n, SVD_SAMPLE, replace=False))]]
    comp = np.hstack([randomized_svd(sample, dims, flip_sign=False, random_state=seed + r)[2].T
                      for r in range(runs)]).astype(np.float32)
    del sample
    z = np.empty((n, runs * dims), dtype=np.float32)
    for s in range(0, n, 50_000):  # rows taken in order block by block: each row's product is unchanged
        z[s : s + 50_000] = np.asarray(x[order[s : s + 50_000]] @ comp)
    for r in range(runs):
        part = z[:, r * dims : (r + 1) * dims]
        norms = np.linalg.norm(part, axis=1, keepdims=True) * np.float32(np.sqrt(runs))
        norms[norms == 0] = 1.0
        part /= norms
    dims *= runs
    # ``sparse.csr_matrix(z)`` without its copy of z: z's own buffer as the data, zeros dropped after.
    index = np.int32 if n * dims < 2**31 else np.int64
    out = sparse.csr_matrix((z.ravel(), np.tile(np.arange(dims, dtype=index), n),
                             np.arange(0, n * dims + 1, dims, dtype=index)), shape=(n, dims))
    out.eliminate_zeros()
    return out


def projects(shape: tuple[int, int], dims: int, rows_per_dim: int = MIN_ROWS_PER_DIM) -> bool:
    """Whether ``project`` projects a matrix of this shape (else it returns the TF-IDF rows)."""
    n, v = shape
    return not (dims <= 0 or too_few_rows(n, dims, rows_per_dim) or v <= dims)


def too_few_rows(n: int, dims: int, rows_per_dim: int = MIN_ROWS_PER_DIM) -> bool:
    """Whether ``n`` articles are too few to fit a ``dims``-dimensional projection."""
    return n < max(MIN_PROJECT_ROWS, rows_per_dim * dims)


@dataclass(frozen=True, slots=True)
class Layout:
    """How a corpus is clustered: latent dimensions, articles needed per dimension, and the size below
    which a story is a straggler group (``refine``)."""

    dims: int
    rows_per_dim: int = MIN_ROWS_PER_DIM
    min_story: int = MIN_STORY


def copy_groups(x: sparse.csr_matrix) -> np.ndarray:
    """A label per TF-IDF row: rows at cosine ``COPY_COSINE`` or more (a wire story and its reprints, by average
    link) share one. Past ``MAX_LINKAGE`` rows every row is its own group (no pairwise comparison)."""
    return _compact(average_link(x, np.arange(x.shape[0]), COPY_COSINE))[0]


def estimate_stories(x: sparse.csr_matrix, threshold: float, copies: np.ndarray | None = None) -> tuple[int, float]:
    """(stories of two or more distinct articles, their mean size in distinct articles) in a corpus, from an
    average-link cut of its plain TF-IDF rows at ``threshold`` (``ClusterConfig.small_threshold``). The cut
    splits topics that share few exact words, but it counts the stories about right: duc2006-clustering 50
    (50 topics of ~25 articles), wikiref220 9 (10 topics of 5+ articles), 690 multinews-val articles 143 (250
    events of 2-10 articles). Copies (cosine ``COPY_COSINE``: a wire story and its reprints) count as one
    article, or a feed of reprinted stories would look like thousands of stories of three (``copies``: the rows'
    ``copy_groups``, when already computed)."""
    copies = copy_groups(x) if copies is None else copies
    labels, k = _compact(average_link(x, copies, threshold))
    distinct = np.bincount(np.unique(np.stack([labels, copies]), axis=1)[0], minlength=k)
    many = distinct[distinct >= 2]
    return (int(many.shape[0]), float(many.mean())) if many.shape[0] else (0, 1.0)


def story_layout(n: int, stories: int, typical: float, cfg: ClusterConfig) -> Layout:
    """The layout of a corpus of ``n`` articles holding about ``stories`` stories of ``typical`` articles.

    Why: a fixed number of latent dimensions suits one kind of corpus only. 100 dimensions over 50 topics of 25
    articles (duc2006-clustering) separate them; over 250 events of 2-10 articles (multinews-val as one pile)
    they fold unrelated events together (B3 F1 0.547, where TF-IDF average link gives 0.760), and stories
    of two or three articles, taken for stragglers, join large ones. ``cfg.lsa_dims_per_story`` dimensions
    per estimated story (at least 8, at most one per ``STORY_ROWS_PER_DIM`` articles), and stragglers only
    below a fifth of the typical story (2 to ``MIN_STORY``): the multinews-val pile 0.858, duc2006-clustering
    unchanged (0.931: 100 dimensions, stragglers below 5), wikiref220 0.921 -> 0.923.
    """
    dims = int(min(n // STORY_ROWS_PER_DIM, STORY_DIMS_MAX, max(8, round(cfg.lsa_dims_per_story * stories))))
    min_story = int(min(MIN_STORY, max(2, round(typical * STRAGGLER_SHARE))))
    return Layout(dims, STORY_ROWS_PER_DIM, min_story)


def lsa_dims(n: int, cap: int) -> int:
    """Latent dimensions for ``n`` articles: one per ``MIN_ROWS_PER_DIM`` articles, 8 to ``cap``.

    Why: a corpus of a few hundred articles on many small stories needs about as many dimensions as it
    has stories; at one dimension per 12 articles, random 200- and 400-article samples of
    duc2006-clustering (4 and 8 articles a topic) scored B3 F1 0.44-0.48 and 0.76-0.77; at one per 6,
    0.76-0.78 and 0.89-0.90 (one per 5 / 7 / 8: 0.76-0.81 / 0.70-0.73 / 0.66-0.70 at 200). wikiref220
    (220 articles) 0.923 -> 0.921; past ``6 * cap`` articles nothing changes.
    """
    return min(cap, max(8, n // MIN_ROWS_PER_DIM))


def normalize_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows scaled to unit length (zero rows stay zero), as float32; a new matrix sharing ``m``'s index
    arrays (``_normalize_in_place`` on a copy of the data)."""
    m = m.tocsr()
    data = _normalize_in_place(sparse.csr_matrix((m.data.copy(), m.indices, m.indptr), shape=m.shape)).data
    return sparse.csr_matrix((data.astype(np.float32, copy=False), m.indices, m.indptr), shape=m.shape)


def _truncate_rows(m: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Keep the ``keep`` largest entries of each row (centroids of big stories grow long tails)."""
    m = m.tocsr()
    counts = np.diff(m.indptr)
    if counts.max(initial=0) <= keep:
        return m
    rows, cols, vals = [], [], []
    for r in range(m.shape[0]):
        s, e = m.indptr[r], m.indptr[r + 1]
        idx, val = m.indices[s:e], m.data[s:e]
        if e - s > keep:
            top = np.argpartition(-val, keep)[:keep]
            idx, val = idx[top], val[top]
        rows.append(np.full(idx.shape[0], r))
        cols.append(idx)
        vals.append(val)
    return sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=m.shape, dtype=np.float32
    )


def centroids(x: sparse.csr_matrix, labels: np.ndarray, k: int, keep: int = CENTROID_TERMS) -> sparse.csr_matrix:
    """Normalised mean vector of each label 0..k-1, truncated to its ``keep`` largest entries."""
    member = sparse.csr_matrix(
        (np.ones(labels.shape[0], dtype=np.float32), (labels, np.arange(labels.shape[0]))),
        shape=(k, labels.shape[0]),
    )
    return normalize_rows(_truncate_rows(member @ x, keep))


def _best(x: sparse.csr_matrix, c: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """For each row of x, the most similar row of c and that cosine (-1, 0.0 when c is empty)."""
    n = x.shape[0]
    best = np.full(n, -1, dtype=np.int64)
    sim = np.zeros(n, dtype=np.float32)
    if c.shape[0] == 0:
        return best, sim
    # LSA rows are dense: a BLAS product of dense blocks, not a sparse one (a second instead of 14 at 6,000
    # articles and 450 dimensions).
    dense = x.shape[1] <= DENSE_DIMS and c.shape[0] <= 20_000
    ct = c.toarray().T if dense else c.T.tocsc()
    for s in range(0, n, BLOCK):
        if dense:
            prod = x[s : s + BLOCK].toarray() @ ct
        else:
            prod = (x[s : s + BLOCK] @ ct).toarray() if c.shape[0] <= 20_000 else None
        if prod is None:  # many stories: stay sparse
            sp = (x[s : s + BLOCK] @ ct).tocsr()
            arg = np.asarray(sp.argmax(axis=1)).ravel()
            best[s : s + BLOCK] = arg
            sim[s : s + BLOCK] = np.asarray(sp.max(axis=1).toarray()).ravel()
            continue
        arg = prod.argmax(axis=1)
        best[s : s + BLOCK] = arg
        sim[s : s + BLOCK] = prod[np.arange(prod.shape[0]), arg]
    return best, sim


def leader_pass(x: sparse.csr_matrix, threshold: float, progress: Progress | None = None) -> np.ndarray:
    """Single pass in row order: join the most similar story (centroid cosine >= threshold) or open one."""
    n = x.shape[0]
    labels = np.full(n, -1, dtype=np.int64)
    sums = sparse.csr_matrix((0, x.shape[1]), dtype=np.float32)
    k = 0
    for s in range(0, n, BLOCK):
        xb = x[s : s + BLOCK]
        cent = normalize_rows(_truncate_rows(sums, CENTROID_TERMS)) if k else sums
        best, sim = _best(xb, cent)
        inner = (xb @ xb.T).toarray()
        leaders: list[int] = []  # block rows that opened a story in this block
        for i in range(xb.shape[0]):
            if sim[i] >= threshold:
                labels[s + i] = best[i]
                continue
            if leaders:
                cand = inner[i, leaders]
                j = int(cand.argmax())
                if cand[j] >= threshold:
                    labels[s + i] = labels[s + leaders[j]]
                    continue
            labels[s + i] = k
            leaders.append(i)
            k += 1
        member = sparse.csr_matrix(
            (np.ones(xb.shape[0], dtype=np.float32), (labels[s : s + BLOCK], np.arange(xb.shape[0]))),
            shape=(k, xb.shape[0]),
        )
        sums.resize((k, x.shape[1]))
        sums = (sums + member @ xb).tocsr()
        if progress:
            progress("cluster", min(s + BLOCK, n), n)
    return labels


def _compact(labels: np.ndarray) -> tuple[np.ndarray, int]:
    uniq, inv = np.unique(labels, return_inverse=True)
    return inv.astype(np.int64), int(uniq.shape[0])


def _merge_close(c: sparse.csr_matrix, labels: np.ndarray, threshold: float) -> np.ndarray:
    """Merge stories whose centroids are at least ``threshold`` similar (union-find over pairs)."""
    k = c.shape[0]
    parent = np.arange(k)

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for s in range(0, k, BLOCK):
        sims = sparse.triu((c[s : s + BLOCK] @ c.T).tocsr(), k=s + 1, format="coo")
        keep = sims.data >= threshold
        for a, b in zip(sims.row[keep] + s, sims.col[keep], strict=True):
            ra, rb = find(int(a)), find(int(b))
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    roots = np.array([find(i) for i in range(k)])
    return roots[labels]


def average_link(x: sparse.csr_matrix, labels: np.ndarray, threshold: float,
                 apart: np.ndarray | None = None) -> np.ndarray:
    """Merge groups by average-link agglomeration, stopping at average pairwise cosine ``threshold``.

    The average cosine between the members of two groups of unit rows is ``sum_a . sum_b / (n_a n_b)``,
    so the linkage starts from group sums (singletons give the exact average link over articles, leader
    groups a coarse but linear-memory one) and updates similarities with Lance-Williams. The
    nearest-neighbour chain finds reciprocal nearest pairs in O(k^2) for k groups. Average link is
    reducible (a merged group is never closer to a third than the closer of its parts), so a group
    whose best similarity is below the threshold is retired for good. ``apart``: a k x k boolean matrix of groups
    whose similarity counts as 0 (``dated_apart``; with single-article groups only, as ``cluster_features`` passes it).
    """
    labels, k = _compact(labels)
    if k < 2 or k > MAX_LINKAGE:
        return labels
    member = sparse.csr_matrix(
        (np.ones(labels.shape[0], dtype=np.float32), (labels, np.arange(labels.shape[0]))), shape=(k, labels.shape[0])
    )
    sums = member @ x
    size = np.bincount(labels, minlength=k).astype(np.float64)
    if sums.shape[1] <= DENSE_DIMS:  # LSA rows are dense: one BLAS product, not a sparse one (20x faster)
        dense = sums.toarray().astype(np.float64)
        sim = dense @ dense.T
        del dense
    else:
        sim = np.asarray((sums @ sums.T).todense(), dtype=np.float64)
    sim /= np.outer(size, size)
    if apart is not None:
        sim[apart] = 0.0
    np.fill_diagonal(sim, -np.inf)
    parent = np.arange(k)
    open_ = np.ones(k, dtype=bool)
    chain: list[int] = []
    while True:
        if not chain:
            left = np.flatnonzero(open_)
            if left.shape[0] == 0:
                break
            chain.append(int(left[0]))
        a = chain[-1]
        row = sim[a]
        b = int(row.argmax())
        if len(chain) > 1 and row[chain[-2]] >= row[b]:
            b = chain[-2]  # ties go back down the chain, so it always ends in a reciprocal pair
        if row[b] < threshold:
            open_[a] = False  # nothing will come within the threshold again
            sim[a, :] = -np.inf
            sim[:, a] = -np.inf
            chain.pop()
            continue
        if len(chain) > 1 and b == chain[-2]:
            chain.pop()
            chain.pop()
            merged = (size[a] * sim[a] + size[b] * sim[b]) / (size[a] + size[b])
            size[a] += size[b]
            sim[a, :] = merged
            sim[:, a] = merged
            sim[a, a] = -np.inf
            sim[b, :] = -np.inf
            sim[:, b] = -np.inf
            open_[b] = False
            parent[b] = a
            continue
        chain.append(b)
    for i in range(k):  # resolve merge chains (parents point to groups that may themselves merge later)
        r = i
        while parent[r] != r:
            r = parent[r]
        parent[i] = r
    return _compact(parent[labels])[0]


def fits_own_story(x: sparse.csr_matrix, labels: np.ndarray, k: int, rows: np.ndarray, elsewhere: np.ndarray,
                   copies: np.ndarray | None = None, contrast: float = OWN_STORY_CONTRAST) -> np.ndarray:
    """For each article of ``rows``: whether its cosine to the rest of its story (the sum of the other members, its own
    copies set aside) is at least ``contrast`` times ``elsewhere``, its cosine to the story it would move to.

    ``x``: unit rows; ``labels``: a story 0..k-1 per row; ``copies``: a copy group per row (``copy_groups``; None:
    no two rows are copies). An article whose story holds nothing but itself and its copies fits no rest (False).

    Example: two reports of one small event lie close to each other (cosine 0.6) and only a little toward a broad
    story (0.1): each fits the other six times better, so the pair stays a story of its own.
    """
    out = np.zeros(rows.shape[0], dtype=bool)
    if rows.shape[0] == 0:
        return out
    n = x.shape[0]
    ones = np.ones(n, dtype=np.float32)
    story_sum = sparse.csr_matrix((ones, (labels, np.arange(n))), shape=(k, n)) @ x
    if copies is None:  # each article is its only copy
        copy_sum, copy_of = x, np.arange(n)
    else:  # the members of one story that are copies of each other, summed
        key, copy_of = np.unique(np.stack([labels, copies]), axis=1, return_inverse=True)
        copy_of = copy_of.ravel()
        copy_sum = sparse.csr_matrix((ones, (copy_of, np.arange(n))), shape=(key.shape[1], n)) @ x
    for s in range(0, rows.shape[0], BLOCK):
        r = rows[s : s + BLOCK]
        rest = story_sum[labels[r]] - copy_sum[copy_of[r]]
        dot = np.asarray(x[r].multiply(rest).sum(axis=1)).ravel()
        norm = np.sqrt(np.asarray(rest.multiply(rest).sum(axis=1)).ravel())
        fit = np.where(norm > 1e-6, dot / np.maximum(norm, 1e-6), 0.0)
        out[s : s + BLOCK] = (norm > 1e-6) & (fit > 0) & (fit >= contrast * elsewhere[s : s + BLOCK])
    return out


def story_words(x: sparse.csr_matrix, labels: np.ndarray, k: int) -> sparse.csr_matrix:
    """A k x terms 0/1 matrix: the words of each story 0..k-1 (``labels``, one per row of ``x``) that are its own, used
    by at least half of its articles and by more of its articles than of all the others together.

    Example: in a pile of a ferry sinking (4 articles) and a budget vote (6), "ferry" in 3 of the first story's
    articles and in none of the others is the ferry story's own; "said" in every article is neither story's.
    """
    n = x.shape[0]
    used = (x > 0).astype(np.float32).tocsr()
    member = sparse.csr_matrix((np.ones(n, dtype=np.float32), (labels, np.arange(n))), shape=(k, n))
    in_story = (member @ used).tocoo()  # articles of each story using each word
    size = np.bincount(labels, minlength=k)
    in_pile = np.asarray(used.sum(axis=0)).ravel()
    own = (in_story.data >= 0.5 * size[in_story.row]) & (in_story.data > 0.5 * in_pile[in_story.col])
    return sparse.csr_matrix((np.ones(int(own.sum()), dtype=np.float32), (in_story.row[own], in_story.col[own])),
                             shape=(k, x.shape[1]))


def shares_story_words(x: sparse.csr_matrix, words: sparse.csr_matrix, rows: np.ndarray, targets: np.ndarray,
                       least: int = MIN_STORY_WORDS) -> np.ndarray:
    """For each article of ``rows``: whether it uses at least ``least`` of the own words (``story_words``) of the story
    ``targets`` gives for it."""
    if rows.shape[0] == 0:
        return np.zeros(0, dtype=bool)
    used = (x[rows] > 0).astype(np.float32)
    return np.asarray(used.multiply(words[targets]).sum(axis=1)).ravel() >= least


def refine(x: sparse.csr_matrix, labels: np.ndarray, cfg: ClusterConfig, rounds: int = 5,
           min_story: int = MIN_STORY, centroid_terms: int = CENTROID_TERMS,
           copies: np.ndarray | None = None, own_story_contrast: float = OWN_STORY_CONTRAST,
           least_story_words: int = 0) -> np.ndarray:
    """Move each article to the story centroid it fits best (spherical k-means rounds).

    Stories of fewer than ``min_story`` articles are no centroid of their own while larger ones exist:
    their members move to the best larger story when within ``cfg.threshold``, unless they are
    ``OWN_STORY_CONTRAST`` times closer to the rest of their own small story (``fits_own_story``; ``copies``, a copy
    group per row, counts an article's reprints as itself). An article below the threshold everywhere stays alone.
    Stories whose centroids reach ``cfg.merge_threshold`` merge first.

    Why the contrast: a pile of a few broad stories and many events of two to four articles (a day's feed, or
    7 multinews-val events beside 2 duc2007 sets) had every small event below the straggler size; an article of
    an event fitting a broad story's centroid just over the threshold moved there, the story's centroid widened,
    and 12 articles of 5 events joined one story, cosine 0.06-0.11 to it against 0.2-0.5
    to their own partners. A topic's own fragments (a duc2006 topic of 25 articles cut into a story and pieces
    of 2-4) are about as close to the story as to each other (mostly 1-1.5 times), and still join.
    ``own_story_contrast`` 0: off (``cluster_features`` uses it on plain TF-IDF rows only, where no layout sets
    the straggler size).
    ``least_story_words``: a member of a small story joins a larger one only when it uses at least this many of that
    story's own words (``story_words``; 0: off; ``cluster_features`` passes ``MIN_STORY_WORDS`` on plain TF-IDF rows).
    Why: a story's centroid is shorter than its members (cosine 0.4-0.5 to them in a story of 10 loosely related
    articles), so an article's cosine to it runs about twice its mean cosine to the members, the scale the threshold
    was set for. A reporter's folder of 2-5 DUC topics beside a few events (``benchmarks/cluster_small.py``
    topics+events) had a topic cut into pieces of 2-4 whose articles moved one by one into another topic's story on
    words they share with every story (36 such moves: 1-8 of the story's own words, median 3.5), making 9 stories that
    mix events in 20 trials; a topic's own pieces rejoining their story (each duc2006 topic clustered alone: 202
    moves) use 0-22 of its words, median 9 (a quarter below 5: those stay apart, the topics' 68 stories become 83, no
    more of them flagged as mixed). 3 / 4 / 5 / 6 / 8 words: stories mixing events 9 / 6 / 5 / 4 / 4, B3 F1 0.934 / 0.944 / 0.961 / 0.963 / 0.961, mn3 0.957 / 0.957 / 0.955 / 0.949 / 0.946;
    duc2006 topics flagged as several stories 10 at 3-6 (11 at 8).
    ``centroid_terms``: entries kept per centroid (``centroids``; all of a projection's columns, however many runs
    it holds).
    """
    labels, k = _compact(labels)
    # Only stories of ``MIN_STORY`` articles or more merge here (all of them when there are none): the
    # union of close pairs chains, and a story of two or three articles between two topics (it shares a
    # little of each) bridged two stories whose own centroids were 0.52 apart; the small ones find their
    # story in the rounds below. duc2006-clustering batch B3 F1 0.926 -> 0.932 (P 0.925 -> 0.940);
    # wikiref220 0.921 both. Merge threshold 0.5 / 0.55 / 0.6: 0.907 / 0.932 / 0.927 (wikiref220 0.937 /
    # 0.921 / 0.866).
    size = np.bincount(labels, minlength=k)
    voters = np.flatnonzero(size >= min_story)
    if voters.shape[0] == 0:
        voters = np.arange(k)
    roots = np.arange(k)
    roots[voters] = voters[_merge_close(centroids(x, labels, k, centroid_terms)[voters], np.arange(voters.shape[0]),
                                        cfg.merge_threshold)]
    labels, k = _compact(roots[labels])
    for _ in range(rounds):
        c = centroids(x, labels, k, centroid_terms)
        size = np.bincount(labels, minlength=k)
        keep = np.flatnonzero(size >= min_story)
        if keep.shape[0] == 0:
            keep = np.arange(k)
        best, sim = _best(x, c[keep])
        lone = sim < cfg.threshold
        if own_story_contrast and keep.shape[0] < k:  # small stories fitting each other far better than a larger one stay
            voter = np.zeros(k, dtype=bool)
            voter[keep] = True
            small_rows = np.flatnonzero(~voter[labels] & ~lone)
            lone[small_rows] |= fits_own_story(x, labels, k, small_rows, sim[small_rows], copies, own_story_contrast)
        if least_story_words and keep.shape[0] < k:  # ... and join one only on its own words, not on common ones
            voter = np.zeros(k, dtype=bool)
            voter[keep] = True
            small_rows = np.flatnonzero(~voter[labels] & ~lone)
            lone[small_rows] |= ~shares_story_words(x, story_words(x, labels, k), small_rows,
                                                    keep[np.maximum(best[small_rows], 0)], least_story_words)
        # An article that fits no story stays alone, but a small story none of whose members fits a larger
        # one stays together (two copies of one page were split into two stories of one).
        small = np.ones(k, dtype=bool)
        small[keep] = False
        alone = np.where(small[labels], k + labels, 2 * k + np.arange(x.shape[0]))
        new = np.where(lone, alone, keep[np.maximum(best, 0)])
        new, k2 = _compact(new)
        if np.array_equal(new, labels):
            break
        labels, k = new, k2
    return labels


def cluster_features(
    feats: Sequence[Features] | FeatureTable, cfg: ClusterConfig, progress: Progress | None = None
) -> list[tuple[str, ...]]:
    """Group articles into stories from their features (the reduce step).

    Average link over the articles (or over leader groups past ``MAX_LINKAGE``), then ``refine``.
    Articles are visited in ``content_order`` (date, then the text's own terms), so the same articles under
    any ids, in any order, make the same stories. Returns groups of article ids, largest first (ties: the
    earliest first article), each sorted by date then id.
    """
    t = feats if isinstance(feats, FeatureTable) else FeatureTable.of(feats)
    if not len(t):
        return []
    ids_in = t.ids
    order = content_order(t)
    # Fewer latent dimensions for small corpora: 100 dimensions over 200 articles split topics apart.
    dims = lsa_dims(len(t), cfg.lsa_dims)
    # Too few articles to project: plain TF-IDF cosine on every term, as the stream compares. Dropping
    # one-article terms there leaves unrelated articles only their few shared common words, which
    # look alike (four unrelated articles made one story).
    small = too_few_rows(len(t), dims)
    vec = vectorize(t, min_df=1 if small else MIN_DF)  # rows in input order; ``project`` reads them in date order
    layout = Layout(dims)
    # reprints of one article count as one (story estimate, refine's small stories); pairwise, so up to MAX_LINKAGE
    copies = copy_groups(vec.matrix) if len(t) <= MAX_LINKAGE else None
    if not small and dims and cfg.lsa_dims_per_story and len(t) <= MAX_LINKAGE:
        stories, typical = estimate_stories(vec.matrix, cfg.small_threshold, copies)
        if stories >= 2:  # one story or none (500 copies of one article): nothing to lay out
            layout = story_layout(len(t), stories, typical, cfg)
    ids = [ids_in[i] for i in order]
    if not projects(vec.matrix.shape, layout.dims, layout.rows_per_dim):  # too few articles: plain TF-IDF cosine
        cfg = replace(cfg, threshold=cfg.small_threshold, merge_threshold=max(0.3, cfg.small_threshold))
    runs = LSA_RUNS if len(t) <= MAX_LINKAGE else 1
    x = project(vec.matrix, layout.dims, order, cfg.lsa_seed, layout.rows_per_dim, runs)
    projected = projects(vec.matrix.shape, layout.dims, layout.rows_per_dim)
    centroid_terms = x.shape[1] if projected else CENTROID_TERMS
    del vec  # once projected, the TF-IDF rows are garbage (about 1.2 GB at a million articles)
    # Exact average link over articles while the similarity matrix is small; leader groups beyond.
    if x.shape[0] <= MAX_LINKAGE:
        labels = np.arange(x.shape[0])
    else:
        labels = leader_pass(x, cfg.threshold, progress)
    # Too few articles for IDF to tell common words from telling ones: articles years apart share no story by their
    # words alone (``dated_apart``).
    apart = dated_apart(t.days[order]) if small else None
    labels = average_link(x, labels, cfg.threshold, apart)
    # The own-story contrast only on plain TF-IDF rows: a projected corpus has its straggler size from the layout
    # (2 in a pile of small events), and there a topic's sub-event of 2-4 articles folds into near-identical rows
    # (wikiref220: three Galaxy S5 carrier articles, cosine 0.99 to each other, 0.43 to the phone's story) that
    # belong to the topic: with the contrast on projected rows too, wikiref220 batch B3 F1 0.928 -> 0.918.
    labels = refine(x, labels, cfg, min_story=layout.min_story, centroid_terms=centroid_terms,
                    copies=None if copies is None else copies[order],
                    own_story_contrast=0.0 if projected else OWN_STORY_CONTRAST,
                    least_story_words=0 if projected else MIN_STORY_WORDS)
    date_id = {aid: (d == NO_DAY, d, aid) for aid, d in zip(ids_in, t.days.tolist(), strict=True)}
    groups: dict[int, list[str]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(ids[i])
    stories = [tuple(sorted(g, key=date_id.__getitem__)) for g in groups.values()]
    return sorted(stories, key=lambda g: (-len(g), date_id[g[0]]))


def dated_apart(days: np.ndarray, gap_days: int = APART_DAYS) -> np.ndarray | None:
    """Pairs of articles (rows of ``days``, ``NO_DAY`` for none) whose dates lie more than ``gap_days`` apart; None
    when there is no such pair.

    Why: in a handful of articles IDF cannot tell common words from telling ones, and pages years apart joined on
    the words of their field (U25's 14 pages: a 2015 surveillance law, a 2019 party's Twitter name and a 2024
    impeachment made one story, TF-IDF cosine 0.095-0.127 from "law, government, party, leader, opposition"). A
    story that runs for years is one through the articles in between, not through shared vocabulary alone. Undated
    articles are apart from none.

    Example:
        >>> dated_apart(np.array([16500, 18200, 16510, NO_DAY])).astype(int).tolist()
        [[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
    """
    dated = days != NO_DAY
    if int(dated.sum()) < 2:
        return None
    d = days.astype(np.int64)
    out = (np.abs(d[:, None] - d[None, :]) > gap_days) & dated[:, None] & dated[None, :]
    return out if out.any() else None


def content_order(t: FeatureTable) -> np.ndarray:
    """The order the batch steps visit articles in: by date (undated last), then by a digest of the article's
    terms and their counts, never by its id or its place in the input.

    Why: the projection and the leader pass read articles in order, and an order that follows the ids made the
    same articles under other ids other stories (80 duc2006-clustering articles, B3 F1 0.741-0.816 under three
    renamings). Articles with the same date and the same terms are interchangeable: they get the same stories.
    """
    days = t.days.tolist()
    ptr = t.ptr
    digest = [hashlib.blake2b(t.terms[ptr[i] : ptr[i + 1]].tobytes() + t.counts[ptr[i] : ptr[i + 1]].tobytes(),
                              digest_size=16).digest() for i in range(len(t))]
    return np.array(sorted(range(len(t)), key=lambda i: (days[i] == NO_DAY, days[i], digest[i])), dtype=np.int64)
