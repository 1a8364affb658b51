"""ROUGE evaluation of the brief against named extractive baselines on multi-document clusters.

Every system gets the same input: the same cleaned documents, split by the same sentence
splitter (newsdesk.sentences). Baselines are sumy's summarizers (LexRank, TextRank, LSA, SumBasic,
Luhn, KL) over a sumy document built from those sentences, plus ``lead`` (round-robin first
sentences of each document). A baseline takes its best-ranked sentences until the word budget is
reached and shows them in document order; every output is then truncated to the budget. Scores are
rouge-score's ROUGE-1, ROUGE-2 and ROUGE-Lsum (summary-level LCS over newline-separated sentences)
with Porter stemming, F1 and recall, averaged over a cluster's references, then over clusters.

Query-focused data (DUC 2006/2007: ``meta.query_title`` and ``meta.query_narrative``) adds the
system ``newsdesk-focus``, the brief given each cluster's query as its focus. Only that system sees
the query (the baselines cannot take one); the table and its JSON say so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from statistics import mean
from typing import Any

from newsdesk.config import BriefConfig
from newsdesk.errors import InputError, require
from newsdesk.model import Article, RawDoc
from newsdesk.sentences import split_sentences
from newsdesk.text import normalize_space

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
ROUGE_L_VARIANT = "rougeLsum (summary-level LCS; sentences separated by newlines)"
SUMY_SYSTEMS = ("lexrank", "textrank", "lsa", "sumbasic", "luhn", "kl")
DEFAULT_SYSTEMS = ("newsdesk", "lead", *SUMY_SYSTEMS)
QUERY_SYSTEMS = ("newsdesk-focus",)  # given the cluster's query; scored by default when the data has queries
ALL_SYSTEMS = ("newsdesk", *QUERY_SYSTEMS, "lead", *SUMY_SYSTEMS)
QUERY_NOTE = (
    "newsdesk-focus is given each cluster's query (meta.query_title + meta.query_narrative) as its focus; "
    "every other system, the baselines included, is not (they cannot take one)"
)


@dataclass(frozen=True, slots=True)
class Cluster:
    """One evaluation cluster: cleaned documents (as sentences) and reference summaries."""

    id: str
    documents: tuple[str, ...]
    summaries: tuple[str, ...]
    sentences: tuple[tuple[str, ...], ...]  # per document, from newsdesk.sentences
    earlier: tuple[str, ...] = ()  # ids of clusters the reader has already seen (update task)
    query: str = ""  # the question the references answer (query-focused tasks), "" when none
    empty_references: int = 0  # references given as "" (not used: they would score every system 0)

    def articles(self) -> list[Article]:
        return [
            Article(id=f"{self.id}#{i}", source=f"{self.id}#{i}", text=d)
            for i, d in enumerate(self.documents)
        ]


@dataclass(slots=True)
class SystemRow:
    """Averaged ROUGE figures of one system."""

    system: str
    scores: dict[str, float] = field(default_factory=dict)  # e.g. rouge2_f, rouge2_r
    seconds_per_cluster: float = 0.0
    clusters: int = 0
    mean_words: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            **{k: round(v, 2) for k, v in self.scores.items()},
            "seconds_per_cluster": round(self.seconds_per_cluster, 4),
            "clusters": self.clusters,
            "mean_words": round(self.mean_words, 1),
        }


@dataclass(slots=True)
class EvalTable:
    """One row per system, plus how the figures were made."""

    rows: list[SystemRow]
    words: int
    data: str = ""
    title: str = "summaries"
    notes: dict[str, str] = field(default_factory=dict)  # "query": who saw the query; "skipped": what was not scored

    def header(self) -> dict[str, Any]:
        return {
            "scorer": f"rouge-score {_version('rouge-score')}",
            "use_stemmer": True,
            "rouge_l": ROUGE_L_VARIANT,
            "words": self.words,
            "data": self.data,
            "clusters": self.rows[0].clusters if self.rows else 0,
            "sumy": _version("sumy"),
            "averaging": "mean over references, then over clusters",
            **self.notes,
        }

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, **self.header(), "systems": [r.to_dict() for r in self.rows]}

    def render(self) -> str:
        h = self.header()
        lines = [
            f"{self.title}: {h['clusters']} clusters from {self.data or '-'}, {self.words}-word budget",
            f"scorer {h['scorer']}, use_stemmer=True, ROUGE-L = {ROUGE_L_VARIANT}; F1 and recall x100",
            *(f"{key}: {note}" for key, note in self.notes.items()),
        ]
        width = max([14] + [len(r.system) + 1 for r in self.rows if len(r.system) > 14])
        lines.append(
            f"{'system':<{width}}{'R1-F':>7}{'R2-F':>7}{'RL-F':>7}{'R1-R':>7}{'R2-R':>7}{'RL-R':>7}"
            f"{'words':>7}{'s/cluster':>11}"
        )
        keys = [f"{kind}_{m}" for m in ("f", "r") for kind in ROUGE_TYPES]
        for r in self.rows:
            figures = "".join(f"{r.scores[k]:7.2f}" if k in r.scores else f"{'-':>7}" for k in keys)
            lines.append(f"{r.system:<{width}}{figures}{r.mean_words:7.1f}{r.seconds_per_cluster:11.4f}")
        if not any(r.clusters for r in self.rows):
            lines.append("(no cluster could be scored)")
        return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


# --------------------------------------------------------------------------- input


def _cleaner() -> Callable[[str, str], str]:
    """The project's text cleaner (same for every system); raw text when it cannot be imported."""
    try:
        from newsdesk.clean import clean_raw  # type: ignore[attr-defined]
    except ImportError:
        clean_raw = None
    if clean_raw is not None:

        from newsdesk.evaluation.records import document_kind

        def run(source: str, doc: str) -> str:
            out = clean_raw(RawDoc(source=source, content=doc, kind=document_kind(doc)))
            return getattr(out, "text", "") or ""

        return run
    try:
        from newsdesk.clean import clean_text
    except ImportError:
        return lambda _source, doc: doc
    return lambda _source, doc: clean_text(doc)


