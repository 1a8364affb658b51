"""The brief: pick supported, central, early sentences under a word budget, order them, cite them.

Selection is a greedy concept-coverage objective (Gillick & Favre's ICSISumm, solved greedily as
in Lin & Bilmes): a concept is a stemmed bigram (or content word) and weighs as much as the number
of independent articles that carry it, so a fact several outlets report outweighs one outlet's
colour. Each step takes the sentence with the most not-yet-covered weight per word, scaled by its
cross-document support, centrality and position prior; sentences too similar to one already
chosen (or to what the reader has already seen, for updates) are never taken.

The per-sentence prior is a small linear model over general features (position, length,
cross-source support, centrality, concept gain, quotes, numbers, ...; see FEATURES) fit by
benchmarks/brief_fit.py to sentence-level ROUGE-2 precision on multinews-val and duc2006 and
shipped as brief/prior.json. Without that file the hand-set prior in Weights is used.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from newsdesk.brief.cite import carriers, carry_scores, duplicate_groups, numbers
from newsdesk.brief.select import Candidate, candidates, names, pool_of, sentences_of
from newsdesk.brief.similarity import Vocabulary, binary_matrix, concepts, content, tfidf_matrix
from newsdesk.config import BriefConfig
from newsdesk.errors import ConfigError
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
    redundancy_carry: float = 1.0  # two sentences state the same fact at carry >= this * support_threshold
    df_power: float = 1.0  # concept weight = sources ** df_power + frequency * log(1 + occurrences)
    frequency: float = 0.0
    min_df: float = 0.0  # concepts in fewer than min_df * sources sources weigh nothing (ICSISumm's cut)
    hand_prior: bool = False  # the hand-set position/support/centrality prior above (replaced by the learned one)
    learned: float = 1.0  # exponent of the learned prior (brief/prior.json); 0 = not used
    features_only: bool = False  # _select returns the feature matrix instead (for fitting)


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
    chosen, cites = _select(cands, articles, groups, since, cfg, WEIGHTS)
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
    articles: Sequence[Article],
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
    cand_group = np.array([c.group for c in cands])

    # Cross-document support: how many other sources carry each sentence. Every sentence of every
    # article may carry a candidate, also those too long or too odd to be shown themselves.
    pool = pool_of(articles)
    pool_article = np.array([a for a, _, _ in pool], dtype=int)
    pool_group = np.array([groups[a] for a in pool_article], dtype=int)
    carry, same_fact = _carry(cands, pool)
    cites = {
        i: carriers(carry[i], pool_article, pool_group, cands[i].article, cands[i].group, cfg.support_threshold)
        for i in range(n)
    }
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
    lengths = np.array([c.n_words for c in cands], dtype=float)
    feats = _features(cands, positions, lengths, support_share, centrality, cmat @ weight, n_groups)
    # With few sources the lede is the best evidence of what matters; with many, agreement between
    # sources is, and a lede prior only pulls in each article's own angle.
    boost = w.position_boost * min(1.0, w.position_sources / n_groups)
    prior = 1.0 + boost * np.exp(-positions / w.position_decay)
    prior *= 1.0 + w.support * support_share
    prior *= 1.0 + w.centrality * centrality
    prior *= np.where([c.dangling for c in cands], w.dangling, 1.0)
    hand = prior
    if not w.hand_prior:
        prior = np.ones(n)
    model = learned_model()
    if not w.hand_prior and (model is None or not w.learned):
        prior = hand  # no learned prior to replace it with
    if w.learned and model is not None:
        prior *= _learned_prior(feats, model) ** w.learned
    norm = lengths**w.length_power

    blocked = np.zeros(n, dtype=bool)
    if seen_rows:
        seen_sim = (tfidf[:n] @ tfidf[n:].T).toarray().max(axis=1)
        blocked |= seen_sim >= w.seen_block
    if w.features_only:
        return feats, cites  # type: ignore[return-value]  # for fitting the learned prior
    # Two sentences state the same fact when their wording is close (cosine) or when one would
    # cite the other's article as carrying it (carry score): paraphrases share the fact's key
    # words but little else, so cosine alone lets them both in.
    redundant = (sim > cfg.redundancy) | (same_fact >= cfg.support_threshold * w.redundancy_carry)
    chosen = _greedy(cmat, weight, prior / norm, lengths, redundant, blocked, cfg)
    return chosen, cites


FEATURES = (
    "lede_prior", "lede", "relative_position", "log_words", "support", "centrality", "concept_gain",
    "dangling", "quote", "number", "capitals", "lede_prior_x_many_sources", "article_centrality",
    "few_sources",
)
_QUOTES = frozenset('"“”')


def _features(
    cands: Sequence[Candidate],
    positions: np.ndarray,
    lengths: np.ndarray,
    support_share: np.ndarray,
    centrality: np.ndarray,
    concept_weight: np.ndarray,
    n_groups: int,
) -> np.ndarray:
    """General per-sentence signals (see FEATURES), each scaled to about 0..1 within the story."""
    n = len(cands)
    article = np.array([c.article for c in cands])
    per_article = np.bincount(article)
    lede_prior = np.exp(-positions / 3.0)
    gain = concept_weight / np.maximum(lengths, 1.0)
    gain = gain / (gain.max() or 1.0)
    art_centrality = np.bincount(article, weights=centrality) / np.maximum(per_article, 1)
    art_centrality = art_centrality / (art_centrality.max() or 1.0)
    caps = np.array(
        [sum(t[:1].isupper() for t in c.text.split()[1:]) / max(c.n_words - 1, 1) for c in cands]
    )
    many = min(1.0, math.log(max(n_groups, 1)) / math.log(30.0))
    x = np.column_stack([
        lede_prior,
        (positions == 0).astype(float),
        positions / np.maximum(per_article[article], 1),
        np.log(lengths) / math.log(60.0),
        support_share,
        centrality,
        gain,
        np.array([c.dangling for c in cands], dtype=float),
        np.array([any(ch in _QUOTES for ch in c.text) for c in cands], dtype=float),
        np.array([any(ch.isdigit() for ch in c.text) for c in cands], dtype=float),
        caps,
        lede_prior * many,
        art_centrality[article],
        np.full(n, 1.0 / max(n_groups, 1)),
    ])
    return x


@functools.cache
def learned_model() -> dict | None:
    """The shipped linear model over FEATURES (brief/prior.json), or None when it is absent."""
    path = Path(__file__).with_name("prior.json")
    if not path.is_file():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise ConfigError(f"{path}: features {model['features']} do not match this code's {FEATURES}")
    return model


def _learned_prior(feats: np.ndarray, model: dict) -> np.ndarray:
    """The model's predicted per-word ROUGE-2 value, floored and scaled to a maximum of 1."""
    pred = feats @ np.asarray(model["coef"]) + float(model["intercept"])
    pred = np.maximum(pred, float(model.get("floor", 1e-3)))
    return pred / pred.max()


