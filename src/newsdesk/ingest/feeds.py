"""News feeds (RSS, Atom) and spreadsheets (CSV, TSV): one article per item or row.

A feed item's full text is its ``content:encoded`` / ``content``, else its ``description`` / ``summary``;
its title, link, date and author come along, and the channel's title is the outlet. A CSV row is read
like a JSON record (the same column names: ``text`` or ``html``, ``title``, ``url``, ``date``, ...).
Items and rows are named ``FILE#N`` and ``FILE:LINE``; a file with neither is rejected with the reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from newsdesk.errors import Reason
from newsdesk.ingest.decode import decode_bytes, safe_text
from newsdesk.ingest.records import _TEXT_FIELDS, RECORD_FIELDS, record_to_raw
from newsdesk.model import RawDoc, Rejection

_FEED_ROOT = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|RDF)\b", re.IGNORECASE)
# What may stand before an XML document's root element: white space, the declaration and other processing
# instructions, comments, a DOCTYPE (with its internal subset).
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")
_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")
# Feed fields by local name (namespace prefixes dropped), best first.
_BODY = ("encoded", "content", "description", "summary")
_DATE = ("pubDate", "published", "date", "updated", "issued", "modified")
_AUTHOR = ("creator", "author")


def is_feed(text: str) -> bool:
    """Whether text (the start of a file) is an RSS, RDF or Atom feed: its root element, after the XML
    declaration, comments and DOCTYPE, is one (a web page holding an ``<rdf:RDF>`` block is not)."""
    head = text[:2000].lstrip("\ufeff")
    prolog = _PROLOG.match(head)
    return bool(_FEED_ROOT.match(head, prolog.end() if prolog else 0))


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(item, names: tuple[str, ...]) -> str | None:
    by_name: dict[str, str] = {}
    for child in item:
        name = _local(child.tag)
        if name in by_name:
            continue
        if name == "link" and child.get("href"):  # Atom: <link href="..."/>
            value = child.get("href")
        elif name == "author" and len(child):  # Atom: <author><name>...</name></author>
            value = " ".join(_local(c.tag) == "name" and (c.text or "") or "" for c in child)
        else:
            value = "".join(child.itertext())
        if value and value.strip():
            by_name[name] = value.strip()
    return next((by_name[n] for n in names if n in by_name), None)


def read_feed(name: str, text: str) -> Iterator[RawDoc | Rejection]:
    """The items of an RSS or Atom feed as articles."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        # The text is decoded already: an encoding the XML declaration names would decode it twice.
        body = _XML_ENCODING.sub(r"\1", text.lstrip("\ufeff"), count=1)
        root = etree.fromstring(body.encode("utf-8", "replace"), parser)
    except etree.XMLSyntaxError as exc:
        yield Rejection(name, Reason.BAD_RECORD, f"not a readable feed: {exc}")
        return
    if root is None:
        yield Rejection(name, Reason.BAD_RECORD, "not a readable feed (no XML elements)")
        return
    channel = next((el for el in root.iter() if _local(el.tag) in ("channel", "feed")), root)
    outlet = _child_text(channel, ("title",))
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        yield Rejection(name, Reason.NO_TEXT, "a feed with no <item> or <entry>")
        return
    for n, item in enumerate(items, start=1):
        where = f"{name}#{n}"
        body = _child_text(item, _BODY)
        if not body:
            yield Rejection(where, Reason.EMPTY, "the feed item has no content, description or summary")
            continue
        body = safe_text(body)
        yield RawDoc(
            source=where,
            content=body,
            kind="html" if _TAG.search(body) else "text",
            title=_child_text(item, ("title",)),
            url=_child_text(item, ("link", "guid", "id")),
            date=_child_text(item, _DATE),
            outlet=safe_text(outlet) if outlet else None,
            byline=_child_text(item, _AUTHOR),
        )


_BY_LOWER = {f.lower(): f for f in RECORD_FIELDS}
_BY_LOWER |= {f.lower().replace("_", ""): f for f in RECORD_FIELDS if "_" in f}


def _field_names(header: list[str]) -> list[str]:
    """A table's header cells as record field names: "Text", "Title" and "Date" (a spreadsheet's headings) are
    "text", "title" and "date"; a cell whose exact name is also in the header keeps its own."""
    cells = [c.strip() if isinstance(c, str) else c for c in header]
    given = set(cells)
    out = []
    for cell in cells:
        # "Text", "Article Body", "Published At": a heading's case, spaces and dashes are no part of its name
        key = re.sub(r"[\s_-]+", "", cell.lower()) if isinstance(cell, str) else cell
        field = _BY_LOWER.get(cell.lower(), _BY_LOWER.get(key, cell)) if isinstance(cell, str) else cell
        out.append(cell if field in given else field)
    return out


def read_table(name: str, data: bytes, delimiter: str, max_field: int) -> Iterator[RawDoc | Rejection]:
    """The rows of a CSV or TSV file with a header row naming a text column, as articles."""
    text, reason, detail = decode_bytes(data)
    if text is None:
        yield Rejection(name, reason or Reason.UNDECODABLE, detail)
        return
    csv.field_size_limit(max(max_field, 131072))
    text = text.lstrip("\ufeff")
    header = text.split("\n", 1)[0]
    if delimiter == "," and ";" in header and "," not in header:
        delimiter = ";"  # a spreadsheet saved where the comma is the decimal mark ("title;text;date")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in reader.fieldnames or [] if c]  # as written, for the reason given
    reader.fieldnames = _field_names(reader.fieldnames or [])
    if not any(c in _TEXT_FIELDS for c in reader.fieldnames):
        shown = ", ".join(columns[:8]) or "none"
        yield Rejection(
            name, Reason.UNSUPPORTED, f"no 'text' or 'html' column in the header row (columns: {shown})"
        )
        return
    rows = 0
    start = reader.line_num + 1  # the line a row starts on (a quoted field may span lines)
    try:
        for row in reader:
            where, start = f"{name}:{start}", reader.line_num + 1
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            rows += 1
            record = {
                k.strip(): v
                for k, v in row.items()
                if isinstance(k, str) and isinstance(v, str) and v.strip()
            }
            yield record_to_raw(where, record)
    except csv.Error as exc:
        yield Rejection(f"{name}:{start}", Reason.BAD_RECORD, f"not valid CSV: {exc}")
    if rows == 0:
        yield Rejection(name, Reason.EMPTY, "no rows under the header")