def read_clusters(path: str | Path, limit: int | None = None, clean: bool = True) -> list[Cluster]:
    """Read ``{"id", "documents", "summaries"}`` JSONL; documents are cleaned and split once here.

    Tolerant of shape where the meaning is clear (see ``evaluation.records``): gzip, a BOM, blank lines,
    a JSON array, numeric ids, texts as ``{"text": ...}`` objects or lists of sentences, one summary given as a
    string, "summary"/"references" for "summaries", multi-news documents joined by ``|||||``. A record without
    summaries is read as one with none: ``scorable`` leaves it out and names it.
    """
    from newsdesk.evaluation.records import as_texts, iter_records, record_id
    from newsdesk.evaluation.records import field as get

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file (expected clusters JSONL with id, documents, summaries)")
    cleaner = _cleaner() if clean else (lambda _s, d: d)
    out: list[Cluster] = []
    lines: list[int] = []
    cut = False
    for n, row in iter_records(path, "a cluster record (id, documents, summaries)"):
        if limit is not None and len(out) >= limit:
            cut = True
            break
        where = f"{path}:{n}"
        try:
            cid = record_id(get(row, ("id", "cluster_id", "topic_id"), where, required=False), n, where)
            docs = as_texts(get(row, ("documents", "docs", "articles", "document"), where), where, "documents", "|||||")
            given = get(row, ("summaries", "summary", "references", "reference", "abstracts", "abstract"), where,
                        required=False)
            # No summaries field is read as "summaries": [] (the cluster is left out and named, not the run stopped).
            refs = [] if given is None else as_texts(given, where, "summaries")
        except InputError as exc:
            raise InputError(f"{exc}; expected a cluster record (id, documents, summaries)") from exc
        meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
        out.append(_make_cluster(cid, docs, refs, meta, cleaner, where))
        lines.append(n)
    _check_earlier_sets(out, lines, path, cut)
    return out


