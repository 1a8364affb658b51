"""Adding to the desk: pasted texts, uploaded files and fetched URLs become articles, stored and put in stories."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Sequence
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import InputError, StoreError
from newsdesk.model import (
    Article,
    RawDoc,
    Rejection,
)
from newsdesk.progress import Progress, no_progress
from newsdesk.service.reading import warm_story
from newsdesk.service.views import Added, AddResult


def _upload_suffixes() -> tuple[str, ...]:
    """Every suffix the file readers know (``newsdesk.ingest``), each also gzipped, plus WARC and ZIP."""
    from newsdesk import ingest

    plain = sorted(ingest.TEXT_SUFFIXES | ingest.HTML_SUFFIXES | ingest.JSONL_SUFFIXES | ingest.JSON_SUFFIXES
                   | ingest.FEED_SUFFIXES | set(ingest.TABLE_SUFFIXES) | ingest.SGML_SUFFIXES)
    return (*plain, *(f"{s}.gz" for s in plain), ".warc", ".warc.gz", ".zip")


#: Upload suffixes accepted from the web page (anything else is rejected, never guessed from a path): the
#: formats the CLI reads.
UPLOAD_SUFFIXES = _upload_suffixes()
URL_MAX_BYTES = 5_000_000
URL_TIMEOUT_S = 10.0




def add_texts(store: Any, texts: Sequence[str], settings: Settings | None = None, progress: Progress = no_progress,
              outlet: str | None = None) -> AddResult:
    """Add pasted articles (plain text or HTML, one article per string; JSON lines, one per record); ``outlet``, when given, is the outlet
    that published them (pasted text rarely names it, and the comparison counts sources by outlet)."""
    from newsdesk.ingest import read_pasted

    settings = settings or Settings()
    docs = [d for i, t in enumerate(texts, start=1) if t and t.strip()
            for d in read_pasted(f"pasted text {i}", t, settings.ingest)]
    if outlet and outlet.strip():
        docs = [dataclasses.replace(d, outlet=" ".join(outlet.split())) if isinstance(d, RawDoc) else d for d in docs]
    if not docs:
        raise InputError("nothing to add: the text is empty")
    return _add_docs(store, docs, settings, progress)


def add_files(store: Any, files: Sequence[tuple[str, bytes]], settings: Settings | None = None,
              progress: Progress = no_progress) -> AddResult:
    """Add uploaded files given as (file name, bytes); the name only picks the format, never a path.

    Formats: those of the CLI (``UPLOAD_SUFFIXES``): text, Markdown, HTML, JSONL, JSON, feeds, CSV/TSV, each
    optionally gzipped, WARC and ZIP.
    """
    from newsdesk.errors import Reason

    settings = settings or Settings()
    docs: list[RawDoc | Rejection] = []
    for i, (name, data) in enumerate(files, start=1):
        label = f"upload:{_display_name(name)}"
        suffix = upload_suffix(name)
        if suffix is None:
            docs.append(Rejection(label, Reason.UNSUPPORTED, f"accepted types: {', '.join(UPLOAD_SUFFIXES)}"))
            continue
        docs.extend(_read_as(label, suffix, data, settings))
        progress("read", i, len(files))
    return _add_docs(store, docs, settings, progress)


def _read_as(label: str, suffix: str, data: bytes, settings: Settings) -> list[RawDoc | Rejection]:
    """``data`` read as a file with ``suffix`` by the CLI's reader (format by suffix, size limits, gzip, WARC
    and ZIP guards), the sources named after ``label``."""
    import tempfile
    from pathlib import Path

    from newsdesk.ingest import read_inputs

    with tempfile.TemporaryDirectory(prefix="newsdesk-upload-") as tmp:
        # Our own file name in our own temporary directory: nothing of the request reaches the path.
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        return [_relabel(doc, str(path), label) for doc in read_inputs([path], settings.ingest)]


def upload_suffix(name: str) -> str | None:
    """The accepted suffix an uploaded file name ends with (longest first: .warc.gz before .gz), else None."""
    lower = _base_name(name).lower()
    return next((s for s in sorted(UPLOAD_SUFFIXES, key=len, reverse=True) if lower.endswith(s)), None)


def fetch_page(url: str, fetch: Callable[[str], tuple[bytes, str]] | None = None) -> tuple[str, bytes, str]:
    """The page at an http(s) URL: (the URL, its bytes, its content type). Done before the store is locked for
    the add, so a slow site holds up no other add.

    Raises:
        InputError: not an http(s) URL, or the machine cannot reach it (the message says why).
    """
    from urllib.parse import urlsplit

    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"only http:// and https:// URLs can be fetched, not {url[:200]!r}")
    data, content_type = (fetch or _fetch)(url)
    return url, data, content_type


def add_url(store: Any, url: str, settings: Settings | None = None, progress: Progress = no_progress,
            fetch: Callable[[str], tuple[bytes, str]] | None = None,
            page: tuple[str, bytes, str] | None = None) -> AddResult:
    """Fetch one page over http(s) (``fetch_page``; or take the ``page`` fetched already) and add it.

    Raises:
        InputError: not an http(s) URL, or the machine cannot reach it (the message says why).
    """
    from newsdesk.ingest import read_bytes, without_controls

    url, data, content_type = page or fetch_page(url, fetch)
    progress("fetch", 1, 1)
    settings = settings or Settings()
    many = _many_articles_suffix(content_type)
    if many:  # a feed, a JSON export or a table: one article per item, as `newsdesk ingest` reads the file
        return _add_docs(store, _read_as(url, many, data, settings), settings, progress)
    suffix = ".html" if "html" in content_type else (".txt" if content_type.startswith("text/") else "")
    doc = without_controls(read_bytes(url, data, suffix))
    if isinstance(doc, RawDoc):
        doc = dataclasses.replace(doc, url=url)
    return _add_docs(store, [doc], settings, progress)


def _many_articles_suffix(content_type: str) -> str | None:
    """The reader's suffix for a fetched feed, JSON or table (``application/rss+xml`` -> ``.rss``), else None."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if "html" in kind:
        return None
    if kind.endswith(("rss+xml", "atom+xml")) or kind in ("application/xml", "text/xml"):
        return ".rss"
    if kind.endswith("json") or kind == "application/x-ndjson":
        return ".jsonl" if "ndjson" in kind or "jsonl" in kind else ".json"
    return {"text/csv": ".csv", "text/tab-separated-values": ".tsv"}.get(kind)


