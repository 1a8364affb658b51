"""An article given both as new and as already seen (a directory, and one of its files with --since) is seen."""

from __future__ import annotations

from pathlib import Path

import newsdesk


def test_a_seen_file_inside_the_new_directory_is_not_counted_as_new(tmp_path: Path):
    d = tmp_path / "story"
    d.mkdir()
    (d / "a.txt").write_text("The ferry to Lindholm ran aground on Sunday with 140 passengers on board, the coast "
                             "guard said. All passengers were taken off safely by lifeboats before dark.\n")
    (d / "b.txt").write_text("Divers inspected the hull of the Lindholm ferry on Monday and found a long crack below "
                             "the waterline, the operator said. The ferry will be towed to Ostby for repairs.\n")
    brief = newsdesk.brief([d], since=[d / "a.txt"], compare=False)
    assert [a.source.rsplit("/", 1)[-1] for a in brief.articles] == ["b.txt"]


def test_the_seen_article_is_reported_as_not_used(tmp_path: Path):
    d = tmp_path / "story"
    d.mkdir()
    seen = ("The ferry to Lindholm ran aground on Sunday with 140 passengers on board, the coast guard said. "
            "All passengers were taken off safely by lifeboats before dark.\n")
    (d / "a.txt").write_text(seen)
    (d / "b.txt").write_text("Divers inspected the hull of the Lindholm ferry on Monday and found a long crack below "
                             "the waterline, the operator said. The ferry will be towed to Ostby for repairs.\n")
    (tmp_path / "seen.txt").write_text(seen)
    brief = newsdesk.brief([d], since=[tmp_path / "seen.txt"], compare=False)
    assert [r.source.rsplit("/", 1)[-1] for r in brief.rejected] == ["a.txt"]
    assert "already seen" in brief.rejected[0].explain