def _make_cluster(
    cid: str, docs: list[str], refs: list[str], meta: dict[str, Any], cleaner: Callable[[str, str], str],
    where: str = "",
) -> Cluster:
    cleaned = [cleaner(f"{cid}#{i}", d) for i, d in enumerate(docs)]
    kept = [c for c in cleaned if c.strip()] or [d for d in docs if d.strip()]
    used = [r for r in refs if r.strip()]
    return Cluster(
        id=cid,
        documents=tuple(kept),
        summaries=tuple(used),
        sentences=tuple(tuple(normalize_space(s) for s in split_sentences(d)) for d in kept),
        earlier=earlier_sets(meta.get("earlier_sets"), where),
        query=query_of(meta),
        empty_references=len(refs) - len(used),
    )


def earlier_sets(value: Any, where: str) -> tuple[str, ...]:
    """``meta.earlier_sets`` as ids: a list of ids (strings or numbers), or one id given alone ("" for none)."""
    from newsdesk.evaluation.records import as_id

    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(i for i in (as_id(v, where, "earlier_sets") for v in items) if i)


def _check_earlier_sets(clusters: Sequence[Cluster], lines: Sequence[int], path: Path, cut: bool) -> None:
    """Fail on an earlier set that is not in the file (its update would be scored as if read alone); when
    ``--limit`` stopped the reading, the set may lie beyond it: say so and go on."""
    from newsdesk.evaluation.records import warn

    ids = {c.id for c in clusters}
    missing = [(n, c.id, e) for n, c in zip(lines, clusters, strict=True) for e in c.earlier if e not in ids]
    if not missing:
        return
    n, cid, e = missing[0]
    if not cut:
        raise InputError(
            f"{path}:{n}: cluster {cid!r} lists earlier set {e!r} (meta.earlier_sets), which no cluster of the file has "
            f"as its id" + (f" ({len(missing) - 1} more such references)" if len(missing) > 1 else "")
        )
    warn(f"{path}: {len(missing)} earlier sets (meta.earlier_sets) are not among the clusters read (first: {e!r} of "
         f"{cid!r}): beyond --limit; their later sets are briefed without them")


def query_of(meta: dict[str, Any]) -> str:
    """The cluster's query: ``meta.query_title`` and ``meta.query_narrative`` (or ``meta.query``), "" when none."""
    parts = [meta.get(k) for k in ("query_title", "query_narrative", "query")]
    return "\n".join(normalize_space(p) for p in parts if isinstance(p, str) and p.strip())


# --------------------------------------------------------------------------- systems

Summarizer = Callable[[Cluster, int], list[str]]


def _fill(ranked: Iterable[tuple[int, str]], budget: int) -> list[str]:
    """Best-ranked (order, sentence) pairs until the budget is reached, shown in document order."""
    taken: list[tuple[int, str]] = []
    total = 0
    for order, text in ranked:
        taken.append((order, text))
        total += len(text.split())
        if total >= budget:
            break
    return [t for _, t in sorted(taken)]


def lead(cluster: Cluster, budget: int) -> list[str]:
    """Round-robin first sentences: each document's 1st sentence, then each one's 2nd, ..."""
    out: list[str] = []
    total, depth = 0, 0
    longest = max((len(s) for s in cluster.sentences), default=0)
    while total < budget and depth < longest:
        for doc in cluster.sentences:
            if depth < len(doc) and total < budget:
                out.append(doc[depth])
                total += len(doc[depth].split())
        depth += 1
    return out


def newsdesk(cluster: Cluster, budget: int) -> list[str]:
    from newsdesk.brief import summarize

    brief = summarize(cluster.articles(), BriefConfig(words=budget))
    return [s.text for s in brief.sentences]


def newsdesk_focus(cluster: Cluster, budget: int) -> list[str]:
    """The brief focused on the cluster's query (the generic brief for a cluster without one)."""
    from newsdesk.brief import summarize

    brief = summarize(cluster.articles(), BriefConfig(words=budget, focus=cluster.query or None))
    return [s.text for s in brief.sentences]


