"""A stored story in full from the command line (X25: only a running server could give a stored story's brief
and comparison), and a store given where articles are expected says what it is."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsdesk.cli import main

FIRE = ("A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said. "
        "Firefighters worked through the night to contain the blaze at the Dunmore warehouse, the fire service said.")
FIRE2 = ("Firefighters contained a warehouse fire in Dunmore that forced 1,300 residents from their homes on Tuesday, "
         "the fire service said. The blaze at the warehouse burned through the night, officials said.")


def _store(tmp_path: Path) -> tuple[Path, str]:
    feed = tmp_path / "in.jsonl"
    feed.write_text("".join(json.dumps({"id": f"f{i}", "title": f"Fire {i}", "date": "2024-03-05", "outlet": o,
                                        "text": t}) + "\n"
                            for i, (t, o) in enumerate([(FIRE, "Dunmore Gazette"), (FIRE2, "Valley Times")])),
                    encoding="utf-8")
    db = tmp_path / "desk.db"
    out = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    (story,) = json.loads(out.stdout.strip().splitlines()[-1])["new_story_ids"]
    return db, story


def test_one_stored_story_in_full(tmp_path: Path) -> None:
    db, story = _store(tmp_path)
    runner = CliRunner()
    md = runner.invoke(main, ["stories", "--db", str(db), "--story", story])
    assert md.exit_code == 0, md.output
    assert "## Where sources differ" in md.stdout and "## Sources" in md.stdout and "[1]" in md.stdout
    assert "1,200" in md.stdout and "1,300" in md.stdout  # the figures the two outlets give, set side by side
    data = json.loads(runner.invoke(main, ["stories", "--db", str(db), "--story", story, "--format", "json"]).stdout)
    assert data["story"]["id"] == story and data["comparison"]["conflicts"]
    missing = runner.invoke(main, ["stories", "--db", str(db), "--story", "s000000000000"])
    assert missing.exit_code != 0 and "no story" in missing.output
    lone = runner.invoke(main, ["stories", "--db", str(db), "--focus", "fire"])
    assert lone.exit_code != 0 and "--story" in lone.output


def test_a_store_given_as_an_article_says_what_it_is(tmp_path: Path) -> None:
    db, _ = _store(tmp_path)
    out = CliRunner().invoke(main, ["brief", str(db)])
    assert out.exit_code != 0 and "an SQLite database" in out.output and "newsdesk stories --db" in out.output
