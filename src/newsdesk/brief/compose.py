"""The brief: pick supported, central, early sentences under a word budget, order them, cite them.

Selection is a greedy concept-coverage objective (Gillick & Favre's ICSISumm, solved greedily as
in Lin & Bilmes): a concept is a stemmed bigram (or content word) and weighs as much as the number
of independent articles that carry it, so a fact several outlets report outweighs one outlet's
colour. Each step takes the sentence with the most not-yet-covered weight per word, scaled by its
cross-document support, centrality and position prior; sentences too similar to one already
chosen (or to what the reader has already seen, for updates) are never taken.

The per-sentence prior is a small model over general features (position, length, cross-source
support, centrality, concept gain, centroid similarity, how many sources use the sentence's words
and bigrams, quotes, numbers, ...; see FEATURES): an average of small one-hidden-layer networks
(equivalently one network), fit by benchmarks/brief_fit.py to sentence-level ROUGE-2 precision on
multinews-val clusters 0-149 and duc2006 clusters 0-29 (checked on the rest), shipped as
brief/prior.json. Without that file the hand-set prior in Weights is used.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TypeVar

import numpy as np
from scipy import sparse

from newsdesk.brief.acronyms import expansions, fold, fold_gist
from newsdesk.brief.antecedents import StoryPeople, leaning_sentences, leans_on, people_named
from newsdesk.brief.cite import (
    carriers_all,
    carry_scores,
    claim_carriers,
    duplicate_groups,
    numbers,
    story_words,
)
from newsdesk.brief.focus import concept_relevance, topic_terms
from newsdesk.brief.gist import Gist, carries_without_common, gist, shares_a_rare_word
from newsdesk.brief.novelty import held
from newsdesk.brief.same_figure import figures_by_unit, other_figure, same_figure_pairs
from newsdesk.brief.same_quote import same_quote_pairs
from newsdesk.brief.select import Candidate, PoolSentence, parse, sentences_of, within_limits
from newsdesk.brief.similarity import (
    DENSE_CELLS,
    Matrix,
    Vocabulary,
    as_array,
    binary_matrix,
    column_sums,
    concept_matrix,
    content,
    forget_story_words,
    seed_story_words,
    tfidf_matrix,
)
from newsdesk.brief.specifics import Specifics, missing, specifics
from newsdesk.brief.updates import current_carriers, numbers_of, outdated_stage, superseded
from newsdesk.config import BriefConfig
from newsdesk.errors import ConfigError
from newsdesk.model import Article, Brief, BriefSentence, DupLink
from newsdesk.render import plural

log = logging.getLogger(__name__)


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
    # Concept weight kept for a concept the reader has already seen. Flat: scaling it by the share of seen
    # articles carrying the concept, or by its share here over its share there, raised ROUGE-2 on the
    # duc2007-update topics it was set on and lowered it on the others.
    seen: float = 0.7
    seen_block: float = 0.6  # a sentence this similar (cosine) to an already-seen one is never taken
    seen_contained: float = 0.7  # nor one whose content words one seen sentence holds this much (IDF-weighted)
    redundancy_carry: float = 1.0  # two sentences state the same fact at carry >= this * support_threshold
    df_power: float = 1.0  # concept weight = sources ** df_power + frequency * log(1 + occurrences)
    frequency: float = 0.0
    min_df: float = 0.0  # concepts in fewer than min_df * sources sources weigh nothing (ICSISumm's cut)
    hand_prior: bool = False  # the hand-set position/support/centrality prior above (replaced by the learned one)
    learned: float = 1.0  # exponent of the learned prior (brief/prior.json); 0 = not used
    learned_few: float = 2.0  # plus this / sources: with few sources, coverage by source count says little
    features_only: bool = False  # _select returns the feature matrix instead (for fitting)
    # With a focus (BriefConfig.focus), a concept weighs 1 + focus * its relevance (0..1, see brief.focus)
    # times as much. Set on duc2006 clusters 0-29 only (benchmarks/brief_focus.py); checked on duc2006
    # 30-49 and duc2007-update.
    focus: float = 1.0


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
        cfg: budget (``words`` and/or ``sentences``), similarity thresholds, and an optional ``focus``
            (a question or topic: the concepts it asks about weigh more; see newsdesk.brief.focus).
        duplicates: exact/near duplicate links; copies count as one source and are cited once.
        since: articles the reader has already seen; only what is new relative to them is summarised.

    Returns:
        A Brief whose sentences are whole sentences of the articles, each citing the article it was
        taken from first, then every other article carrying the same content.

    Example:
        >>> articles = [
        ...     Article(id="a", source="a.txt", text="Floods closed the main road to Dunmore on Monday. "
        ...             "Crews worked through the night to clear it."),
        ...     Article(id="b", source="b.txt", text="Floods closed the main road to Dunmore on Monday, police said. "
        ...             "The road reopened on Tuesday.")]
        >>> brief = summarize(articles, BriefConfig(words=20))
        >>> [(s.text, s.citations) for s in brief.sentences]
        [('Floods closed the main road to Dunmore on Monday.', ('a', 'b')), ('Crews worked through the night to clear it.', ('a',))]
    """
    try:
        seed_story_words()  # the stop words' entries, the same for every brief
        return _brief(tuple(articles), cfg, duplicates, since)
    finally:
        forget_story_words()  # the word memos hold this story's words only: see similarity._STORY_MEMOS


