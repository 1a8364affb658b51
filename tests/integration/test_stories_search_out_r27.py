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
