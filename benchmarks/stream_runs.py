"""The stream as a stored feed meets it: one clustering set ingested in N date-ordered runs into an SQLite store.

`benchmarks/cluster.py --stream` feeds a set through the incremental path in one run (one consolidation at its
end). A newsroom ingests a feed run after run (``newsdesk ingest ... --db FILE`` every hour): each run assigns its
new articles to the stored stories and consolidates the live ones. This benchmark splits a set's articles, in date
order, into ``--runs`` equal runs through ``stories.ingest_into_store`` on a real SQLite file (in a temporary
directory), then scores the stored stories against the gold clusters (B-cubed, ARI, NMI), and counts the stored
articles that consolidation moved to another story (``IngestResult.moved_articles``) and the stories merged away,
per run: the churn a user of the store sees.

Usage: python benchmarks/stream_runs.py [--eval-dir DIR] [--sets duc2006-clustering,wikiref220] [--runs 10]
       [--window-days 3650]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from newsdesk.config import ClusterConfig, Settings
from newsdesk.evaluation.cluster_eval import load_gold, scores
from newsdesk.store import open_store
from newsdesk.stories import ingest_into_store

ROOT = Path(__file__).resolve().parents[1]


def run_set(path: Path, runs: int, settings: Settings) -> str:
    items = sorted(load_gold(path), key=lambda g: (g.article.date or "9999", g.article.id))
    arts = [g.article for g in items]
    chunks = [arts[len(arts) * k // runs: len(arts) * (k + 1) // runs] for k in range(runs)]
    moved: list[int] = []
    merged: list[int] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "feed.db") as store:
        for chunk in chunks:
            result = ingest_into_store(chunk, store, settings)
            moved.append(len(result.moved_articles))
            merged.append(len(result.merged_stories))
        got = scores([g.label for g in items], [store.story_of(a.id) or "" for a in arts])
    seconds = time.perf_counter() - t0
    return (f"| {path.parent.name} | {len(arts)} | {runs} | {got['bcubed_p']:.3f} | {got['bcubed_r']:.3f} | "
            f"**{got['bcubed_f1']:.3f}** | {got['ari']:.3f} | {got['nmi']:.3f} | {got['clusters']} | "
            f"{sum(moved)} ({' '.join(map(str, moved))}) | {sum(merged)} | {seconds:.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--sets", default="duc2006-clustering,wikiref220", help="comma-separated set names under --eval-dir")
    ap.add_argument("--runs", type=int, default=10, help="ingest runs the feed is split into (1 = one run)")
    ap.add_argument("--window-days", type=int, default=3650, help="stream window; DUC topics span years")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    settings = Settings(cluster=ClusterConfig(window_days=args.window_days))
    print("| set | articles | runs | B3 P | B3 R | B3 F1 | ARI | NMI | stories | stored articles moved (per run) "
          "| stories merged away | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in (s.strip() for s in args.sets.split(",") if s.strip()):
        path = args.eval_dir / name / "articles.jsonl"
        if not path.is_file():
            raise SystemExit(f"{path}: no such clustering file (expected {name}/articles.jsonl under --eval-dir)")
        print(run_set(path, args.runs, settings), flush=True)


if __name__ == "__main__":
    main()
