"""`newsdesk cluster --gap-days`: a story is split where its dated coverage pauses (a 2019 article is no part of a
2015 story); undated articles stay with the largest part; without the option stories are grouped by text alone."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import main
from newsdesk.cluster import split_at_gaps
from newsdesk.config import ClusterConfig
from newsdesk.errors import ConfigError

VOCAB = "flood river water rain valley evacuate rescue boats levee dam storm rainfall".split()


def _write(d: Path, dates: list[str]) -> None:
    rng = random.Random(5)
    for i, day in enumerate(dates):
        body = ". ".join(" ".join(rng.choice(VOCAB) for _ in range(12)).capitalize() for _ in range(8))
        (d / f"flood{i}.jsonl").write_text(
            json.dumps({"title": f"Flood report {i}", "text": f"{body}.", "date": day}) + "\n", encoding="utf-8")


def _sizes(res) -> list[int]:  # type: ignore[no-untyped-def]
    assert res.exit_code == 0, res.output
    return sorted(len(s["articles"]) for s in json.loads(res.output)["stories"])


def test_a_pause_in_coverage_splits_a_story_only_when_asked(tmp_path: Path) -> None:
    _write(tmp_path, ["2015-10-01", "2015-10-02", "2015-10-04", "2019-03-01", "2019-03-02"])
    args = ["cluster", str(tmp_path), "--format", "json", "--no-briefs"]
    assert _sizes(CliRunner().invoke(main, args)) == [5]
    assert _sizes(CliRunner().invoke(main, [*args, "--gap-days", "30"])) == [2, 3]
    assert _sizes(CliRunner().invoke(main, [*args, "--gap-days", "3650"])) == [5]


def test_undated_articles_stay_with_the_largest_part() -> None:
    dates = {"a": "2015-10-01", "b": "2015-10-09", "c": "2015-10-10", "d": None}
    assert split_at_gaps([["a", "b", "c", "d"]], dates, 7) == [["a"], ["b", "c", "d"]]
    assert split_at_gaps([["a", "d"]], dates, 7) == [["a", "d"]]  # one dated article: nothing to split
    # a year alone is no date to measure a pause by (R18: it raised ValueError)
    assert split_at_gaps([["a", "b", "y"]], {"a": "2015-10-01", "b": "2015-10-20", "y": "2015"}, 7) == [
        ["a", "y"], ["b"]]


def test_a_gap_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="gap_days"):
        ClusterConfig(gap_days=0)
    res = CliRunner().invoke(main, ["cluster", "x.txt", "--gap-days", "0"])
    assert res.exit_code == 2 and "--gap-days" in res.output


def test_the_python_api_takes_the_gap_too(tmp_path: Path) -> None:
    import newsdesk

    _write(tmp_path, ["2015-10-01", "2015-10-02", "2019-03-01"])
    paths = sorted(str(p) for p in tmp_path.iterdir())
    assert len(newsdesk.find_stories(paths, briefs=False).stories) == 1
    assert sorted(len(s.article_ids) for s in newsdesk.find_stories(paths, briefs=False, gap_days=30).stories) == [1, 2]
