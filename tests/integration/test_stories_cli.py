"""`newsdesk cluster`, `ingest`, `stories` end to end on small hand-written files."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from builders import write_topic_corpus
from newsdesk.cli import main


def test_cluster_json_shape(tmp_path: Path) -> None:
    write_topic_corpus(tmp_path)
    res = CliRunner().invoke(main, ["cluster", str(tmp_path), "--format", "json", "--no-briefs"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data) == {"stories", "articles", "rejected"}
    assert len(data["articles"]) == 6
    assert sorted(len(s["articles"]) for s in data["stories"]) == [3, 3]
    assert {"id", "title", "articles", "brief"} <= set(data["stories"][0])


def test_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    write_topic_corpus(corpus)
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output.strip().splitlines()[-1])["new_articles"] == 6
    assert "6 new articles stored: 2 new stories" in first.stderr, "a line for people besides the JSON"
    second = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert json.loads(second.output.strip().splitlines()[-1])["new_articles"] == 0
    assert "0 new articles stored: 0 new stories, 0 updated" in second.stderr
    listed = runner.invoke(main, ["stories", "--db", db, "--format", "json", "--no-briefs"])
    assert listed.exit_code == 0, listed.output
    data = json.loads(listed.output)
    assert sorted(len(s["articles"]) for s in data["stories"]) == [3, 3]
    md = runner.invoke(main, ["stories", "--db", db, "--no-briefs"])
    assert "stories from 6 articles" in md.output


def test_two_processes_ingesting_same_files(tmp_path: Path) -> None:
    import subprocess
    import sys

    from newsdesk.store import open_store

    corpus = tmp_path / "in"
    corpus.mkdir()
    write_topic_corpus(corpus)
    db = str(tmp_path / "n.db")
    cmd = [sys.executable, "-m", "newsdesk", "ingest", str(corpus), "--db", db]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    added = sum(json.loads(o[0].decode().strip().splitlines()[-1])["new_articles"] for o in outs)
    assert added == 6  # each article stored once, by whichever process got there first
    with open_store(db) as st:
        assert st.count("articles") == 6
        assert st.count("story_articles") == 6  # and assigned to exactly one story


def test_capture_date_does_not_split_a_story(tmp_path) -> None:
    """A page whose only date is a low-confidence capture date years later stays in its story."""
    from newsdesk.model import Article
    from newsdesk.store import open_store
    from newsdesk.stories import ingest_into_store

    body = ("Harbour officials in Port Veyra said the old ferry terminal will close next month after "
            "engineers found cracks in its pier, and crossings will move to the east dock. ")
    arts = [
        Article(id="a1", source="a.txt", text=body * 3, outlet="One", date="2015-10-01", date_confidence=1.0),
        Article(id="a2", source="b.txt", text=body * 2 + "The mayor welcomed the move.", outlet="Two",
                date="2018-03-23", date_confidence=0.3),
    ]
    with open_store(tmp_path / "s.db") as store:
        ingest_into_store(arts[:1], store)
        ingest_into_store(arts[1:], store)
        assert store.story_of("a1") == store.story_of("a2")


def test_cluster_markdown_numbers_sources_and_copies(tmp_path: Path) -> None:
    write_topic_corpus(tmp_path)
    copy = tmp_path / "flood_copy.txt"
    copy.write_text((tmp_path / "flood0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    res = CliRunner().invoke(main, ["cluster", str(tmp_path), "--no-briefs"])
    assert res.exit_code == 0, res.output
    flood = res.output.split("## ")[1] if "flood" in res.output.split("## ")[1].lower() else res.output.split("## ")[2]
    sources = [line for line in flood.splitlines() if line[:2] in {"1.", "2.", "3.", "4."}]
    assert len(sources) == 4 and all("`" in line for line in sources), "numbered sources with their paths"
    number = {Path(line.rsplit("`", 2)[1]).name: line.split(".")[0] for line in sources}
    pair = sorted([number["flood0.txt"], number["flood_copy.txt"]], key=int)
    assert f"- [{pair[0]}][{pair[1]}]: 2 exact copies of one text" in flood, flood


def test_cluster_markdown_lists_many_copies_of_one_text_once(tmp_path: Path) -> None:
    """Six copies of one article are one line, not fifteen pairs; another article's link to them is said once."""
    write_topic_corpus(tmp_path)
    text = (tmp_path / "flood0.txt").read_text(encoding="utf-8")
    for k in range(5):
        (tmp_path / f"flood_copy{k}.txt").write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, ["cluster", str(tmp_path), "--no-briefs"])
    assert res.exit_code == 0, res.output
    flood = next(part for part in res.output.split("## ") if "flood_copy0.txt" in part)
    copy_lines = [line for line in flood.splitlines() if line.startswith("- [") and "exact cop" in line]
    assert len(copy_lines) == 1 and "6 exact copies of one text" in copy_lines[0], flood
    pairs = [line for line in flood.splitlines() if line.startswith("- [") and " and [" in line]
    assert len(pairs) == len(set(pairs)) and len(pairs) <= 3, flood
