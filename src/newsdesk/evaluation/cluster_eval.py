"""Story-clustering evaluation: B-cubed, ARI and NMI against gold labels, with two named baselines.

Baselines run in the same call as newsdesk so the figures are comparable:

* ``tfidf-agglomerative``: scikit-learn TF-IDF (sublinear tf, English stop words) + average-link
  agglomerative clustering on cosine distance, cut at one fixed distance threshold (``AGGLO_DISTANCE``,
  chosen on the DUC 2006 dev set and never tuned per run).
* ``single-pass-tdt``: the classic TDT single-pass clusterer: articles in date order, each joins the most
  similar running TF-IDF centroid (IDF from the articles seen so far) when cosine >= ``TDT_THRESHOLD``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from newsdesk.clean.dates import STATED
from newsdesk.config import ClusterConfig
from newsdesk.errors import InputError
from newsdesk.model import Article

AGGLO_DISTANCE = 0.92  # cosine distance cut; best of 0.6-0.96 on duc2006-clustering (dev)
TDT_THRESHOLD = 0.15  # single-pass threshold; best of 0.1-0.25 on duc2006-clustering (dev)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    label: str
    page: bool = False  # the text was given under "html": a web page, cleaned as HTML


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin) of a predicted clustering.

    Example:
        >>> bcubed(["a", "a", "b"], ["x", "x", "y"])
        (1.0, 1.0, 1.0)
    """
    if len(gold) != len(pred):
        raise ValueError("gold and pred must have the same length")
    if not gold:
        return 0.0, 0.0, 0.0
    pair = Counter(zip(gold, pred, strict=True))
    g_size, p_size = Counter(gold), Counter(pred)
    p = sum(n * n / p_size[pl] for (_, pl), n in pair.items()) / len(gold)
    r = sum(n * n / g_size[gl] for (gl, _), n in pair.items()) / len(gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """B-cubed P/R/F1, adjusted Rand index and NMI, plus the number of predicted clusters."""
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    p, r, f = bcubed(gold, pred)
    return {
        "bcubed_p": round(p, 4),
        "bcubed_r": round(r, 4),
        "bcubed_f1": round(f, 4),
        "ari": round(float(adjusted_rand_score(gold, pred)), 4),
        "nmi": round(float(normalized_mutual_info_score(gold, pred)), 4),
        "clusters": len(set(pred)),
    }


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a clustering JSONL (``id, text, title, cluster, meta``) into articles with gold labels.

    Articles that the data lists in more than one gold cluster (``meta.also_in_clusters``) are dropped,
    as PROVENANCE.md of duc2006-clustering allows, so each article has one unambiguous label.
    """
    from newsdesk.evaluation.records import as_id, as_text, iter_records, record_id, unique_ids, warn
    from newsdesk.evaluation.records import field as get

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such clustering file")
    out: list[GoldArticle] = []
    for n, row in iter_records(path, "a clustering record (id, text, cluster)"):
        where = f"{path}:{n}"
        try:
            meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
            if meta.get("also_in_clusters") or row.get("also_in_clusters"):
                continue
            day = _iso(get(row, ("date", "published", "date_publish"), where, required=False))
            title = get(row, ("title", "headline"), where, required=False)
            outlet = get(row, ("outlet", "site_name", "source_domain"), where, required=False)
            art = Article(
                id=record_id(get(row, ("id", "doc_id", "docno"), where, required=False), n, where),
                source=f"{path.name}:{n}",
                text=as_text(get(row, (*_TEXT_FIELDS, "html"), where), where, "text"),
                title=title if isinstance(title, str) else None,
                date=day,
                # The data's dates are stated publication dates: the stream takes the articles in
                # date order and its time window applies (with no confidence they counted as
                # capture dates, and the stream ran in id order, one topic after another).
                date_confidence=STATED if day else 0.0,
                outlet=outlet if isinstance(outlet, str) else None,
            )
            label = as_id(get(row, ("cluster", "cluster_id", "label", "topic", "story"), where), where, "cluster")
        except InputError as exc:
            raise InputError(f"{exc}; expected a clustering record (id, text, cluster)") from exc
        # A page given under "html" is read as `newsdesk ingest` reads it: as HTML (evaluate_clustering cleans it).
        out.append(GoldArticle(art, label, page=get(row, _TEXT_FIELDS, where, required=False) is None))
    # The systems key their labels by article id: articles sharing one (ids numbered per topic, a repeated
    # row) would share one label, so each keeps an id of its own.
    ids, renamed = unique_ids([g.article.id for g in out])
    if renamed:
        warn(f"{path}: {renamed} article ids repeat an earlier one; renamed (id#2, id#3, ...) so each article is "
             "clustered on its own")
        out = [replace(g, article=replace(g.article, id=i)) for g, i in zip(out, ids, strict=True)]
    return out


_TEXT_FIELDS = ("text", "content", "body", "maintext", "document")


def _iso(value: Any) -> str | None:
    """DUC dates come as ``1999-07-07 08:30`` or ``08/12/1998 13:29:00``; return ``YYYY-MM-DD``.

    A Unix time (seconds or milliseconds, as a number or digits) or a compact 19990708 is read as ``newsdesk ingest`` reads it.
    """
    from newsdesk.ingest.records import record_date

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = record_date(value)
    if len(value) < 8:
        return None
    if value[4] == "-":
        return value[:10]
    if value[2] == "/" and value[5] == "/":
        return f"{value[6:10]}-{value[0:2]}-{value[3:5]}"
    from newsdesk.clean.dates import parse_date

    return parse_date(value)  # other shapes: "1999/07/07", "7 July 1999", ...


def _stream_order(items: Sequence[GoldArticle]) -> list[int]:
    """Date order; articles of one day (or without a date) in the file's order, whatever their ids look like
    (ids "9" and "10" sort as text the other way round; the dev sets list their articles in id order)."""
    return sorted(range(len(items)), key=lambda i: (items[i].article.date or "9999", i))


def baseline_agglomerative(articles: Sequence[Article], distance: float = AGGLO_DISTANCE) -> list[str]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    if len(articles) < 2:  # nothing to merge (scikit-learn needs two samples)
        return ["0"] * len(articles)
    docs = [f"{a.title or ''}\n{a.text}" for a in articles]
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(docs)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance
    )
    # Cosine distances from the sparse matrix: articles x articles, not the dense articles x vocabulary matrix
    # (several GB past a few thousand articles); the same clustering.
    return [str(v) for v in model.fit_predict(cosine_distances(x))]


def baseline_single_pass(articles: Sequence[Article], threshold: float = TDT_THRESHOLD) -> list[str]:
    """Classic TDT single pass, in the given order, IDF from the documents seen so far."""
    from newsdesk.text import content_terms

    df: Counter[str] = Counter()
    cents: list[Counter[str]] = []
    labels: list[str] = []
    for n, a in enumerate(articles, start=1):
        tf = Counter(content_terms(f"{a.title or ''} {a.text}"))
        df.update(tf.keys())
        vec = {t: (1 + np.log(c)) * np.log((n + 1) / df[t]) for t, c in tf.items()}
        norm = np.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {t: v / norm for t, v in vec.items()}
        best, best_sim = -1, 0.0
        for k, cent in enumerate(cents):
            cn = np.sqrt(sum(v * v for v in cent.values())) or 1.0
            sim = sum(v * cent.get(t, 0.0) for t, v in vec.items()) / cn
            if sim > best_sim:
                best, best_sim = k, sim
        if best >= 0 and best_sim >= threshold:
            cents[best].update(vec)
            labels.append(str(best))
        else:
            cents.append(Counter(vec))
            labels.append(str(len(cents) - 1))
    return labels


def centroid_ceiling(articles: Sequence[Article], gold: Sequence[str]) -> dict[str, float]:
    """Scores of putting each article in the gold topic whose centroid is nearest (leave-one-out).

    Not a system: it knows the gold topics. It says how far a method that compares an article with a
    story centroid (newsdesk's TF-IDF features and weights, the centroids built from the *other* gold
    members) could get if it found every topic exactly; topics whose articles sit nearer another
    topic's centroid cap every such method below 1.0 (duc2006-clustering: B3 F1 0.943).
    """
    from newsdesk.cluster import features
    from newsdesk.cluster.batch import vectorize

    if not articles:
        return scores([], [])
    x = vectorize([features(a) for a in articles]).matrix
    topics = sorted(set(gold))
    index = {t: k for k, t in enumerate(topics)}
    own = np.array([index[g] for g in gold])
    member = np.zeros((len(topics), len(gold)), dtype=np.float64)
    member[own, np.arange(len(gold))] = 1.0
    sums = np.asarray((x.T @ member.T).T)  # topic sums of the unit rows (k x terms)
    dots = np.asarray(x @ sums.T)  # article . topic sum (n x k)
    norm2 = np.einsum("ij,ij->i", sums, sums)
    self2 = np.asarray(x.multiply(x).sum(axis=1)).ravel()  # 1, or 0 for an article with no terms
    rows = np.arange(len(gold))
    loo2 = np.tile(norm2, (len(gold), 1))
    loo2[rows, own] = norm2[own] - 2 * dots[rows, own] + self2  # its own topic without the article
    dots[rows, own] -= self2
    with np.errstate(divide="ignore", invalid="ignore"):
        sims = np.where(loo2 > 1e-12, dots / np.sqrt(np.maximum(loo2, 1e-12)), -1.0)
    return scores(list(gold), [topics[k] for k in sims.argmax(axis=1)])


def seed_spread(data: str | Path, cfg: ClusterConfig, stream: bool, seeds: Sequence[int]) -> list[float]:
    """newsdesk's B-cubed F1 on one file for each LSA seed (``ClusterConfig.lsa_seed``), in seed order."""
    from newsdesk.cluster import cluster_labels

    items = load_gold(data)
    items = [items[i] for i in _stream_order(items)]
    arts, gold = [g.article for g in items], [g.label for g in items]
    return [bcubed(gold, cluster_labels(arts, replace(cfg, lsa_seed=s), incremental=stream))[2] for s in seeds]


@dataclass(slots=True)
class ClusterEvalResult:
    data: str
    articles: int
    gold_clusters: int
    stream: bool
    rows: dict[str, dict[str, float]] = field(default_factory=dict)
    cleaned: bool = False  # the texts went through the cleaner first (``--clean``)
    rejected: int = 0  # of them, how many the cleaner rejected (each scored as a story of its own)
    web_pages: int = 0  # texts that are web pages (HTML), cleaned as HTML whether or not ``cleaned``

    def to_dict(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "articles": self.articles,
            "gold_clusters": self.gold_clusters,
            "mode": "stream" if self.stream else "batch",
            "input": "cleaned" if self.cleaned else "text as given",
            "rejected_by_cleaner": self.rejected,
            "web_pages_read_as_html": self.web_pages,
            "systems": self.rows,
        }

    def to_markdown(self) -> str:
        head = (
            f"{self.data}: {self.articles} articles, {self.gold_clusters} gold clusters, "
            f"{'stream' if self.stream else 'batch'}"
            + (f", texts cleaned first ({self.rejected} rejected by the cleaner, each scored as a story of its own)"
               if self.cleaned else "")
            + (f", {self.web_pages} web pages read as HTML (cleaned; {self.rejected} rejected by the cleaner, each "
               f"scored as a story of its own)" if self.web_pages and not self.cleaned else "")
            + "\n\n"
            "| system | B3 P | B3 R | B3 F1 | ARI | NMI | clusters | seconds |\n|---|---|---|---|---|---|---|---|\n"
        )
        lines = [
            f"| {name} | {r['bcubed_p']:.3f} | {r['bcubed_r']:.3f} | {r['bcubed_f1']:.3f} | {r['ari']:.3f} "
            f"| {r['nmi']:.3f} | {r['clusters']} | {r['seconds']:.1f} |"
            for name, r in self.rows.items()
        ]
        return head + "\n".join(lines) + "\n"


def cleaned(article: Article, page: bool = False) -> Article | None:
    """The article as the cleaner makes it from its text (given title, date and outlet kept), None if rejected; the
    text is read as HTML when it is a web page (``page``, or it opens with markup)."""
    from newsdesk.clean import clean_raw
    from newsdesk.evaluation.records import document_kind
    from newsdesk.model import RawDoc

    kind = "html" if page else document_kind(article.text)
    got = clean_raw(RawDoc(source=article.source, content=article.text, kind=kind, id=article.id,
                           title=article.title, date=article.date, outlet=article.outlet))
    return replace(got, date_confidence=article.date_confidence) if isinstance(got, Article) else None


def evaluate_clustering(
    data: str | Path,
    cfg: ClusterConfig | None = None,
    stream: bool = False,
    systems: Callable[[Sequence[Article], ClusterConfig, bool], list[str]] | None = None,
    clean: bool = False,
) -> ClusterEvalResult:
    """Score newsdesk's clustering (batch, or incremental in date order) and both baselines on one file.

    With ``clean`` every system gets the articles as ``newsdesk cluster`` reads the file: each text through the
    cleaner first. A text that is a web page (given under ``html``, or opening with markup) is cleaned as HTML in
    any case, as ``newsdesk ingest`` reads it. A text the cleaner rejects (no article text, a news service's
    advisory) joins no story: it stays in the scoring as a story of its own, for every system alike.
    """
    from newsdesk.cluster import cluster_labels
    from newsdesk.evaluation.records import document_kind

    cfg = cfg or ClusterConfig()
    items = load_gold(data)
    order = _stream_order(items)
    items = [items[i] for i in order]  # date order: the stream order, and harmless for batch
    gold = [g.label for g in items]
    pages = [g.page or document_kind(g.article.text) == "html" for g in items]
    kept = [cleaned(g.article, page) if clean or page else g.article for g, page in zip(items, pages, strict=True)]
    arts = [a for a in kept if a is not None]
    run = systems or (lambda a, c, s: cluster_labels(a, c, incremental=s))
    result = ClusterEvalResult(str(data), len(items), len(set(gold)), stream, cleaned=clean,
                               rejected=len(kept) - len(arts), web_pages=sum(pages))
    for name, fn in (
        ("newsdesk", lambda: run(arts, cfg, stream)),
        ("tfidf-agglomerative", lambda: baseline_agglomerative(arts)),
        ("single-pass-tdt", lambda: baseline_single_pass(arts)),
    ):
        t0 = time.perf_counter()
        labels = iter(fn())
        pred = [next(labels) if a is not None else f"rejected {i}" for i, a in enumerate(kept)]
        row = scores(gold, pred)
        row["seconds"] = round(time.perf_counter() - t0, 2)
        result.rows[name] = row
    return result
