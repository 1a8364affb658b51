"""Story clustering on ../shared/eval (duc2006-clustering, wikiref220): batch and stream, with baselines.

Usage: python benchmarks/cluster.py [--eval-dir DIR] [--window-days N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsdesk.config import ClusterConfig
from newsdesk.evaluation.cluster_eval import evaluate_clustering

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--window-days", type=int, default=3650, help="stream window; DUC topics span years")
    args = ap.parse_args()
    for name in ("duc2006-clustering", "wikiref220"):
        data = args.eval_dir / name / "articles.jsonl"
        if not data.exists():
            print(f"skip {name}: {data} missing")
            continue
        for stream in (False, True):
            print(evaluate_clustering(data, ClusterConfig(window_days=args.window_days), stream=stream).to_markdown())


if __name__ == "__main__":
    main()