def _brief(articles: tuple[Article, ...], cfg: BriefConfig, duplicates: Sequence[DupLink],
           since: Sequence[Article]) -> Brief:
    """:func:`summarize` with the word memos filled as it goes."""
    groups = duplicate_groups([a.id for a in articles], duplicates)
    split: dict[str, list[str]] = {}  # the articles' sentences by id: parse splits them, the checks after the choice read them
    cands, pool = parse(articles, groups, cfg, split)
    n_read, n_cands = len(pool), len(cands)
    cands, pool = within_limits(cands, pool)
    if len(pool) < n_read:
        log.warning("brief: %s hold %d sentences; the brief weighs the first %d (the earliest of every "
                    "article), to stay within memory", plural(len(articles), "article"), n_read, len(pool))
    elif len(cands) < n_cands:
        log.warning("brief: %s hold %d sentences a brief may quote; it chooses among the first %d (the earliest "
                    "of every article), to stay within memory", plural(len(articles), "article"), n_cands, len(cands))
    if not cands:
        return Brief(sentences=(), articles=articles)
    with _one_blas_thread():
        chosen, cites = _select(cands, pool, articles, groups, since, cfg, WEIGHTS, split)
    order = chosen  # _select gives them in reading order
    sentences = tuple(
        BriefSentence(text=cands[i].text, from_id=articles[cands[i].article].id,
                      citations=tuple(articles[a].id for a in current_carriers(cands[i], cites[i], pool)))
        for i in order
    )
    return Brief(sentences=sentences, articles=articles)


def _one_blas_thread() -> contextlib.AbstractContextManager:
    """Run numpy's BLAS on one thread: a story's matrices are small (tens to hundreds of rows), and
    on a busy machine waking BLAS worker threads costs 10-100x the product itself."""
    controller = _blas_controller()
    return contextlib.nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


@functools.cache
def _blas_controller() -> object | None:
    try:
        from threadpoolctl import ThreadpoolController  # comes with scikit-learn
    except ImportError:  # pragma: no cover - scikit-learn is a dependency
        return None
    return ThreadpoolController()


def _order_key(c: Candidate, articles: Sequence[Article]) -> tuple[int, str, int]:
    """Ledes first, then by position in the source; ties by publication date, then input order."""
    return (c.position, articles[c.article].date or "", c.article)


def _ordered(chosen: Sequence[int], cands: Sequence[Candidate], articles: Sequence[Article],
             support: Sequence[float] | np.ndarray = ()) -> list[int]:
    """The chosen sentences in reading order: the lede that most other sources carry (``support``, per candidate)
    first, the story's main news; then the others by :func:`_order_key`. A sentence that leans on its article's
    sentence before it (:func:`~newsdesk.brief.antecedents.leans_on`), chosen too, is placed right after that one."""
    by_pool = {cands[i].pool: i for i in chosen}

    def after(i: int) -> int | None:  # the chosen sentence that follows i in its article and leans on it
        j = by_pool.get(cands[i].pool + 1)
        return j if j is not None and cands[j].article == cands[i].article and leans_on(cands[j].text) else None

    followers = {j for i in chosen if (j := after(i)) is not None}
    ranked = sorted(chosen, key=lambda i: _order_key(cands[i], articles))
    ledes = [i for i in ranked if cands[i].position == 0 and i not in followers]
    if len(support) and ledes:
        main = max(ledes, key=lambda i: support[i])  # the first of the best supported
        ranked.remove(main)
        ranked.insert(0, main)
    out: list[int] = []
    for i in ranked:
        if i in followers:
            continue  # placed after the sentence before it
        nxt: int | None = i
        while nxt is not None:
            out.append(nxt)
            nxt = after(nxt)
    return out


def _leaning(chosen: Sequence[int], cands: Sequence[Candidate], articles: Sequence[Article],
             support: np.ndarray, story_people: Callable[[], StoryPeople], split: dict[str, list[str]]) -> list[int]:
    """The chosen sentences that lean on what the brief, in reading order (:func:`_ordered`), has not said before
    them (:func:`~newsdesk.brief.antecedents.leaning_sentences`)."""
    if not any(leans_on(cands[i].text) for i in chosen):  # the order is of these same sentences
        return []
    order = _ordered(chosen, cands, articles, support)
    brief = Brief(sentences=tuple(BriefSentence(cands[i].text, articles[cands[i].article].id, ()) for i in order),
                  articles=tuple(articles))
    return [order[k] for k in leaning_sentences(brief, [(cands[i].article, cands[i].pool) for i in order],
                                                story_people, split)]


