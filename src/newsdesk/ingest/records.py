"""JSONL articles and multi-news story lines, read one bounded line at a time."""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, BinaryIO

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest.decode import decode_bytes, opens_with_markup, safe_text
from newsdesk.model import RawDoc, Rejection

log = logging.getLogger(__name__)

MULTINEWS_SEPARATOR = "|||||"
# "maintext": news-please / CC-NEWS records; "articleBody": schema.org; "article", "full_text": other exports.
_TEXT_FIELDS = ("text", "html", "maintext", "body", "content", "articleBody", "article", "full_text", "fulltext")
_META_FIELDS = ("id", "title", "url", "date", "outlet")
# Other names common exports give the same fields (news-please, schema.org, NewsAPI, feed readers), read
# when the field itself is absent, also from a nested "meta" object; a value of another type is ignored.
_ALIASES = {
    "title": ("headline",),
    "url": ("link",),
    "date": (
        "date_publish",
        "published",
        "publish_date",
        "published_at",
        "publishedAt",
        "pubdate",
        "pubDate",
        "pub_date",
        "datePublished",
    ),
    "outlet": ("source_domain", "site_name", "publisher", "source_name", "publication", "domain", "source"),
}
_BYLINE_FIELDS = ("byline", "author", "authors", "creator", "writer")
# Every field name a record is read by: a spreadsheet's header cells are matched to them whatever their case.
RECORD_FIELDS = (
    *_TEXT_FIELDS, *_META_FIELDS, *(n for names in _ALIASES.values() for n in names), *_BYLINE_FIELDS, "cluster", "story"
)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
# A date given as a Unix time stamp: seconds (10 digits) or milliseconds (13 digits) since 1970.
_EPOCH = re.compile(r"^\d{9,10}(?:\d{3})?(?:\.\d+)?$")
_YEAR_DAY_MONTH = re.compile(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)(?=$|[T ])")  # "1998-24-06 10:00": day before month
_COMPACT_DATE = re.compile(r"^((?:19|20)\d\d)([01]\d)([0-3]\d)(?:T?\d{4}(?:\d\d)?Z?)?$")  # 19990708, 19990708T083000Z


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
        yield from _records(where, obj)
    if records == 0:  # nothing to account for line by line: account for the file itself
        yield Rejection(name, Reason.EMPTY, "no JSON lines in the file")


# Keys under which a JSON document holds its list of articles ({"articles": [...]}: NewsAPI and others).
_LIST_KEYS = ("articles", "items", "data", "results", "records", "entries", "docs", "stories", "news")


def _records(where: str, obj: Any) -> Iterator[RawDoc | Rejection]:
    """One JSON value's articles: a record, or a story record whose "documents" is a list of article texts
    (the summarization data sets' shape: each document becomes an article of the story)."""
    docs = obj.get("documents") if isinstance(obj, dict) and not any(obj.get(f) for f in _TEXT_FIELDS) else None
    if isinstance(docs, str) and MULTINEWS_SEPARATOR in docs:
        # Multi-News' own shape: one string, documents split by "|||||", line breaks written "NEWLINE_CHAR"
        docs = [d.replace("NEWLINE_CHAR", "\n").strip() for d in docs.split(MULTINEWS_SEPARATOR)]
        docs = docs[:-1] if len(docs) > 1 and not docs[-1] else docs  # a trailing "|||||" ends the list
    if not (isinstance(docs, list) and any(isinstance(d, (str, dict)) for d in docs)):
        yield record_to_raw(where, obj)
        return
    story = obj.get("id")
    group = safe_text(str(story)) if isinstance(story, (str, int)) and not isinstance(story, bool) else where
    for i, doc in enumerate(docs, start=1):
        src = f"{where}#{i}"
        if not isinstance(doc, (str, dict)):  # a null or a number among the documents: that item alone is left out
            yield Rejection(src, Reason.BAD_RECORD, f"the document is {json_kind(doc)}, not a text or a record")
        elif isinstance(doc, dict):  # a document given as a record: {"text", "title", "url", "date", ...}
            raw = record_to_raw(src, doc)
            yield replace(raw, group=group) if isinstance(raw, RawDoc) else raw
        elif not doc.strip():
            yield Rejection(src, Reason.EMPTY, "empty document in the story record")
        else:
            yield RawDoc(source=src, content=safe_text(doc), kind="html" if opens_with_markup(doc) else "text",
                         group=group)


