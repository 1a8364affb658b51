"""Short versions of benchmarks/crash.py: SIGKILL during `newsdesk ingest`, and two writers at once.

The long run (5,000 articles, 20 kills) is `python benchmarks/crash.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import load_benchmark
from newsdesk.cli import main


@pytest.fixture(scope="module")
def crash():
    assert "ingest" in main.commands, "`newsdesk ingest` is not registered yet (owner: store engineer)"
    return load_benchmark("crash")


@pytest.mark.slow
def test_sigkill_during_ingest_loses_nothing(crash, tmp_path: Path) -> None:
    result = crash.crash_loop(300, kills=3, seed=3, work=tmp_path, log=lambda *a: None)
    assert result["ok"], result["problems"]
    assert result["stored"] == 300 and result["stories"] > 0


@pytest.mark.slow
def test_two_writers_at_once_lose_nothing(crash, tmp_path: Path) -> None:
    result = crash.concurrent_writers(200, seed=5, work=tmp_path, log=lambda *a: None)
    assert result["ok"], result["problems"]
    assert result["exit_codes"] == [0, 0]


def test_killed_between_storing_and_assigning_then_rerun(crash, tmp_path: Path) -> None:
    """Deterministic version of the kill: articles committed, stories not yet written, then a re-run."""
    from newsdesk.pipeline import load_articles
    from newsdesk.store import open_store

    paths = crash.write_inputs(crash.make_articles(40, seed=2), tmp_path / "in", files=2)
    db = tmp_path / "s.db"
    articles, _ = load_articles([str(p) for p in paths])
    with open_store(db) as store:
        store.add_articles(articles)  # what a run has committed when SIGKILL lands before save_stories
    proc = crash._ingest(paths, db)
    rc, err = crash._finish(proc, 300)
    assert rc == 0, err
    check = crash.verify(db, {a.id for a in articles})
    assert check.ok, check.problems
