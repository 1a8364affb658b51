"""WARC and ARC files (plain or gzipped): one RawDoc per HTML response record, read record by record.

Request, warcinfo, metadata and revisit records carry no article and are passed over. A response that
is not HTML, not a success, too large or undecodable becomes a Rejection named ``FILE#N URI``. A file
cut off mid-record keeps every record read before the cut and adds one rejection saying where it broke.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path

from newsdesk.config import IngestConfig
from newsdesk.errors import NewsdeskError, Reason
from newsdesk.ingest.decode import decode_bytes, meta_charset
from newsdesk.ingest.files import source_name
from newsdesk.model import RawDoc, Rejection

_ARTICLE_RECORDS = {"response", "resource", "conversion"}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml")
_TEXT_TYPES = ("text/plain",)


def read_warc(path: Path, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    """Yield the HTML pages of a WARC/ARC file (gzip handled by warcio), bounded per record."""
    name = source_name(path)
    with path.open("rb") as fh:
        head = _sniff(fh.read(512))
        if head is None:
            yield Rejection(name, Reason.UNDECODABLE, "corrupt or cut-off gzip at the start of the file")
            return
        if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
            yield Rejection(
                name,
                Reason.EMPTY if not head.strip() else Reason.UNSUPPORTED,
                "no WARC records in the file"
                if not head.strip()
                else f"not a WARC or ARC file (starts with {head[:20]!r})",
            )
            return
        fh.seek(0)
        try:
            n, found = yield from _pages(name, fh, path.stat().st_size, cfg)
        except _WholeFileGzip as whole:
            # Gzipped as one stream ("gzip x.warc"), not record by record as crawlers write it: warcio stops after
            # the first record, so the file is read again through one gunzip, past the records already read.
            fh.seek(0)
            with gzip.GzipFile(fileobj=fh) as unzipped:
                n, found = yield from _pages(name, unzipped, None, cfg, skip=whole.read, found=whole.found)
                if n >= 0 and not _ends_whole(unzipped):  # warcio takes a cut-off gzip stream for the archive's end
                    yield _cut_off(name, n + 1, found, "the gzip stream ends before the archive does")
                    return
        if n < 0:
            return  # cut off: said by _pages
    if found == 0:
        yield Rejection(name, Reason.NO_TEXT, f"none of its {n} WARC records is an HTML page")


def _ends_whole(stream: gzip.GzipFile) -> bool:
    """Whether a gzip stream read to its archive's last record ends there, rather than being cut off."""
    try:
        while stream.read(1 << 16):
            pass
    except EOFError:
        return False
    return True


class _WholeFileGzip(Exception):
    """The archive is one gzip stream, which warcio does not read record by record; ``read`` records were."""

    def __init__(self, read: int, found: int) -> None:
        super().__init__(f"one gzip stream, {read} records read")
        self.read, self.found = read, found


