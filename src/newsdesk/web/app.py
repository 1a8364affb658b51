"""The newsdesk web page and JSON API over one SQLite store.

Routes parse the request, call one function of ``newsdesk.service`` and render the result (HTML
through autoescaping Jinja2 templates, or JSON). Security choices, because article text is untrusted:
every value from an article is escaped (autoescape, no ``|safe``), links to articles' URLs are only
emitted for http(s), a Content-Security-Policy forbids inline scripts, uploads have a size limit,
posting can require a token, POSTs from another origin are refused, and no file path ever comes
from a request.

The story and stories pages are kept rendered in memory (``pages.PageCache``) under the store's version
counters, with an ETag: a page is rendered once per change of what it shows, whichever process wrote.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from newsdesk.errors import require

require("fastapi", "web")

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk import service
from newsdesk.clean.date_order import date_caveat
from newsdesk.compare import anonymity
from newsdesk.compare.render import conflict_label, source_names, speaker_name
from newsdesk.config import Settings
from newsdesk.errors import InputError, NewsdeskError
from newsdesk.progress import Progress, no_progress
from newsdesk.render import typeset_quotes
from newsdesk.sentences import first_sentence_title
from newsdesk.web.pages import DEFAULT_MAX_BYTES, Page, PageCache, etag_matches

HERE = Path(__file__).parent
NO_BACKGROUND_JOBS = (
    "background uploads need `newsdesk serve --workers 1`: this server runs several processes, and a job's progress "
    "is known only to the process that took it. Post the same form to /add (it answers when the add is done) or "
    "JSON to /api/articles"
)
DEFAULT_MAX_UPLOAD = 20_000_000
MAX_OFFSET = 2**62  # SQLite integers are 64-bit: a larger offset is refused (422), not a server error

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def http_url(value: object) -> str | None:
    """The URL if it is http(s) (safe for href), else None: no javascript:, data:, file: links."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def headline(article: Any) -> str:
    """What a page calls an article: its title, else the start of its first sentence ("Authorities said the
    ferry …"), else its source (a file path or URL)."""
    if getattr(article, "title", None):
        return str(article.title)
    return first_sentence_title(getattr(article, "text", "") or "") or str(getattr(article, "source", "") or "")


def moved_path(path: str, old_id: str, new_id: str) -> str | None:
    """``path`` with the segment naming the merged story ``old_id`` replaced by ``new_id`` (``/stories/OLD``,
    ``/stories/OLD/brief.md``, ``/api/stories/OLD``); None when no segment names it.

    Example:
        >>> moved_path("/stories/s1/brief.md", "s1", "s2")
        '/stories/s2/brief.md'
    """
    parts = path.split("/")
    if old_id not in parts:
        return None
    at = len(parts) - 1 - parts[::-1].index(old_id)  # the last such segment: the id, after the route's own words
    return "/".join([*parts[:at], new_id, *parts[at + 1:]])


def who(attribution: Any) -> list[str]:
    """Distinct "who (role)" names of a fact's attribution, in order (one per speaker, not per article)."""
    names = ((speaker_name(a.who, a.kind), a.role) for a in attribution)
    return list(dict.fromkeys(f"{name} ({role})" if role else name for name, role in names))


# ---------------------------------------------------------------------------------------------------
# Per-thread store connections and background add jobs
# ---------------------------------------------------------------------------------------------------


class StorePool:
    """One store connection per worker thread (sqlite3 connections are not shared across threads)."""

    def __init__(self, opener: Callable[[], Any]) -> None:
        self._opener = opener
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()

    def get(self) -> Any:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._opener()
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:
                    logging.getLogger(__name__).warning("could not close a store connection", exc_info=True)
            self._all.clear()


@dataclass
class Job:
    """An add running in the background, so the page can show its progress."""

    id: str
    state: str = "running"  # running | done | failed
    stage: str = "queued"
    done: int = 0
    total: int | None = None
    result: dict[str, Any] | None = None
    error: str | None = None
    created: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "stage": self.stage, "done": self.done, "total": self.total,
                "result": self.result, "error": self.error}


Done = TypeVar("Done")