def json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words ("null", "a number", "a list"), for a reason a user reads."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "a text" if isinstance(value, str) else "an object"


def read_json_document(name: str, data: bytes) -> Iterator[RawDoc | Rejection]:
    """A whole JSON file: an array of article records, one record, or an object holding the array under
    "articles", "items", "data", ... (as APIs and exports write them). Items are named ``FILE#N``."""
    text, reason, detail = decode_bytes(data)
    if text is None:
        yield Rejection(name, reason or Reason.UNDECODABLE, detail)
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(
            name, Reason.BAD_RECORD, f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        )
        return
    items = obj
    if isinstance(obj, dict) and not any(obj.get(f) for f in _TEXT_FIELDS) and not isinstance(obj.get("documents"), list):
        items = next((obj[k] for k in _LIST_KEYS if isinstance(obj.get(k), list)), obj)
    if not isinstance(items, list):
        yield from _records(name, items)
        return
    if not items:
        yield Rejection(name, Reason.EMPTY, "the JSON array holds no articles")
        return
    for i, item in enumerate(items, start=1):
        yield from _records(f"{name}#{i}", item)


# NewsAPI's free tier cuts "content" and says by how much: "... at the Harla… [+1843 chars]".
_CUT_MARKER = re.compile(r"\s*(?:…|\.\.\.)\s*\[\+\d[\d,]* chars\]\s*$")
MIN_CUT_WORDS = 8  # a cut text keeping fewer words than this (and than its description) gives way to the description


def _without_cut_tail(content: str, description: Any = None) -> str:
    """A text cut by its provider ("… [+1843 chars]") without the marker and the sentence it cuts short; the
    record's ``description`` instead when that is longer, or when what is left is under MIN_CUT_WORDS words.

    Example:
        >>> _without_cut_tail("The U.S. Senate met. The mayor said the rates would ri… [+1843 chars]")
        'The U.S. Senate met.'
    """
    from newsdesk.sentences import split_sentences

    kept = _CUT_MARKER.sub("", content)
    whole = " ".join(split_sentences(kept)[:-1]).strip()  # the last piece is the sentence the cut ends
    described = safe_text(description.strip()) if isinstance(description, str) else ""
    if described and (len(whole.split()) < MIN_CUT_WORDS or len(described.split()) > len(whole.split())):
        return described
    return whole


def record_to_raw(where: str, obj: Any) -> RawDoc | Rejection:
    """Check one JSON record's fields and types and build its RawDoc."""
    if not isinstance(obj, dict):
        return Rejection(where, Reason.BAD_RECORD, f"expected a JSON object, got {type(obj).__name__}")
    field = next((f for f in _TEXT_FIELDS if obj.get(f) not in (None, "")), None)
    if field is None:
        return Rejection(
            where,
            Reason.BAD_RECORD,
            "the record has no 'text' or 'html' field (nor " + ", ".join(_TEXT_FIELDS[2:]) + ")",
        )
    content = obj[field]
    if not isinstance(content, str):
        return Rejection(where, Reason.BAD_RECORD, f"field '{field}' must be a string, got {type(content).__name__}")
    content = safe_text(content)  # JSON may escape lone surrogates ("\ud800"), which nothing can encode
    if _CUT_MARKER.search(content):
        content = _without_cut_tail(content, obj.get("description"))
        if not content:
            return Rejection(where, Reason.EMPTY, f"field '{field}' holds only a sentence its provider cut short "
                                                  "('… [+N chars]'), and the record has no description")
    if not content.strip():
        return Rejection(where, Reason.EMPTY, f"field '{field}' is empty")
    meta: dict[str, str | None] = {}
    for key in _META_FIELDS:
        value = obj.get(key)
        if value is None:
            meta[key] = _alias(obj, key)
            continue
        meta[key] = _scalar(value)
        if meta[key] is None:  # the article's text is still good: the field is left out, and said so once a file
            _warn_once(where, key, type(value).__name__)
    group = obj.get("cluster", obj.get("story"))
    if meta["date"] is not None:
        meta["date"] = record_date(meta["date"])
    source = f"{where}" if meta["id"] is None else f"{where} ({meta['id']})"
    return RawDoc(
        source=source,
        content=content,
        # "text", "body", "content", ... may hold a page's HTML (CMS exports): read as HTML when it opens with a tag.
        kind="html" if field == "html" or opens_with_markup(content) else "record",
        id=meta["id"],
        title=meta["title"],
        url=meta["url"],
        date=meta["date"],
        outlet=meta["outlet"],
        group=None if group is None else safe_text(str(group)),
        byline=_byline(obj),
    )


