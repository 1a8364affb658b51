"""The command line as a journalist or researcher meets it (helper U17's review): a feed ingested in runs says which
stories each run changed, the story window can be set, a Dask scheduler that is mistyped or down is a usage error
before any work, and the evaluation tables say what their columns measure."""

from __future__ import annotations

import json
import random
import socket
import time
from pathlib import Path

from click.testing import CliRunner

from newsdesk.cli import main

FLOOD = ["flood", "river", "water", "rain", "valley", "evacuate", "rescue", "boats", "levee", "dam", "storm", "rainfall"]


def _flood_record(rng: random.Random, n: int, date: str) -> dict:
    body = ". ".join(" ".join(rng.choice(FLOOD) for _ in range(12)).capitalize() for _ in range(8)) + "."
    return {"id": f"flood-{n}", "title": f"River flood report {n}", "outlet": "Valley Post", "date": date, "text": body}


def _feed(tmp_path: Path) -> tuple[Path, Path]:
    """Run 1: three flood reports of 1 March; run 2: one more, 60 days later."""
    rng = random.Random(3)
    first, second = tmp_path / "run1.jsonl", tmp_path / "run2.jsonl"
    first.write_text("".join(json.dumps(_flood_record(rng, n, "2024-03-01")) + "\n" for n in range(3)), "utf-8")
    second.write_text(json.dumps(_flood_record(rng, 3, "2024-04-30")) + "\n", "utf-8")
    return first, second


def _json_line(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def test_ingest_names_the_stories_a_run_changed(tmp_path: Path) -> None:
    first, second = _feed(tmp_path)
    db = str(tmp_path / "feed.db")
    runner = CliRunner()
    one = runner.invoke(main, ["ingest", str(first), "--db", db, "--window-days", "90"])
    assert one.exit_code == 0, one.output
    assert "New stories (1):" in one.stderr
    story = _json_line(one.stdout)["new_story_ids"][0]
    assert f"{story}  River flood report" in one.stderr and "(3 articles)" in one.stderr
    two = runner.invoke(main, ["ingest", str(second), "--db", db, "--window-days", "90"])
    assert two.exit_code == 0, two.output
    data = _json_line(two.stdout)
    assert data["updated_stories"] == 1 and data["updated_story_ids"] == [story] and data["new_story_ids"] == []
    assert "Updated stories (1):" in two.stderr and "(4 articles, 1 new)" in two.stderr
    assert "New stories" not in two.stderr


def test_ingest_window_days_decides_whether_a_late_report_joins(tmp_path: Path) -> None:
    first, second = _feed(tmp_path)
    runner = CliRunner()
    for days, new, updated in ((None, 1, 0), ("90", 0, 1)):
        db = str(tmp_path / f"w{days}.db")
        opt = ["--window-days", days] if days else []
        assert runner.invoke(main, ["ingest", str(first), "--db", db, *opt]).exit_code == 0
        res = runner.invoke(main, ["ingest", str(second), "--db", db, *opt])
        assert res.exit_code == 0, res.output
        data = _json_line(res.stdout)
        assert (data["new_stories"], data["updated_stories"]) == (new, updated), (days, data)
    helptext = runner.invoke(main, ["ingest", "--help"]).output
    assert "--window-days" in helptext and "default 7" in helptext


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("A passenger ferry ran aground off Lanmore on Sunday evening, the coastguard said.\n", "utf-8")
    runner = CliRunner()
    t0 = time.monotonic()
    res = runner.invoke(main, ["cluster", str(doc), "--engine", "dask", "--scheduler", f"127.0.0.1:{_closed_port()}"])
    assert res.exit_code == 2, res.output
    assert "cannot reach the Dask scheduler" in res.output and "dask scheduler" in res.output
    assert time.monotonic() - t0 < 15, "no 30-second wait for an address that refuses"
    res = runner.invoke(main, ["cluster", str(doc), "--scheduler", "nonsense"])
    assert res.exit_code == 2 and "no scheduler address" in res.output, res.output
    res = runner.invoke(main, ["cluster", str(doc), "--engine", "local", "--scheduler", "127.0.0.1:8786"])
    assert res.exit_code == 2 and "leave out --engine local" in res.output, res.output


def test_cluster_says_when_it_starts_a_local_dask_cluster(tmp_path: Path, monkeypatch) -> None:
    from newsdesk import stories

    doc = tmp_path / "a.txt"
    doc.write_text("A passenger ferry ran aground off Lanmore on Sunday evening, the coastguard said. All 212 "
                   "passengers were taken off safely by lifeboats, officials said on Monday.\n", "utf-8")
    seen = {}
    real_build = stories.build_stories

    def fake_build(articles, settings, rejected, engine, scheduler, progress, with_briefs):  # no real cluster here
        seen["engine"] = engine
        return real_build(articles, settings, rejected, "local", None, progress, with_briefs)

    monkeypatch.setattr(stories, "build_stories", fake_build)
    res = CliRunner().invoke(main, ["cluster", str(doc), "--engine", "dask", "--no-briefs"])
    assert res.exit_code == 0, res.output
    assert seen["engine"] == "dask"
    assert "Dask: starting a LocalCluster of 2 worker processes" in res.stderr


def _clusters_file(tmp_path: Path) -> Path:
    docs = [
        ("The storm killed 12 people in Lanmore on Monday, officials said. Rescue teams searched the valley. "
         "The river rose by 3 metres overnight and the mayor ordered the town evacuated."),
        ("Officials said the storm killed 12 people in Lanmore on Monday. The river rose by 3 metres overnight. "
         "Rescue teams in boats searched the flooded valley for survivors."),
    ]
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": docs, "summaries": ["A storm killed 12."]}) + "\n", "utf-8")
    return path


def test_eval_compare_says_what_its_columns_measure(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["eval", "compare", "--data", str(_clusters_file(tmp_path))])
    assert res.exit_code == 0, res.output
    for said in ("tried = ", "recall = ", "kind-recall = ", "false alarms = "):
        assert said in res.output, said


def test_serve_window_days_reaches_the_app_in_one_or_several_processes(tmp_path: Path, monkeypatch) -> None:
    """Articles added on the page are assigned with the window the store was ingested with."""
    import uvicorn

    import newsdesk.web.app as web

    made = []
    monkeypatch.setattr(web, "create_app", lambda db, **kw: made.append(kw["settings"].cluster.window_days))
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: None)
    db = str(tmp_path / "desk.db")
    for args in ([], ["--window-days", "365"]):
        res = CliRunner().invoke(main, ["serve", "--db", db, "--port", str(_closed_port()), *args])
        assert res.exit_code == 0, res.output
    assert made == [7, 365]
    monkeypatch.setenv("NEWSDESK_DB", db)
    monkeypatch.setenv("NEWSDESK_WINDOW_DAYS", "365")
    web.app_from_env()  # each worker of --workers N builds its app from the environment
    assert made[-1] == 365


