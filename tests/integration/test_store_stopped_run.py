"""A run stopped between storing articles and assigning them (Ctrl-C) leaves them in no story; the next run, on
any input, assigns them (X25: 292 of 300 articles stayed in no story until the same file was read again)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk import stories
from newsdesk.cli import main
from newsdesk.model import Article
from newsdesk.store import open_store

FIRE = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said. "
        "Firefighters worked through the night to contain the blaze at the Dunmore warehouse.")
FIRE2 = ("Firefighters contained a warehouse fire in Dunmore that forced 1,200 residents from their homes on Tuesday, "
         "the fire service said. The blaze at the warehouse burned through the night.")
FERRY = ("The ferry between Dunmore and Kells will stop running in March for repairs to its hull, the operator said. "
         "Passengers can take a bus that leaves the harbour every hour, the operator added.")


def test_the_next_run_assigns_articles_a_stopped_run_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "STALE_ORPHAN_S", 0.0)  # (an hour in use: the stopped run was long ago)
    db = tmp_path / "desk.db"
    with open_store(db) as store:  # what a run stopped after storing leaves behind
        store.add_articles([Article("f1", "old.jsonl:1", FIRE, title="Warehouse fire", date="2024-03-05"),
                            Article("f2", "old.jsonl:2", FIRE2, title="Fire contained", date="2024-03-05")])
        assert store.story_of("f1") is None
    feed = tmp_path / "next.jsonl"
    feed.write_text(json.dumps({"id": "k1", "title": "Ferry to stop", "date": "2024-03-06", "text": FERRY}) + "\n",
                    encoding="utf-8")
    out = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert out.exit_code == 0, out.output
    with open_store(db) as store:
        assert store.story_of("f1") is not None and store.story_of("f1") == store.story_of("f2")
        assert store.story_of("k1") is not None and store.story_of("k1") != store.story_of("f1")
        assert store.unassigned_articles() == []


def test_what_a_run_still_going_has_just_stored_is_left_to_it(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    with open_store(db) as store:  # another ingest, beside this one, stored these a moment ago
        store.add_articles([Article("f1", "old.jsonl:1", FIRE, title="Warehouse fire", date="2024-03-05")])
    feed = tmp_path / "next.jsonl"
    feed.write_text(json.dumps({"id": "k1", "title": "Ferry to stop", "date": "2024-03-06", "text": FERRY}) + "\n",
                    encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)]).exit_code == 0
    with open_store(db) as store:
        assert store.story_of("f1") is None and store.story_of("k1") is not None
