"""The story page and the story JSON take a focus (``?focus=``): a brief on the reader's question."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/web_support.py
from web_support import demo_db

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.web.app import create_app

FOCUS = "What did the ferry operator do?"
FERRY = "ferry operator added"  # in one demo article only: the generic brief leaves it out


@pytest.fixture
def desk(tmp_path: Path):
    db, demo, _ = demo_db(tmp_path)
    return TestClient(create_app(db)), demo["added"][0]["story"]


def test_story_json_brief_follows_the_focus(desk) -> None:
    c, sid = desk
    generic = c.get(f"/api/stories/{sid}").json()
    focused = c.get(f"/api/stories/{sid}", params={"focus": FOCUS}).json()
    assert generic["brief"]["focus"] is None
    assert focused["brief"]["focus"] == FOCUS
    assert not any(FERRY in s["text"] for s in generic["brief"]["sentences"])
    assert any(FERRY in s["text"] for s in focused["brief"]["sentences"])
    ids = {a["id"] for a in focused["articles"]}
    assert all(set(s["citations"]) <= ids and s["evidence"] for s in focused["brief"]["sentences"])
    # The rest of the page is the story's own, focus or not.
    assert focused["comparison"] == generic["comparison"] and focused["timeline"] == generic["timeline"]
    assert c.get(f"/api/stories/{sid}", params={"focus": "   "}).json() == generic, "a blank focus is no focus"


def test_story_page_has_a_focus_form_and_keeps_each_focus_apart(desk) -> None:
    c, sid = desk
    page = c.get(f"/stories/{sid}")
    assert page.status_code == 200 and 'name="focus"' in page.text and FERRY not in page.text
    focused = c.get(f"/stories/{sid}", params={"focus": FOCUS})
    assert focused.status_code == 200 and FERRY in focused.text
    assert "focused on" in focused.text and 'value="What did the ferry operator do?"' in focused.text
    assert focused.headers["etag"] != page.headers["etag"], "a focused page is kept apart from the generic one"
    again = c.get(f"/stories/{sid}")
    assert again.text == page.text, "the generic page is not replaced by a focused one"
    escaped = c.get(f"/stories/{sid}", params={"focus": "<script>alert(1)</script>"})
    assert escaped.status_code == 200 and "<script>alert(1)</script>" not in escaped.text
    assert c.get(f"/stories/{sid}", params={"focus": "x" * 501}).status_code == 422
