"""Routes of the web page and the JSON API, through FastAPI's test client, on a real SQLite store in tmp_path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
from web_support import demo_db  # noqa: E402

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient  # noqa: E402

from newsdesk.web.app import create_app, http_url  # noqa: E402


@pytest.fixture
def desk(tmp_path: Path):  # noqa: ANN201
    """(store file, demo AddResult dict, XSS AddResult dict)."""
    return demo_db(tmp_path)


def client(db: Path, **kw) -> TestClient:
    return TestClient(create_app(db, **kw))


def test_stories_list_and_search(desk) -> None:  # noqa: ANN001
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


def test_story_json_has_brief_comparison_and_evidence(desk) -> None:  # noqa: ANN001
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
    assert c.get(f"/stories/{sid}").status_code == 200


def test_story_view_is_cached(desk) -> None:  # noqa: ANN001
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


def test_article_json_and_page(desk) -> None:  # noqa: ANN001
    db, demo, _ = desk
    c = client(db)
    aid = demo["added"][0]["article"]
    body = c.get(f"/api/articles/{aid}").json()
    assert body["article"]["text"] and isinstance(body["article"]["removed"], list)
    assert body["story"]["id"] == demo["added"][0]["story"]
    page = c.get(f"/articles/{aid}")
    assert page.status_code == 200 and "details" in page.text


def test_unknown_ids_are_404(desk) -> None:  # noqa: ANN001
    c = client(desk[0])
    assert c.get("/api/stories/nope").status_code == 404
    assert c.get("/api/articles/nope").status_code == 404
    page = c.get("/stories/nope", headers={"accept": "text/html"})
    assert page.status_code == 404 and "no story" in page.text


def test_post_articles_json_and_token(desk) -> None:  # noqa: ANN001
    db, demo, _ = desk
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


def test_upload_job_reports_progress_and_result(desk, tmp_path: Path) -> None:  # noqa: ANN001
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
    # The same upload again adds nothing: each article is reported with the story it is already in.
    again = c.post("/add", files=[("files", ("ferry.jsonl", lines.encode(), "application/json"))],
                   headers={"accept": "text/html"})
    assert again.status_code == 200 and "already on the desk" in again.text and "upload:ferry.jsonl" in again.text
    from newsdesk.store import open_store

    with open_store(db) as store:
        assert {store.story_of(a["article"]) for a in added} == {a["story"] for a in added}
        assert any(r.source.startswith("upload:evil.exe") for r in store.rejections()), "rejections are stored"


def test_upload_size_limit_and_cross_origin(desk) -> None:  # noqa: ANN001
    c = client(desk[0], max_upload_bytes=1000)
    big = c.post("/api/uploads", files=[("files", ("a.txt", b"x" * 5000, "text/plain"))])
    assert big.status_code == 413
    evil = c.post("/api/articles", json={"texts": ["x"]}, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403


def test_url_errors_are_clear(desk) -> None:  # noqa: ANN001
    from newsdesk.errors import InputError

    def unreachable(url: str) -> tuple[bytes, str]:
        raise InputError(f"this machine cannot reach {url}: ConnectError")

    c = client(desk[0], fetch=unreachable)
    r = c.post("/api/articles", json={"url": "https://news.example/x"})
    assert r.status_code == 400 and "cannot reach" in r.json()["detail"]
    r = c.post("/api/articles", json={"url": "file:///etc/passwd"})
    assert r.status_code == 400 and "http" in r.json()["detail"]


def test_security_headers_and_escaping(desk) -> None:  # noqa: ANN001
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
def test_http_url(url, ok) -> None:  # noqa: ANN001
    assert (http_url(url) is not None) == ok


def test_openapi_lists_the_api(desk) -> None:  # noqa: ANN001
    paths = client(desk[0]).get("/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/articles"} <= set(paths)
