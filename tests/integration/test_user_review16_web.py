"""The newsroom page as a journalist first meets it (helper U16's review): the API page renders, a mistyped
address gets the page's own error page, the add form shows no progress bar before anything is sent, and a
date that is probably only the capture date is flagged as the command line flags it."""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))  # tests/browser/live_server.py
from web_support import demo_db

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
HTML = {"accept": "text/html,application/xhtml+xml"}


@pytest.fixture
def desk(tmp_path: Path):
    return demo_db(tmp_path)


def test_api_page_gets_an_openapi_30_document_swagger_ui_can_render(desk) -> None:
    c = TestClient(create_app(desk[0]))
    page = c.get("/docs")
    assert page.status_code == 200
    if "swagger-ui" not in page.text:  # without swagger-ui-bundle /docs answers the document itself
        pytest.skip("swagger-ui-bundle is not installed")
    assert 'data-openapi="/openapi-ui.json"' in page.text
    ui = c.get("/openapi-ui.json").json()
    assert ui["openapi"].startswith("3.0.")
    text = json.dumps(ui)
    assert '{"type": "null"}' not in text, "3.0 has no null type: nullable instead"
    assert set(ui["paths"]) == set(c.get("/openapi.json").json()["paths"])
    assert c.get("/openapi.json").json()["openapi"].startswith("3.1"), "clients still get FastAPI's own document"
    summaries = [op["summary"] for path in ui["paths"].values() for op in path.values()]
    assert not any(s.startswith("Api ") for s in summaries), summaries


def test_openapi_30_turns_null_unions_into_nullable() -> None:
    from newsdesk.web.app import openapi_30

    doc = {"openapi": "3.1.0", "components": {"schemas": {"A": {"properties": {
        "url": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Url"},
        "meta": {"anyOf": [{"$ref": "#/components/schemas/M"}, {"type": "null"}]},
        "n": {"type": "integer", "examples": [3, 4]}}}}}}
    props = openapi_30(doc)["components"]["schemas"]["A"]["properties"]
    assert props["url"] == {"type": "string", "title": "Url", "nullable": True}
    assert props["meta"] == {"allOf": [{"$ref": "#/components/schemas/M"}], "nullable": True}
    assert props["n"] == {"type": "integer", "example": 3}
    assert doc["components"]["schemas"]["A"]["properties"]["url"]["anyOf"], "the input is left as it was"


def test_a_mistyped_address_gets_an_error_page_in_a_browser_and_json_from_the_api(desk) -> None:
    c = TestClient(create_app(desk[0]))
    page = c.get("/storys", headers=HTML)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text and "/storys" in page.text and 'href="http://testserver/"' in page.text
    api = c.get("/api/storys")
    assert api.status_code == 404 and "/docs" in api.json()["detail"]
    assert c.get("/storys").json()["detail"].startswith("nothing at /storys")  # no text/html: JSON
    assert c.delete("/api/stories").status_code == 405  # other HTTP errors keep FastAPI's answer


def test_a_probable_capture_date_is_flagged_on_the_story_and_article_pages(tmp_path: Path) -> None:
    from builders import make_article
    from newsdesk.store import open_store
    from web_support import add_records  # stores records as `newsdesk ingest` does

    text = ("The harbour council approved the bridge repair budget on Monday after a long debate about corrosion. "
            "Council members said the repairs would start in spring and the harbour road would stay open.")
    stated = make_article(text, outlet="Coast Post", title="Council approves bridge repairs", date="2024-05-14")
    captured = replace(make_article(text.replace("Monday", "Monday evening"), outlet="Harbour Times",
                                    title="Bridge repair budget passes", date="2026-01-02"), date_confidence=0.3)
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        result = add_records(store, [stated, captured])
    story = result["added"][0]["story"]
    c = TestClient(create_app(db))
    page = c.get(f"/stories/{story}").text
    sources = page.split("Sources", 1)[1]
    assert sources.count("(capture date?)") == 2, "once in the sources, once in the timeline"
    assert "2024-05-14 <span" not in page  # a stated date is not flagged
    art = c.get(f"/articles/{captured.id}").text
    assert "probably the date the page was captured" in art


def _chromium_page():
    if not CHROMIUM.exists():
        pytest.skip(f"browser check needs Debian's chromium at {CHROMIUM}")
    pw = pytest.importorskip("playwright.sync_api", reason="browser check needs playwright")
    return pw


