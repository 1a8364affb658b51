"""Reading evaluation data files: JSON lines, tolerant of the small ways data sets differ in shape.

Held-out sets of the same kind as the dev sets may come gzipped (``.jsonl.gz``), with a byte-order mark,
Windows line ends, blank lines, as one JSON array instead of lines, with ids as numbers, a list of texts
given as one string, texts given as objects with a ``"text"`` field, or a text given as a list of its sentences
(or paragraphs). Whatever has one clear meaning
is read; anything else stops with an ``InputError`` naming the file and the line.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsdesk.errors import InputError

# Fields under which a text object ({"text": ...}) carries its text.
_TEXT_KEYS = ("text", "content", "body", "maintext", "article", "articleBody", "summary")


def iter_records(path: str | Path, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, record) for each JSON object of a JSONL file (or of a JSON array file).

    Args:
        path: the file; gzip is recognised by its magic bytes, whatever the name.
        what: what a record should be, for error messages ("a cluster record (id, documents, summaries)").

    Raises:
        InputError: naming ``path:line`` for a line that is not a JSON object, or the file when it cannot be read.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file (expected JSON lines, each {what})")
    try:
        raw = p.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{p}: cannot read the file ({exc.__class__.__name__}: {exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text (byte {exc.start}); expected JSON lines, each {what}") from exc
    text = text.lstrip("\ufeff")
    if text.lstrip().startswith("["):  # one JSON array of records instead of one record per line
        try:
            rows = json.loads(text)
        except json.JSONDecodeError:
            rows = None  # perhaps lines that happen to be arrays: read line by line below
        if isinstance(rows, list):
            for i, row in enumerate(rows, start=1):
                yield i, _record(row, p, i, what)
            return
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{p}:{n}: not valid JSON ({exc.msg} at column {exc.colno}); expected {what}"
            ) from exc
        yield n, _record(row, p, n, what)


def _record(row: Any, path: Path, n: int, what: str) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise InputError(f"{path}:{n}: expected a JSON object ({what}), got {type(row).__name__}")
    return row


def field(row: dict[str, Any], names: Sequence[str], where: str, required: bool = True) -> Any:
    """The value of the first of ``names`` present in ``row`` (or in its "meta" object); None if absent and optional."""
    for place in (row, row.get("meta") if isinstance(row.get("meta"), dict) else {}):
        for name in names:
            if place.get(name) is not None:
                return place[name]
    if required:
        raise InputError(
            f"{where}: missing field '{names[0]}'" + (f" (or {', '.join(names[1:])})" if names[1:] else "")
        )
    return None


def as_id(value: Any, where: str, name: str = "id") -> str:
    """An id given as a string or a number, as a string."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"{where}: field '{name}' must be a string or a number, got {type(value).__name__}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def record_id(value: Any, line: int, where: str, name: str = "id") -> str:
    """A record's id (see ``as_id``), its line number when it has none (or a blank one); an id 0 stays "0"."""
    blank = value is None or isinstance(value, str) and not value.strip()
    return as_id(line if blank else value, where, name)


def unique_ids(ids: Sequence[str]) -> tuple[list[str], int]:
    """The ids with each repeat renamed so that all are distinct, and how many were renamed.

    The first holder of an id keeps it; a later one becomes ``id#2``, ``id#3``, ... (skipping names
    already taken), so records that share an id (per-topic numbering, a repeated row) stay apart.

    Example:
        >>> unique_ids(["1", "2", "1", "1#2"])
        (['1', '2', '1#3', '1#2'], 1)
    """
    taken = set(ids)
    seen: set[str] = set()
    out: list[str] = []
    renamed = 0
    for value in ids:
        if value in seen:
            k = 2
            while f"{value}#{k}" in taken:
                k += 1
            value = f"{value}#{k}"
            taken.add(value)
            renamed += 1
        seen.add(value)
        out.append(value)
    return out, renamed


def document_kind(text: str) -> str:
    """ "html" for a document that is a web page (it opens with a tag: ``<html>``, a doctype, ``<p>``), as
    ``newsdesk ingest`` reads a record's text; else "text". For the cleaner's ``RawDoc.kind``."""
    from newsdesk.ingest.decode import opens_with_markup  # the reader's own test, so both read a text alike

    return "html" if opens_with_markup(text) else "text"


def warn(message: str) -> None:
    """One line on stderr about the data (what was read differently from how it was given)."""
    print(f"newsdesk eval: {message}", file=sys.stderr)


def as_text(value: Any, where: str, name: str) -> str:
    """A text given as a string, as an object with a text field ({"text": ...}), or as a list of its sentences
    (or paragraphs: strings, joined one per line).

    Example:
        >>> as_text(["First sentence.", "Second one."], "f:1", "text")
        'First sentence.\\nSecond one.'
    """
    if isinstance(value, dict):
        found = next((value[k] for k in _TEXT_KEYS if isinstance(value.get(k), str)), None)
        if found is None:
            keys = ", ".join(map(str, list(value)[:8])) or "none"
            raise InputError(f"{where}: field '{name}' is an object without a text field (its keys: {keys}); "
                             f"expected a text, a list of sentences, or an object with one of "
                             f"{', '.join(_TEXT_KEYS)}")
        value = found
    if _sentence_list(value):
        value = "\n".join(value)
    if not isinstance(value, str):
        raise InputError(f"{where}: field '{name}' must be text, got {type(value).__name__}")
    return value


def _sentence_list(value: Any) -> bool:
    """Whether ``value`` is a list of strings (the sentences or paragraphs of one text)."""
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def as_texts(value: Any, where: str, name: str, separator: str | None = None) -> list[str]:
    """A list of texts given as a list of strings, text objects or lists of sentences (each list one text, a
    sentence per line), or as one string (split on ``separator`` when it holds it, as multi-news joins its
    documents with ``|||||``)."""
    if isinstance(value, (str, dict)):
        if isinstance(value, str) and separator and separator in value:
            return [part.strip() for part in value.split(separator) if part.strip()]
        return [as_text(value, where, name)]
    if not isinstance(value, list):
        raise InputError(f"{where}: field '{name}' must be a list of texts, got {type(value).__name__}")
    return [as_text(v, f"{where} ({name}[{i}])", name) for i, v in enumerate(value)]
