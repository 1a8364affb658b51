"""Brief, stop 22: a pile far larger than a story is weighed by its earliest sentences, within memory (review X22:
300 articles took 4 GB, one 2 MB file 9.7 GB and three minutes)."""

from __future__ import annotations

import importlib

from click.testing import CliRunner
from tests.builders import make_article

from newsdesk.brief.select import parse, within_limits
from newsdesk.cli import main
from newsdesk.config import BriefConfig


def _articles(n: int, sentences: int):
    return [make_article(" ".join(f"Crews in harbour {a} repaired pier number {k} on Monday after the storm."
                                  for k in range(sentences)), id=f"a{a}") for a in range(n)]


def test_within_limits_keeps_the_earliest_sentences_of_every_article() -> None:
    arts = _articles(3, 10)
    cands, pool = parse(arts, [0, 1, 2], BriefConfig())
    assert within_limits(cands, pool, 100, 100) == (cands, pool)  # within the limits: unchanged
    small_c, small_p = within_limits(list(cands), list(pool), 7, 9)
    assert len(small_p) == 9 and sorted({p.article for p in small_p}) == [0, 1, 2]
    assert len(small_c) == 7
    assert all(c.position <= 2 for c in small_c)  # the first sentences of each article, not one article's all
    assert all(small_p[c.pool].article == c.article for c in small_c)  # pool indexes follow the cut


def test_the_cli_says_when_a_brief_was_cut(tmp_path, monkeypatch) -> None:
    compose = importlib.import_module("newsdesk.brief.compose")  # newsdesk.brief is also the API's function
    monkeypatch.setattr(compose, "within_limits", lambda c, p: within_limits(c, p, 5, 8))
    for i, art in enumerate(_articles(3, 6)):
        (tmp_path / f"{i}.txt").write_text(art.text, encoding="utf-8")
    result = CliRunner().invoke(main, ["brief", str(tmp_path), "--no-compare"])
    assert result.exit_code == 0, result.output
    assert "note: brief: 3 articles hold 18 sentences; the brief weighs the first 8" in result.stderr