def default_systems(clusters: Sequence[Cluster]) -> tuple[str, ...]:
    """DEFAULT_SYSTEMS, plus ``newsdesk-focus`` next to ``newsdesk`` when some cluster has a query."""
    if any(c.query for c in clusters):
        return ("newsdesk", *QUERY_SYSTEMS, *DEFAULT_SYSTEMS[1:])
    return DEFAULT_SYSTEMS


class _Tokenizer:
    """A sumy tokenizer backed by newsdesk's splitter, so NLTK data is not needed."""

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        from newsdesk.brief.select import _WORDISH

        return _WORDISH.findall(sentence)


def sumy_document(cluster: Cluster):
    """A sumy document holding exactly the cluster's sentences, one paragraph per document."""
    require("sumy", "eval")
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = _Tokenizer()
    return ObjectDocumentModel(
        [Paragraph([Sentence(s, tok) for s in doc]) for doc in cluster.sentences if doc]
    )


def _budgeted_kl(base: type) -> type:
    """sumy's KLSum, stopped once the summary reaches the word budget.

    sumy ranks *every* sentence, which takes cubic time (minutes on a 25-article cluster). The
    sentences it picks first are the same either way, so stopping at the budget changes nothing
    that is scored; the rest are ranked below, in document order.
    """

    class BudgetedKL(base):  # type: ignore[misc, valid-type]
        word_budget = 10**9

        def _compute_ratings(self, sentences):
            word_freq = self.compute_tf(sentences)
            ratings: dict[Any, float] = {}
            summary: list[Any] = []
            remaining = list(sentences)
            as_words = [self._get_content_words_in_sentence(s) for s in sentences]
            used = 0
            while remaining and used < self.word_budget:
                summary_words = self._get_all_words_in_doc(summary)
                kls = [self._kl_divergence(self._joint_freq(w, summary_words), word_freq) for w in as_words]
                best = self._find_index_of_best_sentence(kls)
                sentence = remaining.pop(best)
                del as_words[best]
                summary.append(sentence)
                used += len(sentence.words)
                ratings[sentence] = -len(ratings)
            for s in remaining:
                ratings.setdefault(s, -len(sentences) - 1)
            return ratings

    return BudgetedKL


def _sumy_factory(name: str):
    require("sumy", "eval")
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "sumbasic": SumBasicSummarizer,
        "luhn": LuhnSummarizer,
        "kl": _budgeted_kl(KLSummarizer),
    }
    summarizer = classes[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_system(name: str) -> Summarizer:
    """A budgeted summarizer from sumy's ``name``: its full ranking, filled to the word budget."""
    summarizer = _sumy_factory(name)

    def run(cluster: Cluster, budget: int) -> list[str]:
        document = sumy_document(cluster)
        sentences = document.sentences
        if not sentences:
            return []
        ranking: list[tuple[int, str]] = []

        def capture(sents, count, rating, *args, **kwargs):
            rate = (
                (lambda s: rating[s]) if isinstance(rating, dict) else (lambda s: rating(s, *args, **kwargs))
            )
            scored = sorted(((rate(s), -o, o, str(s)) for o, s in enumerate(sents)), reverse=True)
            ranking.extend((o, text) for _, _, o, text in scored)
            return ()

        summarizer._get_best_sentences = capture  # take the full ranking, not a fixed count
        summarizer.word_budget = budget  # only BudgetedKL reads it
        summarizer(document, len(sentences))
        return _fill(ranking, budget)

    return run


def get_system(name: str) -> Summarizer:
    """The summarizer called ``name``; an unknown name lists the valid ones."""
    if name == "newsdesk":
        return newsdesk
    if name == "newsdesk-focus":
        return newsdesk_focus
    if name == "lead":
        return lead
    if name in SUMY_SYSTEMS:
        return sumy_system(name)
    raise InputError(f"unknown system {name!r}; available: {', '.join(ALL_SYSTEMS)}")


# --------------------------------------------------------------------------- scoring


def truncate(sentences: Sequence[str], budget: int) -> list[str]:
    """The first ``budget`` words, keeping sentence boundaries (one sentence per line for ROUGE-Lsum)."""
    out: list[str] = []
    left = budget
    for s in sentences:
        toks = s.split()
        if left <= 0:
            break
        out.append(" ".join(toks[:left]))
        left -= len(toks)
    return out


class Rouge:
    """rouge-score's ROUGE-1/2/Lsum with Porter stemming, averaged over references."""

    def __init__(self) -> None:
        require("rouge_score", "eval")
        from rouge_score import rouge_scorer

        self._scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)

    def score(self, summary: Sequence[str], references: Sequence[str]) -> dict[str, float]:
        """Mean F1 and recall over the non-empty references; {} when there is none."""
        pred = "\n".join(summary)
        totals: dict[str, float] = {}
        references = [r for r in references if r.strip()]
        for ref in references:
            target = "\n".join(normalize_space(s) for s in split_sentences(ref))
            result = self._scorer.score(target, pred)
            for kind in ROUGE_TYPES:
                totals[f"{kind}_f"] = totals.get(f"{kind}_f", 0.0) + 100 * result[kind].fmeasure
                totals[f"{kind}_r"] = totals.get(f"{kind}_r", 0.0) + 100 * result[kind].recall
        return {k: v / max(len(references), 1) for k, v in totals.items()}