_WARNED: set[tuple[str, str]] = set()


# What the readers add after a file's name for one item of it: ":LINE", "#N" (and a WARC record's address), then
# " (ID)" when the record has one.
_ITEM_PART = re.compile(r"(?::\d+(?:#\d+)?|#[^#\s/:]*(?: \S+)?)(?: \([^()]*\))?$")


def file_of(source: str) -> str:
    """The file a record came from ("feed.jsonl:3 (r3)" -> "feed.jsonl", "export (1).csv#4" -> "export (1).csv").

    Example:
        >>> file_of("news (2).jsonl:7 (a1)"), file_of("crawl.warc.gz#3 http://x.example/a"), file_of("page.html")
        ('news (2).jsonl', 'crawl.warc.gz', 'page.html')
    """
    return _ITEM_PART.sub("", source)


def _warn_once(where: str, key: str, kind: str) -> None:
    """One note per file and field for a metadata field left out (an export of 100,000 records, not 100,000 notes)."""
    file = file_of(where)
    if (file, key) not in _WARNED:
        _WARNED.add((file, key))
        log.warning("%s: field '%s' left out where it is not a string or number (first: a %s; other records of "
                    "the file alike)", where, key, kind)


def _scalar(value: Any) -> str | None:
    """A metadata field's value as text: a string or a number (an id 7, a Unix time 1136073600.5); the one item of a
    list (["AP"]) or of a MongoDB export's wrapper ({"$date": ...}); None for anything else."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    while isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith("$"):
        value = next(iter(value.values()))  # MongoDB's extended JSON: {"$date": {"$numberLong": "1574168580000"}}
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        value = value["name"]  # {"name": "Reuters", "id": ...}
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    return safe_text(str(value))


def record_date(value: str) -> str:
    """A Unix time stamp ("1574168580", or in milliseconds) as an ISO time, a compact date ("19990708", as TDT and
    some feeds write it) as an ISO date, a year-day-month date that reads only that way ("1998-24-06") as an ISO
    date; any other value as given."""
    if swapped := _YEAR_DAY_MONTH.match(value.strip()):
        year, day, month = (int(part) for part in swapped.groups())
        if day > 12 and month <= 12:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return value
    if compact := _COMPACT_DATE.match(value.strip()):
        try:
            return date(*(int(part) for part in compact.groups())).isoformat()
        except ValueError:
            pass  # no day ("20061399"): perhaps a time stamp in milliseconds, read below
    if not _EPOCH.match(value.strip()):
        return value
    seconds = float(value)
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return value


def _name(value: Any) -> str | None:
    """A person or outlet name given as a string or as an object with a "name" ({"name": "Reuters"})."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip():
        return safe_text(" ".join(value.split()))
    return None


def _byline(obj: dict[str, Any]) -> str | None:
    """The author(s) of a record: "author": "By Jane Doe", "authors": ["Jane Doe", {"name": "John Roe"}]."""
    nested = obj.get("meta")
    for place in (obj, nested) if isinstance(nested, dict) else (obj,):
        for key in _BYLINE_FIELDS:
            value = place.get(key)
            items = value if isinstance(value, list) else [value]
            names = [_BY.sub("", n) for item in items if (n := _name(item))]
            names = [n for n in names if n]
            if names:
                return "; ".join(dict.fromkeys(names))
    return None


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
            if key == "outlet" and name == "source":
                # NewsAPI's {"id": ..., "name": "Reuters"} at the top level. A plain "source" string is left
                # alone: data sets use it for their own provenance ("DUC 2006 docset ..."), which would make
                # every article one outlet.
                if place is not obj or not isinstance(value, dict):
                    continue
                value = _name(value)
            if key == "outlet" and name == "domain" and isinstance(value, str):
                value = value.strip().removeprefix("www.")  # CC-News: "www.reuters.com"
            if (text := _scalar(value)) and text.strip():
                return text
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