class Jobs:
    """Background add jobs, kept in memory for an hour (a server restart forgets them), in the process that runs
    them: ``newsdesk serve --workers N`` (N > 1) has none (see ``create_app(background_jobs=...)``)."""

    def __init__(self, pool: StorePool) -> None:
        self._pool = pool
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._write = threading.Lock()  # one add at a time: story assignment reads then writes

    def start(self, work: Callable[[Any, Progress], service.AddResult],
              prepare: Callable[[Progress], None] | None = None) -> Job:
        """Run ``prepare`` (fetching a URL: no store needed), then ``work`` with the store, one add at a time."""
        with self._lock:
            now = time.time()
            for key in [k for k, j in self._jobs.items() if now - j.created > 3600]:
                del self._jobs[key]
            job = Job(id=secrets.token_urlsafe(12))  # unguessable, and unique across processes and restarts
            self._jobs[job.id] = job

        def progress(stage: str, done: int, total: int | None) -> None:
            job.stage, job.done, job.total = stage, done, total

        def run() -> None:
            try:
                if prepare is not None:  # outside the write lock: a slow site holds up no other add
                    prepare(progress)
                with self._write:
                    job.result = work(self._pool.get(), progress).to_dict()
                job.state = "done"
            except NewsdeskError as exc:
                job.error, job.state = str(exc), "failed"
            except Exception as exc:  # keep the traceback in the log, tell the page it failed
                import logging

                logging.getLogger(__name__).exception("add job %s failed", job.id)
                job.error, job.state = f"internal error: {exc.__class__.__name__}", "failed"

        threading.Thread(target=run, name=f"newsdesk-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def run_now(self, work: Callable[[Any, Progress], Done], prepare: Callable[[Progress], None] | None = None) -> Done:
        """Run ``prepare`` then ``work`` now, in this thread, with the store and the one write lock (an add or a
        removal: story assignment reads then writes)."""
        if prepare is not None:
            prepare(no_progress)
        with self._write:
            return work(self._pool.get(), no_progress)


# ---------------------------------------------------------------------------------------------------
# API bodies
# ---------------------------------------------------------------------------------------------------


WARM_JOIN_S = 30.0  # at shutdown, how long to wait for the story the warmer is analysing


def _warm(pool: StorePool, limit: int, settings: Settings, stopping: threading.Event) -> None:
    """The background warmer: the newest stories' analyses, each cached as its page makes it (the page then opens at
    once); a failure is logged and ends the warming, never the server."""
    log = logging.getLogger(__name__)
    try:
        warmed = service.warm_newest(pool.get(), limit, settings, stop=stopping.is_set)
        if warmed:
            log.info("warmed the pages of %d stories", len(warmed))
    except Exception:
        log.exception("warming the newest stories' pages failed (they are made on first view instead)")


class PostArticles(BaseModel):
    """Articles to add: texts (plain text or HTML, one article each), one text, and/or one URL to fetch."""

    texts: list[str] = Field(default_factory=list, description="article texts or HTML pages")
    text: str | None = Field(default=None, description="one article text or HTML page (the field name of the "
                                                       "input formats); added with ``texts``")
    outlet: str | None = Field(default=None, max_length=200,
                               description="the outlet that published the texts, when their text does not name it")
    url: str | None = Field(default=None, description="an http(s) page to fetch and add")


# ---------------------------------------------------------------------------------------------------
# The app
# ---------------------------------------------------------------------------------------------------


def create_app(
    db: str | Path | None = None,
    *,
    token: str | None = None,
    settings: Settings | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    store_opener: Callable[[], Any] | None = None,
    fetch: Callable[[str], tuple[bytes, str]] | None = None,
    page_cache_bytes: int = DEFAULT_MAX_BYTES,
    warm_stories: int = 0,
    background_jobs: bool = True,
) -> FastAPI:
    """The FastAPI app serving the store at ``db``.

    Args:
        db: the SQLite store file (created if missing).
        token: when set, adding articles needs it (header ``X-Newsdesk-Token``, ``Authorization: Bearer``
            or the form's token field).
        settings: pipeline settings for briefs and ingest.
        max_upload_bytes: largest request body accepted by the POST routes.
        store_opener: opens a store (tests); defaults to ``open_store(db)``.
        fetch: replaces the URL fetcher (tests, offline machines).
        page_cache_bytes: rendered story and stories pages kept in memory (0: render every request).
        warm_stories: once serving, make the briefs and comparisons of the newest this many stories that have none
            (stored by `newsdesk ingest`) in a background thread, so their pages open at once (0: each on first view).
        background_jobs: whether ``/api/uploads`` adds in a background job polled at ``/api/jobs/{id}``. False for
            one of several server processes (``serve --workers N``): a job lives in the process that started it, and a
            poll another process answers could not find it; uploads are then refused (501) and the page adds
            through ``POST /add``, which answers when the add is done.
    """
    if store_opener is None:
        if db is None:
            raise InputError("create_app needs a store file (db=...)")
        from newsdesk.store import open_store

        db_path = Path(db)
        store_opener = lambda: open_store(db_path)
    settings = settings or Settings()
    pool = StorePool(store_opener)
    jobs = Jobs(pool)
    pages = PageCache(page_cache_bytes)
    pool.get()  # open now: a file that is not a store fails `newsdesk serve` with its message, before serving

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        pool.get()  # the event loop's own connection (the page routes read versions there), opened before serving
        stopping = threading.Event()
        warmer = None
        if warm_stories > 0:
            warmer = threading.Thread(target=_warm, args=(pool, warm_stories, settings, stopping),
                                      name="newsdesk-warm", daemon=True)
            warmer.start()
        yield
        stopping.set()
        if warmer is not None:
            warmer.join(timeout=WARM_JOIN_S)  # a story being analysed finishes first (seconds at most)
        pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="newsdesk",
        summary="Stories, cited briefs and cross-source comparisons from a newsdesk store.",
        version="0.1.0",
        docs_url=None,  # served below from local files, under the same CSP as the rest
        redoc_url=None,
    )
    app.state.pool = pool
    app.state.jobs = jobs
    app.state.pages = pages

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.filters["http_url"] = http_url
    env.filters["who"] = who
    env.filters["sourcing_note"] = anonymity.sourcing_note  # "Anonymous sources only" / "Unnamed sources only"
    env.filters["conflict_label"] = conflict_label
    env.filters["source_names"] = source_names
    env.filters["headline"] = headline
    # Newswire ``quotes'' as typographic quotes in what a reader reads (brief, evidence, comparison), as the CLI does.
    env.filters["quotes"] = typeset_quotes
    env.filters["date_caveat"] = date_caveat  # what a reader is told of an uncertain date
    # An article id is kept as the input gave it ("nyt/2024/03/bridge.html", "q?x=1"): quoted in links, read whole
    # by the {article_id:path} routes.
    env.filters["id_path"] = lambda article_id: quote(str(article_id), safe="")  # "../x" stays one segment
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _mount_swagger(app)

    def _error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": message}, status_code=status)
        titles = {400: "That did not work", 401: "Token needed", 403: "Refused", 404: "Not found", 413: "Too large"}
        return templates.TemplateResponse(request, "error.html", {"status": status, "title": titles.get(status, "Error"),
                                                                  "message": message}, status_code=status)

    app.add_middleware(Guard, max_upload_bytes=max_upload_bytes, error=_error)

    @app.exception_handler(service.NotFoundError)
    async def _not_found(request: Request, exc: service.NotFoundError) -> Response:
        if isinstance(exc, service.StoryMovedError):  # a merged story's old address leads to its new one
            moved = moved_path(request.url.path, exc.old_id, exc.story_id)
            if moved is not None:  # the query (?focus=...) goes along
                return RedirectResponse(moved + (f"?{request.url.query}" if request.url.query else ""), status_code=308)
        return _error(request, 404, str(exc))

    @app.exception_handler(InputError)
    async def _bad_input(request: Request, exc: InputError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """An address no route serves (a mistyped link): the page's own error page in a browser, JSON for the API."""
        if exc.status_code == 404:
            where = "the API is described at /docs" if request.url.path.startswith("/api/") else "the stories are at /"
            return _error(request, 404, f"nothing at {request.url.path}: {where}")
        return await http_exception_handler(request, exc)

    def store() -> Any:
        # Called inside each route (a sync one: in its worker thread; an async page route: on the event
        # loop's thread), never as a Depends: FastAPI runs a sync dependency in a different thread-pool call
        # than the route, and an SQLite connection must stay in its thread.
        return pool.get()

    def check_token(request: Request, form_token: str | None = None) -> None:
        if not token:
            return
        given = request.headers.get("x-newsdesk-token") or form_token or ""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise _TokenError()

    @app.exception_handler(_TokenError)
    async def _token(request: Request, exc: _TokenError) -> Response:
        return _error(request, 401, "adding or removing articles needs this server's token (--token)")

    # ---- pages -----------------------------------------------------------------------------------

    def render(request: Request, name: str, context: dict[str, Any]) -> bytes:
        return bytes(templates.TemplateResponse(request, name, context).body)

    async def kept_page(request: Request, key: tuple, version: int, make: Callable[[], bytes]) -> Response:
        """The page kept for ``key`` at ``version``, else ``make()`` run in the thread pool and kept.

        Why async: a kept page is answered on the event loop, without the thread-pool round trip that cost
        more than the rest of the request under load. The routes read the version on the loop too: one
        primary-key read, and in WAL mode a reader never waits for a writer.
        """
        key = (str(request.base_url), *key)  # pages hold absolute links (url_for)
        page = pages.peek(key, version)
        if page is None:
            page = await run_in_threadpool(pages.get, key, version, make)
        return page_response(request, page)

    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False, name="stories_page")
    async def stories_page(request: Request, q: str = "", offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Response:
        limit, query = 50, q.strip()

        def make() -> bytes:
            stories = _stories(store(), query, limit, offset)
            next_offset = offset + limit if len(stories) == limit else None
            return render(request, "stories.html", {"stories": stories, "query": q, "offset": offset,
                                                    "next_offset": next_offset})

        return await kept_page(request, ("stories", q, offset), service.desk_version(store()), make)

    @app.api_route("/stories/{story_id}", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False, name="story_page")
    async def story_page(request: Request, story_id: str,
                         focus: str = Query("", max_length=500, description="a question or topic to brief on")) -> Response:
        version = service.story_version(store(), story_id)  # NotFoundError (404) before anything is kept
        focus = focus.strip()

        def make() -> bytes:
            view = service.story_view(store(), story_id, settings, focus=focus)
            return render(request, "story.html", {"view": view})

        return await kept_page(request, ("story", story_id, focus), version, make)

    @app.get("/stories/{story_id}/brief.md", include_in_schema=False, name="story_markdown")
    def story_markdown(story_id: str, focus: str = Query("", max_length=500)) -> Response:
        """The story's brief, differences and sources as the Markdown `newsdesk brief` prints, to paste."""
        view = service.story_view(store(), story_id, settings, focus=focus)
        return Response(service.story_markdown(view), media_type="text/plain; charset=utf-8")

    @app.api_route("/articles/{article_id:path}", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False, name="article_page")
    def article_page(request: Request, article_id: str) -> Response:
        st = store()
        view = service.article_view(st, article_id)
        return templates.TemplateResponse(request, "article.html", {"view": view, "token_required": bool(token)})

    @app.post("/articles/{article_id:path}/remove", response_class=HTMLResponse, include_in_schema=False,
              name="article_remove")
    async def article_remove(request: Request, article_id: str, reason: str = Form("", max_length=500),
                             token_field: str = Form("", alias="token"), confirm: str = Form("")) -> Response:
        """The article page's "Remove from the desk" form (its box ticked): the article goes (a retracted report),
        and the page says what happened to its story."""
        check_token(request, token_field)
        if confirm != "yes":
            raise InputError("nothing was removed: tick the box to confirm the removal")
        done = await run_in_threadpool(jobs.run_now, lambda st, _: service.withdraw_articles(st, [article_id], reason))
        story = store().get_story(done[0].story_id) if done[0].story_id and not done[0].story_removed else None
        return templates.TemplateResponse(request, "removed.html", {"removed": done[0], "story": story})

    def add_context(**extra: Any) -> dict[str, Any]:
        return {"token_required": bool(token), "max_upload_mb": max_upload_bytes // 1_000_000,
                "background_jobs": background_jobs,
                "upload_accept": ",".join(sorted({"." + s.rsplit(".", 1)[-1] for s in service.UPLOAD_SUFFIXES})), **extra}

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False, name="add_page")
    def add_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "add.html", add_context())

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False, name="add_submit")
    async def add_submit(request: Request, text: str = Form(""), url: str = Form(""), token_field: str = Form("", alias="token"),
                         outlet: str = Form("", max_length=200), files: list[UploadFile] = File(default=[])) -> Response:
        """The same add as /api/uploads, without JavaScript: runs now and renders the result."""
        check_token(request, token_field)
        work, prepare = await _work_from_form(text, url, files, max_upload_bytes, settings, fetch, outlet)
        try:
            # in a worker thread: the fetch and the add would hold up every other request on the event loop
            result = await run_in_threadpool(jobs.run_now, work, prepare)
        except InputError as exc:
            return templates.TemplateResponse(request, "add.html", add_context(error=str(exc)), status_code=400)
        return templates.TemplateResponse(request, "add.html", add_context(result=result.to_dict()))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False, name="api_docs")
    def api_docs(request: Request) -> Response:
        if not app.state.swagger:
            return JSONResponse(app.openapi())
        return templates.TemplateResponse(request, "docs.html", {"openapi_url": request.url_for("openapi_ui").path})

    @app.get("/openapi-ui.json", include_in_schema=False, name="openapi_ui")
    def openapi_ui() -> dict[str, Any]:
        """The OpenAPI document in version 3.0, for the bundled Swagger UI, which cannot render 3.1
        ("Unable to render this definition"); /openapi.json stays the 3.1 document FastAPI writes."""
        return openapi_30(app.openapi())

    # ---- JSON API --------------------------------------------------------------------------------

    @app.get("/api/stories", name="api_stories", tags=["stories"], summary="List or search stories")
    def api_stories(q: str = Query("", description="FTS5 search over titles and text"),
                    limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
        """Stories newest first, or those matching ``q``."""
        return {"stories": [s.to_dict() for s in _stories(store(), q.strip(), limit, offset)]}

    @app.get("/api/stories/{story_id}", name="api_story", tags=["stories"],
             summary="One story: brief, comparison, sources")
    def api_story(story_id: str, focus: str = Query("", max_length=500, description="a question or topic: "
                                                    "the brief prefers the sentences about it")) -> dict[str, Any]:
        """One story with its articles, cited brief, comparison, outlets, copies and timeline."""
        st = store()
        return service.story_view(st, story_id, settings, focus=focus).to_dict()

    @app.get("/api/articles/{article_id:path}", name="api_article", tags=["articles"], summary="One article")
    def api_article(article_id: str) -> dict[str, Any]:
        """One article: cleaned text, removed boilerplate lines, metadata, story and duplicates."""
        st = store()
        return service.article_view(st, article_id).to_dict()

    @app.delete("/api/articles/{article_id:path}", name="api_delete_article", tags=["articles"],
                summary="Remove an article (a retracted report)")
    def api_delete_article(article_id: str, request: Request,
                           reason: str = Query("", max_length=500, description="why, kept with the record")) -> dict[str, Any]:
        """Take the article out of the store: its story keeps the others (or goes, if it held no other), and
        reading the same input again leaves it out (``newsdesk remove``)."""
        check_token(request)
        done = jobs.run_now(lambda st, _: service.withdraw_articles(st, [article_id], reason))
        return {"removed": [w.to_dict() for w in done]}

    @app.post("/api/articles", name="api_post_articles", tags=["articles"], summary="Add articles (JSON)")
    def api_post_articles(body: PostArticles, request: Request) -> dict[str, Any]:
        """Add articles (texts and/or a URL); each is stored and assigned to a story."""
        check_token(request)
        texts = [*body.texts, *([body.text] if body.text and body.text.strip() else [])]
        if not texts and not body.url:
            raise InputError("nothing to add: give 'text' (one article), 'texts' (a list of articles) or 'url'")
        return jobs.run_now(*_add_work(texts, body.url or "", [], settings, fetch, body.outlet or "")).to_dict()

    @app.post("/api/uploads", status_code=202, name="api_upload", tags=["articles"],
              summary="Add files, text or a URL (background job)",
              responses={501: {"description": "a server of several processes (`serve --workers N`): post to /add or "
                                              "/api/articles instead"}})
    async def api_upload(request: Request, text: str = Form(""), url: str = Form(""),
                         outlet: str = Form("", max_length=200, description="the outlet of the pasted text"),
                         files: list[UploadFile] = File(default=[])) -> dict[str, Any]:
        """Add pasted text, uploaded files (txt, html, jsonl, warc, sgml, ...) or a URL in the background.

        Answers 202 with a job; poll ``status_url`` for progress and the result.
        """
        check_token(request)
        if not background_jobs:
            return JSONResponse({"detail": NO_BACKGROUND_JOBS}, status_code=501)
        work, prepare = await _work_from_form(text, url, files, max_upload_bytes, settings, fetch, outlet)
        job = jobs.start(work, prepare)
        return {"job": job.id, "status_url": str(request.url_for("api_job", job_id=job.id).path)}

    @app.get("/api/jobs/{job_id}", name="api_job", tags=["articles"], summary="Progress of a background add")
    def api_job(job_id: str) -> dict[str, Any]:
        """Progress of a background add: state, stage, done/total, and the result when done."""
        job = jobs.get(job_id)
        if job is None:
            raise service.NotFoundError(f"no job {job_id!r} (jobs are kept for an hour)")
        return job.to_dict()

    return app


class _TokenError(Exception):
    """The POST lacked the server's token."""


class _BodyTooLarge(Exception):
    """A request body passed the upload limit while it was read (sent without a length, chunked)."""


def page_response(request: Request, page: Page) -> Response:
    """A kept page as HTML, or 304 when the browser already holds this version (``If-None-Match``)."""
    headers = {"ETag": page.etag, "Cache-Control": "no-cache"}  # no-cache: revalidate (cheap 304) each time
    if etag_matches(request.headers.get("if-none-match"), page.etag):
        return Response(status_code=304, headers=headers)
    return HTMLResponse(page.body, headers=headers)


class Guard:
    """Pure ASGI middleware: refuses oversized and cross-origin POSTs, adds the security headers.

    Why not ``@app.middleware("http")``: Starlette's BaseHTTPMiddleware runs every request through an
    extra task and memory stream: ~150 us of CPU per request, twice what the app spends on a kept story
    page (~75 us, HTTP parsing aside; measured on the 10,000-article store).
    """

    HEADERS = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),  # no address leaks to the outlets linked; the desk's own forms keep their Origin
        (b"x-frame-options", b"DENY"),
    )
    NAMES = frozenset(name for name, _ in HEADERS)

    def __init__(self, app: Any, max_upload_bytes: int, error: Callable[[Request, int, str], Response]) -> None:
        self.app = app
        self.max_upload_bytes = max_upload_bytes
        self.error = error

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in self.NAMES]
                message = {**message, "headers": [*kept, *self.HEADERS]}
            await send(message)

        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send_secured)
            return
        # a write: an add (POST) or a removal (DELETE)
        request = Request(scope)
        length = request.headers.get("content-length")
        too_large = (413, f"the upload is larger than the limit of {self.max_upload_bytes:,} bytes")
        refusal = None
        if length is not None and (not length.isdigit() or int(length) > self.max_upload_bytes):
            refusal = too_large
        elif not _same_origin(request):
            refusal = (403, f"cross-origin {scope['method']} refused")
        if refusal is not None:
            await self.error(request, *refusal)(scope, receive, send_secured)
            return
        await self._counted(scope, receive, send_secured, request, too_large)

    async def _counted(self, scope: dict[str, Any], receive: Callable, send: Callable, request: Request,
                       too_large: tuple[int, str]) -> None:
        """Run the app with the body's bytes counted as they come: a body sent without a length (chunked) is cut at
        the limit, and the app's answer to the cut body (a parse error) is replaced by the 413."""
        received, over, started = 0, False, False

        async def counted_receive() -> dict[str, Any]:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_upload_bytes:
                    over = True
                    raise _BodyTooLarge()
            return message

        async def guarded_send(message: dict[str, Any]) -> None:
            nonlocal started
            if over:
                return  # the app's answer to a body cut short: the 413 below is sent instead
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not over:
                raise
        if over and not started:
            await self.error(request, *too_large)(scope, receive, send)


