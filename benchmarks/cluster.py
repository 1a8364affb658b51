"""Story clustering on ../shared/eval (duc2006-clustering, wikiref220): batch and stream, with baselines.

Also multinews-val as one pile (``--piles``): every document of its 250 clusters an article, gold = its cluster
(250 news events of 2-10 articles, the kind of corpus a day of a feed is, where the two sets above are topics),
and two mixed piles (duc2006-clustering or wikiref220 with it). The pile is written to a temporary directory.

Each set also gets the gold-centroid ceiling (``cluster_eval.centroid_ceiling``: every article in the
gold topic whose centroid is nearest, leave-one-out; it knows the topics, so it is no system, but it
bounds what comparing articles with story centroids can reach). ``--seeds N`` reruns newsdesk with
LSA seeds 0..N-1 (``ClusterConfig.lsa_seed``) and prints the spread: one seed's figure moves by
about 0.01 B3 F1. ``--orders N`` reruns the stream with the articles of each day in N other orders (dates kept:
the ids are renamed with a seeded random prefix, and the stream takes a day's articles by id), the spread a change
to the stream must beat: which of two articles of one day opens a story moves the stories that form around it.

Usage: python benchmarks/cluster.py [--eval-dir DIR] [--window-days N] [--seeds N] [--orders N] [--piles | --only-piles]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from newsdesk.cluster import cluster_labels
from newsdesk.config import ClusterConfig
from newsdesk.evaluation.cluster_eval import (
    bcubed,
    centroid_ceiling,
    evaluate_clustering,
    load_gold,
    seed_spread,
)

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--window-days", type=int, default=3650, help="stream window; DUC topics span years")
    ap.add_argument("--seeds", type=int, default=0, help="also rerun newsdesk with LSA seeds 0..N-1 (0: no)")
    ap.add_argument("--orders", type=int, default=0, help="also rerun the stream with each day's articles in N other "
                    "orders (0: no)")
    ap.add_argument("--piles", action="store_true", help="also the multinews-val pile and two mixed piles")
    ap.add_argument("--only-piles", action="store_true", help="only the piles")
    args = ap.parse_args()
    cfg = ClusterConfig(window_days=args.window_days)
    for name in () if args.only_piles else ("duc2006-clustering", "wikiref220"):
        data = args.eval_dir / name / "articles.jsonl"
        if not data.exists():
            print(f"skip {name}: {data} missing")
            continue
        for stream in (False, True):
            print(evaluate_clustering(data, cfg, stream=stream).to_markdown())
        gold = load_gold(data)
        c = centroid_ceiling([g.article for g in gold], [g.label for g in gold])
        print(f"{name}: gold-centroid ceiling (TF-IDF, leave-one-out) B3 P {c['bcubed_p']:.3f} "
              f"R {c['bcubed_r']:.3f} F1 {c['bcubed_f1']:.3f}\n")
        for stream in (False, True) if args.seeds else ():
            f1 = seed_spread(data, cfg, stream, range(args.seeds))
            print(f"{name}: newsdesk {'stream' if stream else 'batch'} B3 F1 over LSA seeds 0-{args.seeds - 1}: "
                  f"mean {statistics.mean(f1):.3f}, min {min(f1):.3f}, max {max(f1):.3f} "
                  f"({', '.join(f'{v:.3f}' for v in f1)})\n")
        if args.orders:
            f1 = order_spread(data, cfg, range(args.orders))
            print(f"{name}: newsdesk stream B3 F1 with each day's articles in {args.orders} other orders: mean "
                  f"{statistics.mean(f1):.3f}, min {min(f1):.3f}, max {max(f1):.3f} ({', '.join(f'{v:.3f}' for v in f1)})\n")
    if args.piles or args.only_piles:
        piles(args.eval_dir, cfg)


def order_spread(data: Path, cfg: ClusterConfig, orders: Sequence[int]) -> list[float]:
    """Stream B3 F1 with the articles of each day in another order, one figure per seed of ``orders``.

    The stream takes articles by date, then by id: each id gets a seeded random prefix, so a day's articles
    arrive in another order and nothing else changes (the batch grouping at the end of the run visits articles
    by their content, not their ids)."""
    gold = load_gold(data)
    out = []
    for seed in orders:
        rng = random.Random(seed)
        arts = [replace(g.article, id=f"{rng.randrange(10**9):09d}-{g.article.id}") for g in gold]
        out.append(bcubed([g.label for g in gold], cluster_labels(arts, cfg, incremental=True))[2])
    return out


def _pile_rows(clusters: Path) -> list[dict]:
    """One article per document of a summarization clusters.jsonl, gold = its cluster id."""
    rows = []
    with clusters.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for n, doc in enumerate(row["documents"]):
                if doc.strip():
                    rows.append({"id": f"{row['id']}#{n}", "text": doc, "cluster": f"mn-{row['id']}"})
    return rows


def piles(eval_dir: Path, cfg: ClusterConfig) -> None:
    """The multinews-val pile alone and mixed with each topic set, batch and stream, with baselines."""
    source = eval_dir / "multinews-val" / "clusters.jsonl"
    if not source.exists():
        print(f"skip piles: {source} missing")
        return
    events = _pile_rows(source)
    with tempfile.TemporaryDirectory() as tmp:
        sets = {"multinews-val pile (250 events)": events}
        for name in ("duc2006-clustering", "wikiref220"):
            path = eval_dir / name / "articles.jsonl"
            if path.exists():
                with path.open(encoding="utf-8") as fh:
                    sets[f"{name} + multinews-val pile"] = [json.loads(line) for line in fh if line.strip()] + events
        for title, rows in sets.items():
            data = Path(tmp) / "pile.jsonl"
            data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            print(f"### {title}: {len(rows)} articles")
            for stream in (False, True):
                print(evaluate_clustering(data, cfg, stream=stream).to_markdown())
            gold = load_gold(data)
            c = centroid_ceiling([g.article for g in gold], [g.label for g in gold])
            print(f"{title}: gold-centroid ceiling (TF-IDF, leave-one-out) B3 F1 {c['bcubed_f1']:.3f}\n")


if __name__ == "__main__":
    main()
