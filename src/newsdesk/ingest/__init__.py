"""Reading inputs: files, directories, globs and stdin into RawDoc records or rejections.

Formats by suffix: .txt/.text (one article), .md/.markdown (one article, markup removed, front matter read), .html/.htm
(a web page), .jsonl/.ndjson (one article per line), .json (an array of articles), .rss/.atom/.xml (feed
items), .csv/.tsv (one article per row), .warc/.warc.gz (HTML response records), .sgml/.sgm (news archives:
one article per ``<DOC>`` record), .zip (each file by its own suffix); a trailing .gz is decompressed first.
Unknown suffixes are sniffed (JSON, feed, news archive, HTML or text).
With ``input_format="multinews"`` each line is one story whose documents are
separated by ``|||||``.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import BinaryIO

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest.decode import decode_bytes, drop_controls, is_binary, meta_charset
from newsdesk.ingest.feeds import is_feed, read_feed, read_table
from newsdesk.ingest.files import STDIN, expand, source_name
from newsdesk.ingest.news_sgml import SGML_SUFFIXES, is_news_sgml, read_news_sgml
from newsdesk.ingest.records import read_json_document, read_jsonl, read_multinews
from newsdesk.model import RawDoc, Rejection

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}
_MANY_ARTICLES = JSON_SUFFIXES | FEED_SUFFIXES | set(TABLE_SUFFIXES) | SGML_SUFFIXES
# A whole JSON document (an array of articles) may be this many times --max-bytes (the limit per article).
JSON_DOCUMENT_FACTOR = 10
WARC_SUFFIXES = {".warc", ".arc"}
#: Every suffix read by its own reader (other files are sniffed); what a message lists as accepted.
ACCEPTED_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
                     | set(TABLE_SUFFIXES) | WARC_SUFFIXES | SGML_SUFFIXES | {".zip"})

_HTML_DOCUMENT = re.compile(r"^[\ufeff\s]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)

__all__ = ["STDIN", "read_bytes", "read_inputs"]


def read_inputs(inputs: Iterable[str | Path], cfg: IngestConfig | None = None) -> Iterator[RawDoc | Rejection]:
    """Yield one RawDoc per article found, or a Rejection naming the input and the reason.

    Args:
        inputs: file paths, directories (read recursively), glob patterns, or "-" for stdin.
        cfg: size limits and the input format.
    """
    cfg = cfg or IngestConfig()
    for item in expand(list(inputs)):
        if isinstance(item, Rejection):
            yield item
        elif item == STDIN:
            yield from map(without_controls, _read_stream("<stdin>", sys.stdin.buffer, cfg, suffix=""))
        else:
            yield from map(without_controls, read_path(Path(item), cfg))


def without_controls(doc: RawDoc | Rejection) -> RawDoc | Rejection:
    """The document without the control characters no article means (a NUL from a broken scrape, an ESC that
    would reach the reader's terminal): in its text, title, outlet and byline. ``read_bytes`` itself returns
    the text as decoded; every reader the commands and the web page use goes through this."""
    if isinstance(doc, Rejection):
        return doc
    changes = {f: drop_controls(v) for f in ("content", "title", "outlet", "byline") if (v := getattr(doc, f))}
    changes = {f: v for f, v in changes.items() if v != getattr(doc, f)}
    return dataclasses.replace(doc, **changes) if changes else doc


def read_path(path: Path, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    """Read one file, dispatching on its suffix."""
    name = source_name(path)
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            # A named pipe would block the run forever and a device never ends: only regular files are read.
            kind = "named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device or special file"
            yield Rejection(name, Reason.UNSUPPORTED, f"not a regular file (a {kind})")
            return
        gzipped, warc = _sniff_file(path)
        if suffixes and suffixes[-1] in WARC_SUFFIXES or suffixes[-2:] in ([".warc", ".gz"], [".arc", ".gz"]) or warc:
            from newsdesk.ingest.warc import read_warc

            yield from read_warc(path, cfg)
            return
        if suffixes and suffixes[-1] == ".zip":
            yield from _read_zip(path, name, cfg)
            return
        size = path.stat().st_size
        gz_name = bool(suffixes) and suffixes[-1] == ".gz"
        suffix = suffixes[-2] if gz_name and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
        gz = gz_name or gzipped  # a gzipped page saved under its own name ("story.html", as wget keeps it)
        if suffix in JSONL_SUFFIXES or cfg.input_format == "multinews":
            with path.open("rb") as raw_fh:
                fh: BinaryIO = gzip.GzipFile(fileobj=raw_fh) if gz else raw_fh  # type: ignore[assignment]
                yield from _guard_gzip(name, _read_stream(name, fh, cfg, suffix))
            return
        limit = cfg.max_bytes * (JSON_DOCUMENT_FACTOR if suffix in _MANY_ARTICLES else 1)
        if not gz and size > limit:
            yield Rejection(name, Reason.TOO_LARGE, f"{size:,} bytes is over the limit of {limit:,} (--max-bytes)")
            return
        with path.open("rb") as raw_fh:
            if gz:
                yield from _guard_gzip(name, _read_stream(name, gzip.GzipFile(fileobj=raw_fh), cfg, suffix))  # type: ignore[arg-type]
            else:
                yield from _read_stream(name, raw_fh, cfg, suffix)
    except PermissionError as exc:
        yield Rejection(name, Reason.UNREADABLE, f"permission denied: {exc.strerror}")
    except IsADirectoryError:
        yield Rejection(name, Reason.UNREADABLE, "is a directory")
    except OSError as exc:
        yield Rejection(name, Reason.UNREADABLE, f"{exc.__class__.__name__}: {exc}")


def _sniff_file(path: Path) -> tuple[bool, bool]:
    """Whether a file is gzipped, and whether it is a web archive, by its first bytes (whatever its name)."""
    with path.open("rb") as fh:
        head = fh.read(512)
    gzipped = head.startswith(b"\x1f\x8b")
    if gzipped:
        try:
            head = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return True, False  # said when it is read
    return gzipped, head.lstrip().startswith((b"WARC/", b"filedesc://"))


# At most this many members of a ZIP archive are read (the rest are listed as not used).
ZIP_MAX_MEMBERS = 10_000


def _read_zip(path: Path, name: str, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    """Every file of a ZIP archive, read by its own suffix and named ``ARCHIVE!MEMBER``; sizes are checked
    against --max-bytes before anything is decompressed (a member that claims less is cut at the limit)."""
    import zipfile

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        yield Rejection(name, Reason.UNDECODABLE, f"not a readable ZIP archive: {exc}")
        return
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir() and not any(part.startswith((".", "__MACOSX")) for part in m.filename.split("/"))
        ]
        if not members:
            yield Rejection(name, Reason.EMPTY, "the ZIP archive holds no files")
            return
        for n, member in enumerate(members):
            where = f"{name}!{source_name(member.filename)}"
            if n >= ZIP_MAX_MEMBERS:
                yield Rejection(where, Reason.TOO_LARGE, f"over the limit of {ZIP_MAX_MEMBERS:,} files per archive")
                continue
            parts = [x.lower() for x in PurePath(member.filename).suffixes[-2:]]
            if parts and (parts[-1] in WARC_SUFFIXES | {".zip"} or parts[-2:] in ([".warc", ".gz"], [".arc", ".gz"])):
                yield Rejection(where, Reason.UNSUPPORTED, "an archive inside an archive: extract it first")
                continue
            gz = bool(parts) and parts[-1] == ".gz"
            suffix = parts[-2] if gz and len(parts) > 1 else (parts[-1] if parts else "")
            limit = cfg.max_bytes * (JSON_DOCUMENT_FACTOR if suffix in _MANY_ARTICLES or suffix in JSONL_SUFFIXES else 1)
            if member.file_size > limit:
                yield Rejection(where, Reason.TOO_LARGE, f"{member.file_size:,} bytes is over the limit of {limit:,} (--max-bytes)")
                continue
            try:
                data = archive.open(member).read(limit + 1)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError, zlib.error) as exc:
                yield Rejection(where, Reason.UNDECODABLE, f"cannot extract from the ZIP archive: {exc}")
                continue
            fh: BinaryIO = gzip.GzipFile(fileobj=io.BytesIO(data)) if gz else io.BytesIO(data)  # type: ignore[assignment]
            yield from _guard_gzip(where, _read_stream(where, fh, cfg, suffix))


def _guard_gzip(name: str, docs: Iterator[RawDoc | Rejection]) -> Iterator[RawDoc | Rejection]:
    try:
        yield from docs
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Rejection(name, Reason.UNDECODABLE, f"corrupt or truncated gzip: {exc}")


def _read_stream(name: str, fh: BinaryIO, cfg: IngestConfig, suffix: str) -> Iterator[RawDoc | Rejection]:
    if cfg.input_format == "multinews":
        yield from read_multinews(name, fh, cfg)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_or_document(name, fh, cfg)
        return
    read = b""
    if suffix not in ACCEPTED_SUFFIXES:  # stdin, or a file without a known suffix: JSON lines are sniffed
        read, json_lines = _sniff_json_lines(fh, cfg.max_bytes)
        if json_lines:
            yield from _read_jsonl_or_document(name, _Prepended(read, fh), cfg)  # type: ignore[arg-type]
            return
    limit = cfg.max_bytes * (JSON_DOCUMENT_FACTOR if suffix in _MANY_ARTICLES else 1)
    data = read + fh.read(max(0, limit + 1 - len(read)))
    if len(data) > limit:
        yield Rejection(name, Reason.TOO_LARGE, f"more than the limit of {limit:,} bytes (--max-bytes)")
        return
    if suffix in JSON_SUFFIXES and not _is_json_document(data):
        first = next((ln for ln in data.splitlines() if ln.strip()), b"")
        if _parses(first):  # JSON lines in a file named .json
            yield from read_jsonl(name, io.BytesIO(data), cfg)
            return
    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and _is_json_document(data)):
        yield from read_json_document(name, data)
        return
    if suffix in TABLE_SUFFIXES:
        yield from read_table(name, data, TABLE_SUFFIXES[suffix], cfg.max_bytes)
        return
    if suffix not in HTML_SUFFIXES and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        text, _reason, _detail = decode_bytes(data)
        if text is not None and (suffix in SGML_SUFFIXES and text.lstrip("\ufeff \t\r\n")[:4].upper() == "<DOC"
                                 or is_news_sgml(text)):
            # LDC news archives: one article per <DOC> record, whatever the file is called ("APW19980601.0001")
            yield from read_news_sgml(name, text)
            return
        if text is not None and suffix not in TEXT_SUFFIXES and is_feed(text):
            yield from read_feed(name, text)
            return
        if text is not None and suffix in FEED_SUFFIXES:
            # Other XML: its markup is no article text; read it as a page (tags dropped).
            yield RawDoc(source=name, content=text, kind="html") if text.strip() else Rejection(
                name, Reason.EMPTY, "only white space"
            )
            return
    yield read_bytes(name, data, suffix)


def _sniff_json_lines(fh: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """The bytes read, and whether the stream opens with two lines that are each one JSON object (JSON lines given
    on stdin or saved without a suffix, which would otherwise be read as one article of raw JSON)."""
    read = b""
    objects = 0
    while objects < 2:
        line = fh.readline(max_bytes + 1)
        read += line
        if not line:
            break
        if not line.strip():
            continue
        if not (line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{") and _parses(line)):
            return read, False
        objects += 1
    return read, objects == 2


def _is_json_document(data: bytes) -> bool:
    """Whether bytes of a file of unknown type are one JSON array or object (an export of articles)."""
    head = data[:8].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith((b"[", b"{")):
        return False
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return True


class _Prepended:
    """A binary stream with bytes already read put back in front (for ``iter_lines``)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = io.BytesIO(head), rest

    def readline(self, limit: int = -1) -> bytes:
        line = self.head.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        # The buffer ran out inside a line (or is empty): the line goes on in the stream.
        return line + self.rest.readline(limit - len(line) if limit >= 0 else -1)

    def read(self, size: int = -1) -> bytes:
        got = self.head.read(size)
        if size < 0:
            return got + self.rest.read()
        return got + (self.rest.read(size - len(got)) if len(got) < size else b"")


def _read_jsonl_or_document(name: str, fh: BinaryIO, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    """JSON lines; or, when the file is one pretty-printed JSON array or object (a .json export named
    .jsonl), that document's articles. A file in UTF-16 with its byte-order mark (Windows PowerShell's
    ``Out-File``) is read as UTF-8 first."""
    fh, cut = _utf16_as_utf8(fh, cfg.max_bytes * JSON_DOCUMENT_FACTOR)
    yield from _jsonl_or_document(name, fh, cfg)
    if cut:
        yield Rejection(name, Reason.TOO_LARGE,
                        f"a UTF-16 file is read up to {cfg.max_bytes * JSON_DOCUMENT_FACTOR:,} bytes (10 times "
                        "--max-bytes): the records after that were not read; save it as UTF-8 to read it all")


def _jsonl_or_document(name: str, fh: BinaryIO, cfg: IngestConfig) -> Iterator[RawDoc | Rejection]:
    read = b""
    first = b""
    while not first.strip():  # the first line that is not blank (blank lines are kept, for line numbers)
        first = fh.readline(cfg.max_bytes + 1)
        read += first
        if not first:
            break
    head = first.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"[") or (head.startswith(b"{") and not _parses(first)):
        limit = cfg.max_bytes * JSON_DOCUMENT_FACTOR
        read += fh.read(max(0, limit + 1 - len(read)))
        if len(read) <= limit and _is_json_document(read):
            yield from read_json_document(name, read)
            return
    yield from read_jsonl(name, _Prepended(read, fh), cfg)  # type: ignore[arg-type]


def _utf16_as_utf8(fh: BinaryIO, limit: int) -> tuple[BinaryIO, bool]:
    """The stream re-encoded as UTF-8 when it opens with a UTF-16 byte-order mark (JSON lines are read by the
    byte, line by line, which UTF-16 breaks), up to ``limit`` bytes and the last whole line within them; else the
    stream as it was. And whether the file went on past the limit."""
    head = fh.read(2)
    if head not in (b"\xff\xfe", b"\xfe\xff"):
        return _Prepended(head, fh), False  # type: ignore[return-value]
    data = head + fh.read(limit + 1)
    cut = len(data) > limit
    text = data[: limit - limit % 2].decode("utf-16", errors="replace") if cut else data.decode("utf-16", errors="replace")
    if cut:
        text = text[: text.rfind("\n") + 1]  # no record cut in two
    return io.BytesIO(text.encode("utf-8")), cut


def _parses(line: bytes) -> bool:
    try:
        json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return True


# Program and configuration files, which a folder of articles may hold beside them (a script that fetched them).
_CODE_SUFFIXES = frozenset({".py", ".pyc", ".ipynb", ".js", ".mjs", ".ts", ".css", ".sh", ".bash", ".bat", ".ps1",
                            ".c", ".h", ".cc", ".cpp", ".java", ".rb", ".go", ".rs", ".php", ".pl", ".r", ".sql",
                            ".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf", ".lock", ".env"})
# Documents of office programs: their text is inside a binary or zipped format newsdesk does not open.
_DOCUMENT_SUFFIXES = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF",
                      ".pages": "Pages", ".epub": "EPUB", ".xls": "Excel", ".xlsx": "Excel", ".pptx": "PowerPoint"}


