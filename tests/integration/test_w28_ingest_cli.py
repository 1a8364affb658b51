"""U28 #13: `newsdesk ingest` names each input not used in its JSON, and says a reason once, not twice."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsdesk.cli import main

TEXT = ("The town board of Elmsworth voted on Tuesday to reopen the old rail bridge to cyclists after engineers "
        "found its steel sound, the board's chair said. Work on the railings starts next month.")


def test_ingest_json_lists_each_input_not_used_with_its_reason(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "b1", "text": TEXT}) + "\n" + "{not json\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(tmp_path / "d.db")])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout.strip().splitlines()[-1])
    assert data["new_articles"] == 1
    assert [(r["source"], r["reason"]) for r in data["rejected"]] == [(f"{feed}:2", "bad_record")]
    assert "not valid JSON" in data["rejected"][0]["explain"]


def test_ingest_of_a_missing_file_says_why_once(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    res = CliRunner().invoke(main, ["ingest", str(missing), "--db", str(tmp_path / "d.db")])
    assert res.exit_code == 1
    assert res.stderr.count("no such file or directory") == 1, res.stderr
    assert "Error: no article could be read" in res.stderr
    data = json.loads(res.stdout.strip().splitlines()[-1])
    assert [r["source"] for r in data["rejected"]] == [str(missing)]
