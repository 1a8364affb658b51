"""Clustering of small inputs (below the ~80 articles LSA needs): mixes built from ../shared/eval.

What a user hands `newsdesk cluster` or `newsdesk brief` is often a handful of files. Below the LSA size the
batch method cuts average link on plain TF-IDF cosine at ``ClusterConfig.small_threshold``. This prints B3 F1
(mean over the trials) for each threshold given, on four kinds of sets, the same trials for every threshold:
- ``mn3``: all documents of 3 random multinews-val stories (should make 3 stories);
- ``mn4unrel``: one document each of 4 random multinews-val stories (4 stories of one article);
- ``duc3x5``: 5 documents each of 3 random duc2006 topics (3 stories);
- ``pages15``: 15 unrelated web pages of the extraction dev sets, cleaned (15 stories);
- ``story+topic``: all documents of one multinews-val story (3 or more) and 6 documents of one duc2006 topic (a
  topic's articles tell different events: the story must stay whole and free of them; B3 precision shown too);
- ``story+singles``: all documents of one multinews-val story (3 or more) among one document each of 6 others;
- ``topics+events``: 2-5 duc2006 topics of 2-8 documents each beside 0-6 multinews-val stories (at most 5 documents
  each), a reporter's folder of several subjects; with the number of stories that mix gold stories (topics or
  events) over its trials (a story holding two or more documents of each of two: "four unrelated topics in one
  story"); the mean column stays the mean of the first six kinds, as at earlier stops;
and how many real multinews-val / duc2006 clusters ``stories.mixed_stories`` flags as several stories (the
note `newsdesk brief` prints).

The same trials are also given to the ``tfidf-agglomerative`` baseline of ``benchmarks/cluster.py`` (last row).

Usage: python benchmarks/cluster_small.py [--eval-dir DIR] [--seed N] [THRESHOLD ...]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from newsdesk.clean import clean_raw
from newsdesk.cluster import cluster_labels
from newsdesk.config import ClusterConfig, Settings
from newsdesk.evaluation.clean_eval import read_pages
from newsdesk.evaluation.cluster_eval import baseline_agglomerative, bcubed
from newsdesk.evaluation.summarize_eval import Cluster, read_clusters
from newsdesk.model import Article, RawDoc
from newsdesk.stories import mixed_stories

ROOT = Path(__file__).resolve().parents[1]
PAGE_SETS = ("scrapinghub-aeb-dev", "readability-test-pages")


def _articles(clusters: list[Cluster], per: int | None = None) -> tuple[list[Article], list[str]]:
    arts, gold = [], []
    for c in clusters:
        for i, d in enumerate(c.documents if per is None else c.documents[:per]):
            arts.append(Article(id=f"{c.id}#{i}", source=f"{c.id}#{i}", text=d))
            gold.append(c.id)
    return arts, gold


def _pages(eval_dir: Path) -> list[Article]:
    out = []
    for name in PAGE_SETS:
        for pg in read_pages(eval_dir / name / "pages.jsonl"):
            a = clean_raw(RawDoc(source=pg.id, content=pg.html, kind="html"))
            # real pages of some length; the readability set's "Lorem ipsum" test pages are no articles
            if isinstance(a, Article) and len(a.text.split()) > 150 and "Lorem" not in a.text:
                out.append(a)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("thresholds", type=float, nargs="*")
    args = ap.parse_args()
    thresholds = args.thresholds or [ClusterConfig().small_threshold]
    rng = random.Random(args.seed)
    mn = [c for c in read_clusters(args.eval_dir / "multinews-val" / "clusters.jsonl") if len(c.documents) >= 2]
    duc = read_clusters(args.eval_dir / "duc2006" / "clusters.jsonl")
    pages = _pages(args.eval_dir)
    trials: list[tuple[str, list[Article], list[str]]] = []
    for _ in range(40):
        trials.append(("mn3", *_articles(rng.sample(mn, 3))))
        trials.append(("mn4unrel", *_articles(rng.sample(mn, 4), per=1)))
    for _ in range(10):
        trials.append(("duc3x5", *_articles(rng.sample(duc, 3), per=5)))
    for _ in range(10):
        sample = rng.sample(pages, 15)
        trials.append(("pages15", sample, [a.id for a in sample]))
    # drawn after the others, so the trials above are the same as before this kind was added
    large = [c for c in mn if len(c.documents) >= 3]
    for _ in range(20):
        story, (arts, gold) = rng.choice(large), _articles(rng.sample(duc, 1), per=6)
        first, first_gold = _articles([story])
        trials.append(("story+topic", first + arts, first_gold + gold))
    for _ in range(20):  # a feed: one story of 3+ articles among single articles of 6 other stories
        story = rng.choice(large)
        singles, single_gold = _articles(rng.sample([c for c in mn if c.id != story.id], 6), per=1)
        first, first_gold = _articles([story])
        trials.append(("story+singles", first + singles, first_gold + single_gold))
    for _ in range(20):  # drawn last, for the same reason
        arts, gold = [], []
        for topic in rng.sample(duc, rng.randint(2, 5)):
            docs = rng.sample(topic.documents, min(len(topic.documents), rng.randint(2, 8)))
            more, more_gold = _articles([replace(topic, documents=docs)])
            arts, gold = arts + more, gold + more_gold
        more, more_gold = _articles(rng.sample(mn, rng.randint(0, 6)), per=5)
        trials.append(("topics+events", arts + more, gold + more_gold))
    print(f"{len(pages)} pages; trials: 40 mn3, 40 mn4unrel, 10 duc3x5, 10 pages15, 20 story+topic, 20 story+singles, "
          f"20 topics+events (seed {args.seed})")
    print("| small_threshold | mn3 | mn4unrel | duc3x5 | pages15 | story+topic (B3 P) | story+singles (B3 P) | "
          "topics+events (stories mixing gold stories) | mean of the first six | flagged mixed (multinews / duc2006) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for th in thresholds:
        settings = Settings()
        settings = replace(settings, cluster=replace(settings.cluster, small_threshold=th))
        flagged = []
        for clusters in (mn, duc):
            flagged.append(sum(1 for c in clusters if mixed_stories(_articles([c])[0], settings)))
        row = _row(trials, lambda arts, cfg=settings.cluster: cluster_labels(arts, cfg))
        print(f"| {th} | {row} | {flagged[0]} of {len(mn)} / {flagged[1]} of {len(duc)} |")
    print(f"| tfidf-agglomerative (baseline) | {_row(trials, baseline_agglomerative)} | — |")


def mixing_stories(gold: Sequence[str], pred: Sequence[str]) -> int:
    """Predicted stories holding at least two articles of each of at least two gold stories."""
    by_story: dict[str, Counter[str]] = {}
    for g, p in zip(gold, pred, strict=True):
        by_story.setdefault(p, Counter())[g] += 1
    return sum(1 for c in by_story.values() if sum(1 for n in c.values() if n >= 2) >= 2)


def _row(trials: list[tuple[str, list[Article], list[str]]], system: Callable[[list[Article]], list[str]]) -> str:
    """One table row's cells (but the first and last) for one system over the trials."""
    scores: dict[str, list[float]] = {}
    precision: dict[str, list[float]] = {}
    mixing = 0
    for kind, arts, gold in trials:
        pred = system(arts)
        p, _r, f1 = bcubed(gold, pred)[:3]
        scores.setdefault(kind, []).append(f1)
        precision.setdefault(kind, []).append(p)
        if kind == "topics+events":
            mixing += mixing_stories(gold, pred)
    means = {k: sum(v) / len(v) for k, v in scores.items()}
    row = " | ".join(f"{means[k]:.3f}" for k in ("mn3", "mn4unrel", "duc3x5", "pages15"))
    for kind in ("story+topic", "story+singles"):
        row += f" | {means[kind]:.3f} ({sum(precision[kind]) / len(precision[kind]):.3f})"
    earlier = [v for k, v in means.items() if k != "topics+events"]  # the mean of the six kinds of earlier stops
    return row + f" | {means['topics+events']:.3f} ({mixing}) | {sum(earlier) / len(earlier):.3f}"


if __name__ == "__main__":
    main()
