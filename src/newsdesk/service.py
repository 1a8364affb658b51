"""Store-backed API for the desk: list, search and show stories and articles, and add new articles.

The CLI (`newsdesk serve`, ...) and the web routes both call these functions; the routes only parse
the request and render what comes back. Results are small frozen view records with ``to_dict()``.

A story's brief and comparison are costly (dedupe, summarize, compare), so they are computed once
per *set of articles* and cached in the store under a key made of the sorted article ids and the
settings that shape them; adding an article to a story changes the key, and the next view recomputes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import InputError, NewsdeskError, StoreError
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Comparison,
    Conflict,
    ConflictSide,
    DupLink,
    Fact,
    PersonNote,
    RawDoc,
    Rejection,
    Story,
    displayed,
)
from newsdesk.progress import Progress, no_progress
from newsdesk.render import citation_key
from newsdesk.store import StorySummary  # one record for a story's listing row; the store fills it

log = logging.getLogger(__name__)


def _upload_suffixes() -> tuple[str, ...]:
    """Every suffix the file readers know (``newsdesk.ingest``), each also gzipped, plus WARC and ZIP."""
    from newsdesk import ingest

    plain = sorted(ingest.TEXT_SUFFIXES | ingest.HTML_SUFFIXES | ingest.JSONL_SUFFIXES | ingest.JSON_SUFFIXES
                   | ingest.FEED_SUFFIXES | set(ingest.TABLE_SUFFIXES))
    return (*plain, *(f"{s}.gz" for s in plain), ".warc", ".warc.gz", ".zip")


#: Upload suffixes accepted from the web page (anything else is rejected, never guessed from a path): the
#: formats the CLI reads.
UPLOAD_SUFFIXES = _upload_suffixes()
URL_MAX_BYTES = 5_000_000
URL_TIMEOUT_S = 10.0


def _analysis_code_version() -> str:
    """A fingerprint of the code that makes a story's analysis (brief, comparison, duplicate links), so a
    store's cached analyses are recomputed after an upgrade instead of showing what old code produced."""
    root = Path(__file__).parent
    digest = hashlib.sha1()
    files = [root / "sentences.py", root / "text.py", root / "pipeline.py"]
    for package in ("brief", "compare", "dedupe"):
        files += sorted((root / package).rglob("*.py")) + sorted((root / package).rglob("*.json"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


CACHE_VERSION = _analysis_code_version()


class NotFoundError(NewsdeskError, LookupError):
    """No story or article has this id."""


class StoryMovedError(NotFoundError):
    """The story was merged into another one; ``story_id`` is the story that holds its articles now."""

    def __init__(self, old_id: str, story_id: str) -> None:
        super().__init__(f"story {old_id!r} was merged into story {story_id!r}")
        self.old_id = old_id
        self.story_id = story_id


def _missing_story(store: Any, story_id: str) -> NotFoundError:
    """The error for a story id with no story: moved (merged away) or not found."""
    into = store.story_alias(story_id)
    return StoryMovedError(story_id, into) if into else NotFoundError(f"no story with id {story_id!r}")



# ---------------------------------------------------------------------------------------------------
# View records
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """An article of a story, numbered as the brief cites it."""

    number: int
    article: Article
    copy_of: int | None = None  # number of the article this one copies (exact/near)
    copy_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, **self.article.to_dict(), "copy_of": self.copy_of, "copy_kind": self.copy_kind}


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence one cited article carries for a brief sentence."""

    article: str
    number: int
    sentence: str
    outlet: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class CitedSentence:
    """A brief sentence with, for each citation, the sentence in that article."""

    text: str
    from_id: str
    evidence: tuple[Evidence, ...]
    people: tuple[PersonNote, ...] = ()

    @property
    def display(self) -> str:
        """The text with the people it names by surname introduced in brackets (and a quotation cut out of a
        longer one marked at both ends), as ``BriefSentence.display``."""
        return displayed(self.text, self.people)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "from": self.from_id,
            "citations": [e.article for e in self.evidence],
            "evidence": [e.to_dict() for e in self.evidence],
            "people": [{"name": p.name, "intro": p.intro} for p in self.people],
        }


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    articles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "articles": list(self.articles)}


@dataclass(frozen=True, slots=True)
class CopyLink:
    """Article number ``copy`` is a copy of article number ``original``."""

    copy: int
    original: int
    kind: str
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    number: int
    article: Article

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "number": self.number, "article": self.article.id}


@dataclass(frozen=True, slots=True)
class StoryView:
    """Everything the story page shows."""

    story: StorySummary
    sources: tuple[Source, ...]
    brief: tuple[CitedSentence, ...]
    comparison: Comparison | None
    outlets: tuple[Outlet, ...]
    copies: tuple[CopyLink, ...]
    timeline: tuple[TimelineEntry, ...]
    cached: bool = False
    focus: str = ""  # the question or topic the brief was focused on ("" for the generic brief)

    @property
    def source_by_id(self) -> dict[str, Source]:
        return {s.article.id: s for s in self.sources}

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story.to_dict(),
            "articles": [s.to_dict() for s in self.sources],
            "brief": {"words": sum(len(s.text.split()) for s in self.brief), "sentences": [s.to_dict() for s in self.brief],
                      "focus": self.focus or None},
            "comparison": self.comparison.to_dict() if self.comparison is not None else None,
            "outlets": [o.to_dict() for o in self.outlets],
            "copies": [c.to_dict() for c in self.copies],
            "timeline": [t.to_dict() for t in self.timeline],
        }


@dataclass(frozen=True, slots=True)
class Duplicate:
    other: Article
    kind: str
    similarity: float
    original: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.other.id, "title": self.other.title, "outlet": self.other.outlet,
                "kind": self.kind, "similarity": self.similarity, "original": self.original}


@dataclass(frozen=True, slots=True)
class ArticleView:
    """Everything the article page shows: cleaned text, removed boilerplate, metadata, duplicates."""

    article: Article
    story: Story | None
    duplicates: tuple[Duplicate, ...]

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.article.text.split("\n\n") if p.strip()] or [self.article.text]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": {**self.article.to_dict(), "text": self.article.text, "removed": list(self.article.removed)},
            "story": {"id": self.story.id, "title": self.story.title} if self.story else None,
            "duplicates": [d.to_dict() for d in self.duplicates],
        }


@dataclass(frozen=True, slots=True)
class Added:
    """One input that became an article: which input, which article, which story."""

    article: str
    title: str | None
    story: str
    story_title: str | None
    new_story: bool
    source: str = ""  # the input it came from ("upload:NAME", "upload:NAME:3" for a JSONL line, "pasted text 1", a URL)
    new_article: bool = True  # False: the store already held this article (uploading it again adds nothing)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What an add call did: articles stored (with their story) and inputs rejected, with reasons."""

    added: tuple[Added, ...] = ()
    rejected: tuple[Rejection, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"added": [a.to_dict() for a in self.added], "rejected": [r.to_dict() for r in self.rejected]}


# ---------------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------------


def list_stories(store: Any, limit: int = 50, offset: int = 0) -> list[StorySummary]:
    """Stories, newest first (by last article date, then last update)."""
    return store.list_stories(limit=limit, offset=offset)


def search_stories(store: Any, query: str, limit: int = 50) -> list[StorySummary]:
    """Stories whose title or article text match ``query`` (SQLite FTS5), newest first.

    Raises:
        InputError: the query is empty or not valid FTS5 syntax even after quoting.
    """
    query = (query or "").strip()
    if not query:
        raise InputError("the search query is empty")
    return store.list_stories(limit=limit, query=query)


def story_version(store: Any, story_id: str) -> int:
    """A number that changes whenever what the story page shows may have changed (an article joined, the
    title or dates moved), in this process or another: a key for caching the rendered page.

    Raises:
        StoryMovedError: the story was merged into another (a NotFoundError naming the new id).
        NotFoundError: no story has this id.
    """
    version = store.story_version(story_id)
    if version is None:
        raise _missing_story(store, story_id)
    return version


def desk_version(store: Any) -> int:
    """A number that changes whenever a story list or search result may have changed (any process)."""
    return store.version()


def story_view(store: Any, story_id: str, settings: Settings | None = None, focus: str | None = None) -> StoryView:
    """The story page: brief with evidence, comparison, outlets, copies and timeline.

    Args:
        store: an open store.
        story_id: the story.
        settings: pipeline settings (brief, comparison, dedup).
        focus: a question or topic ("What caused the dam to fail?"): the brief prefers the sentences about
            it (see newsdesk.brief.focus). None or blank: the generic brief. The comparison, copies and
            timeline are the story's own either way; only the generic analysis is cached (a focus is any
            text a reader types, so focused briefs are computed on each view).

    Raises:
        StoryMovedError: the story was merged into another (a NotFoundError naming the new id).
        NotFoundError: no story has this id.
    """
    settings = settings or Settings()
    story = store.get_story(story_id)
    if story is None:
        raise _missing_story(store, story_id)
    articles = _ordered(store.story_articles(story_id))
    summary = _summary(store, story, articles)
    key = analysis_key([a.id for a in articles], settings)
    cached = store.get_cached_brief(story_id, key, kind="view")
    analysis = cached
    if analysis is None:
        analysis = analyse(articles, settings)
        store.put_cached_brief(story_id, key, analysis, kind="view")
    focus = (focus or "").strip()
    if focus:
        from newsdesk.pipeline import brief_articles

        focused = dataclasses.replace(settings, brief=dataclasses.replace(settings.brief, focus=focus))
        brief = brief_articles(list(articles), focused, with_comparison=False)
        analysis = {**analysis, "sentences": _cited_sentences(brief, articles)}
    view = _assemble(summary, articles, analysis, cached=cached is not None)
    return dataclasses.replace(view, focus=focus) if focus else view


def story_markdown(view: StoryView) -> str:
    """A story view as the Markdown of ``newsdesk brief``: the brief with [n] markers numbered as on the
    page, where sources differ, the numbered sources."""
    from newsdesk.model import Brief, BriefSentence
    from newsdesk.render import brief_markdown, typeset_quotes

    sentences = tuple(BriefSentence(s.text, s.from_id, tuple(e.article for e in s.evidence), s.people)
                      for s in view.brief)
    articles = tuple(src.article for src in sorted(view.sources, key=lambda src: src.number))
    brief = Brief(sentences=sentences, articles=articles, comparison=view.comparison)
    title = view.story.title + (f" — on: {view.focus}" if view.focus else "")
    return typeset_quotes(brief_markdown(brief, title=title))


def article_view(store: Any, article_id: str) -> ArticleView:
    """The article page: cleaned text, removed lines, metadata, story and duplicates.

    Raises:
        NotFoundError: no article has this id.
    """
    article = store.get_article(article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id!r}")
    dups = []
    for link in store.links([article_id]):
        other_id = link.b if link.a == article_id else link.a
        other = store.get_article(other_id)
        if other is not None:
            dups.append(Duplicate(other, link.kind, link.similarity, link.original))
    story_id = store.story_of(article_id)
    return ArticleView(article, store.get_story(story_id) if story_id else None, tuple(dups))


def warm_story(store: Any, story_id: str, settings: Settings | None = None) -> None:
    """Compute and cache a story's brief and comparison now (after ingest), not on first view."""
    story_view(store, story_id, settings)


# ---------------------------------------------------------------------------------------------------
# Analysis (cached as JSON)
# ---------------------------------------------------------------------------------------------------


def analysis_key(article_ids: Iterable[str], settings: Settings) -> str:
    """Cache key: the story's article set plus the settings that shape brief and comparison."""
    shape = repr((CACHE_VERSION, settings.brief, settings.compare, settings.dedup))
    return hashlib.sha1("\x1f".join([shape, *sorted(article_ids)]).encode()).hexdigest()


def analyse(articles: Sequence[Article], settings: Settings) -> dict[str, Any]:
    """Brief, comparison, copy links and per-citation evidence of one story, as JSON-ready data."""
    from newsdesk.pipeline import brief_articles

    brief = brief_articles(list(articles), settings, with_comparison=True)
    return {
        "sentences": _cited_sentences(brief, articles),
        "comparison": brief.comparison.to_dict() if brief.comparison is not None else None,
        "links": [d.to_dict() for d in brief.duplicates],
    }


def _cited_sentences(brief: Brief, articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The brief's sentences as JSON-ready data, each with the sentence every cited article carries."""
    by_id = {a.id: a for a in articles}
    sentences = []
    for s in brief.sentences:
        evidence = {aid: (s.text if aid == s.from_id else best_sentence(s.text, by_id[aid].text))
                    for aid in s.citations if aid in by_id}
        sentences.append({"text": s.text, "from": s.from_id, "evidence": evidence,
                          "people": [{"name": p.name, "intro": p.intro} for p in s.people]})
    return sentences


def best_sentence(claim: str, text: str) -> str:
    """The sentence of ``text`` sharing most content words with ``claim`` (what that article says)."""
    from newsdesk.sentences import split_sentences
    from newsdesk.text import content_terms

    want = set(content_terms(claim))
    best, best_score = "", -1.0
    for sent in split_sentences(text):
        have = set(content_terms(sent))
        score = len(want & have) / (len(want | have) or 1)
        if score > best_score:
            best, best_score = sent, score
    return best or text[:300]


def _assemble(summary: StorySummary, articles: list[Article], analysis: dict[str, Any], cached: bool) -> StoryView:
    number = {a.id: i for i, a in enumerate(articles, start=1)}
    by_id = {a.id: a for a in articles}
    links = [DupLink(**{**d, "passages": tuple(d.get("passages", ()))}) for d in analysis.get("links", [])]
    copy_of: dict[str, tuple[str, str]] = {}
    copies = []
    for link in links:
        if link.kind not in ("exact", "near") or link.a not in number or link.b not in number:
            continue
        original = link.original if link.original in (link.a, link.b) else min(link.a, link.b, key=number.__getitem__)
        copy = link.b if original == link.a else link.a
        if copy in copy_of or original in copy_of and copy_of[original][0] == copy:
            continue  # one line per copy: 14 copies of one page are 13 lines, not 91 pairs
        copy_of[copy] = (original, link.kind)
        copies.append(CopyLink(number[copy], number[original], link.kind, link.similarity))
    wired: set[tuple[str, str]] = set()
    for link in links:  # wire links are shown too, after the copies, once per pair of originals
        if link.kind == "wire" and link.a in number and link.b in number:
            original = link.original if link.original in (link.a, link.b) else link.a
            copy = link.b if original == link.a else link.a
            heads = (copy_of.get(copy, (copy,))[0], copy_of.get(original, (original,))[0])
            if heads in wired or heads[0] == heads[1]:
                continue
            wired.add(heads)
            copies.append(CopyLink(number[copy], number[original], "wire", link.similarity))
    sources = tuple(
        Source(number[a.id], a, number[copy_of[a.id][0]] if a.id in copy_of else None,
               copy_of[a.id][1] if a.id in copy_of else None)
        for a in articles
    )
    brief = tuple(
        CitedSentence(s["text"], s["from"], tuple(
            Evidence(aid, number[aid], sent, by_id[aid].outlet, by_id[aid].title)
            for aid, sent in s["evidence"].items() if aid in number),
            tuple(PersonNote(p["name"], p["intro"]) for p in s.get("people", ())))
        for s in analysis["sentences"]
    )
    outlets: dict[str, list[str]] = {}
    for a in articles:
        outlets.setdefault(a.outlet or "Unknown outlet", []).append(a.id)
    timeline = tuple(TimelineEntry(a.date, number[a.id], a) for a in articles)
    return StoryView(
        story=summary,
        sources=sources,
        brief=brief,
        comparison=comparison_from_dict(analysis.get("comparison")),
        outlets=tuple(Outlet(k, tuple(v)) for k, v in sorted(outlets.items(), key=lambda kv: (-len(kv[1]), kv[0]))),
        copies=tuple(copies),
        timeline=timeline,
        cached=cached,
    )


def comparison_from_dict(data: dict[str, Any] | None) -> Comparison | None:
    """Inverse of ``Comparison.to_dict`` (for the cache)."""
    if data is None:
        return None

    def fact(d: dict[str, Any]) -> Fact:
        return Fact(
            text=d["text"], articles=tuple(d["articles"]), independent_sources=d["independent_sources"],
            attribution=tuple(Attribution(a["who"], a["kind"], a["article"], a.get("role")) for a in d.get("attribution", [])),
            sources=tuple(d.get("sources", ())), anonymous_only=d.get("anonymous_only", False),
            outlets=d.get("outlets", 0),
        )

    def conflict(c: dict[str, Any]) -> Conflict:
        sides = tuple(ConflictSide(s["text"], s["value"], tuple(s["articles"])) for s in c["sides"])
        return Conflict(c["kind"], sides, c.get("slot", ""))

    return Comparison(
        facts=tuple(fact(f) for f in data.get("facts", [])),
        single_source=tuple(fact(f) for f in data.get("single_source", [])),
        conflicts=tuple(conflict(c) for c in data.get("conflicts", [])),
        revisions=tuple(conflict(c) for c in data.get("revisions", [])),
    )


def _ordered(articles: Iterable[Article]) -> list[Article]:
    """Citation order (``render.citation_key``)."""
    return sorted(articles, key=lambda a: citation_key(a.id, a.date))


def _summary(store: Any, story: Story, articles: Sequence[Article] | None = None) -> StorySummary:
    if articles is None:
        articles = store.story_articles(story.id)
    outlets = Counter(a.outlet for a in articles if a.outlet)
    dates = sorted(a.date for a in articles if a.date)
    return StorySummary(
        id=story.id,
        title=story.title,
        articles=len(articles),
        outlets=len(outlets),
        unknown_outlets=sum(1 for a in articles if not a.outlet),
        first_date=story.first_date or (dates[0] if dates else None),
        last_date=story.last_date or (dates[-1] if dates else None),
    )


# ---------------------------------------------------------------------------------------------------
# Adding
# ---------------------------------------------------------------------------------------------------


def add_texts(store: Any, texts: Sequence[str], settings: Settings | None = None, progress: Progress = no_progress,
              outlet: str | None = None) -> AddResult:
    """Add pasted articles (plain text or HTML, one article per string); ``outlet``, when given, is the outlet
    that published them (pasted text rarely names it, and the comparison counts sources by outlet)."""
    from newsdesk.ingest import read_text

    docs = [read_text(f"pasted text {i}", t) for i, t in enumerate(texts, start=1) if t and t.strip()]
    if outlet and outlet.strip():
        docs = [dataclasses.replace(d, outlet=" ".join(outlet.split())) if isinstance(d, RawDoc) else d for d in docs]
    if not docs:
        raise InputError("nothing to add: the text is empty")
    return _add_docs(store, docs, settings or Settings(), progress)


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


def add_url(store: Any, url: str, settings: Settings | None = None, progress: Progress = no_progress,
            fetch: Callable[[str], tuple[bytes, str]] | None = None) -> AddResult:
    """Fetch one page over http(s) and add it.

    Raises:
        InputError: not an http(s) URL, or the machine cannot reach it (the message says why).
    """
    from urllib.parse import urlsplit

    from newsdesk.ingest import read_bytes, without_controls

    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"only http:// and https:// URLs can be fetched, not {url[:200]!r}")
    data, content_type = (fetch or _fetch)(url)
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


def _fetch(url: str) -> tuple[bytes, str]:
    import httpx

    try:
        with httpx.Client(timeout=URL_TIMEOUT_S, follow_redirects=True, max_redirects=5) as client, \
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
                    progress: Progress = no_progress, rejected: Sequence[Rejection] = ()) -> AddResult:
    """Store cleaned articles and assign each to a story, as ``newsdesk ingest`` does; store the rejections too.

    Returns one ``Added`` per article (its input, id, story, and whether the story or the article is new)
    and the rejections. An article the store already held is reported with ``new_article=False`` and the
    story it belongs to: re-adding a file changes nothing.
    """
    from newsdesk.stories import ingest_into_store

    settings = settings or Settings()
    result = ingest_into_store(articles, store, settings, rejected, progress)
    new_articles, new_stories = set(result.new_articles), set(result.new_stories)
    story_titles: dict[str, str | None] = {}
    added: list[Added] = []
    for a in articles:
        story_id = store.story_of(a.id)
        if story_id is None:  # ingest_into_store assigns every stored article; this would be a store bug
            raise StoreError(f"{a.source}: article {a.id} was stored but not assigned to a story")
        if story_id not in story_titles:
            story = store.get_story(story_id)
            story_titles[story_id] = story.title if story else None
        added.append(Added(a.id, a.title, story_id, story_titles[story_id], story_id in new_stories, a.source,
                           a.id in new_articles))
    return AddResult(tuple(added), tuple(rejected))
