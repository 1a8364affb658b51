"""The brief: pick supported, central, early sentences under a word budget, order them, cite them.

Selection is a greedy concept-coverage objective (Gillick & Favre's ICSISumm, solved greedily as
in Lin & Bilmes): a concept is a stemmed bigram (or content word) and weighs as much as the number
of independent articles that carry it, so a fact several outlets report outweighs one outlet's
colour. Each step takes the sentence with the most not-yet-covered weight per word, scaled by its
cross-document support, centrality and position prior; sentences too similar to one already
chosen (or to what the reader has already seen, for updates) are never taken.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsdesk.brief.cite import carriers, duplicate_groups
from newsdesk.brief.select import Candidate, candidates, sentences_of
from newsdesk.brief.similarity import Vocabulary, binary_matrix, concepts, content, tfidf_matrix
from newsdesk.config import BriefConfig
from newsdesk.model import Article, Brief, BriefSentence, DupLink


@dataclass(frozen=True, slots=True)
class Weights:
    """Internal weights of the selection objective (set on the multinews-val and duc2006 dev sets)."""

    unigram: float = 0.5  # weight of a content-word concept relative to a bigram concept
    length_power: float = 1.0  # gain is divided by words ** length_power
    position_boost: float = 1.0  # prior = 1 + boost * exp(-position / position_decay)
    position_decay: float = 3.0
    position_sources: float = 6.0  # the position prior fades as 1 / sources beyond this many sources
    support: float = 0.5  # prior *= 1 + support * share of other sources carrying the sentence
    centrality: float = 0.5  # prior *= 1 + centrality * normalised mean similarity
    dangling: float = 0.3  # prior *= this for a sentence opening with a dangling pronoun
    seen: float = 0.8  # concept weight kept for a concept the reader has already seen
    seen_block: float = 0.6  # a sentence this similar to an already-seen one is never taken
    df_power: float = 1.0  # concept weight = sources ** df_power + frequency * log(1 + occurrences)
    frequency: float = 0.0
    min_df: float = 0.0  # concepts in fewer than min_df * sources sources weigh nothing (ICSISumm's cut)


WEIGHTS = Weights()


def summarize(
    articles: Sequence[Article],
    cfg: BriefConfig = BriefConfig(),  # noqa: B008 - frozen dataclass, safe as a default
    duplicates: Sequence[DupLink] = (),
    since: Sequence[Article] = (),
) -> Brief:
    """Extractive, cited multi-document summary of one story.

    Args:
        articles: the story's articles.
        cfg: budget (``words`` and/or ``sentences``) and similarity thresholds.
        duplicates: exact/near duplicate links; copies count as one source and are cited once.
        since: articles the reader has already seen; only what is new relative to them is summarised.

    Returns:
        A Brief whose sentences are whole sentences of the articles, each citing the article it was
        taken from first, then every other article carrying the same content.

    Example:
        >>> brief = summarize(articles, BriefConfig(words=120))
        >>> [(s.text, s.citations) for s in brief.sentences]
    """
    articles = tuple(articles)
    groups = duplicate_groups([a.id for a in articles], duplicates)
    cands = candidates(articles, groups, cfg)
    if not cands:
        return Brief(sentences=(), articles=articles)
    chosen, cites = _select(cands, groups, since, cfg, WEIGHTS)
    order = sorted(chosen, key=lambda i: _order_key(cands[i], articles))
    sentences = tuple(
        BriefSentence(text=cands[i].text, from_id=articles[cands[i].article].id,
                      citations=tuple(articles[a].id for a in cites[i]))
        for i in order
    )
    return Brief(sentences=sentences, articles=articles)


def _order_key(c: Candidate, articles: Sequence[Article]) -> tuple[int, str, int]:
    """Ledes first, then by position in the source; ties by publication date, then input order."""
    return (c.position, articles[c.article].date or "", c.article)


def _select(
    cands: list[Candidate],
    groups: Sequence[int],
    since: Sequence[Article],
    cfg: BriefConfig,
    w: Weights,
) -> tuple[list[int], dict[int, list[int]]]:
    n = len(cands)
    n_groups = max(groups) + 1 if groups else 1
    seen_rows = sentences_of(since)
    term_rows = [content(c.tokens) for c in cands] + [content(t) for _, t in seen_rows]
    doc_rows = [c.article for c in cands] + [len(groups) + a for a, _ in seen_rows]
    tfidf = tfidf_matrix(term_rows, doc_rows)
    sim = (tfidf[:n] @ tfidf[:n].T).toarray()
    cand_article = np.array([c.article for c in cands])
    cand_group = np.array([c.group for c in cands])

    # Cross-document support: how many other sources carry each sentence.
    cites = {i: carriers(sim[i], cand_article, cand_group, i, cfg.support_threshold) for i in range(n)}
    support = np.array([len(cites[i]) - 1 for i in range(n)], dtype=float)
    support_share = support / max(n_groups - 1, 1)
    # Centrality: mean similarity to sentences of *other* sources.
    other = cand_group[None, :] != cand_group[:, None]
    centrality = (sim * other).sum(axis=1) / np.maximum(other.sum(axis=1), 1)
    if n_groups == 1:
        centrality = sim.mean(axis=1)
    centrality = centrality / (centrality.max() or 1.0)

    # Concepts weighted by the number of independent sources (duplicate groups) that carry them.
    vocab = Vocabulary()
    cmat = binary_matrix([vocab.ids(concepts(c.tokens)) for c in cands], max(len(vocab), 1))
    group_of = sparse.csr_matrix(
        (np.ones(n), (cand_group, np.arange(n))), shape=(n_groups, n)
    )
    df = ((group_of @ cmat) > 0).sum(axis=0).A1.astype(float)
    tf = cmat.sum(axis=0).A1
    weight = df**w.df_power + w.frequency * np.log1p(tf)
    weight[df < w.min_df * n_groups] = 0.0
    if n_groups == 1:
        weight = np.log1p(tf)
    names = sorted(vocab.index, key=vocab.index.__getitem__)
    is_uni = np.array([name.startswith("u:") for name in names], dtype=bool)
    weight[is_uni] *= w.unigram
    if seen_rows:
        seen_ids = {vocab.index[c] for _, t in seen_rows for c in concepts(t) if c in vocab.index}
        weight[list(seen_ids)] *= w.seen

    positions = np.array([c.position for c in cands], dtype=float)
    # With few sources the lede is the best evidence of what matters; with many, agreement between
    # sources is, and a lede prior only pulls in each article's own angle.
    boost = w.position_boost * min(1.0, w.position_sources / n_groups)
    prior = 1.0 + boost * np.exp(-positions / w.position_decay)
    prior *= 1.0 + w.support * support_share
    prior *= 1.0 + w.centrality * centrality
    prior *= np.where([c.dangling for c in cands], w.dangling, 1.0)
    lengths = np.array([c.n_words for c in cands], dtype=float)
    norm = lengths**w.length_power

    blocked = np.zeros(n, dtype=bool)
    if seen_rows:
        seen_sim = (tfidf[:n] @ tfidf[n:].T).toarray().max(axis=1)
        blocked |= seen_sim >= w.seen_block
    chosen = _greedy(cmat, weight, prior / norm, lengths, sim, blocked, cfg)
    return chosen, cites


def _greedy(
    cmat: sparse.csr_matrix,
    weight: np.ndarray,
    scale: np.ndarray,
    lengths: np.ndarray,
    sim: np.ndarray,
    blocked: np.ndarray,
    cfg: BriefConfig,
) -> list[int]:
    """Greedy budgeted coverage: repeatedly take the best-scoring sentence that still fits."""
    budget_words = cfg.words if cfg.words is not None else math.inf
    budget_sentences = cfg.sentences if cfg.sentences is not None else math.inf
    remaining = weight.copy()
    blocked = blocked.copy()
    used = 0.0
    chosen: list[int] = []
    while len(chosen) < budget_sentences:
        blocked |= lengths > budget_words - used
        if blocked.all():
            break
        gain = cmat @ remaining
        score = np.where(blocked, -1.0, gain * scale)
        best = int(score.argmax())
        if score[best] <= 0:
            break
        chosen.append(best)
        used += lengths[best]
        remaining[cmat[best].indices] = 0.0
        blocked[best] = True
        blocked |= sim[best] > cfg.redundancy
    return chosen
