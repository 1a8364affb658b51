"""One article's address written one way, so the same page found in two inputs is known as one.

A feed read every hour lists the same item in each file, a crawl fetches one page twice, an export writes
``http://`` where another writes ``https://www.``: ``url_key`` gives all of them one key, which the pipeline
turns into the id of an input that gives none, so reading the next hour's file stores only what is new.

Example:
    >>> url_key("https://www.Example.com/news/fire/?utm_source=rss&id=7#comments")
    'example.com/news/fire?id=7'
    >>> url_key("http://example.com/news/fire?id=7") == url_key("https://www.example.com/news/fire/?id=7")
    True
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

# Query parameters that say where a reader came from, not which page it is.
_TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "cmpid", "ocid",
                       "ncid", "smid", "cmp", "src", "ref", "ref_src", "taid", "share", "via", "output"})


def _tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING or low.startswith(("utm_", "at_", "pk_"))


def url_key(url: str | None) -> str | None:
    """The address without what varies between copies of one page: scheme, ``www.``, the host's case, a
    trailing slash, the fragment and tracking parameters (``utm_*``, ``fbclid``, ...); other parameters are
    kept, sorted (``?id=7`` names the page), and a hash-bang fragment ("#!/story/123"). None for no address, one that is
    not a web address, or a site's home page (feeds give it as the link of many items)."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:  # "http://[::1" or a port that is no number: no web address to key by
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    host = host.removeprefix("www.")
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)))
    page = parts.fragment if parts.fragment.startswith("!") else ""  # "#!/story/123" names a page of its own
    if not path and not query and not page:
        return None  # a site's home page, which feeds give as the link of many items: it names no one article
    return f"{host}{path}" + (f"?{query}" if query else "") + (f"#{page}" if page else "")