def _select(
    cands: list[Candidate],
    pool: Sequence[PoolSentence],
    articles: Sequence[Article],
    groups: Sequence[int],
    since: Sequence[Article],
    cfg: BriefConfig,
    w: Weights,
    split: dict[str, list[str]] | None = None,
) -> tuple[list[int], dict[int, list[int]]]:
    """The chosen candidates in reading order, and the articles cited for each candidate. ``split``: the articles'
    sentences by article id, as :func:`~newsdesk.brief.select.parse` fills it (others are split when needed)."""
    n = len(cands)
    n_groups = max(groups) + 1 if groups else 1
    seen_rows = sentences_of(since)
    doc_rows = [c.article for c in cands] + [len(groups) + a for a, _ in seen_rows]
    found = concept_matrix([c.tokens for c in cands])
    if not seen_rows and n * max(int(found.is_uni.sum()), 1) <= DENSE_CELLS:
        tfidf = found.tfidf(doc_rows)  # the content words' occurrences are known already
    else:
        term_rows = [pool[c.pool].content for c in cands] + [content(t) for _, t in seen_rows]
        tfidf = tfidf_matrix(term_rows, doc_rows, dense=None)
    cand_tfidf = tfidf[:n]
    sim = as_array(cand_tfidf @ cand_tfidf.T)
    cand_group = np.array([c.group for c in cands])

    # Cross-document support: how many other sources carry each sentence. Every sentence of every
    # article may carry a candidate, also those too long or too odd to be shown themselves.
    pool_article = np.array([p.article for p in pool], dtype=int)
    pool_group = np.asarray(groups, dtype=int)[pool_article]
    terms = [set(p.content) for p in pool]  # each pool sentence's content words, as sets: carry and citations read them
    carry = _carry(cands, pool, terms)
    same_fact = carry[:, [c.pool for c in cands]]
    cand_article = np.array([c.article for c in cands])
    cites = dict(enumerate(
        carriers_all(carry, pool_article, pool_group, cand_article, cand_group, cfg.support_threshold)
    ))
    support = np.array([len(cites[i]) - 1 for i in range(n)], dtype=float)
    support_share = support / max(n_groups - 1, 1)
    # Centrality: mean similarity to sentences of *other* sources.
    other = cand_group[None, :] != cand_group[:, None]
    centrality = (sim * other).sum(axis=1) / np.maximum(other.sum(axis=1), 1)
    if n_groups == 1:
        centrality = sim.mean(axis=1)
    centrality = centrality / (centrality.max() or 1.0)

    # Concepts weighted by the number of independent sources (duplicate groups) that carry them.
    cmat, is_uni = found.matrix, found.is_uni
    dense = not sparse.issparse(cmat)
    if dense:  # which sources carry each concept, from the matrix's cells (no product of a story-wide matrix)
        in_group = np.zeros((n_groups, cmat.shape[1]), dtype=bool)
        cell_rows, cell_cols = found.cells
        in_group[cand_group[cell_rows], cell_cols] = True
        df = in_group.sum(axis=0).astype(float)
    else:
        group_of = sparse.csr_matrix((np.ones(n), (cand_group, np.arange(n))), shape=(n_groups, n))
        df = column_sums((group_of @ cmat) > 0).astype(float)
    tf = column_sums(cmat)
    weight = df**w.df_power + w.frequency * np.log1p(tf)
    weight[df < w.min_df * n_groups] = 0.0
    if n_groups == 1:
        weight = np.log1p(tf)
    weight[is_uni] *= w.unigram
    if seen_rows:
        seen_ids = found.columns([t for _, t in seen_rows])
        weight[list(seen_ids)] *= w.seen

    positions = np.array([c.position for c in cands], dtype=float)
    lengths = np.array([c.n_words for c in cands], dtype=float)
    signals = _Signals(cands, pool, positions, lengths, support_share, centrality, sim, cand_tfidf, cand_group,
                       cmat, df, tf, is_uni, cmat @ weight, n_groups, found.stop_share)
    feats = _features(signals)
    # With few sources the lede is the best evidence of what matters; with many, agreement between
    # sources is, and a lede prior only pulls in each article's own angle.
    model = learned_model() if w.learned else None
    if w.hand_prior or model is None:
        boost = w.position_boost * min(1.0, w.position_sources / n_groups)
        prior = 1.0 + boost * np.exp(-positions / w.position_decay)
        prior *= 1.0 + w.support * support_share
        prior *= 1.0 + w.centrality * centrality
        prior *= np.where([c.dangling for c in cands], w.dangling, 1.0)
    else:
        prior = np.ones(n)
    if model is not None:
        prior *= _learned_prior(feats, model) ** (w.learned + w.learned_few / n_groups)
    # With a focus, its concepts weigh more (see brief.focus). Features and prior stay as they are: the
    # learned prior was fit without a focus.
    relevant = specific = None
    if cfg.focus and w.focus:
        sentences = [p.content for p in pool]
        relevant = concept_relevance(cfg.focus, sentences, found)
        if relevant is not None and len(topic_terms(cfg.focus)) <= ANSWER_TERMS:
            # A short focus names one thing, and the brief must say something about it (see _answer):
            # what the focus adds to the story's subject ("the mill's insurance" in a story about a
            # mill), its own words, those every article uses weighing next to nothing. A longer one
            # (a description listing many aspects) is served by the concept weights alone.
            specific = concept_relevance(cfg.focus, sentences, found, [p.article for p in pool], expand=False)
        if relevant is not None:
            weight = weight * (1.0 + w.focus * relevant)
    norm = lengths**w.length_power

    blocked = np.zeros(n, dtype=bool)
    if seen_rows:
        seen_tfidf = tfidf[n:]
        blocked |= as_array(cand_tfidf @ seen_tfidf.T).max(axis=1) >= w.seen_block
        # A paraphrase of a seen sentence shares its key words but little else, so its cosine stays
        # under seen_block; nearly all of its own content words are in that seen sentence all the same.
        blocked |= held(cand_tfidf, seen_tfidf) >= w.seen_contained  # the TF-IDF rows' terms: content words
    # A count a later report revises ("raising the toll from the four deaths") is not stated at its old value.
    blocked |= superseded(cands, pool, same_fact, articles, cfg.support_threshold)
    blocked |= outdated_stage(cands, articles)  # "is charged" once a later article reports the verdict
    if w.features_only:
        return feats, cites  # type: ignore[return-value]  # for fitting the learned prior
    # Two sentences state the same fact when their wording is close (cosine) or when one would
    # cite the other's article as carrying it (carry score): paraphrases share the fact's key
    # words but little else, so cosine alone lets them both in.
    redundant = (sim > cfg.redundancy) | (same_fact >= cfg.support_threshold * w.redundancy_carry)
    # One figure told twice ("killing all 217 people on board" / "All 217 people on board were killed").
    for i, j in same_figure_pairs([c.tokens for c in cands], [numbers_of(pool[c.pool]) for c in cands],
                                  [c.article for c in cands]):
        redundant[i, j] = redundant[j, i] = True
    for i, j in same_quote_pairs([c.text for c in cands]):  # one quotation given twice (U30 #11)
        redundant[i, j] = redundant[j, i] = True

    required: list[int] = []  # sentences taken first: the sentence before one that leans on it
    last_run: list[tuple[list[int], np.ndarray, list[int]]] = []  # the last greedy run of choose(), see _same_start

    def choose() -> list[int]:
        first = _same_start(last_run[0], required, blocked) if last_run else required
        chosen = _greedy(cmat, weight, prior / norm, lengths, redundant, blocked, cfg, first=first)
        last_run[:] = [(list(required), blocked.copy(), chosen)]
        if specific is not None:
            answer = _answer(chosen, cmat, weight, specific, prior / norm,
                             blocked | (lengths > (cfg.words or math.inf)))
            if answer is not None:
                chosen = _greedy(cmat, weight, prior / norm, lengths, redundant, blocked, cfg,
                                 first=[answer, *required])
        return _attributed(chosen, cands, same_fact, redundant | blocked[None, :], lengths, cites, cfg)

    chosen = choose()
    story_people = _once(lambda: people_named(articles))  # asked once at most, for an opening He / She
    by_pool = {c.pool: k for k, c in enumerate(cands)}
    split = {} if split is None else split  # the articles' sentences, split once for all the checks below
    budget = cfg.words if cfg.words is not None else math.inf
    # A sentence that leans on what the brief does not say before it ("It was 4:43 p.m.", "The two have been
    # accused ...") comes with its article's sentence before it, taken first, when that one may be shown and both
    # fit; otherwise it is left out. The choice is made again, a few times at most.
    for _ in range(MAX_REDOS):
        leaning = _leaning(chosen, cands, articles, support, story_people, split)
        if not leaning:
            break
        for i in leaning:
            before = by_pool.get(cands[i].pool - 1)
            if before is not None and cands[before].article == cands[i].article and not blocked[before] \
                    and cands[before].position <= BRING_BEFORE and before not in required \
                    and lengths[before] + lengths[i] <= budget:
                required.append(before)
            else:
                blocked[i] = True
        chosen = choose()
    else:
        leaning = _leaning(chosen, cands, articles, support, story_people, split)
        chosen = [i for i in chosen if i not in leaning]
    # What is cited: of the articles carrying a chosen sentence, those that carry its claim (after the
    # choice, so that what is chosen stays as the support counts decided it).
    claims = {i: gist(cands[i].text) for i in chosen if len(cites[i]) > 1}
    if claims:
        table = expansions(a.text for a in articles)
        claims = {i: fold_gist(claim, table) for i, claim in claims.items()}

        @_once
        def common() -> frozenset[str]:  # asked only where a carrier shares few of a claim's words
            return story_words(set().union(*(c.key for c in claims.values())), terms, pool_group, n_groups)

        for i, claim in claims.items():
            spec = specifics(cands[i].text, claim.head)
            test = _claim_test(claim, spec, pool, terms, table, common)
            cites[i] = claim_carriers(cites[i], cands[i].article, carry[i], pool_article, cfg.support_threshold, test)
            cites[i] = _same_figures(i, cites[i], cands, pool, carry, pool_article, cfg.support_threshold)
    return _ordered(chosen, cands, articles, support), cites