def _pages(name: str, fh, size: int | None, cfg: IngestConfig, skip: int = 0,
           found: int = 0) -> Generator[RawDoc | Rejection, None, tuple[int, int]]:
    """The pages and rejections of the records in ``fh`` after the first ``skip`` (read before, with ``found``
    pages); returns (records read, pages found), records -1 when the archive is cut off (the rejection saying where
    is yielded). ``size``: the file's size, to find a cut-off tail."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    records = ArchiveIterator(fh, arc2warc=True)
    while True:
        try:
            record = next(records)
            n += 1
            if n <= skip:
                continue
            result = _record_to_raw(name, n, record, cfg)
        except StopIteration:
            break
        except NewsdeskError:
            raise
        except (ArchiveLoadFailed, Exception) as exc:  # warcio fails in many ways on bad bytes
            if "non-chunked gzip" in str(exc) and size is not None:
                raise _WholeFileGzip(n, found) from exc
            yield _cut_off(name, n, found, f"{exc.__class__.__name__}: {str(exc)[:200]}")
            return -1, found
        if isinstance(result, _Truncated):
            yield _cut_off(name, n, found, result.why)
            return -1, found
        if isinstance(result, list):  # a feed's items
            found += sum(isinstance(r, RawDoc) for r in result)
            yield from result
        elif result is not None:
            found += isinstance(result, RawDoc)
            yield result
    if size is not None and records.offset < size and fh.seek(records.offset) >= 0 and fh.read(4096).strip():
        # warcio stops quietly at a record whose headers are cut off: say so.
        yield _cut_off(name, n + 1, found, f"{size - records.offset:,} bytes after byte {records.offset:,} are not a whole record")
        return -1, found
    return n, found




def _sniff(head: bytes) -> bytes | None:
    """The first bytes of the archive, gunzipped when it is gzipped."""
    if head.startswith(b"\x1f\x8b"):
        try:
            out = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return None
        return out if len(out) >= 5 or len(head) >= 512 else None  # a gzip cut off in its first block
    return head


def _cut_off(name: str, n: int, found: int, why: str) -> Rejection:
    return Rejection(
        name if n <= 1 else f"{name}#{n}",
        Reason.UNDECODABLE,
        f"WARC is corrupt or cut off at record {n} ({found} pages read before it): {why}",
    )


class _Truncated:
    """A record whose bytes end before its declared Content-Length."""

    def __init__(self, why: str) -> None:
        self.why = why


def _whole(record) -> _Truncated | None:
    """Drain the record and check that all its declared bytes were there."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not declared.isdigit():
        return _Truncated("the record has no Content-Length (its headers are cut off)")
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    missing = getattr(stream, "limit", 0)
    if missing:
        return _Truncated(f"{missing:,} of its {int(declared):,} bytes are missing")
    return None


# Content types of news feeds a crawl fetches beside pages.
_FEED_TYPES = frozenset(["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                         "text/xml"])


def _record_to_raw(name: str, n: int, record,
                   cfg: IngestConfig) -> RawDoc | Rejection | list[RawDoc | Rejection] | _Truncated | None:
    if record.rec_type not in _ARTICLE_RECORDS:
        return _whole(record)
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{name}#{n} {uri}".rstrip()
    ctype = ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if status and not status.startswith("2"):
            return _whole(record) or Rejection(where, Reason.UNSUPPORTED, f"HTTP status {status}, not a page")
        if status == "206":  # a byte range of the page: half an article read as a whole one
            return _whole(record) or Rejection(where, Reason.UNSUPPORTED, "HTTP status 206: only part of the page")
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    low = ctype.lower()
    is_html = not low or low.startswith(_HTML_TYPES)
    is_feed_type = low.split(";")[0].strip() in _FEED_TYPES
    if not is_html and not is_feed_type and not low.startswith(_TEXT_TYPES):
        return _whole(record) or Rejection(
            where, Reason.NOT_HTML, f"content type {ctype.split(';')[0].strip()!r} is not a page"
        )
    data = record.content_stream().read(cfg.max_bytes + 1)
    cut = _whole(record)
    if cut is not None:
        return cut
    if len(data) > cfg.max_bytes:
        return Rejection(
            where, Reason.TOO_LARGE, f"record larger than the limit of {cfg.max_bytes:,} bytes (--max-bytes)"
        )
    m = _CHARSET.search(ctype)
    # The HTTP header's charset, else the page's own <meta charset> (a server often sends none).
    text, reason, detail = decode_bytes(data, m.group(1) if m else meta_charset(data))
    if text is None:
        return Rejection(where, reason or Reason.UNDECODABLE, detail)
    if not text.strip():
        return Rejection(where, Reason.EMPTY, "empty page")
    if is_feed_type:  # a crawled feed: one article per item, as a .rss file gives (content:encoded, else description)
        from newsdesk.ingest.feeds import is_feed, read_feed

        if not is_feed(text):
            return Rejection(where, Reason.NOT_HTML, f"content type {ctype.split(';')[0].strip()!r} is no news feed")
        return list(read_feed(where, text))
    # WARC-Date is when the crawler fetched the page, not when it was published: it stands in for the
    # date, flagged as a capture date, only when the page states none.
    captured = (record.rec_headers.get_header("WARC-Date") or "").strip() or None
    return RawDoc(
        source=where, content=text, kind="html" if is_html else "text", url=uri or None, capture_date=captured
    )
