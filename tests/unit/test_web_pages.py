"""The web layer's cache of rendered pages: versions, size bound, ETag matching."""

from __future__ import annotations

import pytest

from newsdesk.web.pages import PageCache, etag_matches


def test_a_page_is_rendered_once_per_version() -> None:
    cache, calls = PageCache(), []

    def render(text: str):
        return lambda: calls.append(text) or text.encode()

    first = cache.get("story/1", 1, render("v1"))
    assert cache.get("story/1", 1, render("never")) is first
    newer = cache.get("story/1", 2, render("v2"))
    assert newer.body == b"v2" and newer.etag != first.etag and calls == ["v1", "v2"]
    assert len(cache) == 1, "a newer version replaces the older one"
    assert (cache.hits, cache.misses) == (1, 2)


def test_the_cache_keeps_at_most_max_bytes_least_recently_used_first() -> None:
    cache = PageCache(max_bytes=25)
    for key in "abc":
        cache.get(key, 0, lambda: b"x" * 10)
    assert len(cache) == 2  # 30 bytes do not fit in 25: "a", the oldest, went
    calls = []
    cache.get("b", 0, lambda: calls.append("b") or b"")
    cache.get("a", 0, lambda: calls.append("a") or b"y" * 10)
    assert calls == ["a"]
    assert cache.get("x", 0, lambda: b"z" * 100).body == b"z" * 100, "too big to keep, still answered"
    assert PageCache(max_bytes=0).get("k", 0, lambda: b"p").body == b"p"
    with pytest.raises(ValueError, match="max_bytes"):
        PageCache(max_bytes=-1)


@pytest.mark.parametrize("header,ok", [('"abc"', True), ('W/"abc"', True), ('"x", "abc"', True), ("*", True),
                                       ('"abd"', False), ("", False), (None, False)])
def test_etag_matches(header, ok) -> None:
    assert etag_matches(header, '"abc"') is ok
