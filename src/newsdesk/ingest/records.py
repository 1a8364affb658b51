"""JSONL articles and multi-news story lines, read one bounded line at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest.decode import decode_bytes, safe_text
from newsdesk.model import RawDoc, Rejection

MULTINEWS_SEPARATOR = "|||||"
_TEXT_FIELDS = ("text", "html", "maintext", "body", "content")  # "maintext": news-please / CC-NEWS records
_META_FIELDS = ("id", "title", "url", "date", "outlet")
# Other names common exports give the same fields (news-please, schema.org, feed readers), read when the
# field itself is absent, also from a nested "meta" object; a value of another type there is ignored.
_ALIASES = {
    "title": ("headline",),
    "url": ("link",),
    "date": ("date_publish", "published", "publish_date", "published_at", "pubdate", "datePublished"),
    "outlet": ("source_domain", "site_name", "publisher", "source_name"),
}


def iter_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, bytes) with each line bounded; an over-long line yields (n, None) and is skipped."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line without holding it
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def read_jsonl(name: str, fh: BinaryIO, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    """One article per line: fields text or html, optional id, title, url, date, outlet, cluster (and their
    common other names: maintext, headline, date_publish, source_domain, ...; see ``_ALIASES``)."""
    records = 0
    for lineno, line in iter_lines(fh, cfg.max_bytes):
        where = f"{name}:{lineno}"
        if line is None:
            yield Rejection(where, Reason.TOO_LARGE, f"line longer than {cfg.max_bytes:,} bytes (--max-bytes)")
            records += 1
            continue
        if not line.strip():
            continue
        records += 1
        text, reason, detail = decode_bytes(line)
        if text is None and reason == Reason.BINARY and lineno == 1:
            # A binary file named .jsonl: one rejection for the file, not one per "line" of bytes.
            yield Rejection(name, reason, f"{detail}; not JSON lines")
            return
        if text is None:
            yield Rejection(where, reason or Reason.UNDECODABLE, detail)
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(where, Reason.BAD_RECORD, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield record_to_raw(where, obj)
    if records == 0:  # nothing to account for line by line: account for the file itself
        yield Rejection(name, Reason.EMPTY, "no JSON lines in the file")


def record_to_raw(where: str, obj: Any) -> RawDoc | Rejection:
    """Check one JSON record's fields and types and build its RawDoc."""
    if not isinstance(obj, dict):
        return Rejection(where, Reason.BAD_RECORD, f"expected a JSON object, got {type(obj).__name__}")
    field = next((f for f in _TEXT_FIELDS if obj.get(f) not in (None, "")), None)
    if field is None:
        return Rejection(where, Reason.BAD_RECORD, "the record has no 'text' or 'html' field (nor maintext, body, content)")
    content = obj[field]
    if not isinstance(content, str):
        return Rejection(where, Reason.BAD_RECORD, f"field '{field}' must be a string, got {type(content).__name__}")
    content = safe_text(content)  # JSON may escape lone surrogates ("\ud800"), which nothing can encode
    if not content.strip():
        return Rejection(where, Reason.EMPTY, f"field '{field}' is empty")
    meta: dict[str, str | None] = {}
    for key in _META_FIELDS:
        value = obj.get(key)
        if value is None:
            meta[key] = _alias(obj, key)
        elif isinstance(value, (str, int)) and not isinstance(value, bool):
            meta[key] = safe_text(str(value))
        else:
            return Rejection(where, Reason.BAD_RECORD, f"field '{key}' must be a string, got {type(value).__name__}")
    group = obj.get("cluster", obj.get("story"))
    source = f"{where}" if meta["id"] is None else f"{where} ({meta['id']})"
    return RawDoc(
        source=source,
        content=content,
        # "body"/"content" may hold a page's HTML (CMS exports): read as HTML when it opens with a tag.
        kind="html" if field == "html" or (field in ("body", "content") and content.lstrip().startswith("<")) else "record",
        id=meta["id"],
        title=meta["title"],
        url=meta["url"],
        date=meta["date"],
        outlet=meta["outlet"],
        group=None if group is None else safe_text(str(group)),
    )


def _alias(obj: dict[str, Any], key: str) -> str | None:
    """A metadata field under another common name, or in a nested "meta" object ("date_publish", meta.date)."""
    others = _ALIASES.get(key, ())
    nested = obj.get("meta")
    lookups = [(obj, others)]  # the field itself at the top was read by the caller
    if isinstance(nested, dict):
        lookups.append((nested, (key, *others)))
    for place, names in lookups:
        for name in names:
            value = place.get(name)
            if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
                return safe_text(str(value))
    return None


def read_multinews(name: str, fh: BinaryIO, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    """One story per line, documents separated by '|||||' (or a JSON object with a "documents" list)."""
    stories = 0
    for lineno, line in iter_lines(fh, cfg.max_bytes):
        stories += bool(line is None or line.strip())
        where = f"{name}:{lineno}"
        if line is None:
            yield Rejection(where, Reason.TOO_LARGE, f"line longer than {cfg.max_bytes:,} bytes (--max-bytes)")
            continue
        text, reason, detail = decode_bytes(line)
        if text is None:
            if reason != Reason.EMPTY:
                yield Rejection(where, reason or Reason.UNDECODABLE, detail)
            continue
        docs = _split_story_line(text)
        group = f"{name}:{lineno}"
        if isinstance(docs, Rejection):
            yield Rejection(where, docs.reason, docs.detail)
            continue
        for i, doc in enumerate(docs, start=1):
            src = f"{where}#{i}"
            if not doc.strip():
                yield Rejection(src, Reason.EMPTY, "empty document in the story line")
                continue
            yield RawDoc(source=src, content=doc.replace("NEWLINE_CHAR", "\n").strip(), kind="text", group=group)
    if stories == 0:
        yield Rejection(name, Reason.EMPTY, "no story lines in the file")


def _split_story_line(text: str) -> list[str] | Rejection:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            return Rejection("", Reason.BAD_RECORD, f"not valid JSON: {exc.msg}")
        docs = obj.get("documents") if isinstance(obj, dict) else None
        if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
            return Rejection("", Reason.BAD_RECORD, "a JSON story line needs a 'documents' list of strings")
        return [safe_text(d) for d in docs]
    return stripped.split(MULTINEWS_SEPARATOR)
