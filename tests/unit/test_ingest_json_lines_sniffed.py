"""JSON lines on stdin or in a file without a suffix are read record by record, not as one article of raw JSON."""

import io
import json
from pathlib import Path

from newsdesk.config import IngestConfig
from newsdesk.ingest import _read_stream, read_inputs
from newsdesk.model import RawDoc

RECORDS = [
    {"headline": "Fire at warehouse", "content": "A fire at a warehouse in Dunmore forced the evacuation of 1,200 "
     "residents on Tuesday, officials said. Firefighters worked through the night."},
    {"headline": "Council vote", "content": "The Dunmore council voted on Wednesday to approve a new budget for "
     "road repairs, the mayor said. Work will start in spring."},
]
LINES = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()


def _docs(items):
    return [d for d in items if isinstance(d, RawDoc)]


def test_json_lines_on_stdin_are_two_articles():
    docs = _docs(_read_stream("<stdin>", io.BytesIO(b"\n" + LINES), IngestConfig(), suffix=""))
    assert [d.title for d in docs] == ["Fire at warehouse", "Council vote"]
    assert not any("{" in d.content for d in docs)


def test_json_lines_in_a_file_without_a_suffix(tmp_path: Path):
    path = tmp_path / "export_noext"
    path.write_bytes(LINES)
    assert [d.title for d in _docs(read_inputs([path]))] == ["Fire at warehouse", "Council vote"]


def test_one_json_document_and_plain_text_are_read_as_before(tmp_path: Path):
    doc = tmp_path / "one_doc"
    doc.write_text(json.dumps({"articles": RECORDS}), encoding="utf-8")
    assert [d.title for d in _docs(read_inputs([doc]))] == ["Fire at warehouse", "Council vote"]
    text = b'{"a": 1}\nA fire at a warehouse in Dunmore forced the evacuation of residents on Tuesday, officials said.\n'
    docs = _docs(_read_stream("<stdin>", io.BytesIO(text), IngestConfig(), suffix=""))
    assert len(docs) == 1 and "evacuation" in docs[0].content


def test_pasted_json_lines_are_one_article_per_record():
    from newsdesk.ingest import read_pasted

    docs = _docs(read_pasted("pasted text 1", LINES.decode()))
    assert [d.title for d in docs] == ["Fire at warehouse", "Council vote"]
    assert len(read_pasted("pasted text 2", RECORDS[0]["content"])) == 1


def test_json_lines_in_utf16_with_a_byte_order_mark(tmp_path: Path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(LINES.decode().replace("\n", "\r\n").encode("utf-16"))  # PowerShell's Out-File
    assert [d.title for d in _docs(read_inputs([path]))] == ["Fire at warehouse", "Council vote"]


def test_a_pasted_text_over_the_limit_is_rejected():
    from newsdesk.ingest import read_pasted
    from newsdesk.model import Rejection

    (doc,) = read_pasted("pasted text 1", "word " * 3000, IngestConfig(max_bytes=10_000))
    assert isinstance(doc, Rejection) and "over the limit" in doc.explain


def test_a_utf16_file_past_its_limit_reads_whole_records_and_says_what_it_left(tmp_path: Path):
    from newsdesk.model import Rejection

    path = tmp_path / "export.jsonl"
    many = "".join(json.dumps(RECORDS[i % 2]) + "\r\n" for i in range(40))
    path.write_bytes(many.encode("utf-16"))
    cfg = IngestConfig(max_bytes=500)  # read up to 10 x 500 bytes of a UTF-16 file: about 9 of the 40 records
    out = list(read_inputs([path], cfg))
    docs = _docs(out)
    assert 0 < len(docs) < 40 and all(d.title in ("Fire at warehouse", "Council vote") for d in docs)
    refused = [r for r in out if isinstance(r, Rejection)]
    assert len(refused) == 1 and "save it as UTF-8" in refused[0].detail and refused[0].source.endswith("export.jsonl")


def test_one_pasted_json_record_is_read_as_a_record():
    """X25: one record pasted alone was stored as an article of raw JSON (two or more were read)."""
    from newsdesk.ingest import read_pasted

    docs = _docs(read_pasted("pasted text 3", json.dumps(RECORDS[0])))
    assert [d.title for d in docs] == ["Fire at warehouse"] and "{" not in docs[0].content
    docs = _docs(read_pasted("pasted text 4", json.dumps(RECORDS, indent=2)))
    assert [d.title for d in docs] == ["Fire at warehouse", "Council vote"]
