"""Stop 23 (review X23 items 8, 10-14): the evaluations score newsdesk's own HTML path, name what they leave out,
read more shapes of held-out data, and stop with "nothing scored" when nothing is; the API's clean takes a Path and
says what it takes."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsdesk
from newsdesk.cli import main
from newsdesk.errors import InputError

BODY = ("The harbour bridge in Kelsby will close for eight months of repairs, the town council said on Tuesday. "
        "The work will cost close to twelve million pounds and traffic will be sent north through Dunmore. "
        "Engineers found corrosion in two of the main supports of the bridge last spring.")
PAGE = ("<!DOCTYPE html><html><head><title>Kelsby bridge to close - Kelsby Courier</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
        "</ul></nav><article><h1>Kelsby bridge to close</h1>"
        + "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".") if s.strip())
        + "</article><aside><ul><li><a href='/a'>Most read: a cat on a roof</a></li><li><a href='/b'>Weather: rain"
        "</a></li></ul></aside><footer>Subscribe to our newsletter. Copyright Kelsby Courier 2024.</footer>"
        "</body></html>")

DOC_A = ("Floodwaters forced the evacuation of 3,000 residents from Millbrook on Tuesday, the county said. "
         "Engineers warned that the old dam upstream could fail if the rain continued through the night.")
DOC_B = ("About 3,000 people left their homes in Millbrook on Tuesday as the river rose, county officials said. "
         "The dam upstream was inspected by engineers, who said it could fail if the rain went on.")
REF = "Some 3,000 Millbrook residents were evacuated on Tuesday; engineers feared the dam could fail."

needs_rouge = pytest.mark.skipif(importlib.util.find_spec("rouge_score") is None,
                                 reason="eval summarize needs the eval extra (rouge-score)")
needs_eval_extra = pytest.mark.skipif(
    importlib.util.find_spec("geotext") is None or importlib.util.find_spec("reverse_geocoder") is None,
    reason="the compare evaluation needs the eval extra: pip install -e '.[eval]'")


def write(tmp_path: Path, rows: list[dict], name: str = "data.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- item 8: eval clean scores the HTML path


def test_eval_clean_scores_newsdesks_html_path_and_says_which_row_is_which(tmp_path: Path) -> None:
    from newsdesk.clean import clean_raw
    from newsdesk.evaluation.clean_eval import HTML_ROW, TEXT_ROW, evaluate_clean, token_prf
    from newsdesk.model import RawDoc

    report = evaluate_clean(write(tmp_path, [{"id": "k1", "html": PAGE, "text": BODY}]), with_trafilatura=False)
    rows = {s.name: s for s in report.systems}
    assert HTML_ROW == "newsdesk (HTML page)" and HTML_ROW in rows and TEXT_ROW in rows
    expected = token_prf(clean_raw(RawDoc(source="x", content=PAGE, kind="html")).text, BODY)
    assert rows[HTML_ROW].scores == [expected]
    assert rows[HTML_ROW].macro().recall == 1.0
    table = report.table()
    assert "newsdesk (HTML page)" in table and "`newsdesk clean page.html`" in table and "plain-text cleaner" in table
    assert [s["system"] for s in report.to_dict()["systems"]][:3] == ["full-page dump", HTML_ROW, TEXT_ROW]


# --------------------------------------------------------------------------- item 11: odd pages of eval clean


def test_empty_or_null_pages_and_references_are_left_out_and_named(tmp_path: Path) -> None:
    from newsdesk.evaluation.clean_eval import evaluate_clean

    rows = [{"id": "good", "html": PAGE, "text": BODY},
            {"id": "noref", "html": PAGE, "text": "  "},
            {"id": "nopage", "html": "", "text": BODY},
            {"id": "nullpage", "html": None, "text": BODY}]
    odd = evaluate_clean(write(tmp_path, rows, "odd.jsonl"), with_trafilatura=False)
    alone = evaluate_clean(write(tmp_path, rows[:1], "alone.jsonl"), with_trafilatura=False)
    assert [s.macro() for s in odd.systems] == [s.macro() for s in alone.systems]  # not averaged in as 0
    assert odd.pages == 1
    note = odd.not_scored()
    assert "noref (empty reference text)" in note and "nopage (empty html)" in note and "nullpage (html is null)" in note
    assert "not scored: 3 pages" in odd.table()
    assert [x["id"] for x in odd.to_dict()["not_scored"]] == ["noref", "nopage", "nullpage"]


def test_the_reference_may_be_under_articlebody_even_inside_an_object(tmp_path: Path) -> None:
    from newsdesk.evaluation.clean_eval import load_pages

    pages, left_out = load_pages(write(tmp_path, [{"id": "a", "html": PAGE, "articleBody": BODY},
                                                  {"id": "b", "html": PAGE, "text": {"articleBody": BODY}}]))
    assert [(p.id, p.text) for p in pages] == [("a", BODY), ("b", BODY)] and left_out == []


def test_a_reference_object_without_text_is_a_clear_error(tmp_path: Path) -> None:
    from newsdesk.evaluation.clean_eval import load_pages

    with pytest.raises(InputError, match=r"data\.jsonl:1: field 'text' is an object without a text field \(its keys: "
                                         r"lang, words\)"):
        load_pages(write(tmp_path, [{"id": "a", "html": PAGE, "text": {"lang": "en", "words": 40}}]))


# --------------------------------------------------------------------------- item 10: eval compare names what it skips


@needs_eval_extra
def test_eval_compare_names_the_clusters_it_cannot_score(tmp_path: Path) -> None:
    from newsdesk.evaluation.compare_eval import evaluate_compare, format_report

    rows = [{"id": "both", "documents": [DOC_A, DOC_B]},
            {"id": "single", "documents": [DOC_A]},
            {"id": "menu-only", "documents": [DOC_B, "Home\nNews\nSport"]}]
    result = evaluate_compare(write(tmp_path, rows), seed=1)
    assert result["clusters"] == 1
    assert result["not_scored"] == {"clusters": 2, "ids": ["single", "menu-only"], "documents": 5,
                                    "documents_rejected": 1}
    assert ("not scored: 2 clusters (single, menu-only) with fewer than 2 usable documents; 1 of 5 documents "
            "rejected by the cleaner") in format_report(result)


@needs_eval_extra
def test_eval_compare_with_nothing_to_score_exits_1_and_says_why(tmp_path: Path) -> None:
    got = CliRunner().invoke(main, ["eval", "compare", "--data",
                                    str(write(tmp_path, [{"id": "lonely", "documents": [DOC_A]}]))])
    assert got.exit_code == 1 and "nothing scored: 1 clusters (lonely) with fewer than 2 usable documents" in got.output


# --------------------------------------------------------------------------- item 12: summarize and cluster readers


@needs_rouge
def test_a_cluster_without_a_summaries_field_is_left_out_like_an_empty_list(tmp_path: Path) -> None:
    from newsdesk.evaluation.summarize_eval import evaluate, read_clusters

    rows = [{"id": "ok", "documents": [DOC_A, DOC_B], "summaries": [REF]},
            {"id": "bare", "documents": [DOC_A, DOC_B]}]
    table = evaluate(read_clusters(write(tmp_path, rows), clean=False), ["lead"], words=20)
    assert table.rows[0].clusters == 1 and "bare (no reference summary)" in table.notes["not scored"]


def test_summaries_and_documents_given_as_lists_of_sentences_are_joined(tmp_path: Path) -> None:
    from newsdesk.evaluation.summarize_eval import read_clusters

    sentences_a = [s.strip() + "." for s in DOC_A.split(".") if s.strip()]
    rows = [{"id": "s", "documents": [sentences_a, DOC_B], "summaries": [["Some 3,000 left Millbrook.", "A dam may fail."]]}]
    (cluster,) = read_clusters(write(tmp_path, rows), clean=False)
    assert cluster.summaries == ("Some 3,000 left Millbrook.\nA dam may fail.",)
    assert cluster.documents[0] == "\n".join(sentences_a) and len(cluster.sentences[0]) == 2


def test_eval_cluster_reads_a_page_given_under_html_as_html(tmp_path: Path) -> None:
    from newsdesk.evaluation.cluster_eval import evaluate_clustering

    rows = [{"id": "p1", "html": PAGE, "cluster": "bridge"},
            {"id": "p2", "html": PAGE.replace("Tuesday", "Wednesday"), "cluster": "bridge"},
            {"id": "t1", "text": DOC_A, "cluster": "flood"}]
    seen: list[str] = []

    def record(articles, _cfg, _stream):
        seen.extend(a.text for a in articles)
        return ["x"] * len(articles)

    result = evaluate_clustering(write(tmp_path, rows), systems=record)
    assert result.web_pages == 2 and result.articles == 3
    assert len(seen) == 3 and all("<" not in t for t in seen) and "corrosion" in seen[0]
    assert "Most read" not in seen[0]  # read as HTML: the page's frame is gone
    assert "2 web pages read as HTML" in result.to_markdown()


# --------------------------------------------------------------------------- item 13: nothing scored


@pytest.mark.parametrize("command", ["clean", "summarize", "cluster", "compare"])
def test_an_empty_file_is_nothing_scored_and_exit_1(tmp_path: Path, command: str) -> None:
    if command == "summarize" and importlib.util.find_spec("rouge_score") is None:
        pytest.skip("eval summarize needs the eval extra")
    if command == "compare" and importlib.util.find_spec("geotext") is None:
        pytest.skip("eval compare needs the eval extra")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    got = CliRunner().invoke(main, ["eval", command, "--data", str(empty)])
    assert got.exit_code == 1, got.output
    assert "nothing scored" in got.output


def test_eval_clean_with_only_unscorable_pages_says_which(tmp_path: Path) -> None:
    got = CliRunner().invoke(main, ["eval", "clean", "--no-trafilatura", "--data",
                                    str(write(tmp_path, [{"id": "z", "html": PAGE, "text": ""}]))])
    assert got.exit_code == 1 and "nothing scored: 1 pages with an empty or null page or reference: z" in got.output


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_eval_clean_limit_must_be_at_least_1(tmp_path: Path, limit: str) -> None:
    got = CliRunner().invoke(main, ["eval", "clean", "--limit", limit, "--data",
                                    str(write(tmp_path, [{"id": "a", "html": PAGE, "text": BODY}]))])
    assert got.exit_code == 2 and "--limit" in got.output


# --------------------------------------------------------------------------- item 14: the API


def test_api_clean_reads_a_path(tmp_path: Path) -> None:
    page = tmp_path / "kelsby.html"
    page.write_text(PAGE, encoding="utf-8")
    art = newsdesk.clean(page)
    assert "corrosion" in art.text and "Most read" not in art.text and art.title == "Kelsby bridge to close"


@pytest.mark.parametrize("given", [PAGE.encode(), io.BytesIO(PAGE.encode()), None, 42])
def test_api_clean_names_what_it_was_given_and_what_it_takes(given: object) -> None:
    with pytest.raises(TypeError, match=rf"clean takes the page as a str \(text or HTML\) or a pathlib.Path of its "
                                        rf"file; got {type(given).__name__}"):
        newsdesk.clean(given)  # type: ignore[arg-type]


def test_api_clean_of_a_file_name_given_as_str_reads_it_as_text_and_says_to_pass_a_path(tmp_path: Path) -> None:
    page = tmp_path / "kelsby.html"
    page.write_text(PAGE, encoding="utf-8")
    with pytest.raises(InputError, match=r"a str is read as the page itself; pass pathlib.Path\("):
        newsdesk.clean(str(page))
    with pytest.raises(InputError, match="folder"):
        newsdesk.clean(tmp_path)


@pytest.mark.parametrize(("kwargs", "name"), [({"words": "120"}, "words"), ({"focus": 123}, "focus"),
                                              ({"sentences": "3"}, "sentences"), ({"words": True}, "words")])
def test_api_brief_names_a_parameter_of_the_wrong_type(kwargs: dict, name: str) -> None:
    with pytest.raises(TypeError, match=rf"^{name} must be"):
        newsdesk.brief([DOC_A, DOC_B], **kwargs)
