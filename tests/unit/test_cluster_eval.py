"""Clustering metrics and the gold-file reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.evaluation.cluster_eval import bcubed, load_gold, scores


def test_bcubed_known_values() -> None:
    assert bcubed(["a", "a", "b", "b"], ["x", "x", "y", "y"]) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(["a", "a", "b", "b"], ["x", "x", "x", "x"])
    assert (p, r) == (0.5, 1.0) and f == pytest.approx(2 / 3)
    p, r, _ = bcubed(["a", "a", "a"], ["x", "y", "z"])
    assert (p, r) == (1.0, pytest.approx(1 / 3))


def test_scores_include_ari_nmi() -> None:
    s = scores(["a", "a", "b"], ["1", "1", "2"])
    assert s["ari"] == 1.0 and s["nmi"] == 1.0 and s["clusters"] == 2


def test_load_gold_drops_multi_label_and_parses_dates(tmp_path: Path) -> None:
    rows = [
        {"id": "d1", "text": "t", "title": None, "cluster": "c1", "meta": {"date": "08/12/1998 13:29:00"}},
        {"id": "d2", "text": "t", "title": "x", "cluster": "c1", "meta": {"also_in_clusters": ["c2"]}},
    ]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    gold = load_gold(p)
    assert [(g.article.id, g.article.date, g.label) for g in gold] == [("d1", "1998-08-12", "c1")]
    assert gold[0].article.published == "1998-08-12", "a stated date: the stream goes in date order"
    with pytest.raises(InputError):
        load_gold(tmp_path / "missing.jsonl")
