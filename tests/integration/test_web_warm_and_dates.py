"""`newsdesk serve --warm N`: the newest stories an ingest stored get their brief and comparison made in the
background, so their pages open at once (a 96-article story took 16 s on its first view)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk import service
from newsdesk.cli import main
from newsdesk.service.reading import is_warm
from newsdesk.store import open_store

pytest.importorskip("fastapi", reason="the web routes need the web extra: pip install 'newsdesk[web]'")
from fastapi.testclient import TestClient

from newsdesk.web.app import create_app

FIRE = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said. "
        "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday.")
FIRE_TOO = ("Fire crews fought a blaze at a warehouse in Dunmore on Tuesday, and 1,300 residents were evacuated, "
            "officials said. The fire service said on Wednesday the blaze was contained after a long night.")
VOTE = ("Voters in the province of Dunmere elected a new parliament on Sunday, the electoral commission said. "
        "The Harbour Party won 41 seats and will lead the coalition talks, its leader told reporters on Monday.")
VOTE_TOO = ("The Harbour Party won 41 seats in Sunday's election in Dunmere, the electoral commission said on Monday. "
            "Its leader said coalition talks would begin this week with two smaller parties.")


def _ingested(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.jsonl"
    rows = [("f1", "Warehouse fire forces evacuation in Dunmore", "2024-03-05", FIRE),
            ("f2", "Dunmore warehouse blaze contained", "2024-03-06", FIRE_TOO),
            ("v1", "Harbour Party wins Dunmere election", "2024-04-01", VOTE),
            ("v2", "Dunmere coalition talks to begin", "2024-04-02", VOTE_TOO)]
    feed.write_text("".join(json.dumps({"id": i, "title": t, "date": d, "text": x}) + "\n" for i, t, d, x in rows),
                    encoding="utf-8")
    db = tmp_path / "desk.db"
    out = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert out.exit_code == 0, out.output
    return db


def test_warm_newest_makes_the_newest_pages_once(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    with open_store(db) as store:
        stories = [s.id for s in store.list_stories()]
        assert len(stories) == 2 and not any(is_warm(store, s) for s in stories)  # the CLI ingest makes no page
        assert service.warm_newest(store, 1) == stories[:1]  # the newest story only
        assert is_warm(store, stories[0]) and not is_warm(store, stories[1])
        assert service.warm_newest(store, 5) == stories[1:]  # a warm page is not made again
        assert service.warm_newest(store, 5) == []
        assert service.warm_newest(store, 5, stop=lambda: True) == []


def test_the_server_warms_the_newest_stories_in_the_background(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    with TestClient(create_app(db, warm_stories=5)) as client:
        with open_store(db) as store:
            stories = [s.id for s in store.list_stories()]
            deadline = time.monotonic() + 60
            while not all(is_warm(store, s) for s in stories) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert all(is_warm(store, s) for s in stories)
        page = client.get(f"/stories/{stories[0]}")
        assert page.status_code == 200
    with open_store(db) as store:  # warm_stories=0 (the default of create_app) leaves pages to their first view
        service.withdraw_articles(store, ["v2"])
    with TestClient(create_app(db)):
        time.sleep(0.5)
    with open_store(db) as store:
        assert not is_warm(store, store.story_of("v1"))


def test_the_story_page_dates_an_old_sentence_that_tells_time_from_its_day(tmp_path: Path) -> None:
    """A long story's page shows beside a brief sentence that says "on Monday" the day its article was written."""
    feed = tmp_path / "long.jsonl"
    old = ("The Dunmore council voted on Monday to close the old harbour bridge for repairs, the mayor said. "
           "The harbour bridge carries 9,000 cars a day, the council's engineer told reporters.")
    new = ("The old harbour bridge in Dunmore reopened to traffic after repairs, the mayor said. "
           "The harbour bridge, which carries 9,000 cars a day, was closed by the council for repairs.")
    rows = [("b1", "Dunmore closes harbour bridge", "2023-01-09", old),
            ("b1b", "Harbour bridge to close", "2023-01-09", old.replace("the mayor said", "officials said")),
            ("b2", "Harbour bridge reopens", "2024-03-05", new)]
    feed.write_text("".join(json.dumps({"id": i, "title": t, "date": d, "text": x}) + "\n" for i, t, d, x in rows),
                    encoding="utf-8")
    db = tmp_path / "long.db"
    assert CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db), "--window-days", "3650"]).exit_code == 0
    with open_store(db) as store:
        sid = store.story_of("b1")
        assert sid == store.story_of("b2")
        view = service.story_view(store, sid)
    dated = [s for s in view.brief if s.written]
    assert dated and all(s.from_id in ("b1", "b1b") and s.written == "9 January 2023" for s in dated)
    page = TestClient(create_app(db)).get(f"/stories/{sid}")
    assert '<em class="written">(9 January 2023)</em>' in page.text
