"""Reading inputs: files, directories, globs and stdin into RawDoc records or rejections.

Formats by suffix: .txt/.text/.md (one article), .html/.htm (a web page), .jsonl/.ndjson (one article
per line), .warc/.warc.gz (HTML response records); a trailing .gz is decompressed first. Unknown
suffixes are sniffed. With ``input_format="multinews"`` each line is one story whose documents are
separated by ``|||||``.
"""

from __future__ import annotations

import gzip
import io
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsdesk.config import IngestConfig
from newsdesk.errors import Reason
from newsdesk.ingest.decode import decode_bytes, is_binary
from newsdesk.ingest.files import STDIN, expand, source_name
from newsdesk.ingest.records import read_jsonl, read_multinews
from newsdesk.model import RawDoc, Rejection

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
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
            yield from _read_stream("<stdin>", sys.stdin.buffer, cfg, suffix="")
        else:
            yield from read_path(Path(item), cfg)


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
        if suffixes and suffixes[-1] in WARC_SUFFIXES or suffixes[-2:] == [".warc", ".gz"]:
            from newsdesk.ingest.warc import read_warc

            yield from read_warc(path, cfg)
            return
        size = path.stat().st_size
        gz = bool(suffixes) and suffixes[-1] == ".gz"
        suffix = suffixes[-2] if gz and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
        if suffix in JSONL_SUFFIXES or cfg.input_format == "multinews":
            with path.open("rb") as raw_fh:
                fh: BinaryIO = gzip.GzipFile(fileobj=raw_fh) if gz else raw_fh  # type: ignore[assignment]
                yield from _guard_gzip(name, _read_stream(name, fh, cfg, suffix))
            return
        if not gz and size > cfg.max_bytes:
            yield Rejection(name, Reason.TOO_LARGE, f"{size:,} bytes is over the limit of {cfg.max_bytes:,} (--max-bytes)")
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


def _guard_gzip(name: str, docs: Iterator[RawDoc | Rejection]) -> Iterator[RawDoc | Rejection]:
    try:
        yield from docs
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Rejection(name, Reason.UNDECODABLE, f"corrupt or truncated gzip: {exc}")


def _read_stream(name: str, fh: BinaryIO, cfg: IngestConfig, suffix: str) -> Iterator[RawDoc | Rejection]:
    if suffix in JSONL_SUFFIXES or cfg.input_format == "multinews":
        reader = read_multinews if cfg.input_format == "multinews" else read_jsonl
        yield from reader(name, fh, cfg)
        return
    data = fh.read(cfg.max_bytes + 1)
    if len(data) > cfg.max_bytes:
        yield Rejection(name, Reason.TOO_LARGE, f"more than the limit of {cfg.max_bytes:,} bytes (--max-bytes)")
        return
    yield read_bytes(name, data, suffix)


def read_bytes(name: str, data: bytes, suffix: str = "") -> RawDoc | Rejection:
    """Turn one article's bytes into a RawDoc (text or HTML) or a Rejection."""
    if not data.strip():
        return Rejection(name, Reason.EMPTY, "the input is empty")
    declared = None
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace")
    text, reason, detail = decode_bytes(data, declared)
    if text is None:
        return Rejection(name, reason or Reason.UNDECODABLE, detail)
    if not text.strip():
        return Rejection(name, Reason.EMPTY, "only white space")
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _HTML_SNIFF.search(text[:2000])):
        return RawDoc(source=name, content=text, kind="html")
    if suffix in TEXT_SUFFIXES or not suffix or not is_binary(data):
        return RawDoc(source=name, content=text, kind="text")
    return Rejection(name, Reason.UNSUPPORTED, f"unsupported file type {suffix}")


def read_text(name: str, text: str) -> RawDoc | Rejection:
    """A RawDoc from text already in memory (API callers passing strings)."""
    # Lone surrogates (from JSON "\ud800" or surrogateescape) cannot be encoded: they become U+FFFD's bytes.
    return read_bytes(name, text.encode("utf-8", "replace"), "")


def open_bytes(data: bytes) -> BinaryIO:
    return io.BytesIO(data)
