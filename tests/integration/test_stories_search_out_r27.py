"""`stories --search QUERY --out FILE` with no match replaces the file (R27: the previous search's stories stayed)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from tests.integration.test_stories_listing_cli import _store

from newsdesk.cli import main


def test_no_match_replaces_an_earlier_search_in_the_out_file(tmp_path: Path) -> None:
    db, out, runner = _store(tmp_path), tmp_path / "hits.md", CliRunner()
    found = runner.invoke(main, ["stories", "--db", db, "--search", "levee", "--no-briefs", "--out", str(out)])
    assert found.exit_code == 0 and "Flood report" in out.read_text(encoding="utf-8")
    none = runner.invoke(main, ["stories", "--db", db, "--search", "earthquake", "--no-briefs", "--out", str(out)])
    assert none.exit_code == 1
    assert out.read_text(encoding="utf-8") == "No story matches 'earthquake'.\n"


def test_the_first_n_is_said_only_when_more_match(tmp_path: Path) -> None:
    """R27: with exactly --limit matches the count said "(the first 2; raise --limit for more)" though none was left."""
    db, runner = _store(tmp_path), CliRunner()
    exact = runner.invoke(main, ["stories", "--db", db, "--search", "levee OR ballot", "--no-briefs", "--limit", "2"])
    assert exact.exit_code == 0 and "2 stories match" in exact.stderr and "the first" not in exact.stderr
    cut = runner.invoke(main, ["stories", "--db", db, "--search", "levee OR ballot", "--no-briefs", "--limit", "1"])
    assert cut.exit_code == 0 and "(the first 1; raise --limit for more)" in cut.stderr
