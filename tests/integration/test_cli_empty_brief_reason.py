"""An empty brief says why when the command line explains it: a tiny --words, or nothing new against --since."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsdesk.cli import main

TEXT = ("A ferry carrying 140 passengers ran aground off Lanmore on Sunday, the coastguard said. "
        "Captain Tomas Verhoeven said thick fog had hidden the channel markers near the harbour mouth. "
        "All passengers were brought ashore by lifeboats within two hours, officials said on Monday.")


def test_tiny_budget_and_nothing_new_are_said(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    tiny = CliRunner().invoke(main, ["brief", str(src), "--words", "5"])
    assert "fits in --words 5" in tiny.stdout
    again = CliRunner().invoke(main, ["brief", str(src), "--since", str(src)])
    assert "Nothing new" in again.stdout
    normal = CliRunner().invoke(main, ["brief", str(src)])
    assert "Nothing new" not in normal.stdout and "fits in --words" not in normal.stdout
