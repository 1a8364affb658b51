"""End to end in Debian's Chromium against uvicorn on 127.0.0.1 over a real SQLite store: stories, citations,
boilerplate toggle, adding by paste, XSS payloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from live_server import LiveServer

from newsdesk.web.app import create_app
from web_support import demo_db

pytestmark = pytest.mark.browser

PASTED = """Valeport Daily

Divers find last missing passenger after Port Veyra bridge collapse

Divers searching the estuary below the Old Harbour Bridge in Port Veyra found the body of the last missing bus passenger on Thursday, the city's emergency service said, bringing the death toll of the bridge collapse to seven.

Fire Chief Dana Okonkwo said the search of the wreckage of the collapsed bridge span was now over and that the estuary would reopen to boats next week.
"""


@pytest.fixture
def desk(tmp_path: Path):
    db, demo, xss = demo_db(tmp_path)
    with LiveServer(create_app(db)) as server:
        yield server, demo, xss


def _bridge_story(demo: dict) -> str:
    """The story of the demo's first article (the wire report of the bridge collapse)."""
    return demo["added"][0]["story"]


def test_stories_page_lists_and_searches(desk, page, shot) -> None:
    server, _demo, _ = desk
    page.goto(server.url + "/")
    cards = page.locator(".story-card")
    assert cards.count() >= 2
    assert page.locator(".story-card .pill").first.inner_text().endswith(("article", "articles"))
    shot(page, "stories")
    page.fill("input[name=q]", "estuary")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=estuary")
    assert page.locator(".story-card").count() >= 1
    assert "Harbour budget" not in page.locator(".story-list").inner_text()
    shot(page, "search")


def test_citation_chip_shows_the_cited_sentence(desk, page, shot) -> None:
    server, demo, _ = desk
    page.goto(f"{server.url}/stories/{_bridge_story(demo)}")
    chip = page.locator("button.chip").first
    evidence = page.locator("#" + chip.get_attribute("data-ev"))
    assert evidence.is_hidden()
    chip.click()
    assert evidence.is_visible()
    sentence = evidence.locator(".ev-sentence").inner_text()
    assert len(sentence.split()) >= 4
    shot(page, "story-cited")
    chip.click()  # unpin
    page.mouse.move(0, 0)
    assert evidence.is_hidden()
    chip.hover()
    assert evidence.is_visible()
    assert not page.errors


def test_article_boilerplate_toggle(desk, page, shot) -> None:
    server, demo, _ = desk
    ids = [a["article"] for a in demo["added"]]
    page.goto(f"{server.url}/articles/{ids[0]}")
    removed = page.locator("details.removed")
    lines = removed.locator(".removed-lines li")
    assert lines.count() >= 1, "the demo's wire article has share/copyright lines that cleaning removes"
    assert not lines.first.is_visible()
    removed.locator("summary").click()
    assert lines.first.is_visible()
    assert page.locator(".article-text p").count() >= 1
    shot(page, "article")


def test_remove_an_article_from_its_page(desk, page, shot) -> None:
    """A retracted report: the article page's "Remove from the desk" takes it out, and its story page lists it no
    more (a real form post from the browser: Origin and Sec-Fetch-Site as chromium sends them)."""
    server, demo, _ = desk
    first = demo["added"][0]
    page.goto(f"{server.url}/articles/{first['article']}")
    page.locator("details.remove summary").click()
    page.fill("#reason", "retracted by the outlet")
    page.check("details.remove input[name=confirm]")
    page.click("details.remove button[type=submit]")
    page.wait_for_selector("text=Removed from the desk")
    shot(page, "removed")
    assert "retracted by the outlet" in page.locator("main").inner_text()
    others = [a for a in demo["added"] if a["story"] == first["story"] and a["article"] != first["article"]]
    assert others, "the demo's bridge story has more than one article"
    page.click(f"a[href$='/stories/{first['story']}']")
    assert first["article"] not in page.locator(".sources").inner_html()
    assert not page.errors


def test_add_by_paste_joins_its_story(desk, page, shot) -> None:
    server, demo, _ = desk
    bridge = _bridge_story(demo)
    page.goto(server.url + "/add")
    page.fill("#text", PASTED)
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#result a.story-link", timeout=30_000)
    shot(page, "added")
    assert page.locator("#result .tag").count() == 0, "the pasted article should join a story, not start one"
    href = page.locator("#result a.story-link").first.get_attribute("href")
    bridge_ids = {a["article"] for a in demo["added"] if a["story"] == bridge}
    page.goto(server.url + href)
    sources = page.locator(".sources").inner_text()
    assert "Divers find last missing passenger" in sources
    links = {h.rsplit("/", 1)[-1] for h in page.locator(".source-list a").evaluate_all("els => els.map(e => e.getAttribute('href'))")}
    assert links & bridge_ids, "it joined a story of the demo's bridge articles"


def test_xss_payloads_are_inert(desk, page, shot) -> None:
    server, _, xss = desk
    story, article = xss["added"][0]["story"], xss["added"][0]["article"]
    for path in ("/", f"/stories/{story}", f"/articles/{article}", "/?q=harbour"):
        page.goto(server.url + path)
        if path.startswith("/articles"):
            page.locator("details.removed summary").click()
        for chip in page.locator("button.chip").all()[:4]:
            chip.click()
        page.wait_for_timeout(200)
        assert page.evaluate("window.__xss") is None, path
        assert page.dialogs == [], path
        assert page.locator("a[href^='javascript:']").count() == 0, path
        shot(page, "xss" + path.replace("/", "_").replace("?", "_"))
    page.goto(f"{server.url}/stories/{story}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text, not run
