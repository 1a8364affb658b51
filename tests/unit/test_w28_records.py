"""R28 #12: a bad item in a JSONL story record's "documents" list is left out alone, with its own reason."""

from __future__ import annotations

import io
import json

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest.records import json_kind, read_jsonl
from newsdesk.model import RawDoc, Rejection

TEXT = ("The town board of Elmsworth voted on Tuesday to reopen the old rail bridge to cyclists after engineers "
        "found its steel sound, the board's chair said.")


def _read(*rows: object) -> list[RawDoc | Rejection]:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    return list(read_jsonl("feed.jsonl", io.BytesIO(data), IngestConfig()))


def test_a_null_document_is_rejected_alone_and_the_valid_one_is_kept() -> None:
    out = _read({"id": "bridge", "documents": [None, {"text": TEXT}, 7]})
    docs = [d for d in out if isinstance(d, RawDoc)]
    rejections = [d for d in out if isinstance(d, Rejection)]
    assert [d.source for d in docs] == ["feed.jsonl:1#2"] and docs[0].content == TEXT
    assert docs[0].group == "bridge"
    assert [(r.source, r.reason) for r in rejections] == [("feed.jsonl:1#1", Reason.BAD_RECORD),
                                                          ("feed.jsonl:1#3", Reason.BAD_RECORD)]
    assert "null" in rejections[0].detail and "a number" in rejections[1].detail
    assert "no 'text'" not in rejections[0].detail


def test_a_documents_list_with_nothing_readable_is_still_one_bad_record() -> None:
    out = _read({"id": "x", "documents": [None, None]})
    assert len(out) == 1 and isinstance(out[0], Rejection) and out[0].source == "feed.jsonl:1"


def test_json_kind_names_values_as_json_does() -> None:
    assert [json_kind(v) for v in (None, 3, 2.5, [], {}, "a")] == ["null", "a number", "a number", "a list",
                                                                   "an object", "a text"]
    assert json_kind(True).startswith("true")
