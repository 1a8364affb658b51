"""Ingest, stop 22 (review X22): records of other shapes are read, not rejected, and two files numbering their
records alike hold different articles."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.config import Settings
from newsdesk.ingest import read_inputs
from newsdesk.model import RawDoc
from newsdesk.pipeline import load_articles
from newsdesk.store import open_store
from newsdesk.stories import ingest_into_store

_TEXTS = [
    "The council of Lanmore voted on Monday to close the old bridge over the river for six weeks of repairs.",
    "Ferry crews in Harbourton walked out on Tuesday over pay and rosters, stranding hundreds of passengers.",
    "The storm that hit the valley on Monday night left 4,000 of the homes there without power, officials said.",
]


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_story_records_with_documents_as_records_or_one_joined_string(tmp_path: Path) -> None:
    objs = _write(tmp_path / "objs.jsonl", [{"id": "s1", "documents": [{"text": _TEXTS[0], "title": "Bridge"},
                                                                         {"text": _TEXTS[1]}]}])
    joined = _write(tmp_path / "joined.jsonl", [{"id": "s2", "documents": " ||||| ".join(_TEXTS)}])
    raws = [r for r in read_inputs([objs, joined]) if isinstance(r, RawDoc)]
    assert [r.group for r in raws] == ["s1", "s1", "s2", "s2", "s2"]
    assert raws[0].title == "Bridge" and raws[2].content.strip() == _TEXTS[0]


def test_html_in_a_records_text_field_is_read_as_html(tmp_path: Path) -> None:
    page = f"<html><body><p>{_TEXTS[0]}</p><p>{_TEXTS[1]}</p></body></html>"
    path = _write(tmp_path / "p.jsonl", [{"id": "p1", "text": page}, {"id": "s", "documents": [page, _TEXTS[2]]}])
    raws = [r for r in read_inputs([path]) if isinstance(r, RawDoc)]
    assert [r.kind for r in raws] == ["html", "html", "text"]
    articles, _ = load_articles([path])
    assert all("<p>" not in a.text and "</p>" not in a.text for a in articles)


def test_a_field_of_another_type_is_left_out_not_the_article(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", [
        {"id": "a", "text": _TEXTS[0], "date": 1136073600.5},
        {"id": "b", "text": _TEXTS[1], "date": {"$date": "2006-02-01T00:00:00Z"}, "outlet": ["Lanmore Post"]},
        {"id": "c", "text": _TEXTS[2], "date": True},
    ])
    raws = [r for r in read_inputs([path]) if isinstance(r, RawDoc)]
    assert [r.id for r in raws] == ["a", "b", "c"]
    assert raws[0].date == "2006-01-01T00:00:00Z"
    assert raws[1].date == "2006-02-01T00:00:00Z" and raws[1].outlet == "Lanmore Post"
    assert raws[2].date is None


def test_two_files_numbering_their_records_alike_hold_different_articles(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", [{"id": "1", "text": _TEXTS[0]}, {"id": "2", "text": _TEXTS[1]}])
    b = _write(tmp_path / "b.jsonl", [{"id": "1", "text": _TEXTS[2]}])
    articles, rejected = load_articles([a, b])
    assert sorted(x.text for x in articles) == sorted(_TEXTS) and not rejected
    assert len({x.id for x in articles}) == 3
    db = tmp_path / "s.db"
    with open_store(db) as store:
        first = ingest_into_store(load_articles([a])[0], store, Settings())
        second = ingest_into_store(load_articles([b])[0], store, Settings())
        again = ingest_into_store(load_articles([b])[0], store, Settings())
        assert (len(first.new_articles), len(second.new_articles), len(again.new_articles)) == (2, 1, 0)  # idempotent
        assert sorted(x.text for x in store.iter_articles()) == sorted(_TEXTS)


def test_reading_an_input_again_adds_nothing_in_any_order_or_folder(tmp_path: Path, monkeypatch) -> None:
    """Review R22a: inputs given in another order, a subset first, or read from another folder stored an article
    twice."""
    d = tmp_path / "d"
    d.mkdir()
    a = _write(d / "a.jsonl", [{"id": "1", "text": _TEXTS[0]}])
    b = _write(d / "b.jsonl", [{"id": "1", "text": _TEXTS[1]}])
    with open_store(tmp_path / "order.db") as store:
        assert len(ingest_into_store(load_articles([a, b])[0], store, Settings()).new_articles) == 2
        assert ingest_into_store(load_articles([b, a])[0], store, Settings()).new_articles == []
        monkeypatch.chdir(d)
        assert ingest_into_store(load_articles([Path("b.jsonl"), Path("a.jsonl")])[0], store, Settings()).new_articles == []
        assert sorted(x.text for x in store.iter_articles()) == sorted(_TEXTS[:2])
    monkeypatch.chdir(tmp_path)
    with open_store(tmp_path / "subset.db") as store:
        assert len(ingest_into_store(load_articles([b])[0], store, Settings()).new_articles) == 1
        assert len(ingest_into_store(load_articles([a, b])[0], store, Settings()).new_articles) == 1
        assert sorted(x.text for x in store.iter_articles()) == sorted(_TEXTS[:2])


def test_a_multinews_documents_string_has_its_line_breaks() -> None:
    from newsdesk.ingest.records import _records

    raws = list(_records("m.jsonl:1", {"id": "s", "documents": f"{_TEXTS[0]} NEWLINE_CHAR NEWLINE_CHAR {_TEXTS[1]} "
                                                               f"||||| {_TEXTS[2]} |||||"}))
    assert len(raws) == 2 and all(isinstance(r, RawDoc) for r in raws)
    assert "NEWLINE_CHAR" not in raws[0].content and "\n" in raws[0].content  # type: ignore[union-attr]