def _greedy(
    cmat: sparse.csr_matrix,
    weight: np.ndarray,
    scale: np.ndarray,
    lengths: np.ndarray,
    redundant: np.ndarray,
    blocked: np.ndarray,
    cfg: BriefConfig,
) -> list[int]:
    """Greedy budgeted coverage: repeatedly take the best-scoring sentence that still fits.

    ``redundant[i, j]`` is true when sentences i and j state the same thing; once one is taken
    the other never is.
    """
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
        blocked |= redundant[best]
    return chosen


def _carry(
    cands: Sequence[Candidate], pool: Sequence[tuple[int, list[str], set[str]]]
) -> tuple[np.ndarray, np.ndarray]:
    """Carry scores (see :func:`carry_scores`): candidates x pool sentences, and candidates x candidates.

    Both use the pool's IDF, so a candidate pair scores as the candidate would against the other's
    sentence in the pool (the score is symmetric).
    """
    terms, nums = Vocabulary(), Vocabulary()
    pool_sets = [set(content(t)) for _, t, _ in pool]
    cand_sets = [set(content(c.tokens)) for c in cands]
    pool_terms = [terms.ids(t) for t in pool_sets]
    cand_terms = [terms.ids(t) for t in cand_sets]
    pool_plain = [terms.ids(t - n) for t, (_, _, n) in zip(pool_sets, pool, strict=True)]
    cand_plain = [terms.ids(t - names(c.text)) for t, c in zip(cand_sets, cands, strict=True)]
    pool_nums = [nums.ids(numbers(t)) for _, t, _ in pool]
    cand_nums = [nums.ids(numbers(c.tokens)) for c in cands]
    n_terms, n_nums = max(len(terms), 1), max(len(nums), 1)
    pool_m = binary_matrix(pool_terms, n_terms)
    df = np.asarray(pool_m.sum(axis=0)).ravel()
    idf = np.log((len(pool) + 1) / (df + 1)) + 1e-3
    cand_m, cand_n, cand_p = (
        binary_matrix(cand_terms, n_terms), binary_matrix(cand_nums, n_nums), binary_matrix(cand_plain, n_terms)
    )
    to_pool = carry_scores(
        cand_m, pool_m, idf, cand_n, binary_matrix(pool_nums, n_nums), cand_p, binary_matrix(pool_plain, n_terms)
    )
    return to_pool, carry_scores(cand_m, cand_m, idf, cand_n, cand_n, cand_p, cand_p)
