"""Expanding inputs (paths, directories, globs, stdin) into files, each opened at most once."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from newsdesk.errors import Reason
from newsdesk.model import Rejection

STDIN = "-"


def source_name(path: Path | str) -> str:
    """How an input is named in records and messages: its path, with undecodable bytes as \\xNN.

    A file name that is not UTF-8 reaches Python with surrogate escapes, which SQLite, JSON and the
    terminal cannot encode; the name then shows the raw bytes instead (``bad\\xffname.txt``).
    """
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def expand(inputs: list[str | Path]) -> Iterator[Path | str | Rejection]:
    """Yield files (or "-" for stdin) in a stable order; missing paths and loops become rejections."""
    seen: set[str] = set()
    for item in inputs:
        name = str(item)
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, seen)
        elif path.exists() or path.is_symlink():
            yield from _once(path, seen)
        elif any(ch in name for ch in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield Rejection(source_name(name), Reason.UNREADABLE, "the pattern matches no file")
            for match in matches:
                mp = Path(match)
                yield from (_walk(mp, seen) if mp.is_dir() else _once(mp, seen))
        else:
            yield Rejection(source_name(name), Reason.UNREADABLE, "no such file or directory")


def _once(path: Path, seen: set[str]) -> Iterator[Path | Rejection]:
    try:
        key = str(path.resolve(strict=True))
    except (OSError, RuntimeError) as exc:  # dangling link or link loop
        yield Rejection(source_name(path), Reason.UNREADABLE, f"cannot resolve path: {exc.__class__.__name__}")
        return
    if key in seen:
        return
    seen.add(key)
    yield path


def _walk(root: Path, seen: set[str]) -> Iterator[Path | Rejection]:
    """Recurse, following links to folders once each (a folder reached twice, as by a link loop, is not read
    again); a hidden entry (".name") is listed as not used, a hidden folder once for all it holds."""

    def on_error(err: OSError) -> None:
        errors.append(Rejection(source_name(err.filename or root), Reason.UNREADABLE, f"cannot list directory: {err.strerror}"))

    errors: list[Rejection] = []
    folders: set[str] = set()
    top = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        here = os.path.realpath(dirpath)
        if here in folders:
            dirnames[:] = []  # a folder already read, reached again through a link
            continue
        folders.add(here)
        for d in sorted(d for d in dirnames if d.startswith(".")):
            yield Rejection(source_name(Path(dirpath) / d), Reason.UNSUPPORTED,
                            "hidden folder: not read (give its path to read it)")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # A link up to a folder that holds the one given is not followed: all it holds of the given folder is read
        # anyway, and the rest was not given.
        dirnames[:] = [d for d in dirnames if not _holds(os.path.realpath(os.path.join(dirpath, d)), top)]
        yield from errors
        errors.clear()
        for fname in sorted(filenames):
            if fname in _SYSTEM_FILES or fname.startswith("._"):
                continue  # a file the operating system keeps in every folder (Finder's .DS_Store): no one's input
            if fname.startswith("."):
                yield Rejection(source_name(Path(dirpath) / fname), Reason.UNSUPPORTED,
                                "hidden file: not read (give its path to read it)")
                continue
            yield from _once(Path(dirpath) / fname, seen)
    yield from errors


_SYSTEM_FILES = frozenset([".DS_Store", "Thumbs.db", "desktop.ini", ".localized"])


def _holds(folder: str, inside: str) -> bool:
    """Whether ``folder`` is ``inside`` or one of the folders above it (real paths)."""
    return inside == folder or inside.startswith(folder.rstrip(os.sep) + os.sep)