#: Set to "1" to let the fetcher reach this machine and private networks (a desk on a newsroom's own network).
ALLOW_PRIVATE_ENV = "NEWSDESK_ALLOW_PRIVATE_URLS"


def check_public_host(url: str) -> None:
    """Refuse a URL whose host is, or resolves to, this machine, a private or link-local network, or another
    address not on the public internet (a visitor of a served desk could otherwise have the server fetch its own
    pages or an internal service and read them back as articles), unless ``NEWSDESK_ALLOW_PRIVATE_URLS=1``.

    Raises:
        InputError: naming the URL and the address.
    """
    import os
    import socket
    from urllib.parse import urlsplit

    if os.environ.get(ALLOW_PRIVATE_ENV) == "1":
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:  # "Port out of range 0-65535"
        raise InputError(f"{url[:200]} is no address to fetch: {exc}") from exc
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        if any(os.environ.get(k) for k in _PROXY_ENV) and isinstance(exc, socket.gaierror):
            return  # behind a proxy, which resolves names this machine cannot: the proxy fetches the page
        raise InputError(f"this machine cannot reach {url}: the name {host!r} does not resolve ({exc})") from exc
    for info in infos:
        _refuse_private(url, f"points to {str(info[4][0]).split('%', 1)[0]}", str(info[4][0]))


def _refuse_private(url: str, what: str, address: str) -> None:
    """Raise InputError ("``url`` ``what``, an address on this machine or a private network") when ``address`` is
    not on the public internet (a scope such as "%eth0" aside) and private addresses are not allowed."""
    import ipaddress
    import os

    if os.environ.get(ALLOW_PRIVATE_ENV) != "1" and not ipaddress.ip_address(address.split("%", 1)[0]).is_global:
        raise InputError(f"{url} {what}, an address on this machine or a private network: not "
                         f"fetched (set {ALLOW_PRIVATE_ENV}=1, or `newsdesk serve --allow-private-urls`, to allow it)")