def read_bytes(name: str, data: bytes, suffix: str = "") -> RawDoc | Rejection:
    """Turn one article's bytes into a RawDoc (text or HTML) or a Rejection."""
    if not data.strip():
        return Rejection(name, Reason.EMPTY, "the input is empty")
    if data[:16] == b"SQLite format 3\x00":
        return Rejection(name, Reason.UNSUPPORTED, "an SQLite database, not an article (a newsdesk store? read it "
                                                   "with `newsdesk stories --db FILE [--story ID]`)")
    if suffix in _CODE_SUFFIXES:
        return Rejection(name, Reason.UNSUPPORTED, f"a program or configuration file ({suffix}), not an article")
    office = _DOCUMENT_SUFFIXES.get(suffix) or ("PDF" if data[:5] == b"%PDF-" else None)
    if office:
        return Rejection(name, Reason.UNSUPPORTED, f"a {office} document: save it as text or HTML first")
    text, reason, detail = decode_bytes(data, meta_charset(data))
    if text is None:
        return Rejection(name, reason or Reason.UNDECODABLE, detail)
    if not text.strip():
        return Rejection(name, Reason.EMPTY, "only white space")
    if (
        suffix in HTML_SUFFIXES
        or (suffix not in TEXT_SUFFIXES and _HTML_SNIFF.search(text[:2000]))
        or _HTML_DOCUMENT.match(text[:2000])  # a web page saved under a text name ("page.txt")
    ):
        return RawDoc(source=name, content=text, kind="html")
    if suffix in MARKDOWN_SUFFIXES:
        return _markdown_document(name, text)
    if suffix in TEXT_SUFFIXES or not suffix or not is_binary(data):
        return RawDoc(source=name, content=text, kind="text")
    return Rejection(name, Reason.UNSUPPORTED, f"unsupported file type {suffix}")