_T = TypeVar("_T")


def _once(fn: Callable[[], _T]) -> Callable[[], _T]:
    """``fn``'s value, worked out at the first call only: functools.cache of a function without arguments, without
    the few microseconds that building a cache wrapper takes (the brief makes two per story)."""
    value: list[_T] = []

    def once() -> _T:
        if not value:
            value.append(fn())
        return value[0]

    return once


def _claim_test(claim: Gist, spec: Specifics, pool: Sequence[PoolSentence], terms: Sequence[set[str]],
                table: dict[str, frozenset[str]], common: Callable[[], frozenset[str]]) -> Callable[[int], bool]:
    """Whether pool sentence ``j`` carries a claim: it repeats the claim's words (gist.carries_gist, an acronym and
    its expansion counted once) and gives what makes the claim specific (specifics.missing)."""
    def carries(j: int) -> bool:
        words = fold(terms[j], table) if table else terms[j]  # no acronym spelled out: nothing to fold or copy
        verdict = carries_without_common(claim, words)
        if verdict is None:  # the story's common words decide
            verdict = shares_a_rare_word(claim, words, common())
        return verdict and missing(spec, pool[j].tokens, pool[j].numbers or ()) is None

    return carries


def _same_figures(i: int, cited: list[int], cands: Sequence[Candidate], pool: Sequence[PoolSentence],
                  carry: np.ndarray, pool_article: np.ndarray, threshold: float) -> list[int]:
    """The cited articles of candidate ``i`` less those whose every sentence carrying it gives another figure for
    something it counts ("220,000 apps" cited for "200,000 apps"; see same_figure.other_figure)."""
    if len(cited) < 2 or not pool[cands[i].pool].numbers:
        return cited
    own = figures_by_unit(cands[i].tokens)
    if not own:
        return cited
    reaching = carry[i] >= threshold
    return [a for a in cited if a == cands[i].article or any(
        not other_figure(own, figures_by_unit(pool[j].tokens))
        for j in np.flatnonzero((pool_article == a) & reaching).tolist())]