def evaluate(
    clusters: Sequence[Cluster],
    systems: Sequence[str] | None = None,
    words: int = 250,
    progress: Callable[[str, int], None] | None = None,
    data: str = "",
) -> EvalTable:
    """Score each system on each cluster at a ``words`` budget; one averaged row per system.

    Args:
        clusters: from :func:`read_clusters`.
        systems: names from :data:`ALL_SYSTEMS`; None: :func:`default_systems` of the clusters.
            A query system (``newsdesk-focus``) is skipped, and the table says so, when no cluster
            has a query.
        words: the word budget; every output is truncated to it.
        progress: called with (system, clusters done).
        data: where the clusters came from, for the report.

    Returns:
        An EvalTable (``render()`` for text, ``to_dict()`` for JSON).
    """
    systems = default_systems(clusters) if systems is None else systems
    for name in systems:
        get_system(name)  # an unknown name fails before anything is scored
    clusters, notes = scorable(clusters)
    notes |= _query_notes(systems, clusters)
    _warn_slow(systems, clusters)
    rouge = Rouge()
    rows = []
    for name in systems:
        if name in QUERY_SYSTEMS and "skipped" in notes:
            continue
        run = get_system(name)
        rows.append(_score_system(name, lambda c, run=run: run(c, words), clusters, rouge, words, progress))
    return EvalTable(rows=rows, words=words, data=data, notes=notes)


QUADRATIC_SYSTEMS = ("lexrank", "textrank", "lsa")
SLOW_SENTENCES = 1500  # sentences in one cluster past which sumy's graph and matrix systems take minutes each


def _warn_slow(systems: Sequence[str], clusters: Sequence[Cluster]) -> None:
    """Say on stderr, before scoring, when clusters are so large that sumy's quadratic systems will take minutes
    each (a 100-document cluster: about 270 s for LexRank alone), so a long run is expected, not hung."""
    from newsdesk.evaluation.records import warn

    slow = [name for name in systems if name in QUADRATIC_SYSTEMS]
    big = [c for c in clusters if sum(len(d) for d in c.sentences) > SLOW_SENTENCES]
    if slow and big:
        most = max(sum(len(d) for d in c.sentences) for c in big)
        warn(f"{len(big)} clusters hold more than {SLOW_SENTENCES:,} sentences (up to {most:,}): {', '.join(slow)} "
             f"grow with the square of that and may take minutes per cluster (--systems leaves them out)")


def scorable(clusters: Sequence[Cluster]) -> tuple[list[Cluster], dict[str, str]]:
    """The clusters that can be scored (a reference and a document), and notes saying what was left out."""
    kept = [c for c in clusters if c.summaries and c.documents]
    notes: dict[str, str] = {}
    dropped = [c for c in clusters if not (c.summaries and c.documents)]
    if dropped:
        shown = ", ".join(f"{c.id} ({'no document' if not c.documents else 'no reference summary'})"
                          for c in dropped[:5])
        notes["not scored"] = f"{len(dropped)} clusters without a document or a reference summary: {shown}" + (
            ", ..." if len(dropped) > 5 else "")
    empty = sum(c.empty_references for c in kept)
    if empty:
        notes["empty references"] = f"{empty} empty reference summaries not used (a \"\" reference would score 0)"
    return kept, notes


