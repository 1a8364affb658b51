"""Tests of the cleaning evaluation's scoring and reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.evaluation.clean_eval import evaluate_clean, token_prf


def test_token_prf_is_multiset_overlap() -> None:
    s = token_prf("a b b c", "a b c d")
    assert (s.precision, s.recall, s.f1) == (0.75, 0.75, 0.75)
    assert token_prf("", "x").f1 == 0.0


def test_evaluate_clean_on_a_tiny_set(tmp_path: Path) -> None:
    body = "The harbour bridge will close for eight months of repairs, the council said on Tuesday evening."
    html = (
        "<html><body><ul><li>Home</li><li>News</li></ul>"
        + f"<p>{body}</p>" * 1
        + (
            "<p>The work will cost close to twelve million pounds and traffic will be diverted north.</p>"
            "<p>Engineers found corrosion in two of the main supports of the bridge last spring.</p>"
            "<footer>Subscribe to our newsletter</footer></body></html>"
        )
    )
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "1", "html": html, "text": body}) + "\n", encoding="utf-8")
    report = evaluate_clean(path, with_trafilatura=False)
    names = [s.name for s in report.systems]
    assert names == ["full-page dump", "newsdesk (HTML page)", "newsdesk (text of dump)"]
    full, html, ours = (s.macro() for s in report.systems)
    assert ours.precision > full.precision and html.precision > full.precision
    assert "macro" in report.table()


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate_clean(tmp_path / "nope.jsonl")


def test_the_default_benchmark_file_is_the_shared_folder_beside_the_repository() -> None:
    # Stop 19: the default pointed one folder too high (/work/../shared) since the CLI became a package.
    from newsdesk.cli.clean_cmd import _default_data

    repo = Path(__file__).resolve().parents[2]
    assert Path(_default_data()) == repo.parent / "shared" / "eval" / "scrapinghub-aeb-dev" / "pages.jsonl"