def _answer(chosen: list[int], cmat: Matrix, weight: np.ndarray, specific: np.ndarray, scale: np.ndarray,
            excluded: np.ndarray) -> int | None:
    """The sentence to take first so that the brief answers its focus, or None when it already does.

    The brief answers when a chosen sentence holds a concept the focus asks about specifically
    (``specific`` >= ANSWERED). Otherwise the answer is, among the sentences that would answer and
    may be taken, the one whose concepts carry the most specific focus weight per word (the greedy's
    scale): a focus on a detail only one source gives still shows in the brief.
    """
    key = np.asarray(cmat @ (specific >= ANSWERED)).ravel() > 0
    if key[chosen].any():
        return None
    asked = np.asarray(cmat @ (weight * specific)).ravel() * scale
    asked[excluded | ~key] = 0.0
    return int(asked.argmax()) if asked.max() > 0 else None


BRING_BEFORE = 0  # a leaning sentence comes with its sentence before when that one is this near its article top (0: the lede)
MAX_REDOS = 4  # choices made again for the sentences found leaning on what the brief does not say
ANSWERED = 0.5  # a concept this relevant to what the focus adds (0..1, see _answer) answers it
ANSWER_TERMS = 4  # a focus of at most this many topic words must be answered (see _answer)


# Words that say a statement is reported or sourced rather than the brief's own assertion.
_SOURCED = re.compile(r"\b(?:reportedly|allegedly|according to|(?:sources?|officials?|reports?)(?:\s+[\w'’-]+){0,3}?\s+"
                      r"(?:said|say|says|told|claim(?:ed)?|report(?:ed)?|suggest(?:ed)?)|said|says|told|tells|reported|claimed|quoted|quoting|"
                      r"citing)\b", re.IGNORECASE)  # attribution verbs, not nouns ("water sources", "insurance claims")
MAX_EXTRA_WORDS = 8  # an attributed version may be this much longer than the bare one it replaces


def _attributed(chosen: list[int], cands: Sequence[Candidate], same_fact: np.ndarray, excluded: np.ndarray,
                lengths: np.ndarray, cites: dict[int, list[int]], cfg: BriefConfig) -> list[int]:
    """Replace a chosen sentence that asserts a fact flatly by another article's version that says who
    reports it, when every other article carrying the fact words it that way ("Hundreds of troops have
    arrived" -> "Hundreds of troops have reportedly crossed ..."): a brief should not state as fact what
    its sources only report. The version must carry the same fact (``same_fact``), open on the same
    subject with the same numbers (``_same_claim``: carry scores alone let "26 of 29 plants" become "27 of
    29", or one speaker's quote replace another's), and still fit the budget."""
    budget = cfg.words if cfg.words is not None else math.inf
    used = float(sum(lengths[i] for i in chosen))
    out = list(chosen)
    for k, i in enumerate(out):
        # Two other articles must word it as reported: fewer carrying articles in all (cites counts every
        # sentence of every article) and the sentence stays, without a look at its carriers.
        if len(cites[i]) < 3 or _SOURCED.search(cands[i].text):
            continue
        carriers = [j for j in np.flatnonzero(same_fact[i] >= cfg.support_threshold) if j != i]
        sourced_rows = {j for j in carriers if _SOURCED.search(cands[j].text)}
        sourced = {cands[j].article for j in sourced_rows}
        flat = {cands[j].article for j in carriers if j not in sourced_rows} | {cands[i].article}
        if len(flat) > 1 or len(sourced) < 2:
            continue
        others = [j for j in out if j != i]
        options = [j for j in carriers
                   if j in sourced_rows and cands[j].article != cands[i].article
                   and lengths[j] <= lengths[i] + MAX_EXTRA_WORDS and used - lengths[i] + lengths[j] <= budget
                   and not any(excluded[o, j] and o != i for o in others) and j not in out]
        # The version must stay corroborated: carried by two articles or more, and by half of those carrying
        # the flat sentence (its extra words are not in all of them).
        options = [j for j in options if len(cites[j]) >= max(2, math.ceil(len(cites[i]) / 2))
                   and _same_claim(cands[i].tokens, cands[j].tokens)]
        if options:  # the version most articles carry, then the closest in wording
            j = max(options, key=lambda j: (len(cites[j]), same_fact[i, j], -j))
            used += lengths[j] - lengths[i]
            out[k] = int(j)
    return out


def _same_claim(flat: Sequence[str], sourced: Sequence[str]) -> bool:
    """Whether two sentences state one claim closely enough to stand for each other: the flat sentence's
    first two content words open the other too (same subject), and they give the same numbers."""
    head, other = content(flat), content(sourced)
    return len(head) >= 2 and set(head[:2]) <= set(other[:4]) and numbers(flat) == numbers(sourced)


