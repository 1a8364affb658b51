"""`newsdesk eval compare` reads clusters files as the summarization harness does (held-out sets may differ)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.evaluation.compare_eval import read_documents

DOCS = ["The Varn river rose two metres on Friday.", "Kell moved 2,000 people to the sports hall."]


def test_a_gzipped_json_array_with_numeric_ids_and_text_objects(tmp_path: Path) -> None:
    path = tmp_path / "clusters.json.gz"
    path.write_bytes(gzip.compress(json.dumps([{"id": 7, "documents": [{"text": d} for d in DOCS]}]).encode()))
    assert read_documents(path) == [{"id": "7", "documents": DOCS}]


def test_a_bad_record_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "clusters.jsonl"
    path.write_text("\ufeff" + json.dumps({"id": "a", "documents": DOCS}) + "\n\n" + json.dumps({"id": "b"}) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"clusters\.jsonl:3: missing field 'documents'"):
        read_documents(path)
