"""Rendered pages kept in memory, each under the store version it was rendered at, with an ETag.

Why: a story page or a search page changes only when the store does, yet rendering one costs 5-20 ms
of Python (SQL, view assembly, Jinja) while sending a kept copy costs well under one. The store keeps
the versions (``service.story_version``, ``service.desk_version``: counters that SQLite triggers move on
every write, by any process), so a page written by another ``newsdesk ingest`` is never served stale:
the next request reads a newer version and renders again.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

#: Bytes of rendered pages kept per server process (a story page is ~40 kB: about 1,500 pages).
DEFAULT_MAX_BYTES = 64_000_000


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page and its entity tag (a hash of the body, quoted as HTTP wants it)."""

    body: bytes
    etag: str


class PageCache:
    """Least recently used pages, at most ``max_bytes`` of them; safe to share between threads.

    ``get(key, version, render)`` answers the kept page when it was rendered at ``version``, else calls
    ``render()`` and keeps the result in place of the older one. Two threads missing the same page at
    once both render it (the same bytes); no lock is held while rendering.

    Example:
        >>> cache = PageCache()
        >>> cache.get("home", 1, lambda: b"<p>hi</p>").body
        b'<p>hi</p>'
        >>> cache.get("home", 1, lambda: b"never called").body
        b'<p>hi</p>'
    """

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if max_bytes < 0:
            raise ValueError(f"max_bytes must be >= 0 (0 keeps nothing), not {max_bytes}")
        self.max_bytes = max_bytes
        self._pages: OrderedDict[Hashable, tuple[Hashable, Page]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, version: Hashable, render: Callable[[], bytes]) -> Page:
        """The page kept for ``key`` at ``version``, else ``render()``'s, kept in place of any older one."""
        kept = self.peek(key, version)
        if kept is not None:
            return kept
        with self._lock:
            self.misses += 1
        body = render()
        page = Page(body, f'"{hashlib.blake2b(body, digest_size=12).hexdigest()}"')
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1].body)
            if len(body) <= self.max_bytes:
                self._pages[key] = (version, page)
                self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._pages.popitem(last=False)
                self._bytes -= len(dropped.body)
        return page

    def peek(self, key: Hashable, version: Hashable) -> Page | None:
        """The kept page when it was rendered at ``version``, else None (nothing is rendered)."""
        with self._lock:
            kept = self._pages.get(key)
            if kept is None or kept[0] != version:
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return kept[1]

    def __len__(self) -> int:
        return len(self._pages)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an ``If-None-Match`` header names ``etag`` (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    strip = lambda tag: tag.strip().removeprefix("W/")
    return strip(etag) in {strip(tag) for tag in if_none_match.split(",")}