FEATURES = (
    "lede_prior", "lede", "relative_position", "log_words", "support", "centrality", "concept_gain",
    "dangling", "quote", "number", "capitals", "lede_prior_x_many_sources", "article_centrality",
    "few_sources", "centroid", "unigram_df", "bigram_df", "frequency", "lede_similarity",
    "max_other_similarity", "log_position", "article_length", "stop_ratio", "attribution",
    "starts_quote", "article_share", "shared_bigrams", "shared_names", "log_chars",
)
_QUOTES = frozenset('"“”')
_DIGIT = re.compile(r"\d")
# Attribution words (stemmed as similarity.tokens leaves them): a sentence that says who says so.
_ATTRIBUTION = frozenset(["said", "say", "says", "told", "tell", "according", "report", "added", "add"])


@dataclass(frozen=True, slots=True)
class _Signals:
    """What the features are computed from (all per candidate, or per concept column)."""

    cands: Sequence[Candidate]
    pool: Sequence[PoolSentence]
    positions: np.ndarray
    lengths: np.ndarray
    support_share: np.ndarray
    centrality: np.ndarray
    sim: np.ndarray  # candidates x candidates cosine
    tfidf: Matrix  # candidate rows
    group: np.ndarray
    cmat: Matrix  # candidates x concepts, 0/1
    df: np.ndarray  # sources carrying each concept
    tf: np.ndarray  # candidates carrying each concept (column sums of cmat)
    is_uni: np.ndarray  # concept column is a content word (else a bigram)
    concept_weight: np.ndarray  # per candidate: total weight of its concepts
    n_groups: int
    stop_share: np.ndarray  # per candidate: share of its tokens that are stop words


def _features(s: _Signals) -> np.ndarray:
    """General per-sentence signals (see FEATURES), each scaled to about 0..1 within the story."""
    cands, positions, lengths, n_groups = s.cands, s.positions, s.lengths, s.n_groups
    n = len(cands)
    article = np.array([c.article for c in cands])
    per_article = np.bincount(article)
    lede_prior = np.exp(-positions / 3.0)
    gain = s.concept_weight / np.maximum(lengths, 1.0)
    gain = gain / (gain.max() or 1.0)
    art_centrality = np.bincount(article, weights=s.centrality) / np.maximum(per_article, 1)
    art_centrality = art_centrality / (art_centrality.max() or 1.0)
    many = min(1.0, math.log(max(n_groups, 1)) / math.log(30.0))

    # Lexical centrality three ways: to the story's centroid, by how many sources use the sentence's
    # words and bigrams, and by how frequent its words are in the story (SumBasic).
    centroid = np.asarray(s.tfidf.sum(axis=0)).ravel()
    centroid /= math.sqrt(centroid @ centroid) or 1.0  # np.linalg.norm's value, without its checks
    to_centroid = s.tfidf @ centroid
    to_centroid = to_centroid / (to_centroid.max() or 1.0)
    share = s.df / max(n_groups, 1)
    uni, bi = s.is_uni.astype(float), (~s.is_uni).astype(float)  # column masks: no sparse slicing
    n_uni, n_bi = np.maximum(s.cmat @ uni, 1), np.maximum(s.cmat @ bi, 1)
    tf = s.tf * uni
    frequency = (s.cmat @ (tf / max(tf.sum(), 1))) / n_uni
    frequency = frequency / (frequency.max() or 1.0)
    # Closeness to the other sources' ledes and to their closest sentence.
    other = s.group[None, :] != s.group[:, None]
    ledes = np.flatnonzero(positions == 0)
    lede_sim = np.where(other[:, ledes], s.sim[:, ledes], 0.0).max(axis=1) if len(ledes) else np.zeros(n)
    max_other = np.where(other, s.sim, 0.0).max(axis=1) if n else np.zeros(0)
    words_art = np.bincount(article, weights=lengths)
    # Names (capitalised words) that another source also writes.
    cand_names = [s.pool[c.pool].names for c in cands]
    shared = _written_by_two_sources(cand_names, [c.group for c in cands])
    shared_names = np.array([len(nm & shared) / max(len(nm), 1) for nm in cand_names], dtype=float)
    pool = s.pool
    per_sentence = np.array(
        [
            (
                c.dangling,
                '"' in (text := c.text) or "“" in text or "”" in text,  # any of _QUOTES
                bool(nums) if (nums := pool[c.pool].numbers) is not None else _DIGIT.search(text) is not None,
                (c.capitalised if c.capitalised >= 0 else _capitalised(c)) / max(c.n_words - 1, 1),
                not _ATTRIBUTION.isdisjoint(c.tokens),
                text[:1] in _QUOTES,
                len(text),
            )
            for c in cands
        ],
        dtype=float,
    ).reshape(n, 7)
    dangling, quote, number, caps, attribution, starts_quote, chars = per_sentence.T
    stop = s.stop_share
    # One row per candidate, one column per feature: the columns as rows of one array, transposed into a
    # C-ordered copy (np.column_stack's values and layout, in a fifth of its time on a small story).
    return np.ascontiguousarray(np.array([
        lede_prior,
        (positions == 0).astype(float),
        positions / np.maximum(per_article[article], 1),
        np.log(lengths) / math.log(60.0),
        s.support_share,
        s.centrality,
        gain,
        dangling,
        quote,
        number,
        caps,
        lede_prior * many,
        art_centrality[article],
        np.full(n, 1.0 / max(n_groups, 1)),
        to_centroid,
        (s.cmat @ (share * uni)) / n_uni,
        (s.cmat @ (share * bi)) / n_bi,
        frequency,
        lede_sim,
        max_other,
        np.log1p(positions) / math.log(50.0),
        np.log1p(per_article[article]) / math.log(100.0),
        stop,
        attribution,
        starts_quote,
        words_art[article] / max(words_art.sum(), 1.0),
        np.log1p(s.cmat @ ((s.df >= 2) * bi)) / math.log(30.0),
        shared_names,
        np.log(np.maximum(chars, 1.0)) / math.log(400.0),
    ], dtype=float).T)


