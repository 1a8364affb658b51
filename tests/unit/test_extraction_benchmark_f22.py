"""benchmarks/extraction.py reads its pages files as `newsdesk eval clean` does (BOM, blank lines, gzip) and keeps
the pages that do not give their size."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from builders import load_benchmark


def _page(i: int, meta: dict | None = None) -> dict:
    row = {"id": f"p{i}", "html": f"<html><body><p>Page {i} of the test.</p></body></html>", "text": f"Page {i}."}
    return row if meta is None else {**row, "meta": meta}


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_real_pages_reads_a_bom_blank_lines_and_gzip(tmp_path: Path) -> None:
    real_pages = load_benchmark("extraction").real_pages
    lines = [json.dumps(_page(1, {"source_bytes": 9000})), "", json.dumps(_page(2, {"source_bytes": 100}))]
    text = "\ufeff" + "\r\n".join(lines) + "\r\n\r\n"
    plain, zipped = tmp_path / "pages.jsonl", tmp_path / "pages.jsonl.gz"
    plain.write_text(text, encoding="utf-8")
    zipped.write_bytes(gzip.compress(text.encode("utf-8")))
    for src in (plain, zipped):
        out = tmp_path / "out.jsonl"
        assert real_pages(src, out) == 1 and _ids(out) == ["p1"]


def test_real_pages_keeps_pages_without_a_size(tmp_path: Path) -> None:
    src, out = tmp_path / "pages.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in (_page(1), _page(2, {"lang": "en"}))), encoding="utf-8")
    assert load_benchmark("extraction").real_pages(src, out) == 2 and _ids(out) == ["p1", "p2"]
