"""A removal by another process while an ingest runs keeps the article out under every rule ``withdrawal_of`` applies
(R27: 801d349 tested only the same id and text inside the insert)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from tests.integration.test_store_remove import FIRE, _feed, _ingest

from newsdesk import service
from newsdesk.errors import Reason
from newsdesk.store import open_store


def _removed_elsewhere_at_check(store, db: Path, victim: str) -> None:
    """Another process removes ``victim`` right after this run checked an input for withdrawals."""
    real = store.withdrawal_of
    done: set[str] = set()

    def check(article):
        if victim not in done and article.id.split("~")[0] in (victim, "x9"):
            done.add(victim)
            with open_store(db) as other:
                service.withdraw_articles(other, [victim], "retracted")
            return None
        return real(article)

    store.withdrawal_of = check


def _load(path: Path):
    from newsdesk.pipeline import load_articles
    return load_articles([str(path)])[0]


def _stored_then_corrected(tmp_path: Path, db: Path) -> Path:
    """The feed ingested into ``db``, then rewritten with a correction of fire-1 (one figure changed)."""
    feed = _feed(tmp_path / "feed.jsonl")
    _ingest(CliRunner(), feed, db)
    rows = [json.loads(line) for line in feed.read_text().splitlines()]
    rows[0]["text"] = FIRE.replace("1,200 residents", "1,300 residents")
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return feed


def test_control_a_corrected_reading_of_a_removed_article_is_left_out(tmp_path: Path) -> None:
    """No race: the corrected reading from the same file is kept out (withdrawal_of: id from the same file)."""
    db = tmp_path / "desk.db"
    feed = _stored_then_corrected(tmp_path, db)
    with open_store(db) as store:
        service.withdraw_articles(store, ["fire-1"], "retracted")
    with open_store(db) as store:
        service.ingest_articles(store, [a for a in _load(feed) if a.id != "budget"])
        assert store.get_article("fire-1") is None


def test_a_corrected_reading_removed_during_the_ingest_stays_out(tmp_path: Path) -> None:
    """Race: the same corrected reading, removed between the run's check and its write, is stored again (the insert
    tests only the same id AND the same text), while the store still lists it as removed."""
    db = tmp_path / "desk.db"
    feed = _stored_then_corrected(tmp_path, db)
    with open_store(db) as store:
        _removed_elsewhere_at_check(store, db, "fire-1")
        service.ingest_articles(store, [a for a in _load(feed) if a.id != "budget"])
        assert [w.article_id for w in store.withdrawals()] == ["fire-1"]
        assert store.get_article("fire-1") is None, "removed, yet stored again (and still listed as removed)"


def test_the_same_text_under_another_id_removed_during_the_ingest_stays_out(tmp_path: Path) -> None:
    """Race: the same text from another file (another id) is kept out by withdrawal_of (text hash) but not by the
    insert's test."""
    db, runner = tmp_path / "desk.db", CliRunner()
    _ingest(runner, _feed(tmp_path / "feed.jsonl"), db)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x9", "title": "Warehouse fire", "date": "2024-03-05", "text": FIRE}) + "\n")
    with open_store(db) as store:
        _removed_elsewhere_at_check(store, db, "fire-1")
        service.ingest_articles(store, _load(other))
        assert store.get_article("x9") is None, "the removed text is back under another id"


def test_positions_with_a_withdrawn_input_before_a_late_one(tmp_path: Path) -> None:
    """Bookkeeping: one input withdrawn before the run and one during it; the others keep their own sources."""
    db, runner = tmp_path / "desk.db", CliRunner()
    feed = _feed(tmp_path / "feed.jsonl")
    _ingest(runner, feed, db)
    with open_store(db) as store:
        service.withdraw_articles(store, ["budget"], "wrong page")
    arts = _load(feed)
    order = [next(a for a in arts if a.id == i) for i in ("budget", "fire-1", "fire-2")]
    with open_store(db) as store:
        _removed_elsewhere_at_check(store, db, "fire-1")
        added = service.ingest_articles(store, order)
        assert [(a.article, a.source) for a in added.added] == [("fire-2", order[2].source)]
        assert [r.reason for r in added.rejected] == [Reason.WITHDRAWN] * 2
