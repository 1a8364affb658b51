"""Readers: every input becomes a RawDoc or a Rejection with a reason that names it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest import read_inputs
from newsdesk.model import RawDoc, Rejection


def _read(*paths: object, **cfg: object) -> list[RawDoc | Rejection]:
    return list(read_inputs([str(p) for p in paths], IngestConfig(**cfg)))  # type: ignore[arg-type]


def test_text_html_and_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some article text here.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text("<html><body><p>Hello page</p></body></html>", encoding="utf-8")
    docs = _read(tmp_path)
    kinds = {Path(d.source).name: d.kind for d in docs if isinstance(d, RawDoc)}
    assert kinds == {"a.txt": "text", "b.html": "html"}


def test_rejections_have_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t \n")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "big.txt").write_bytes(b"word " * 300)
    docs = _read(tmp_path, tmp_path / "missing.txt", max_bytes=1000)
    reasons = {Path(d.source).name: d.reason for d in docs if isinstance(d, Rejection)}
    assert reasons == {
        "empty.txt": Reason.EMPTY,
        "blank.txt": Reason.EMPTY,
        "img.txt": Reason.BINARY,
        "big.txt": Reason.TOO_LARGE,
        "missing.txt": Reason.UNREADABLE,
    }


def test_encodings(tmp_path: Path) -> None:
    text = "Café owners in Zürich said prices rose – again."
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "u16le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "cp.txt").write_bytes(text.replace("–", "-").encode("cp1252"))
    docs = _read(tmp_path)
    assert all(isinstance(d, RawDoc) for d in docs), docs
    for d in docs:
        assert "Zürich" in d.content, d.source


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": "Body one.", "title": "T1", "outlet": "O", "date": "2024-01-02"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"html": "<p>Body two</p>", "url": "http://e.x/a"}),
        "",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = _read(path)
    good = [d for d in docs if isinstance(d, RawDoc)]
    bad = [d for d in docs if isinstance(d, Rejection)]
    assert [g.id for g in good] == ["x1", None]
    assert good[0].title == "T1" and good[0].outlet == "O" and good[1].kind == "html"
    assert [b.reason for b in bad] == [Reason.BAD_RECORD] * 4
    assert all(b.source.startswith(str(path)) for b in bad)


def test_jsonl_common_field_names(tmp_path: Path) -> None:
    """news-please / CC-NEWS records ("maintext", "date_publish", "source_domain") and a nested "meta" object."""
    lines = [
        json.dumps({"maintext": "Crews reopened the coastal road on Monday.", "headline": "Road reopens",
                    "date_publish": "2017-06-14 10:44:00", "source_domain": "harbourtimes.example", "url": "http://h.x/1"}),
        json.dumps({"text": "The ferry resumed its evening service.", "meta": {"date": "2018-02-01", "outlet": "Coast Post"}}),
        json.dumps({"content": "<html><body><p>The bridge inquiry opened on Friday.</p></body></html>",
                    "published": {"not": "a string"}}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    news_please, nested, cms = _read(path)
    assert (news_please.title, news_please.date, news_please.outlet, news_please.kind) == (
        "Road reopens", "2017-06-14 10:44:00", "harbourtimes.example", "record")
    assert (nested.date, nested.outlet) == ("2018-02-01", "Coast Post")
    assert cms.kind == "html" and cms.date is None, "an alias of another type is ignored, not an error"


def test_multinews_lines(tmp_path: Path) -> None:
    path = tmp_path / "stories.txt"
    path.write_text("Doc one text. ||||| Doc two text.\nOnly doc.\n", encoding="utf-8")
    docs = _read(path, input_format="multinews")
    assert [d.group for d in docs] == [f"{path}:1", f"{path}:1", f"{path}:2"]


def test_gzip_and_corrupt_gzip(tmp_path: Path) -> None:
    (tmp_path / "ok.txt.gz").write_bytes(gzip.compress(b"Compressed article text."))
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    docs = {Path(d.source).name: d for d in _read(tmp_path)}
    assert isinstance(docs["ok.txt.gz"], RawDoc)
    assert isinstance(docs["bad.txt.gz"], Rejection) and docs["bad.txt.gz"].reason == Reason.UNDECODABLE


def test_glob_and_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs = _read(tmp_path, str(tmp_path / "*.txt"))
    assert [Path(d.source).name for d in docs] == ["a.txt"]
