"""eval summarize / compare / clean readers on data shapes of unseen sets (numeric ids, id 0, earlier sets given
as numbers or one string, empty references, clusters without documents, documents that are web pages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.builders import FLOOD_DOC_A as DOC_A
from tests.builders import FLOOD_DOC_B as DOC_B
from tests.builders import FLOOD_DOC_C as DOC_C

from newsdesk.errors import InputError
from newsdesk.evaluation.summarize_eval import evaluate, evaluate_update, read_clusters

pytest.importorskip("rouge_score")

REF_A = "Floodwaters forced 3,000 Millbrook residents to evacuate. Engineers warned the dam could fail."
REF_B = "Crews began repairing the dam on Friday."


def write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def update_rows(first_id: object, earlier: object) -> list[dict]:
    return [
        {"id": first_id, "documents": [DOC_A, DOC_B], "summaries": [REF_A], "meta": {"earlier_sets": []}},
        {"id": "later", "documents": [DOC_C, DOC_A, DOC_B], "summaries": [REF_B], "meta": {"earlier_sets": earlier}},
    ]


@pytest.mark.parametrize(("first_id", "earlier"), [(0, [0]), (7, 7), ("t-A", "t-A"), ("t-A", ["t-A"])])
def test_earlier_sets_given_as_numbers_or_one_string_are_used(tmp_path: Path, first_id: object,
                                                             earlier: object) -> None:
    clusters = read_clusters(write(tmp_path, update_rows(first_id, earlier)), clean=False)
    assert clusters[0].id == str(first_id) and clusters[1].earlier == (str(first_id),)
    by = {r.system: r for r in evaluate_update(clusters, words=20).rows}
    assert by["newsdesk+since"].scores["rouge2_f"] > by["newsdesk"].scores["rouge2_f"]


def test_earlier_sets_given_as_an_empty_string_are_none(tmp_path: Path) -> None:
    clusters = read_clusters(write(tmp_path, update_rows("t-A", "")), clean=False)
    assert clusters[1].earlier == ()


def test_an_earlier_set_not_in_the_file_stops_the_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"clusters.jsonl:2: .*earlier set 't-Z'"):
        read_clusters(write(tmp_path, update_rows("t-A", ["t-Z"])), clean=False)


def test_an_earlier_set_beyond_the_limit_is_said(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    rows = update_rows("t-A", ["t-A"])[::-1]  # the later set first: --limit 1 leaves its earlier set out
    clusters = read_clusters(write(tmp_path, rows), clean=False, limit=1)
    assert "beyond --limit" in capsys.readouterr().err
    table = evaluate_update(clusters, words=20)
    assert "t-A" in table.notes["missing earlier sets"] and "missing earlier sets" in table.render()


def test_clusters_without_references_or_documents_are_left_out_and_said(tmp_path: Path) -> None:
    rows = [
        {"id": "none", "documents": [DOC_A], "summaries": []},
        {"id": "ok", "documents": [DOC_A, DOC_B], "summaries": [REF_A]},
        {"id": "blank", "documents": ["", "  "], "summaries": [REF_A]},
    ]
    table = evaluate(read_clusters(write(tmp_path, rows), clean=False), ["lead"], words=20)
    alone = evaluate(read_clusters(write(tmp_path, rows[1:2]), clean=False), ["lead"], words=20)
    assert table.rows[0].clusters == 1 and table.rows[0].scores == alone.rows[0].scores
    assert "none (no reference summary)" in table.notes["not scored"]
    assert "blank (no document)" in table.notes["not scored"]
    assert "not scored" in table.render()


def test_nothing_to_score_gives_an_empty_table_not_a_crash(tmp_path: Path) -> None:
    table = evaluate(read_clusters(write(tmp_path, [{"id": "x", "documents": [DOC_A], "summaries": []}]),
                               clean=False), ["lead"], words=20)
    assert table.rows[0].clusters == 0 and "no cluster could be scored" in table.render()


def test_an_empty_reference_is_not_scored_as_zero(tmp_path: Path) -> None:
    given = evaluate(read_clusters(write(tmp_path, [{"id": "x", "documents": [DOC_A, DOC_B],
                                                     "summaries": [REF_A, ""]}]), clean=False), ["lead"], words=20)
    plain = evaluate(read_clusters(write(tmp_path, [{"id": "x", "documents": [DOC_A, DOC_B],
                                                     "summaries": [REF_A]}]), clean=False), ["lead"], words=20)
    assert given.rows[0].scores == plain.rows[0].scores
    assert "1 empty reference" in given.notes["empty references"]


PAGE = ("<html><body><nav>Home | World | Sport</nav><p>Floodwaters forced the evacuation of 3,000 residents from "
        "Millbrook on Tuesday, the county said.</p><p>Engineers warned that the old dam upstream could fail if the "
        "rain continued through the night.</p></body></html>")


def test_a_document_that_is_a_web_page_is_read_as_html(tmp_path: Path) -> None:
    clusters = read_clusters(write(tmp_path, [{"id": "x", "documents": [PAGE, DOC_B], "summaries": [REF_A]}]))
    text = clusters[0].documents[0]
    assert "Floodwaters forced" in text and "<" not in text and "</p>" not in " ".join(clusters[0].sentences[0])


def test_compare_reader_keeps_id_zero_and_reads_a_page_as_html(tmp_path: Path) -> None:
    from newsdesk.evaluation.compare_eval import clean_documents, read_documents

    got = read_documents(write(tmp_path, [{"id": 0, "documents": [DOC_A]}, {"id": 1, "documents": [DOC_B]}]))
    assert [r["id"] for r in got] == ["0", "1"]
    arts = clean_documents("x", [PAGE, DOC_B])
    assert "Floodwaters forced" in arts[0].text and "<p>" not in arts[0].text


def test_clean_reader_keeps_id_zero(tmp_path: Path) -> None:
    from newsdesk.evaluation.clean_eval import read_pages

    path = write(tmp_path, [{"id": 0, "html": PAGE, "text": "t"}, {"id": 1, "html": PAGE, "text": "t"}])
    assert [p.id for p in read_pages(path)] == ["0", "1"]