def _written_by_two_sources(names: Sequence[set[str]], groups: Sequence[int]) -> set[str]:
    """The names that sentences of two sources (duplicate groups) or more write."""
    of_group: dict[int, set[str]] = {}
    for g, nm in zip(groups, names, strict=True):
        of_group.setdefault(g, set()).update(nm)
    seen: set[str] = set()
    shared: set[str] = set()
    for written in of_group.values():
        shared |= seen & written
        seen |= written
    return shared


def _capitalised(c: Candidate) -> int:
    """Words after the first that start with a capital, for a candidate that parse did not count them for."""
    return sum(map(str.isupper, [w[0] for w in c.text.split()[1:]]))


@functools.cache
def learned_model() -> dict | None:
    """The shipped model over FEATURES (brief/prior.json), loaded once per process; None when absent.

    Keys: ``features`` (names, a subset of FEATURES), ``mean``/``scale`` (standardisation), then
    either ``coef``/``intercept`` (linear) or ``hidden``/``hidden_bias`` (ReLU layer) followed by
    ``coef``/``intercept``.
    """
    path = Path(__file__).with_name("prior.json")
    if not path.is_file():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    for key in ("mean", "scale", "hidden", "hidden_bias", "coef"):  # arrays once, not on every brief
        if key in model:
            model[key] = np.asarray(model[key], dtype=float)
    if not set(model["features"]) <= set(FEATURES):
        raise ConfigError(f"{path}: features {model['features']} are not all among this code's {FEATURES}")
    return model


@functools.lru_cache(maxsize=16)
def _feature_columns(names: tuple[str, ...], width: int) -> list[int] | None:
    """The columns of these features among FEATURES (``width`` of them); None when they are all, in order."""
    cols = [FEATURES.index(f) for f in names]
    return None if cols == list(range(width)) else cols


def _learned_prior(feats: np.ndarray, model: dict) -> np.ndarray:
    """The model's predicted per-word ROUGE-2 value, floored and scaled to a maximum of 1."""
    cols = _feature_columns(tuple(model["features"]), feats.shape[1])
    x = feats if cols is None else feats[:, cols]
    if "mean" in model:
        x = (x - np.asarray(model["mean"])) / np.asarray(model["scale"])
    if "hidden" in model:
        x = np.maximum(x @ np.asarray(model["hidden"]) + np.asarray(model["hidden_bias"]), 0.0)
    pred = x @ np.asarray(model["coef"]) + float(model["intercept"])
    pred = np.maximum(pred, float(model.get("floor", 1e-3)))
    return pred / pred.max()


def _greedy(
    cmat: Matrix,
    weight: np.ndarray,
    scale: np.ndarray,
    lengths: np.ndarray,
    redundant: np.ndarray,
    blocked: np.ndarray,
    cfg: BriefConfig,
    first: Sequence[int] = (),
) -> list[int]:
    """Greedy budgeted coverage: repeatedly take the best-scoring sentence that still fits.

    ``redundant[i, j]`` is true when sentences i and j state the same thing; once one is taken
    the other never is. ``first``: sentences taken before any other (when they fit and are not
    blocked), such as the one that best answers the reader's focus.
    """
    budget_words = cfg.words if cfg.words is not None else math.inf
    budget_sentences = cfg.sentences if cfg.sentences is not None else math.inf
    remaining = weight.copy()
    blocked = blocked.copy()
    dense = not sparse.issparse(cmat)
    used = 0.0
    chosen: list[int] = []
    while len(chosen) < budget_sentences:
        blocked |= lengths > budget_words - used
        if blocked.all():
            break
        if first:
            best = first[0]
            first = first[1:]
            if blocked[best]:
                continue
        else:
            gain = cmat @ remaining
            score = np.where(blocked, -1.0, gain * scale)
            best = int(score.argmax())
            if score[best] <= 0:
                break
        chosen.append(best)
        used += lengths[best]
        if dense:
            remaining[cmat[best] != 0] = 0.0
        else:
            remaining[cmat.indices[cmat.indptr[best] : cmat.indptr[best + 1]]] = 0.0
        blocked[best] = True
        blocked |= redundant[best]
    return chosen


def _same_start(last: tuple[Sequence[int], np.ndarray, Sequence[int]], first: Sequence[int],
                blocked: np.ndarray) -> Sequence[int]:
    """What a greedy run (:func:`_greedy`) may take first to give what a run with ``first`` gives, knowing the
    ``last`` run of the same choice (its ``first``, its ``blocked`` and what it took): ``first`` itself, unless
    only more sentences are blocked now, none of them one to take first. Then the last run's picks before the first
    one now blocked are taken again without scoring: each was taken first, or scored best, and still does (a
    sentence blocked now scored no higher, or came after it), and the scores after them are the same."""
    last_first, last_blocked, picks = last
    if list(first) != list(last_first) or (last_blocked & ~blocked).any():
        return first
    newly = blocked & ~last_blocked
    if newly[np.asarray(first, dtype=int)].any():
        return first
    cut = next((k for k, i in enumerate(picks) if newly[i]), len(picks))
    return picks[:cut]