def test_add_form_shows_no_progress_bar_before_anything_is_sent_and_docs_render(desk) -> None:
    pw = _chromium_page()
    from live_server import LiveServer

    seen: dict = {}

    def look(url: str) -> None:  # in its own thread: Playwright's sync API refuses a thread with a running loop
        try:
            with pw.sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                            args=["--no-sandbox", "--disable-gpu"])
                try:
                    page = browser.new_context().new_page()
                    page.goto(url + "/add")
                    seen["form"] = page.locator("#add-form").is_visible()
                    seen["progress"] = page.locator("#progress").is_visible()
                    page.goto(url + "/docs")
                    if page.locator("#swagger-ui").count():
                        deadline = time.time() + 20
                        while time.time() < deadline and not page.locator(".opblock").count():
                            time.sleep(0.2)
                        seen["docs"] = page.inner_text("body")
                        seen["operations"] = page.locator(".opblock").count()
                finally:
                    browser.close()
        except Exception as exc:  # noqa: BLE001 - any failure in the thread is reported by the test below
            seen["error"] = repr(exc)

    with LiveServer(create_app(desk[0])) as server:
        worker = threading.Thread(target=look, args=(server.url,))
        worker.start()
        worker.join(timeout=120)
    assert "error" not in seen, seen.get("error")
    assert seen["form"]
    assert not seen["progress"], "an idle form says 'Uploading…'"
    if "docs" in seen:
        assert "Unable to render" not in seen["docs"]
        assert seen["operations"] >= 6, seen["docs"][:500]


PASTE = ("Ferry runs aground off Lanmore\n\n"
         "The passenger ferry Northern Gull ran aground on a sandbank off Lanmore on Sunday evening, the coastguard said. "
         "All 212 passengers were taken off by lifeboats and no one was hurt, coastguard spokesman Ewan Doyle said.")


def test_pasted_text_can_say_its_outlet_on_the_page_and_in_the_api(desk) -> None:
    c = TestClient(create_app(desk[0]))
    form = c.get("/add").text
    assert 'name="outlet"' in form and "Outlet&#10;" not in form, "the paste box no longer asks for the outlet inline"
    page = c.post("/add", data={"text": PASTE, "outlet": "  Harbour   Times "}, headers=HTML)
    assert page.status_code == 200, page.text
    article = re.search(r'href="http://testserver/articles/(a[0-9a-f]+)"', page.text).group(1)
    assert c.get(f"/api/articles/{article}").json()["article"]["outlet"] == "Harbour Times"
    body = c.post("/api/articles", json={"texts": [PASTE.replace("Sunday", "Sunday night")], "outlet": "Island Courier"})
    assert body.status_code == 200, body.text
    added = body.json()["added"][0]["article"]
    assert c.get(f"/api/articles/{added}").json()["article"]["outlet"] == "Island Courier"
    plain = c.post("/api/articles", json={"texts": [PASTE.replace("Sunday", "late Sunday")]}).json()["added"][0]
    assert c.get(f"/api/articles/{plain['article']}").json()["article"]["outlet"] is None


def test_story_brief_as_markdown_to_paste_numbered_as_on_the_page(desk) -> None:
    db, demo, _ = desk
    c = TestClient(create_app(db))
    sid = demo["added"][0]["story"]
    page = c.get(f"/stories/{sid}").text
    assert f'href="http://testserver/stories/{sid}/brief.md"' in page
    md = c.get(f"/stories/{sid}/brief.md")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/plain")
    body = md.text
    view = c.get(f"/api/stories/{sid}").json()
    assert body.startswith(f"# {view['story']['title']}\n")
    numbers = {a["id"]: a["number"] for a in view["articles"]}
    first = view["brief"]["sentences"][0]
    markers = "".join(f"[{numbers[i]}]" for i in first["citations"])
    assert markers in body.split("## Sources")[0], "citations numbered as on the page"
    sources = body.split("## Sources")[1]
    assert len(re.findall(r"^\d+\. ", sources, flags=re.MULTILINE)) == len(view["articles"])
    focused = c.get(f"/stories/{sid}/brief.md", params={"focus": "the bridge warning"}).text
    assert focused.splitlines()[0].endswith("— on: the bridge warning")
    assert "?focus=the%20bridge%20warning" in c.get(f"/stories/{sid}", params={"focus": "the bridge warning"}).text
    assert c.get("/stories/nope/brief.md").status_code == 404
