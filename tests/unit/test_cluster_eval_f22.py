"""eval cluster on data shapes of unseen sets: ids repeated across topics, id 0, Unix-time dates, one article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.evaluation.cluster_eval import evaluate_clustering, load_gold

FLOOD = ("The river rose two metres overnight and the town of Lanmore evacuated its lower streets, the "
         "council said, as rescue boats carried families from flooded homes to the school on the hill. ")
VOTE = ("Voters in Ostby chose a new parliament on Sunday, and the governing party lost its majority after "
        "a campaign fought over taxes, the electoral commission said as ballots were counted overnight. ")


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    p = tmp_path / "set.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return p


def test_unique_ids_keep_the_first_and_rename_later_repeats() -> None:
    from newsdesk.evaluation.records import unique_ids

    assert unique_ids(["a", "b"]) == (["a", "b"], 0)
    assert unique_ids(["1", "2", "1", "1", "1#2"]) == (["1", "2", "1#3", "1#4", "1#2"], 2)


def test_record_id_keeps_an_id_zero_and_falls_back_to_the_line() -> None:
    from newsdesk.evaluation.records import record_id

    assert record_id(0, 7, "f:7") == "0"
    assert record_id(None, 7, "f:7") == "7"
    assert record_id(" d1 ", 7, "f:7") == "d1"


def test_ids_numbered_per_topic_do_not_merge_the_topics(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Each topic numbers its articles 1, 2, 3: articles of two topics that share an id are still two articles."""
    rows = [{"id": str(i), "text": FLOOD + f"Report {i} of the flood.", "cluster": "flood"} for i in range(1, 4)]
    rows += [{"id": str(i), "text": VOTE + f"Report {i} of the vote.", "cluster": "vote"} for i in range(1, 4)]
    p = _write(tmp_path, rows)
    gold = load_gold(p)
    assert len({g.article.id for g in gold}) == 6
    assert [g.article.id for g in gold][:4] == ["1", "2", "3", "1#2"]
    assert "3 article ids repeat" in capsys.readouterr().err
    got = evaluate_clustering(p)
    assert got.rows["newsdesk"]["bcubed_f1"] == 1.0 and got.rows["newsdesk"]["clusters"] == 2
    assert evaluate_clustering(p, stream=True).rows["newsdesk"]["bcubed_f1"] == 1.0


def test_an_id_zero_is_not_the_line_number(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    rows = [{"id": 0, "text": FLOOD, "cluster": "flood"}, {"id": 1, "text": VOTE, "cluster": "vote"}]
    gold = load_gold(_write(tmp_path, rows))
    assert [g.article.id for g in gold] == ["0", "1"]
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("stamp", [1136073600, 1136073600.5, "1136073600", 1136073600000, "1136073600000"])
def test_unix_time_dates_are_read(tmp_path: Path, stamp: object) -> None:
    """2006-01-01 00:00 UTC given as Unix seconds or milliseconds, a number or digits."""
    gold = load_gold(_write(tmp_path, [{"id": "a", "text": FLOOD, "cluster": "c", "meta": {"date": stamp}}]))
    assert gold[0].article.date == "2006-01-01"


@pytest.mark.parametrize("stamp", [20060101, "20060101", " 20060101 ", "20060101T083000Z", "20060101083000"])
def test_compact_dates_are_read(tmp_path: Path, stamp: object) -> None:
    """TDT and some feeds write a day as eight digits, year first."""
    gold = load_gold(_write(tmp_path, [{"id": "a", "text": FLOOD, "cluster": "c", "meta": {"date": stamp}}]))
    assert gold[0].article.date == "2006-01-01"


def test_eight_digits_that_are_no_day_stay_undated(tmp_path: Path) -> None:
    gold = load_gold(_write(tmp_path, [{"id": "a", "text": FLOOD, "cluster": "c", "meta": {"date": "20061399"}}]))
    assert gold[0].article.date is None


def test_one_article_is_scored_not_a_crash(tmp_path: Path) -> None:
    got = evaluate_clustering(_write(tmp_path, [{"id": "a", "text": FLOOD, "cluster": "flood"}]))
    assert got.articles == 1
    assert {row["clusters"] for row in got.rows.values()} == {1}


def test_articles_of_one_day_keep_the_file_order_whatever_their_ids(tmp_path: Path) -> None:
    """Numeric ids sort as text ("10" before "9"): the stream order of one day's articles must not hang on that."""
    from newsdesk.evaluation.cluster_eval import _stream_order

    rows = [{"id": i, "text": FLOOD, "cluster": "c", "meta": {"date": "2006-01-01"}} for i in (9, 10, 11)]
    rows.append({"id": 1, "text": VOTE, "cluster": "d", "meta": {"date": "2005-12-31"}})
    gold = load_gold(_write(tmp_path, rows))
    assert [gold[i].article.id for i in _stream_order(gold)] == ["1", "9", "10", "11"]
