"""The web upload (POST /api/uploads, POST /add) with the bad-input corpus: no 500, no traceback,
every uploaded file stored or rejected with a reason naming it, and the size limit answered with 413."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .conftest import Corpus

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

UPLOADABLE = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".warc", ".warc.gz", ".jsonl.gz")


def _client(db: Path, **kw: object):
    from fastapi.testclient import TestClient

    from newsdesk.web.app import create_app

    return TestClient(create_app(db=db, **kw), base_url="http://127.0.0.1")  # type: ignore[arg-type]


def _files(corpus: Corpus) -> list[Path]:
    out = []
    for name in corpus.files:
        path = Path(name)
        if (
            not path.is_file()
            or path.is_symlink()
            or "copies" in path.parts
            and not path.name.endswith("0.txt")
        ):
            continue
        if path.stat().st_size > 2_000_000:
            continue
        out.append(path)
    return out


def _wait(client, url: str, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(url).json()
        if job["state"] not in ("queued", "running", "pending"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {url} still running after {seconds} s")


def test_upload_every_corpus_file(small_corpus: Corpus, tmp_path: Path) -> None:
    from newsdesk.store import open_store

    paths = _files(small_corpus)
    db = tmp_path / "web.db"
    with _client(db) as client:
        files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]
        resp = client.post("/api/uploads", files=files)
        assert resp.status_code == 202, resp.text
        job = _wait(client, resp.json()["status_url"])
    assert job["state"] == "done", job
    assert "Traceback" not in str(job)
    rejected = job["result"]["rejected"]
    assert all(r["reason"] and r["detail"] for r in rejected)
    with open_store(db) as store:
        stored = [a.source for a in store.iter_articles()]
    said = " ".join(stored + [r["source"] for r in rejected])
    missing = [p.name for p in paths if f"upload:{p.name}" not in said]
    assert not missing, f"uploaded files neither stored nor rejected: {missing}"


@pytest.mark.parametrize(
    "name", ["image.html", "random.txt", "empty.txt", "deep.html", "broken.jsonl", "cut.warc.gz"]
)
def test_add_form_with_one_bad_file_answers_without_500(
    small_corpus: Corpus, tmp_path: Path, name: str
) -> None:
    path = small_corpus.root / name
    with _client(tmp_path / "web.db") as client:
        resp = client.post(
            "/add",
            files=[("files", (name, path.read_bytes(), "application/octet-stream"))],
            headers={"accept": "text/html"},
        )
    assert resp.status_code in (200, 400), resp.text[:2000]
    assert "Traceback" not in resp.text
    assert name in resp.text


def test_upload_over_the_limit_is_413(tmp_path: Path) -> None:
    with _client(tmp_path / "web.db", max_upload_bytes=100_000) as client:
        resp = client.post("/api/uploads", files=[("files", ("big.txt", b"word " * 50_000, "text/plain"))])
    assert resp.status_code == 413
    assert "limit" in resp.json()["detail"]


def test_upload_with_hostile_file_names(tmp_path: Path) -> None:
    names = [
        "../../etc/passwd.txt",
        "a\x00b.txt",
        "<script>alert(1)</script>.html",
        "x" * 500 + ".txt",
        "noext",
    ]
    text = b"The Valeport harbor council voted on Tuesday to build a flood wall along the east quay of the old port."
    with _client(tmp_path / "web.db") as client:
        resp = client.post("/api/uploads", files=[("files", (n, text, "text/plain")) for n in names])
        assert resp.status_code in (202, 400), resp.text
        if resp.status_code == 202:
            job = _wait(client, resp.json()["status_url"])
            assert job["state"] == "done", job
    assert not (tmp_path.parent / "etc").exists()


def test_the_web_upload_reads_every_format_the_cli_reads(tmp_path: Path) -> None:
    """A CSV, a JSON array and an RSS feed uploaded from the page become articles, as `newsdesk ingest` reads
    them; the file picker offers their suffixes."""
    from newsdesk.store import open_store

    body = ("The Valeport harbor council voted on Tuesday to build a flood wall along the east quay of the old"
            " port, after three floods in two winters closed the fish market.")
    csv = f'title,text\n"Flood wall for Valeport","{body}"\n'.encode()
    js = ('[{"title": "Quay wall approved", "text": "' + body.replace("Tuesday", "Monday") + '"}]').encode()
    rss = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Valeport Daily</title><item><title>Wall vote"
           f"</title><description>{body.replace('three', 'four')}</description></item></channel></rss>").encode()
    with _client(tmp_path / "web.db") as client:
        assert 'accept=".atom,.csv,' in client.get("/add").text
        resp = client.post("/api/uploads", files=[("files", ("a.csv", csv, "text/csv")),
                                                  ("files", ("b.json", js, "application/json")),
                                                  ("files", ("c.rss", rss, "application/rss+xml"))])
        assert resp.status_code == 202, resp.text
        job = _wait(client, resp.json()["status_url"])
    assert job["state"] == "done" and not job["result"]["rejected"], job
    with open_store(tmp_path / "web.db") as store:
        titles = sorted(a.title or "" for a in store.iter_articles())
    assert titles == ["Flood wall for Valeport", "Quay wall approved", "Wall vote"], titles