def test_stories_of_a_store_say_when_each_last_changed(tmp_path: Path) -> None:
    import re

    first, second = _feed(tmp_path)
    db = str(tmp_path / "feed.db")
    runner = CliRunner()
    for run in (first, second):
        assert runner.invoke(main, ["ingest", str(run), "--db", db]).exit_code == 0
    data = json.loads(runner.invoke(main, ["stories", "--db", db, "--format", "json", "--no-briefs"]).stdout)
    assert len(data["stories"]) == 2
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", s["updated"]) for s in data["stories"]), data["stories"]
    md = runner.invoke(main, ["stories", "--db", db, "--no-briefs"]).stdout
    assert md.count(" · updated ") == 2
    piled = json.loads(runner.invoke(main, ["cluster", str(first), "--format", "json", "--no-briefs"]).stdout)
    assert "updated" not in piled["stories"][0], "a pile on the command line has no store time"


def test_the_dask_start_has_a_progress_stage_of_its_own(monkeypatch) -> None:
    """Starting a LocalCluster takes seconds; the bar shows it as its own stage, not as dedupe stuck at 0."""
    import contextlib

    from newsdesk import distributed
    from newsdesk.stories import build_stories

    calls: list[tuple[str, int, int | None]] = []

    @contextlib.contextmanager
    def no_cluster(scheduler=None):  # the local map path (client None): the stages run as with a cluster
        calls.append(("cluster started", 0, None))
        yield None

    monkeypatch.setattr(distributed, "dask_client", no_cluster)
    rng = random.Random(1)
    articles = [_flood_record(rng, n, "2024-03-01") for n in range(3)]
    from newsdesk.api import load_articles

    arts, _ = load_articles(articles)
    build_stories(arts, engine="dask", with_briefs=False, progress=lambda *c: calls.append(c))
    stages = [c[0] for c in calls]
    assert stages[:3] == ["dask", "cluster started", "dask"] and calls[0] == ("dask", 0, None)
    assert stages.index("dedupe") > 2
    calls.clear()
    build_stories(arts, engine="local", with_briefs=False, progress=lambda *c: calls.append(c))
    assert "dask" not in [c[0] for c in calls]