def _query_notes(systems: Sequence[str], clusters: Sequence[Cluster]) -> dict[str, str]:
    """The table's notes on query systems: who saw the query, or why they were not scored."""
    asked = [s for s in systems if s in QUERY_SYSTEMS]
    if not asked:
        return {}
    with_query = sum(1 for c in clusters if c.query)
    if not with_query:
        return {"skipped": f"{', '.join(asked)}: no cluster has a query (meta.query_title / meta.query_narrative)"}
    also = "" if with_query == len(clusters) else f" ({with_query} of {len(clusters)} clusters have one)"
    return {"query": QUERY_NOTE + also}


def _score_system(
    name: str,
    run: Callable[[Cluster], list[str]],
    clusters: Sequence[Cluster],
    rouge: Rouge,
    words: int,
    progress: Callable[[str, int], None] | None,
) -> SystemRow:
    per: list[dict[str, float]] = []
    seconds = 0.0
    lengths = []
    for done, cluster in enumerate(clusters, start=1):
        start = time.perf_counter()
        summary = truncate(run(cluster), words)
        seconds += time.perf_counter() - start
        lengths.append(sum(len(s.split()) for s in summary))
        per.append(rouge.score(summary, cluster.summaries))
        if progress is not None:
            progress(name, done)
    keys = per[0].keys() if per else ()
    return SystemRow(
        system=name,
        scores={k: mean(p[k] for p in per) for k in keys},
        seconds_per_cluster=seconds / max(len(clusters), 1),
        clusters=len(clusters),
        mean_words=mean(lengths) if lengths else 0.0,
    )


def evaluate_update(
    clusters: Sequence[Cluster], words: int = 100, data: str = "", focus: bool | None = None
) -> EvalTable:
    """Update summarization: each later set summarised given its earlier sets (``since=``) vs alone.

    Rows: ``newsdesk+since`` (earlier sets passed as already-read articles), ``newsdesk`` (the set
    alone), and ``lead`` for reference; only clusters with earlier sets are scored. With ``focus``
    (None: when a later set has a query) also ``newsdesk-focus+since``: the same, focused on the
    set's query.
    """
    from newsdesk.brief import summarize

    by_id = {c.id: c for c in clusters}
    later, notes = scorable([c for c in clusters if c.earlier])
    missing = sorted({e for c in later for e in c.earlier if e not in by_id})
    if missing:
        notes["missing earlier sets"] = (f"{len(missing)} earlier sets are not among the clusters ({', '.join(missing[:5])}"
                                         f"{', ...' if len(missing) > 5 else ''}): their later sets are briefed without them")
    rouge = Rouge()

    def with_since(c: Cluster, query: str | None = None) -> list[str]:
        seen = [a for e in c.earlier if e in by_id for a in by_id[e].articles()]
        cfg = BriefConfig(words=words, focus=query)
        return [s.text for s in summarize(c.articles(), cfg, since=seen).sentences]

    rows = [_score_system("newsdesk+since", with_since, later, rouge, words, None)]
    if focus or focus is None and any(c.query for c in later):
        asked = _query_notes(QUERY_SYSTEMS, later)
        notes |= asked
        if "skipped" not in asked:
            rows.append(_score_system("newsdesk-focus+since", lambda c: with_since(c, c.query or None), later, rouge,
                                      words, None))
    rows += [
        _score_system("newsdesk", lambda c: newsdesk(c, words), later, rouge, words, None),
        _score_system("lead", lambda c: lead(c, words), later, rouge, words, None),
    ]
    return EvalTable(
        rows=rows, words=words, data=data, title="update summaries (later sets given earlier ones)", notes=notes
    )
