"""The web desk's "Remove from the desk" form and DELETE /api/articles/{id} (a retracted report)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
from web_support import demo_db

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.store import open_store
from newsdesk.web.app import create_app


def test_the_article_page_form_removes_the_article_and_names_its_story(tmp_path: Path) -> None:
    db, demo, _ = demo_db(tmp_path)
    added = demo["added"][0]
    c = TestClient(create_app(db))
    page = c.get(f"/articles/{added['article']}")
    assert "Remove from the desk" in page.text and f"/articles/{added['article']}/remove" in page.text
    with open_store(db) as store:
        others = [a for a in store.get_story(added["story"]).article_ids if a != added["article"]]
    unticked = c.post(f"/articles/{added['article']}/remove", data={"reason": "retracted by the outlet"})
    assert unticked.status_code == 400 and "tick the box" in unticked.text
    done = c.post(f"/articles/{added['article']}/remove", data={"reason": "retracted by the outlet", "confirm": "yes"})
    assert done.status_code == 200, done.text
    assert "is no longer in this store: retracted by the outlet" in done.text
    assert ("Its story keeps" in done.text) == bool(others)
    assert c.get(f"/articles/{added['article']}").status_code == 404
    again = c.delete(f"/api/articles/{added['article']}")
    assert again.status_code == 404 and "already removed" in again.json()["detail"]


def test_the_json_api_removes_with_the_token_and_refuses_another_site(tmp_path: Path) -> None:
    db, demo, _ = demo_db(tmp_path)
    article = demo["added"][-1]["article"]
    c = TestClient(create_app(db, token="s3cret"))
    assert c.delete(f"/api/articles/{article}").status_code == 401
    foreign = c.delete(f"/api/articles/{article}", headers={"X-Newsdesk-Token": "s3cret", "Origin": "https://evil.example"})
    assert foreign.status_code == 403
    ok = c.delete(f"/api/articles/{article}", params={"reason": "not news"}, headers={"X-Newsdesk-Token": "s3cret"})
    assert ok.status_code == 200, ok.text
    assert [w["article"] for w in ok.json()["removed"]] == [article] and ok.json()["removed"][0]["reason"] == "not news"
    with open_store(db) as store:
        assert store.get_article(article) is None