def _carry(cands: Sequence[Candidate], pool: Sequence[PoolSentence],
           pool_sets: Sequence[set[str]] | None = None) -> np.ndarray:
    """Carry scores (see :func:`carry_scores`) of every candidate against every pool sentence.

    Candidates are pool sentences too, so ``result[:, [c.pool for c in cands]]`` scores candidate
    pairs (symmetric), with the pool's IDF. ``pool_sets``: ``set(p.content)`` of each pool sentence, when
    already made.
    """
    terms, nums = Vocabulary(), Vocabulary()
    n_pool = len(pool)
    if pool_sets is None:
        pool_sets = [set(p.content) for p in pool]
    plain_sets = list(map(set.difference, pool_sets, [p.names for p in pool]))  # t - p.names
    # The terms' numbers for all sentences in one pass, in the order per-sentence terms.ids calls give.
    term_number = terms.index.__getitem__
    lens = np.fromiter(map(len, pool_sets), dtype=np.intp, count=n_pool)
    flat = np.fromiter(map(term_number, chain.from_iterable(pool_sets)), dtype=np.intp, count=int(lens.sum()))
    plain_lens = np.fromiter(map(len, plain_sets), dtype=np.intp, count=n_pool)
    plain_flat = np.fromiter(map(term_number, chain.from_iterable(plain_sets)), dtype=np.intp,
                             count=int(plain_lens.sum()))  # already numbered: a subset of each sentence's terms
    num_sets = [numbers(p.tokens) if p.numbers is None else p.numbers for p in pool]
    num_lens = np.fromiter(map(len, num_sets), dtype=np.intp, count=n_pool)
    num_flat = np.fromiter(map(nums.index.__getitem__, chain.from_iterable(num_sets)), dtype=np.intp,
                           count=int(num_lens.sum()))  # numbered as per-sentence nums.ids calls would
    n_terms = max(len(terms), 1)
    dense = n_pool * n_terms <= DENSE_CELLS
    rows = np.array([c.pool for c in cands], dtype=np.intp)  # an index array once, not a list at every use
    if not dense:
        term_ids, plain_ids = [terms.ids(t) for t in pool_sets], [terms.ids(t) for t in plain_sets]
        pool_m, pool_p = binary_matrix(term_ids, n_terms), binary_matrix(plain_ids, n_terms)
        pool_n = binary_matrix([nums.ids(t) for t in num_sets], max(len(nums), 1))
        df = column_sums(pool_m)
        idf = np.log((len(pool) + 1) / (df + 1)) + 1e-3
        return carry_scores(pool_m[rows], pool_m, idf, pool_n[rows], pool_n, pool_p[rows], pool_p)
    # Dense: most terms occur in one sentence only, and such a term adds to no pair of two different
    # sentences. The matrices hold the shared terms only (a third of the columns or fewer); the
    # sentences' own weights sum over all their terms, and the self pairs are set after.
    row_of = np.repeat(np.arange(n_pool), lens)
    df = np.bincount(flat, minlength=n_terms)
    idf = np.log((n_pool + 1) / (df + 1)) + 1e-3
    weight = np.bincount(row_of, weights=idf[flat], minlength=n_pool)  # each sentence's total IDF
    keep = np.flatnonzero(df >= 2)
    column = np.full(n_terms, -1, dtype=np.intp)
    column[keep] = np.arange(len(keep))
    shared_m = _columns_matrix(row_of, column[flat], n_pool, len(keep))
    # The plain-term and number matrices are only counted (cite._overlap, row sums): single precision, as
    # _overlap would cast them (0/1 cells and small counts are exact either way), without the copies.
    shared_p = _columns_matrix(np.repeat(np.arange(n_pool), plain_lens), column[plain_flat], n_pool, len(keep),
                               np.float32)
    pool_n = np.zeros((n_pool, max(len(nums), 1)), dtype=np.float32)  # binary_matrix(num_ids, ..., dense=True)
    pool_n[np.repeat(np.arange(n_pool), num_lens), num_flat] = 1.0
    score = carry_scores(shared_m[rows], shared_m, idf[keep], pool_n[rows], pool_n, shared_p[rows], shared_p,
                         own_weight=weight[rows], pool_weight=weight)
    # A sentence against itself: all its terms shared (1.0), unless it has too few (carry_scores' defaults).
    self_score = ((lens[rows] >= 4) & (plain_lens[rows] >= 2) & (weight[rows] > 0)).astype(float)
    score[np.arange(len(rows)), rows] = self_score
    return score


def _columns_matrix(row_ids: np.ndarray, col_ids: np.ndarray, n_rows: int, n_cols: int,
                    dtype: type = np.float64) -> np.ndarray:
    """A dense 0/1 matrix with ones at (row_ids, col_ids), skipping cells whose column is -1."""
    out = np.zeros((n_rows, n_cols), dtype=dtype)
    hit = col_ids >= 0
    out[row_ids[hit], col_ids[hit]] = 1.0
    return out
