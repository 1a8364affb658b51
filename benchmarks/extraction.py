"""Benchmark: the text cleaner on full-page dumps vs. the dump itself and trafilatura (token P/R/F1).

Usage: python benchmarks/extraction.py [--limit N] [--no-trafilatura] [--readability]
Reads ../shared/eval/scrapinghub-aeb-dev/pages.jsonl (and readability-test-pages with --readability,
real pages only: source_bytes >= 8000) relative to the repository.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from newsdesk.evaluation.clean_eval import evaluate_clean

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"


def _real_readability_pages(tmp: Path) -> Path:
    """The readability test pages minus the small synthetic cases, as a temporary JSONL file."""
    out = tmp / "readability-real.jsonl"
    with (
        (EVAL / "readability-test-pages" / "pages.jsonl").open(encoding="utf-8") as src,
        out.open("w") as dst,
    ):
        for line in src:
            rec = json.loads(line)
            if (rec.get("meta") or {}).get("source_bytes", 0) >= 8000:
                dst.write(line)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--readability", action="store_true", help="also score readability-test-pages")
    args = ap.parse_args()
    report = evaluate_clean(
        EVAL / "scrapinghub-aeb-dev" / "pages.jsonl",
        limit=args.limit,
        with_trafilatura=not args.no_trafilatura,
    )
    print(report.table())
    if args.readability:
        with tempfile.TemporaryDirectory() as tmp:
            path = _real_readability_pages(Path(tmp))
            report = evaluate_clean(path, limit=args.limit, with_trafilatura=not args.no_trafilatura)
            print()
            print(report.table().replace(str(path), "readability-test-pages (source_bytes >= 8000)"))


if __name__ == "__main__":
    main()