_PROXY_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _fetch(url: str) -> tuple[bytes, str]:
    import os

    import httpx

    def each_hop(request: httpx.Request) -> None:  # a redirect to a private address is refused as well
        check_public_host(str(request.url))

    def connected_to(response: httpx.Response) -> None:
        # The address actually connected to, before the body is read: a name that resolved to a public address when
        # checked and to a private one when connecting (DNS rebinding) is refused here.
        if any(os.environ.get(k) for k in _PROXY_ENV):
            return  # connected to a proxy, which fetches the page itself
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            _refuse_private(url, f"was served from {peer[0]}", str(peer[0]))

    try:
        with httpx.Client(timeout=URL_TIMEOUT_S, follow_redirects=True, max_redirects=5,
                          event_hooks={"request": [each_hop], "response": [connected_to]}) as client, \
                client.stream("GET", url, headers={"User-Agent": "newsdesk/0.1"}) as resp:
            resp.raise_for_status()
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > URL_MAX_BYTES:
                    raise InputError(f"{url} is larger than {URL_MAX_BYTES:,} bytes")
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("content-type", "")
    except httpx.HTTPStatusError as exc:
        raise InputError(f"{url} answered HTTP {exc.response.status_code}") from exc
    except httpx.TimeoutException as exc:
        raise InputError(f"{url} did not answer within {URL_TIMEOUT_S:g} s ({exc.__class__.__name__})") from exc
    except httpx.HTTPError as exc:
        raise InputError(f"this machine cannot reach {url}: {exc.__class__.__name__}: {exc or 'no answer'}") from exc


def _display_name(name: str) -> str:
    """The last path component of an uploaded name, printable, at most 120 characters, for labels only."""
    base = _base_name(name)
    if len(base) > 120:  # keep both ends: the start names it, the end holds the suffix
        base = f"{base[:60]}…{base[-59:]}"
    return base or "file"


def _base_name(name: str) -> str:
    """The last path component of an uploaded name, without control characters (NUL, newlines)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if ch.isprintable())


def _relabel(doc: RawDoc | Rejection, tmp_path: str, label: str) -> RawDoc | Rejection:
    source = doc.source.replace(tmp_path, label, 1)
    return dataclasses.replace(doc, source=source)


def _add_docs(store: Any, docs: Sequence[RawDoc | Rejection], settings: Settings, progress: Progress) -> AddResult:
    """Clean read documents (as the CLI does), store and assign the articles, then warm their stories' briefs."""
    from newsdesk.pipeline import clean_all

    raws = [d for d in docs if isinstance(d, RawDoc)]
    rejected = [d for d in docs if isinstance(d, Rejection)]
    articles, more = clean_all(raws, settings, progress)
    result = ingest_articles(store, articles, settings, progress, rejected=[*rejected, *more])
    touched = list(dict.fromkeys(a.story for a in result.added))
    for n, story_id in enumerate(touched, start=1):
        warm_story(store, story_id, settings)  # brief and comparison computed now, so the first view is fast
        progress("brief", n, len(touched))
    return result


def ingest_articles(store: Any, articles: Sequence[Article], settings: Settings | None = None,
                    progress: Progress = no_progress, rejected: Sequence[Rejection] = (),
                    restoring: Collection[str] = ()) -> AddResult:
    """Store cleaned articles and assign each to a story, as ``newsdesk ingest`` does; store the rejections too.
    Articles whose ids are in ``restoring`` are taken-out articles put back (``restore_withdrawn``).

    Returns one ``Added`` per article (its input, id, story, and whether the story or the article is new)
    and the rejections. An article the store already held is reported with ``new_article=False`` and the
    story it belongs to: re-adding a file changes nothing.
    """
    from newsdesk.stories import ingest_into_store

    settings = settings or Settings()
    result = ingest_into_store(articles, store, settings, rejected, progress, restoring)
    new_articles, new_stories = set(result.new_articles), set(result.new_stories)
    revised = set(result.revised_articles)
    story_titles: dict[str, str | None] = {}
    added: list[Added] = []
    left_out = set(result.withdrawn_at)  # a user took them out of the store before
    kept = [a for k, a in enumerate(articles) if k not in left_out]
    for a, article_id in zip(kept, result.stored_ids, strict=True):  # the id the store knows each one by
        story_id = store.story_of(article_id)
        if story_id is None:  # ingest_into_store assigns every stored article; this would be a store bug
            raise StoreError(f"{a.source}: article {article_id} was stored but not assigned to a story")
        if story_id not in story_titles:
            story = store.get_story(story_id)
            story_titles[story_id] = story.title if story else None
        added.append(Added(article_id, a.title, story_id, story_titles[story_id], story_id in new_stories, a.source,
                           article_id in new_articles, article_id in revised))
    return AddResult(tuple(added), (*rejected, *result.withdrawn))