def _same_origin(request: Request) -> bool:
    """False when a browser says the POST comes from another site (a page trying to write to the desk)."""
    origin = request.headers.get("origin")
    if not origin:  # not a browser, or a same-origin navigation by an older browser
        return True
    if origin == "null":  # a form posted with its referrer withheld: the browser's own word on where it came from
        return request.headers.get("sec-fetch-site") == "same-origin"
    host = request.headers.get("host", "")
    return urlsplit(origin).netloc == host


def openapi_30(doc: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.1 document (as FastAPI writes it) said in 3.0: ``anyOf [X, {"type": "null"}]`` becomes X with
    ``nullable: true`` (a $ref inside ``allOf``), ``examples`` lists become one ``example``."""

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(x) for x in node]
        if not isinstance(node, dict):
            return node
        out = {k: walk(v) for k, v in node.items()}
        variants = out.get("anyOf")
        if isinstance(variants, list) and {"type": "null"} in variants:
            rest = [v for v in variants if v != {"type": "null"}]
            del out["anyOf"]
            if len(rest) == 1 and "$ref" not in rest[0]:
                out = {**rest[0], **out}
            elif len(rest) == 1:
                out["allOf"] = rest
            elif rest:
                out["anyOf"] = rest
            out["nullable"] = True
        if isinstance(out.get("examples"), list):  # a schema's examples (3.1); a 3.0 parameter's is a map
            examples = out.pop("examples")
            if examples:
                out["example"] = examples[0]
        return out

    converted = walk(doc)
    converted["openapi"] = "3.0.3"
    return converted


def _mount_swagger(app: FastAPI) -> None:
    try:
        import swagger_ui_bundle
    except ImportError:  # the docs route then answers the OpenAPI JSON itself
        app.state.swagger = False
        return
    app.mount("/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.state.swagger = True


async def _work_from_form(text: str, url: str, files: list[UploadFile], limit: int, settings: Settings,
                          fetch: Callable[[str], tuple[bytes, str]] | None,
                          outlet: str = "") -> tuple[Callable[[Any, Progress], service.AddResult],
                                                      Callable[[Progress], None]]:
    """Read the form now (the request ends before a background job runs) and return the add to run, with what
    to do before it without the store (fetch the URL)."""
    blobs: list[tuple[str, bytes]] = []
    total = 0
    for upload in files:
        if not upload.filename:
            continue
        data = await upload.read(limit + 1)
        total += len(data)
        if total > limit:
            raise InputError(f"the upload is larger than the limit of {limit:,} bytes")
        blobs.append((upload.filename, data))
    if not (text.strip() or url.strip() or blobs):
        raise InputError("nothing to add: paste a text, choose files or give a URL")
    return _add_work([text] if text.strip() else [], url, blobs, settings, fetch, outlet)


def _add_work(texts: Sequence[str], url: str, blobs: Sequence[tuple[str, bytes]], settings: Settings,
              fetch: Callable[[str], tuple[bytes, str]] | None,
              outlet: str = "") -> tuple[Callable[[Any, Progress], service.AddResult], Callable[[Progress], None]]:
    """An add (pasted texts, uploaded files, a URL), as the work to run with the store and what to do before it
    without the store: fetching the URL, so a slow site holds up no other add (the form, the upload job and the
    JSON API all add this way)."""
    fetched: list[tuple[str, bytes, str]] = []

    def prepare(progress: Progress) -> None:
        if url.strip():
            progress("fetch", 0, 1)
            fetched.append(service.fetch_page(url, fetch))

    def work(st: Any, progress: Progress) -> service.AddResult:
        parts = []
        if texts:
            parts.append(service.add_texts(st, list(texts), settings, progress, outlet=outlet))
        if blobs:
            parts.append(service.add_files(st, list(blobs), settings, progress))
        if url.strip():
            parts.append(service.add_url(st, url, settings, progress, fetch=fetch,
                                         page=fetched[0] if fetched else None))
        return _merge(parts)

    return work, prepare


def _stories(st: Any, query: str, limit: int, offset: int) -> list[Any]:
    """A page of the stories, newest first: those matching ``query`` (FTS5) when it is not empty, else all (a search
    paged without its offset answered its first page at every offset: a client paging to an empty list never
    stopped)."""
    if query:
        return service.search_stories(st, query, limit, offset)
    return service.list_stories(st, limit, offset)


def _merge(parts: list[service.AddResult]) -> service.AddResult:
    return service.AddResult(tuple(a for p in parts for a in p.added), tuple(r for p in parts for r in p.rejected))


def app_from_env() -> FastAPI:
    """The app for one of several server processes (``newsdesk serve --workers N``), configured by
    NEWSDESK_DB, NEWSDESK_TOKEN, NEWSDESK_MAX_UPLOAD and NEWSDESK_WINDOW_DAYS."""
    import os

    from newsdesk.api import make_settings

    db = os.environ.get("NEWSDESK_DB")
    if not db:
        raise RuntimeError("NEWSDESK_DB is not set: start the server with `newsdesk serve --db FILE`")
    limit = int(os.environ.get("NEWSDESK_MAX_UPLOAD", DEFAULT_MAX_UPLOAD))
    days = os.environ.get("NEWSDESK_WINDOW_DAYS")
    return create_app(db, token=os.environ.get("NEWSDESK_TOKEN") or None, max_upload_bytes=limit,
                      settings=make_settings(window_days=int(days) if days else None),
                      background_jobs=False)  # a job's progress would be lost to a poll another process answers
