"""Two ingests into one store take turns (R28 #7): run side by side, each clustered what it had read and one event
became several stories."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from newsdesk.pipeline import load_articles
from newsdesk.store import open_store
from newsdesk.stories import ingest_into_store

CRANE = ("Crane collapse at Port Wendell\n\nA harbour crane collapsed at Port Wendell on Monday, injuring four dock "
         "workers, the port authority said.\n\nInspectors will examine the crane's base, which engineers said had "
         "shown cracks last year.")


def test_an_ingest_waits_for_the_run_that_holds_the_store(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CRANE, encoding="utf-8")
    articles, _ = load_articles([str(tmp_path / "a.txt")])
    db = tmp_path / "desk.db"
    done = threading.Event()

    def ingest() -> None:
        with open_store(db) as store:
            ingest_into_store(articles, store)
        done.set()

    with open_store(db) as holder, holder.one_run_at_a_time():
        worker = threading.Thread(target=ingest)
        worker.start()
        time.sleep(0.5)
        assert not done.is_set()  # waiting for the run lock
        assert holder.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    worker.join(timeout=60)
    assert done.is_set()
    with open_store(db) as store:
        assert [a.id for a in store.iter_articles()] == [articles[0].id]
    assert (tmp_path / "desk.db.lock").exists()


def test_runs_take_turns_on_one_lock(tmp_path: Path) -> None:
    order: list[str] = []
    db = tmp_path / "desk.db"
    go = threading.Event()

    def second() -> None:
        with open_store(db) as store, store.one_run_at_a_time():
            order.append("second")

    with open_store(db) as store, store.one_run_at_a_time():
        order.append("first in")
        worker = threading.Thread(target=second)
        worker.start()
        go.wait(0.3)
        order.append("first out")
    worker.join(timeout=30)
    assert order == ["first in", "first out", "second"]


def test_a_store_in_memory_runs_unlocked() -> None:
    with open_store(":memory:") as store, store.one_run_at_a_time(), store.one_run_at_a_time():
        pass  # no file to lock; nested use does not wait on itself
