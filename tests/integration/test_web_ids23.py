"""Web page, stop 23: article ids shaped like paths or URLs ("nyt/2024/03/bridge.html", "q?x=1#frag") link and open."""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
from web_support import add_records, ferry_strike_articles

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from dataclasses import replace

from fastapi.testclient import TestClient

from newsdesk.store import open_store
from newsdesk.web.app import create_app


def test_path_and_url_shaped_article_ids_link_to_their_pages(tmp_path: Path) -> None:
    first, second = ferry_strike_articles()
    odd = [replace(first, id="post/2024/06/ferry.html"), replace(second, id="../q?x=1#frag")]
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        result = add_records(store, odd)
    c = TestClient(create_app(db))
    page = c.get(f"/stories/{result['added'][0]['story']}")
    assert page.status_code == 200, page.text[:500]
    links = {unescape(h) for h in re.findall(r'href="([^"]*/articles/[^"]+)"', page.text)}
    assert any("post%2F2024%2F06%2Fferry.html" in h for h in links), links
    assert any("..%2Fq%3Fx%3D1%23frag" in h for h in links), links  # "../" stays in the id, not a path step
    for href in links:
        got = c.get(href)
        assert got.status_code == 200, href
    assert c.get("/api/articles/post/2024/06/ferry.html").json()["article"]["id"] == "post/2024/06/ferry.html"


def test_an_offset_past_sqlite_integers_is_refused_not_a_server_error(tmp_path: Path) -> None:
    c = TestClient(create_app(tmp_path / "empty.db"))
    assert c.get("/", params={"offset": "99999999999999999999999"}).status_code == 422
    assert c.get("/api/stories", params={"offset": "99999999999999999999999"}).status_code == 422
