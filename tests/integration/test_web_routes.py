"""Routes of the web page and the JSON API, through FastAPI's test client, on a real SQLite store in tmp_path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
from web_support import demo_db

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.web.app import create_app, http_url


@pytest.fixture
def desk(tmp_path: Path):
    """(store file, demo AddResult dict, XSS AddResult dict)."""
    return demo_db(tmp_path)


def client(db: Path, **kw) -> TestClient:
    return TestClient(create_app(db, **kw))


def test_stories_list_and_search(desk) -> None:
    db, demo, _ = desk
    c = client(db)
    stories = c.get("/api/stories").json()["stories"]
    assert {s["id"] for s in stories} >= {a["story"] for a in demo["added"]}
    assert all(s["articles"] >= 1 for s in stories)
    lasts = [s["last_date"] or "" for s in stories]
    assert lasts == sorted(lasts, reverse=True), "newest first"
    hits = c.get("/api/stories", params={"q": "estuary"}).json()["stories"]
    assert demo["added"][0]["story"] in {s["id"] for s in hits}
    assert c.get("/api/stories", params={"q": "zzzyzzx"}).json()["stories"] == []
    page = c.get("/", params={"q": "estuary"})
    assert page.status_code == 200 and "story-card" in page.text


def test_story_json_has_brief_comparison_and_evidence(desk) -> None:
    db, demo, _ = desk
    c = client(db)
    sid = demo["added"][0]["story"]
    body = c.get(f"/api/stories/{sid}").json()
    ids = {a["id"] for a in body["articles"]}
    assert body["brief"]["sentences"], "a brief"
    for s in body["brief"]["sentences"]:
        assert set(s["citations"]) <= ids
        assert all(e["sentence"] for e in s["evidence"])
    assert body["comparison"] is not None
    assert [t["date"] or "~" for t in body["timeline"]] == sorted(t["date"] or "~" for t in body["timeline"])
    page = c.get(f"/stories/{sid}")
    assert page.status_code == 200
    # Conflicts are named as in the CLI ("Numbers", "Claim and denial"), not by their JSON kind twice.
    from newsdesk.compare.render import conflict_label

    for conflict in body["comparison"]["conflicts"]:
        assert f">{conflict_label(conflict['kind'])}" in page.text
    assert body["comparison"]["conflicts"], "the demo story has a conflict to show"
    assert "number · number" not in page.text and "denial · denial" not in page.text
    # The demo's toll, four in the morning, six by the afternoon: shown as a revision, earlier value first.
    (revision,) = body["comparison"]["revisions"]
    assert [s["value"].lower() for s in revision["sides"]] == ["four", "six"]
    assert "Revised figures" in page.text and "(earlier)" in page.text


def test_story_view_is_cached(desk) -> None:
    from newsdesk import service
    from newsdesk.store import open_store

    db, demo, _ = desk
    sid = demo["added"][0]["story"]
    with open_store(db) as store:
        first = service.story_view(store, sid)
        second = service.story_view(store, sid)
    assert not first.cached, "the demo was ingested without warming: the first view computes"
    assert second.cached and second.to_dict() == first.to_dict()
    with open_store(db) as store:  # the cache is in the file: another connection (process) reuses it
        assert service.story_view(store, sid).cached


def test_pages_are_kept_until_the_store_changes_and_answer_304(desk) -> None:
    """Story and stories pages are rendered once per store version; If-None-Match gets a 304."""
    from dataclasses import replace

    from newsdesk.model import Article
    from newsdesk.store import open_store

    db, demo, _ = desk
    c = client(db)
    sid = demo["added"][0]["story"]
    first = c.get(f"/stories/{sid}")
    listing = c.get("/", params={"q": "cormorants"})
    assert first.status_code == 200 and first.headers["etag"] and first.headers["cache-control"] == "no-cache"
    assert "No story matches" in listing.text
    again = c.get(f"/stories/{sid}", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == first.headers["etag"]
    assert "script-src 'self'" in again.headers["content-security-policy"]
    # Another connection (as `newsdesk ingest` in another process would) adds an article to the story.
    new = Article(id="acormorant01", source="x.txt", title="Cormorants return to the estuary",
                  text="Cormorants returned to the estuary on Sunday, the harbour master said.", date="2024-05-20")
    with open_store(db) as other:
        other.add_articles([new])
        story = other.get_story(sid)
        other.save_stories([replace(story, article_ids=(*story.article_ids, new.id))])
    changed = c.get(f"/stories/{sid}", headers={"If-None-Match": first.headers["etag"]})
    assert changed.status_code == 200 and "Cormorants return to the estuary" in changed.text
    assert changed.headers["etag"] != first.headers["etag"]
    assert f"/stories/{sid}" in c.get("/", params={"q": "cormorants"}).text, "the kept search page was refreshed"
    assert c.app.state.pages.hits >= 1


def test_article_json_and_page(desk) -> None:
    db, demo, _ = desk
    c = client(db)
    aid = demo["added"][0]["article"]
    body = c.get(f"/api/articles/{aid}").json()
    assert body["article"]["text"] and isinstance(body["article"]["removed"], list)
    assert body["story"]["id"] == demo["added"][0]["story"]
    page = c.get(f"/articles/{aid}")
    assert page.status_code == 200 and "details" in page.text


def test_unknown_ids_are_404(desk) -> None:
    c = client(desk[0])
    assert c.get("/api/stories/nope").status_code == 404
    assert c.get("/api/articles/nope").status_code == 404
    page = c.get("/stories/nope", headers={"accept": "text/html"})
    assert page.status_code == 404 and "no story" in page.text


def test_post_articles_json_and_token(desk) -> None:
    db, _, _ = desk
    text = ("Valeport Daily\n\nBridge collapse inquiry opens in Port Veyra\n\n"
            "The independent inquiry into the collapse of the Old Harbour Bridge in Port Veyra opened on Friday, "
            "Mayor Ilse Marchetti said, as divers searched the estuary and the transport authority denied any warning.")
    locked = client(db, token="s3cret")
    assert locked.post("/api/articles", json={"texts": [text]}).status_code == 401
    assert locked.post("/api/articles", json={"texts": [text]}, headers={"X-Newsdesk-Token": "wrong"}).status_code == 401
    ok = locked.post("/api/articles", json={"texts": [text]}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200, ok.text
    added = ok.json()["added"]
    assert len(added) == 1 and added[0]["story"]
    assert client(db).post("/api/articles", json={"texts": []}).status_code == 400


def test_upload_job_reports_progress_and_result(desk, tmp_path: Path) -> None:
    import json
    import time

    db, _, _ = desk
    c = client(db)
    lines = "\n".join(json.dumps({"title": f"Harbour ferry timetable {i}", "text": "The harbour ferry will run "
                                  f"an extra evening service number {i} from Port Veyra while the bridge is closed, "
                                  "the ferry operator said on Friday in a statement to passengers."}) for i in range(3))
    r = c.post("/api/uploads", files=[("files", ("../../etc/ferry.jsonl", lines.encode(), "application/json")),
                                      ("files", ("evil.exe", b"MZ\x00\x00", "application/octet-stream"))])
    assert r.status_code == 202, r.text
    for _ in range(100):
        job = c.get(r.json()["status_url"]).json()
        if job["state"] != "running":
            break
        time.sleep(0.1)
    assert job["state"] == "done", job
    added = job["result"]["added"]
    assert len(added) == 3
    # Which uploaded file (and line) became which article, in which story.
    assert sorted(a["source"] for a in added) == [f"upload:ferry.jsonl:{n}" for n in (1, 2, 3)]
    assert all(a["new_article"] and a["story"] for a in added)
    rejected = job["result"]["rejected"]
    assert any(x["source"].startswith("upload:evil.exe") for x in rejected)
    assert not any("etc" in x["source"] for x in rejected + added)
    # Each rejection says why in words a person reads, the same text the CLI prints.
    exe = next(x for x in rejected if x["source"].startswith("upload:evil.exe"))
    assert exe["explain"] and exe["explain"] != exe["reason"] and exe["reason"].replace("_", " ") in exe["explain"]
    page = c.post("/add", files=[("files", ("evil.exe", b"MZ\x00\x00", "application/octet-stream"))],
                  headers={"accept": "text/html"})
    assert exe["explain"] in page.text.replace("&#39;", "'"), "the upload page shows the explanation"
    # The same upload again adds nothing: each article is reported with the story it is already in.
    again = c.post("/add", files=[("files", ("ferry.jsonl", lines.encode(), "application/json"))],
                   headers={"accept": "text/html"})
    assert again.status_code == 200 and "already on the desk" in again.text and "upload:ferry.jsonl" in again.text
    from newsdesk.store import open_store

    with open_store(db) as store:
        assert {store.story_of(a["article"]) for a in added} == {a["story"] for a in added}
        assert any(r.source.startswith("upload:evil.exe") for r in store.rejections()), "rejections are stored"


def test_upload_size_limit_and_cross_origin(desk) -> None:
    c = client(desk[0], max_upload_bytes=1000)
    big = c.post("/api/uploads", files=[("files", ("a.txt", b"x" * 5000, "text/plain"))])
    assert big.status_code == 413
    evil = c.post("/api/articles", json={"texts": ["x"]}, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403
    # A form posted from the desk's own page with its referrer withheld says "Origin: null" (X25: always refused);
    # the browser's Sec-Fetch-Site tells where it came from.
    text = "The Dunmore council voted on Wednesday to close the old pier for repairs, the mayor said on Thursday."
    own = c.post("/api/articles", json={"texts": [text]}, headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"})
    assert own.status_code == 200, own.text
    other = c.post("/api/articles", json={"texts": [text]}, headers={"Origin": "null", "Sec-Fetch-Site": "cross-site"})
    assert other.status_code == 403
    bare = c.post("/api/articles", json={"texts": [text]}, headers={"Origin": "null"})
    assert bare.status_code == 403


def test_url_errors_are_clear(desk) -> None:
    from newsdesk.errors import InputError

    def unreachable(url: str) -> tuple[bytes, str]:
        raise InputError(f"this machine cannot reach {url}: ConnectError")

    c = client(desk[0], fetch=unreachable)
    r = c.post("/api/articles", json={"url": "https://news.example/x"})
    assert r.status_code == 400 and "cannot reach" in r.json()["detail"]
    r = c.post("/api/articles", json={"url": "file:///etc/passwd"})
    assert r.status_code == 400 and "http" in r.json()["detail"]


def test_security_headers_and_escaping(desk) -> None:
    db, _, xss = desk
    c = client(db)
    story, article = xss["added"][0]["story"], xss["added"][0]["article"]
    for path in ("/", f"/stories/{story}", f"/articles/{article}", "/add", "/docs"):
        r = c.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "<script>window.__xss" not in r.text and "<img src=x onerror" not in r.text, path
        assert 'href="javascript:' not in r.text.lower()
        assert "<script>" not in r.text.replace('<script src=', '')
    assert "&lt;script&gt;" in c.get(f"/stories/{story}").text


@pytest.mark.parametrize("url,ok", [("https://a.example/x", True), ("http://a.example", True),
                                    ("javascript:alert(1)", False), (" JavaScript:alert(1)", False),
                                    ("data:text/html,x", False), ("//evil.example", False), (None, False)])
def test_http_url(url, ok) -> None:
    assert (http_url(url) is not None) == ok


def test_openapi_lists_the_api(desk) -> None:
    paths = client(desk[0]).get("/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/articles"} <= set(paths)


TOWNS = ["Valeport", "Port Veyra", "Northmere", "Castleford", "Easthaven", "Millbrook", "Westbury", "Oakridge"]
EVENTS = [("flood wall", "council voted to build a flood wall along the east quay after winter storms"),
          ("ferry strike", "ferry crews walked out over pay and the harbour service stopped for the day"),
          ("school roof", "the roof of the primary school was found unsafe and pupils moved to the library"),
          ("tram line", "the new tram line opened to passengers after three years of building work"),
          ("hospital wing", "a new hospital wing for children opened with forty beds and a garden")]


def _ingest_file(path: Path) -> int:
    """A JSONL file of small hand-written articles (8 towns x 5 events, 40 stories of one article each)."""
    import json

    lines = []
    for t, town in enumerate(TOWNS):
        for e, (what, said) in enumerate(EVENTS):
            text = (f"In {town}, officials said on Monday that the {said}. The {what} in {town} had been discussed "
                    f"for months, residents told reporters, and the mayor of {town} promised a public meeting about "
                    f"the {what} next week. Local traders in {town} said the {what} mattered to everyone in the town.")
            lines.append(json.dumps({"title": f"{town} {what} news", "text": text, "outlet": "Desk Test Wire",
                                     "date": f"2024-06-{1 + (t * 5 + e) % 28:02d}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def test_ingest_and_serve_at_the_same_time_on_one_file(desk, tmp_path: Path) -> None:
    """`newsdesk serve` answers (no error, no lock timeout) while `newsdesk ingest` writes to the same file."""
    import socket
    import subprocess
    import time
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    db, demo, _ = desk
    feed = tmp_path / "feed.jsonl"
    n = _ingest_file(feed)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "newsdesk"]
    log = tmp_path / "serve.log"
    with log.open("wb") as fh:  # a file, not a pipe nobody reads (a full pipe would stall the server)
        server = subprocess.Popen([*cmd, "serve", "--db", str(db), "--port", str(port)], stdout=fh, stderr=fh)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            deadline = time.monotonic() + 60
            while True:
                try:
                    http.get("/api/stories")
                    break
                except httpx.TransportError:
                    assert server.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
                    time.sleep(0.2)
            story = demo["added"][0]["story"]
            assert "No story matches" in http.get("/", params={"q": "Oakridge tram"}).text  # kept before ingest
            ingest = subprocess.Popen([*cmd, "ingest", str(feed), "--db", str(db)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

            def reader(k: int) -> list[int]:
                """One of 6 concurrent readers (each request may land on another server thread)."""
                got: list[int] = []
                paths = ("/api/stories", f"/stories/{story}", "/?q=harbour", "/api/stories?q=ferry")
                with httpx.Client(base_url=base, timeout=60) as own:
                    while ingest.poll() is None or len(got) < 4:
                        got.extend(own.get(p).status_code for p in paths[k % 4:] + paths[:k % 4])
                return got

            with ThreadPoolExecutor(6) as ex:
                statuses = [code for part in ex.map(reader, range(6)) for code in part]
            out, err = ingest.communicate(timeout=60)
            assert ingest.returncode == 0, err
            assert set(statuses) == {200}, (statuses, log.read_text()[-3000:])
            assert f'"new_articles": {n}' in out
            # The running server sees what the other process wrote, in its kept pages too.
            hits = http.get("/api/stories", params={"q": "Oakridge tram"}).json()["stories"]
            assert hits and hits[0]["title"]
            assert "No story matches" not in http.get("/", params={"q": "Oakridge tram"}).text
            assert http.get(f"/api/stories/{hits[0]['id']}").status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_with_several_workers_answers(desk) -> None:
    """`newsdesk serve --workers 2`: real processes on 127.0.0.1 built from the environment."""
    import socket
    import subprocess
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = desk[0]
    proc = subprocess.Popen([sys.executable, "-m", "newsdesk", "serve", "--db", str(db), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories", timeout=5) as resp:
                    assert resp.status == 200
                    assert b"stories" in resp.read()
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_story_page_introduces_a_person_named_by_surname(tmp_path: Path) -> None:
    from newsdesk.store import open_store
    from web_support import add_records, ferry_strike_articles

    db = tmp_path / "people.db"
    with open_store(db) as store:
        added = add_records(store, ferry_strike_articles())
    sid = added["added"][0]["story"]
    c = client(db)
    body = c.get(f"/api/stories/{sid}").json()
    quoted = [s for s in body["brief"]["sentences"] if s["people"]]
    assert quoted and quoted[0]["people"][0]["name"] == "Whitcombe"
    assert "Whitcombe said" in quoted[0]["text"], "the sentence itself is unchanged"
    page = c.get(f"/stories/{sid}").text
    assert "Whitcombe [Dana Whitcombe, an analyst with the consulting firm Gullwing Group] said" in page


def test_a_fetched_feed_adds_one_article_per_item(tmp_path: Path) -> None:
    """A URL answering with an RSS feed is read as `newsdesk ingest` reads a .rss file, not as one page."""
    body = ("The Valeport harbor council voted on Tuesday to build a flood wall along the east quay of the old port,"
            " after three floods in two winters closed the fish market.")
    items = "".join(f"<item><title>Wall vote {n}</title><link>https://news.example/{n}</link>"
                    f"<description>{body.replace('three', str(n + 3))}</description></item>" for n in (1, 2))
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Valeport Daily</title>{items}</channel></rss>"

    def fetch(url: str) -> tuple[bytes, str]:
        return feed.encode(), "application/rss+xml; charset=utf-8"

    c = client(tmp_path / "feed.db", fetch=fetch)
    r = c.post("/api/articles", json={"url": "https://news.example/feed.xml"})
    assert r.status_code == 200, r.text
    added = r.json()["added"]
    assert len(added) == 2, r.json()


def test_add_page_names_the_upload_formats_it_accepts(tmp_path: Path) -> None:
    """The add page's note lists the formats an upload is read in (it named only .txt, .html, .jsonl, .warc
    while CSV, JSON, feeds, Markdown and ZIP were accepted too)."""
    page = client(tmp_path / "add.db").get("/add").text
    note = page.split('<label for="files">', 1)[1].split("</label>", 1)[0]
    for fmt in ("Markdown", "JSON", "CSV", "RSS", "ZIP", "WARC"):
        assert fmt in note, fmt
    picker = page.split('id="files"', 1)[1].split(">", 1)[0]
    for suffix in (".csv", ".json", ".rss", ".zip", ".md"):
        assert suffix in picker, suffix


def test_many_copies_of_one_article_are_listed_once_each(tmp_path: Path) -> None:
    """Five stored copies of one article: four copy lines on the story page (one per copy), not ten pairs."""
    from dataclasses import replace

    from newsdesk import service
    from newsdesk.store import open_store
    from web_support import add_records, ferry_strike_articles

    first, second = ferry_strike_articles()
    copies = [replace(first, id=f"aferrycopy{k:03}", source=f"copy{k}.txt") for k in range(4)]
    with open_store(tmp_path / "copies.db") as store:
        result = add_records(store, [first, second, *copies])
        view = service.story_view(store, result["added"][0]["story"])
    exact = [c for c in view.copies if c.kind in ("exact", "near")]
    assert len(exact) == 4 and len({c.copy for c in exact}) == 4, view.copies
