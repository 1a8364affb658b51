"""WARC input: HTML responses become RawDocs with WARC-Date as their capture date; other records are accounted for."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest.warc import read_warc
from newsdesk.model import RawDoc, Rejection


def _write(path: Path, gz: bool) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for uri, ctype, body in (
            ("http://x.test/a", "text/html; charset=utf-8", b"<html><body><p>Flood story text.</p></body></html>"),
            ("http://x.test/img.png", "image/png", b"\x89PNG...."),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": "2024-02-03T10:00:00Z"})
            w.write_record(rec)


def test_html_and_non_html(tmp_path: Path) -> None:
    for gz in (False, True):
        p = tmp_path / ("a.warc.gz" if gz else "a.warc")
        _write(p, gz)
        out = list(read_warc(p, IngestConfig()))
        docs = [d for d in out if isinstance(d, RawDoc)]
        rej = [r for r in out if isinstance(r, Rejection)]
        assert [(d.kind, d.url, d.capture_date) for d in docs] == [("html", "http://x.test/a", "2024-02-03T10:00:00Z")]
        assert [r.reason for r in rej] == [Reason.NOT_HTML]


def test_truncated_warc_keeps_what_it_read(tmp_path: Path) -> None:
    p = tmp_path / "a.warc"
    _write(p, False)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 40])
    out = list(read_warc(p, IngestConfig()))
    assert any(isinstance(d, RawDoc) for d in out)
    assert any(isinstance(r, Rejection) and str(p) in r.source for r in out)
