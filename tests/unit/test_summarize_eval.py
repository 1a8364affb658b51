"""Tests of the summarization evaluation harness (newsdesk.evaluation.summarize_eval)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.builders import FLOOD_DOC_A as DOC_A
from tests.builders import FLOOD_DOC_B as DOC_B
from tests.builders import FLOOD_DOC_C as DOC_C

from newsdesk.errors import InputError
from newsdesk.evaluation.summarize_eval import (
    evaluate,
    evaluate_update,
    get_system,
    lead,
    read_clusters,
    truncate,
)

pytest.importorskip("rouge_score")
pytest.importorskip("sumy")



def write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def rows() -> list[dict]:
    ref = "Floodwaters forced 3,000 Millbrook residents to evacuate. Engineers warned the dam could fail."
    return [
        {"id": "t-A", "documents": [DOC_A, DOC_B], "summaries": [ref, ref], "meta": {"earlier_sets": []}},
        {"id": "t-B", "documents": [DOC_C, DOC_A, DOC_B], "summaries": ["Crews began repairing the dam on Friday."],
         "meta": {"earlier_sets": ["t-A"]}},
    ]


def test_truncate_keeps_sentence_lines() -> None:
    assert truncate(["one two three", "four five", "six"], 4) == ["one two three", "four"]
    assert truncate(["a b"], 10) == ["a b"]
    assert truncate([], 5) == []


def test_lead_is_round_robin(tmp_path: Path) -> None:
    c = read_clusters(write(tmp_path, rows()), clean=False)[0]
    out = lead(c, 25)
    assert out[0].startswith("Floodwaters") and out[1].startswith("About 3,000")
    assert sum(len(s.split()) for s in out[:-1]) < 25 <= sum(len(s.split()) for s in out)


def test_read_clusters_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_clusters(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    with pytest.raises(InputError, match="bad.jsonl:1"):
        read_clusters(bad)
    with pytest.raises(InputError, match="available"):
        get_system("gpt")


def test_evaluate_table(tmp_path: Path) -> None:
    clusters = read_clusters(write(tmp_path, rows()), clean=False, limit=1)
    assert len(clusters) == 1
    table = evaluate(clusters, ["newsdesk", "lead", "lexrank", "kl"], words=20)
    assert [r.system for r in table.rows] == ["newsdesk", "lead", "lexrank", "kl"]
    for r in table.rows:
        assert set(r.scores) == {f"{k}_{m}" for k in ("rouge1", "rouge2", "rougeLsum") for m in ("f", "r")}
        assert 0 < r.scores["rouge1_f"] <= 100 and r.mean_words <= 20
    text = table.render()
    assert "rouge-score" in text and "rougeLsum" in text
    assert json.loads(json.dumps(table.to_dict()))["systems"][0]["system"] == "newsdesk"


def test_update_uses_earlier_sets(tmp_path: Path) -> None:
    clusters = read_clusters(write(tmp_path, rows()), clean=False)
    table = evaluate_update(clusters, words=20)
    by = {r.system: r for r in table.rows}
    assert by["newsdesk+since"].clusters == 1
    # Given set A, the B summary is about the repairs, which is what B's reference says.
    assert by["newsdesk+since"].scores["rouge2_f"] > by["newsdesk"].scores["rouge2_f"]
