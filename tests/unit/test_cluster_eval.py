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


def _topic_articles() -> tuple[list, list[str]]:
    from builders import make_article

    flood = "flood river water rain levee dam rescue boats evacuate valley storm"
    vote = "election vote ballot parliament party candidate campaign coalition minister"
    arts, gold = [], []
    for i in range(4):
        arts.append(make_article(f"{flood} {flood.split()[i]} report {i}.", id=f"f{i}"))
        gold.append("flood")
        arts.append(make_article(f"{vote} {vote.split()[i]} report {i}.", id=f"v{i}"))
        gold.append("vote")
    return arts, gold


def test_centroid_ceiling_puts_each_article_with_the_nearest_other_members() -> None:
    from builders import make_article
    from newsdesk.evaluation.cluster_eval import centroid_ceiling

    arts, gold = _topic_articles()
    assert centroid_ceiling(arts, gold)["bcubed_f1"] == 1.0
    # an article labelled flood that reads like the vote articles is scored as a vote article
    arts.append(make_article("election vote ballot parliament party candidate campaign.", id="odd"))
    gold.append("flood")
    s = centroid_ceiling(arts, gold)
    assert s["bcubed_f1"] < 1.0 and s["clusters"] == 2
    assert centroid_ceiling([], [])["bcubed_f1"] == 0.0


def test_seed_spread_scores_one_run_per_seed(tmp_path: Path) -> None:
    from newsdesk.config import ClusterConfig
    from newsdesk.evaluation.cluster_eval import seed_spread

    arts, gold = _topic_articles()
    p = tmp_path / "set.jsonl"
    p.write_text("\n".join(json.dumps({"id": a.id, "text": a.text, "title": None, "cluster": g,
                                       "meta": {"date": f"2024-01-0{1 + k % 4}"}})
                           for k, (a, g) in enumerate(zip(arts, gold, strict=True))), encoding="utf-8")
    f1 = seed_spread(p, ClusterConfig(), stream=False, seeds=[0, 1])
    assert len(f1) == 2 and f1[0] == f1[1] == 1.0  # eight articles: too few to project, no seed matters
    assert seed_spread(p, ClusterConfig(), stream=True, seeds=[3]) == [1.0]


def test_clean_input_scores_a_rejected_text_as_a_story_of_its_own(tmp_path: Path) -> None:
    """``eval cluster --clean``: every system gets the cleaned texts; a rejected text joins no story."""
    from newsdesk.evaluation.cluster_eval import evaluate_clustering

    flood = ("The river rose two metres overnight and the town of Lanmore evacuated its lower streets, the "
             "council said, as rescue boats carried families from flooded homes to the school on the hill. ")
    vote = ("Voters in Ostby chose a new parliament on Sunday, and the governing party lost its majority after "
            "a campaign fought over taxes, the electoral commission said as ballots were counted overnight. ")
    rows = [{"id": f"f{i}", "text": flood + f"Report {i} of the flood.", "cluster": "flood"} for i in range(3)]
    rows += [{"id": f"v{i}", "text": vote + f"Report {i} of the vote.", "cluster": "vote"} for i in range(3)]
    rows.append({"id": "menu", "text": "Home\nNews\nSport\nSubscribe", "cluster": "flood"})  # no article text
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    raw = evaluate_clustering(p)
    got = evaluate_clustering(p, clean=True)
    assert (raw.cleaned, raw.rejected) == (False, 0)
    assert (got.cleaned, got.rejected) == (True, 1) and got.articles == 7
    assert "1 rejected by the cleaner" in got.to_markdown() and got.to_dict()["rejected_by_cleaner"] == 1
    for row in got.rows.values():  # the menu is its own story: recall of the flood stories drops, precision is whole
        assert row["bcubed_p"] == 1.0 and row["bcubed_r"] < 1.0
