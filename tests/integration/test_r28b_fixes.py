"""R28b's findings on this stop's changes: a correction's copy links are found again when the run also adds an article
of another time; the run lock opens a lock file it may not write and says when it waits; plain text shows outlet
names without Markdown's backslashes."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from newsdesk import service
from newsdesk.pipeline import load_articles
from newsdesk.render import _plain
from newsdesk.store import open_store

CRANE = ("A harbour crane collapsed at Port Wendell on Monday, injuring four dock workers, the port authority said.\n\n"
         "Inspectors will examine the crane's base, which engineers said had shown cracks last year.")
BUDGET = ("The Dunmore council voted on Wednesday to approve a new budget for road repairs, the mayor said.\n\n"
          "Work on the worst roads will start in the spring, the council's engineer told reporters.")


def _write(path: Path, rows: list[tuple[str, str, str]]) -> str:
    path.write_text("".join(json.dumps({"id": i, "title": "T", "date": d, "text": t}) + "\n" for i, d, t in rows),
                    encoding="utf-8")
    return str(path)


def test_a_correction_keeps_its_links_when_the_run_adds_an_article_of_another_time(tmp_path: Path) -> None:
    with open_store(tmp_path / "desk.db") as store:
        service.ingest_articles(store, load_articles([
            _write(tmp_path / "a.jsonl", [("a1", "2024-01-05", CRANE)]),
            _write(tmp_path / "b.jsonl", [("b1", "2024-01-05", CRANE)])])[0])
        assert {d.kind for d in store.links()} == {"exact"}
        fixed = CRANE.replace("had shown cracks last year.", "had shown cracks last year, the port authority said.")
        result = service.ingest_articles(store, load_articles([
            _write(tmp_path / "a.jsonl", [("a1", "2024-01-05", fixed)]),
            _write(tmp_path / "c.jsonl", [("c1", "2024-06-20", BUDGET)])])[0])
        assert any(x.revised for x in result.added)
        assert {d.kind for d in store.links()} == {"near"}  # found again on the corrected text


def test_the_run_lock_opens_a_lock_file_it_may_not_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "desk.db") as store:
        with store.one_run_at_a_time():
            pass  # the lock file now exists
        real_open = os.open

        def refused(path, flags, *args):  # another user's lock file, mode 0644
            if str(path).endswith(".lock") and flags & os.O_RDWR:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args)

        monkeypatch.setattr(os, "open", refused)
        with store.one_run_at_a_time():
            pass  # opened to read: a lock needs no write access


def test_a_run_that_waits_for_the_lock_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import threading

    db = tmp_path / "desk.db"
    with open_store(db) as holder, open_store(db) as waiter:
        entered = threading.Event()
        with holder.one_run_at_a_time():
            def wait() -> None:
                with waiter.one_run_at_a_time():
                    entered.set()

            with caplog.at_level(logging.WARNING, logger="newsdesk"):
                worker = threading.Thread(target=wait)
                worker.start()
                worker.join(timeout=0.5)
                assert not entered.is_set()
        worker.join(timeout=30)
        assert entered.is_set()
        assert any("another ingest into this store is running" in r.getMessage() for r in caplog.records)


def test_plain_text_shows_outlet_names_as_written() -> None:
    assert _plain("- 2 independent sources (Coast \\`Times, Elmford \\[Daily\\], \\<b>H\\</b>)") == \
        "- 2 independent sources (Coast `Times, Elmford [Daily], <b>H</b>)"