def _markdown_document(name: str, text: str) -> RawDoc | Rejection:
    """A Markdown article without its markup; the fields of its front matter (title, date, author, the site's
    address for it: ``---`` / ``+++`` blocks of Jekyll, Hugo, Pandoc) read as a JSON record's are."""
    from newsdesk.ingest.markdown import front_matter, markdown_title, markdown_to_text
    from newsdesk.ingest.records import record_to_raw

    fields, body = front_matter(text)
    plain = markdown_to_text(body)
    if not plain.strip():
        return Rejection(name, Reason.EMPTY, "only Markdown markup, no text")  # ">", "---", "# "
    raw = RawDoc(source=name, content=plain, kind="text", title=markdown_title(body))
    given = record_to_raw(name, {**fields, "text": plain}) if fields else None
    if not isinstance(given, RawDoc):
        return raw
    return dataclasses.replace(given, source=name, kind="text", title=given.title or raw.title, group=None)


def read_pasted(name: str, text: str, cfg: IngestConfig | None = None) -> list[RawDoc | Rejection]:
    """Pasted text as articles: one article, or one per record when the text is JSON lines (an export pasted
    whole, records named ``name:LINE``) or one JSON record or array of them."""
    cfg = cfg or IngestConfig()
    data = text.encode("utf-8", "replace")
    if _sniff_json_lines(io.BytesIO(data), cfg.max_bytes)[1] or (len(data) <= cfg.max_bytes * JSON_DOCUMENT_FACTOR
                                                                 and _is_json_document(data)):
        return [without_controls(d) for d in _read_stream(name, io.BytesIO(data), cfg, suffix="")]
    if len(data) > cfg.max_bytes:  # the limit a file of one article has (X24: 6.3 MB pasted took minutes)
        return [Rejection(name, Reason.TOO_LARGE, f"{len(data):,} bytes is over the limit of {cfg.max_bytes:,}")]
    return [read_text(name, text)]


def read_text(name: str, text: str) -> RawDoc | Rejection:
    """A RawDoc from text already in memory (API callers passing strings)."""
    # Lone surrogates (from JSON "\ud800" or surrogateescape) cannot be encoded: they become U+FFFD's bytes.
    return without_controls(read_bytes(name, text.encode("utf-8", "replace"), ""))


def open_bytes(data: bytes) -> BinaryIO:
    return io.BytesIO(data)
