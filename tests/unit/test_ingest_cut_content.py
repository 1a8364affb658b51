"""A record whose text its provider cut ("… [+1843 chars]", NewsAPI) loses the marker and the cut sentence."""

import json
from pathlib import Path

from newsdesk.ingest import read_inputs
from newsdesk.model import RawDoc, Rejection

WHOLE = "A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said."


def _read(tmp_path: Path, articles: list[dict]) -> list:
    path = tmp_path / "newsapi.json"
    path.write_text(json.dumps({"status": "ok", "articles": articles}), encoding="utf-8")
    return list(read_inputs([path]))


def test_the_marker_and_the_cut_sentence_are_dropped(tmp_path: Path):
    docs = _read(tmp_path, [{"title": "Fire", "content": WHOLE + " Fire chief Maria Ortiz said it started at the Harla… [+1843 chars]"}])
    assert isinstance(docs[0], RawDoc) and docs[0].content == WHOLE


def test_a_cut_single_sentence_gives_way_to_the_description(tmp_path: Path):
    docs = _read(tmp_path, [{"title": "Fire", "description": WHOLE, "content": "Fire chief Maria Ortiz said the blaze started at the Harl… [+2100 chars]"},
                            {"title": "Fire", "content": "Fire chief Maria Ortiz said the blaze started at the Harl... [+2,100 chars]"}])
    assert isinstance(docs[0], RawDoc) and docs[0].content == WHOLE
    assert isinstance(docs[1], Rejection) and "cut short" in docs[1].detail


def test_text_without_the_marker_is_kept_whole(tmp_path: Path):
    docs = _read(tmp_path, [{"title": "Fire", "content": WHOLE + " More follows…"}])
    assert docs[0].content == WHOLE + " More follows…"


def test_an_abbreviation_is_no_sentence_end(tmp_path: Path):
    text = ("Dr. Jane Roe said the Lanmore clinic would open next week after two years of work. It will treat 200 "
            "patients a wee… [+1500 chars]")
    docs = _read(tmp_path, [{"title": "Clinic", "content": text}])
    assert docs[0].content == "Dr. Jane Roe said the Lanmore clinic would open next week after two years of work."
