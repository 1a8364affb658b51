"""Stop-28 web fixes (R28 #3, #6, #8, #9; U28 #13), on real SQLite stores in tmp_path: upload job ids, a chunked
body over the upload limit, search paging, merged-story redirects, and `POST /api/articles {"text": ...}`."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))  # tests/browser/live_server.py

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
import httpx
from fastapi.testclient import TestClient

from newsdesk.model import Article, Story
from newsdesk.store import open_store
from newsdesk.web.app import create_app
from web_support import add_records

QUAY_STORIES = (
    ("Quay crane", ("The crane on the north quay of Port Wendell collapsed on Monday during a storm, and the harbour "
                   "authority closed the berth while engineers inspect the crane's base and its rails.")),
    ("Quay market", ("Fishmongers on the old quay of Lindholm opened a Sunday market this week, selling herring, "
                    "smoked eel and crab from stalls that the town council paid for with a tourism grant.")),
    ("Quay concert", ("A brass band played on the east quay of Marrow Bay on Saturday evening to raise money for the "
                     "lifeboat station, and about nine hundred people listened from the sea wall and the boats.")),
)
TEXT = ("The town board of Elmsworth voted on Tuesday to reopen the old rail bridge to cyclists after engineers "
        "found its steel sound, the board's chair said. Work on new railings starts next month.")


def _quay_desk(tmp_path: Path) -> tuple[Path, list[str]]:
    """A store of three separate stories that all mention a quay; their ids, newest first."""
    db = tmp_path / "quay.db"
    arts = [Article(id=f"q{n}", source=f"q{n}.txt", title=title, text=text, outlet="Coast Post",
                    date=f"2024-0{2 * n + 1}-10", date_confidence=1.0) for n, (title, text) in enumerate(QUAY_STORIES)]
    with open_store(db) as store:
        add_records(store, arts)
        ids = [s.id for s in store.list_stories(limit=10)]
    assert len(ids) == 3, "three stories"
    return db, ids


def test_a_search_is_paged_by_offset(tmp_path: Path) -> None:
    db, ids = _quay_desk(tmp_path)
    c = TestClient(create_app(db))
    first = [s["id"] for s in c.get("/api/stories", params={"q": "quay", "limit": 2}).json()["stories"]]
    rest = [s["id"] for s in c.get("/api/stories", params={"q": "quay", "limit": 2, "offset": 2}).json()["stories"]]
    assert first == ids[:2] and rest == ids[2:]
    assert c.get("/api/stories", params={"q": "quay", "offset": 5}).json()["stories"] == [], "past the end: empty"
    page = c.get("/", params={"q": "quay", "offset": 1}).text
    assert "results 2–3" in page and f"/stories/{ids[0]}\"" not in page and f"/stories/{ids[1]}\"" in page


def test_merged_story_redirects_keep_the_query_and_cover_the_markdown(tmp_path: Path) -> None:
    db, ids = _quay_desk(tmp_path)
    live = ids[0]
    with open_store(db) as store:
        story = store.get_story(live)
        store.add_articles([Article(id="zz1", source="x.txt", text="The harbour authority of Port Wendell said the "
                                    "north berth would reopen next week after the crane was removed.")])
        store.save_stories([Story("sOLD", "Old story", ("zz1",), None, None)])
        store.save_stories([Story(live, story.title, (*story.article_ids, "zz1"), story.first_date, story.last_date)],
                           merged={"sOLD": live})
    c = TestClient(create_app(db), follow_redirects=False)
    for old, new in (("/stories/sOLD?focus=crane", f"/stories/{live}?focus=crane"),
                     ("/api/stories/sOLD?focus=crane", f"/api/stories/{live}?focus=crane"),
                     ("/stories/sOLD/brief.md", f"/stories/{live}/brief.md"),
                     ("/stories/sOLD/brief.md?focus=crane", f"/stories/{live}/brief.md?focus=crane")):
        r = c.get(old)
        assert r.status_code == 308 and r.headers["location"].endswith(new), (old, r.status_code, r.headers)
    assert c.get("/stories/sOLD/brief.md", follow_redirects=True).text.startswith("# ")
    from newsdesk.web.app import moved_path

    assert moved_path("/stories/x/brief.md", "y", "z") is None


def test_post_articles_takes_one_text_under_text(tmp_path: Path) -> None:
    c = TestClient(create_app(tmp_path / "t.db"))
    r = c.post("/api/articles", json={"text": TEXT, "outlet": "Valley Courier"})
    assert r.status_code == 200, r.text
    assert len(r.json()["added"]) == 1
    r = c.post("/api/articles", json={"body": TEXT})
    assert r.status_code == 400 and "'text'" in r.json()["detail"] and "'texts'" in r.json()["detail"]


def test_upload_job_ids_are_unique_and_not_a_counter(tmp_path: Path) -> None:
    c = TestClient(create_app(tmp_path / "j.db"))
    a = c.post("/api/uploads", data={"text": TEXT}).json()["job"]
    b = c.post("/api/uploads", data={"text": TEXT.replace("Tuesday", "Monday")}).json()["job"]
    other = TestClient(create_app(tmp_path / "j2.db")).post("/api/uploads", data={"text": TEXT}).json()["job"]
    assert len({a, b, other}) == 3 and len(a) >= 16 and a != "j1", "another process never hands out the same id"
    assert 'data-api="' in c.get("/add").text, "one process: the page follows a background job"


def test_a_chunked_body_over_the_upload_limit_is_refused(tmp_path: Path) -> None:
    from live_server import LiveServer

    db = tmp_path / "c.db"
    big = {"texts": [TEXT + " " + "More words about the bridge and its railings. " * 40] * 60}  # about 200 kB
    import json

    body = json.dumps(big).encode()
    assert len(body) > 100_000

    def chunks(data: bytes):
        for i in range(0, len(data), 16_384):
            yield data[i:i + 16_384]

    with LiveServer(create_app(db, max_upload_bytes=100_000)) as server, httpx.Client(base_url=server.url,
                                                                                       timeout=30) as http:
        r = http.post("/api/articles", content=chunks(body), headers={"content-type": "application/json"})
        assert r.status_code == 413, (r.status_code, r.text[:300])
        assert "limit of 100,000 bytes" in r.json()["detail"]
        form = http.post("/api/uploads", content=chunks(b"--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                                                         + TEXT.encode() * 800 + b"\r\n--x--\r\n"),
                         headers={"content-type": "multipart/form-data; boundary=x"})
        assert form.status_code == 413, (form.status_code, form.text[:300])
        small = json.dumps({"text": TEXT}).encode()
        ok = http.post("/api/articles", content=chunks(small), headers={"content-type": "application/json"})
        assert ok.status_code == 200 and len(ok.json()["added"]) == 1, ok.text
        assert len(http.get("/api/stories").json()["stories"]) == 1, "nothing of the refused bodies was stored"


def test_several_workers_refuse_background_uploads_and_the_page_adds_at_once(tmp_path: Path) -> None:
    """`newsdesk serve --workers 2`: a job lives in one process, so /api/uploads says what to use instead, the add
    page posts its form to /add (no data-api for the script), and that add works."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "w.db"
    log = tmp_path / "serve.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "newsdesk", "serve", "--db", str(db), "--port", str(port),
                                 "--workers", "2"], stdout=fh, stderr=fh)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as http:
            deadline = time.monotonic() + 60
            while True:
                try:
                    http.get("/api/stories")
                    break
                except httpx.TransportError:
                    assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
                    time.sleep(0.3)
            for _ in range(4):  # whichever worker answers
                r = http.post("/api/uploads", data={"text": TEXT})
                assert r.status_code == 501 and "/add" in r.json()["detail"], r.text
                page = http.get("/add").text
                assert 'id="add-form"' in page and "data-api" not in page
            added = http.post("/add", data={"text": TEXT}, headers={"accept": "text/html"})
            assert added.status_code == 200 and "Added 1 article" in added.text, added.text[-2000:]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
