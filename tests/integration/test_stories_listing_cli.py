"""`newsdesk stories`: the web page's search from the command line (`--search`), and the stored titles."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from builders import write_topic_corpus
from newsdesk.cli import main


def _store(tmp_path: Path) -> str:
    corpus = tmp_path / "in"
    corpus.mkdir()
    write_topic_corpus(corpus)
    (corpus / "empty.txt").write_text("", encoding="utf-8")  # rejected: the search must not list it
    db = str(tmp_path / "n.db")
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db])
    assert res.exit_code == 0, res.output
    assert "2 new stories" in res.stderr
    return db


def test_search_lists_only_matching_stories(tmp_path: Path) -> None:
    db = _store(tmp_path)
    res = CliRunner().invoke(main, ["stories", "--db", db, "--search", "levee -parliament",
                                    "--format", "json", "--no-briefs"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert len(data["stories"]) == 1
    titles = {a["title"] for a in data["articles"]}
    assert titles and all(t.startswith("Flood") for t in titles)
    assert data["rejected"] == [], "rejected inputs are no search result"
    assert data["query"] == "levee -parliament"  # the JSON says which search it answers
    assert "1 story matches" in res.stderr


def test_search_markdown_and_no_match(tmp_path: Path) -> None:
    db = _store(tmp_path)
    runner = CliRunner()
    md = runner.invoke(main, ["stories", "--db", db, "--search", "levee OR ballot", "--no-briefs"])
    assert md.exit_code == 0, md.output
    assert md.stdout.startswith("# 2 stories matching 'levee OR ballot' from") and "2 stories match" in md.stderr
    none = runner.invoke(main, ["stories", "--db", db, "--search", "earthquake"])
    assert none.exit_code == 1
    assert none.stdout == "" and "No story matches 'earthquake'" in none.stderr


def test_search_errors_are_clear(tmp_path: Path) -> None:
    db = _store(tmp_path)
    runner = CliRunner()
    only_out = runner.invoke(main, ["stories", "--db", db, "--search", "-flood"])
    assert only_out.exit_code != 0 and "only excludes words" in only_out.output
    blank = runner.invoke(main, ["stories", "--db", db, "--search", "  "])
    assert blank.exit_code != 0 and "empty" in blank.output
    both = runner.invoke(main, ["stories", "--db", db, "--search", "flood", "--story", "sabc"])
    assert both.exit_code == 2 and "--search" in both.output


def test_stories_keeps_the_stored_title_of_an_untitled_story(tmp_path: Path) -> None:
    """The ingest summary, the web page (the store's list) and `stories` name an untitled story alike; `stories`
    used to rename it after its brief's lead, so a title pasted from one view was not found in the other."""
    from newsdesk.store import open_store

    lines = [
        ("Officials said a second report on the bridge was due. The river Avenmoor flooded the valley town of Kestrel "
        "Ford on Tuesday, and rescue boats evacuated 300 residents, the fire service said."),
        ("The river Avenmoor flooded Kestrel Ford on Tuesday. Rescue boats evacuated 300 residents, the fire service "
        "said, and rain is expected until Thursday."),
        ("Rescue boats evacuated 300 residents of Kestrel Ford after the river Avenmoor flooded the town on Tuesday, "
        "the fire service said."),
    ]
    data = tmp_path / "feed.jsonl"
    data.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(lines)),
                    encoding="utf-8")
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(data), "--db", db]).exit_code == 0
    with open_store(db) as store:
        stored = [s.title for s in store.list_stories()]
    listed = runner.invoke(main, ["stories", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    assert [s["title"] for s in json.loads(listed.stdout)["stories"]] == stored
