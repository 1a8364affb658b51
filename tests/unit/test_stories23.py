"""Stories, stop 23: a story's article count says how many of its articles are exact copies."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsdesk.cli import main

_A = ("Harbour Times\n\nPier closes for repairs\n\nThe harbour pier at Lanmore closed on Monday for six weeks of "
      "repairs after storm damage, the council said. Fishing boats will moor at the north quay until the work is "
      "done, harbour master Ewan Doyle said.")
_B = ("Coast Post\n\nLanmore pier shut after storm\n\nThe storm-damaged pier at Lanmore harbour was closed on Monday "
      "and will stay shut for six weeks while it is repaired, council officials said. Boats are moving to the north "
      "quay in the meantime.")


def test_a_story_says_how_many_of_its_articles_are_exact_copies(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "pier.txt").write_text(_A, encoding="utf-8")
    (tmp_path / "b" / "pier-copy.txt").write_text(_A, encoding="utf-8")
    (tmp_path / "b" / "post.txt").write_text(_B, encoding="utf-8")
    proc = CliRunner().invoke(main, ["cluster", str(tmp_path / "a"), str(tmp_path / "b")])
    assert proc.exit_code == 0, proc.output
    assert "*3 articles (1 exact copy among them), " in proc.output


def test_a_source_line_says_why_its_date_is_uncertain() -> None:
    from newsdesk.clean.date_order import AMBIGUOUS
    from newsdesk.model import Article
    from newsdesk.render import source_line

    swapped = Article(id="a", source="a.html", text="x", date="2024-12-03", date_confidence=AMBIGUOUS)
    captured = Article(id="b", source="b.html", text="x", date="2024-12-03", date_confidence=0.2)
    assert "2024-12-03 (day and month may be swapped?)" in source_line(1, swapped)
    assert "2024-12-03 (capture date?)" in source_line(2, captured)
