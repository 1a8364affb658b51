"""Benchmark: newsdesk on each page as HTML and as a full-page text dump vs. the dump and trafilatura (token P/R/F1).

Rows (as `newsdesk eval clean` prints them): newsdesk (HTML page) = the HTML through newsdesk's HTML path, as
`newsdesk clean page.html`, HTML and WARC ingest read a page; newsdesk (text of dump) = the plain-text cleaner on a
naive dump of the page, as a page given as text is read; full-page dump = the dump itself; trafilatura (HTML) =
trafilatura alone on the HTML.

Usage: python benchmarks/extraction.py [--data FILE] [--limit N] [--no-trafilatura] [--readability]
Reads ../shared/eval/scrapinghub-aeb-dev/pages.jsonl relative to the repository, or FILE (JSON lines, each with
id, html and the reference text; read as `newsdesk eval clean --data` reads it: gzip, a BOM, blank lines). With
--readability also readability-test-pages, real pages only: meta.source_bytes >= 8000 (pages without the field
are kept).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from newsdesk.evaluation.clean_eval import evaluate_clean
from newsdesk.evaluation.records import iter_records

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
REAL_PAGE_BYTES = 8000  # readability-test-pages below this size are small synthetic cases


def real_pages(src: Path, out: Path) -> int:
    """Write the pages of ``src`` minus the small synthetic cases (``meta.source_bytes`` < 8000) to ``out``.

    A page that does not give its size is kept. Returns how many pages were written.
    """
    kept = 0
    with out.open("w", encoding="utf-8") as dst:
        for _, rec in iter_records(src, "an extraction record (id, html, text)"):
            meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
            size = meta.get("source_bytes")
            if isinstance(size, (int, float)) and not isinstance(size, bool) and size < REAL_PAGE_BYTES:
                continue
            dst.write(json.dumps(rec) + "\n")
            kept += 1
    return kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=EVAL / "scrapinghub-aeb-dev" / "pages.jsonl",
                    help="pages file to score (default: scrapinghub-aeb-dev)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--readability", action="store_true", help="also score readability-test-pages")
    args = ap.parse_args()
    report = evaluate_clean(args.data, limit=args.limit, with_trafilatura=not args.no_trafilatura)
    print(report.table())
    if args.readability:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "readability-real.jsonl"
            real_pages(EVAL / "readability-test-pages" / "pages.jsonl", path)
            report = evaluate_clean(path, limit=args.limit, with_trafilatura=not args.no_trafilatura)
            print()
            print(report.table().replace(str(path), f"readability-test-pages (source_bytes >= {REAL_PAGE_BYTES})"))


if __name__ == "__main__":
    main()
