"""Guards that keep one hostile input from sinking a run: HTML nesting depth and time per article.

Both guards turn a pathological input into a ``Rejection`` with a clear reason instead of a crash,
a silent loss or a hung run:

* ``html_depth(markup)`` measures tag nesting with a streaming scan (no parse tree is built, so
  100,000 nested tags cost one pass over the string). libxml2, under lxml and trafilatura, silently
  drops everything nested deeper than about 254 levels, so a page past ``LXML_MAX_DEPTH`` would
  otherwise come out empty with no explanation.
* ``time_limit(seconds, name)`` bounds the wall time of a block. In the main thread it uses
  ``signal.setitimer`` (the block is interrupted between Python bytecodes); elsewhere (web worker
  threads, dask workers) ``run_with_time_limit`` falls back to a helper thread that is abandoned on
  timeout, so the run goes on even though the abandoned work may keep a core busy until it ends.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from newsdesk.errors import NewsdeskError, Reason
from newsdesk.model import Article, RawDoc, Rejection

T = TypeVar("T")

# libxml2 (as used by lxml 5/6 without huge_tree) keeps at most this many nested elements; deeper
# content is dropped without an error (measured: 253 nested <div> inside <html><body> parse, 254 do not).
LXML_MAX_DEPTH = 250

# Elements that never have an end tag.
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "frame",
        "isindex",
    ]
)
# Elements an HTML parser closes implicitly when a sibling starts; counting them as nesting would make
# every page of unclosed <p> or <li> look deep, so they do not count.
_IMPLIED_END = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rtc",
        "rp",
    ]
)
# Elements whose content is raw text, not markup.
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "plaintext", "noscript")


class ArticleTimeout(NewsdeskError):
    """Work on one article took longer than IngestConfig.seconds_per_article."""

    def __init__(self, name: str, seconds: float) -> None:
        super().__init__(f"{name}: gave up after {seconds:g} s (seconds_per_article)")
        self.name = name
        self.seconds = seconds


def html_depth(markup: str, stop_at: int | None = None) -> int:
    """Deepest tag nesting of ``markup``, from one streaming scan (comments and raw text skipped).

    Void elements (<br>, <img>) and elements whose end tag is implied (<p>, <li>, <td>) do not nest.
    An end tag closes back to its matching start tag when it is open, and is ignored otherwise.

    Args:
        markup: HTML text (any size; nothing is parsed into a tree).
        stop_at: stop scanning as soon as the depth exceeds this (returns stop_at + 1).

    Example:
        >>> html_depth("<html><body><div><p>a<br>b</p></div></body></html>")
        3
    """
    low = markup.lower()
    n = len(low)
    stack: list[str] = []
    open_count: dict[str, int] = {}  # tags on the stack, so an end tag's lookup is O(1), not O(depth)
    deepest = 0
    pos = low.find("<")
    while 0 <= pos < n - 1:
        nxt = low[pos + 1]
        if low.startswith("<!--", pos):
            end = low.find("-->", pos + 4)
            if end < 0:
                break
            pos = low.find("<", end + 3)
            continue
        if nxt == "!" or nxt == "?":  # doctype, CDATA, processing instruction
            end = low.find(">", pos + 2)
            if end < 0:
                break
            pos = low.find("<", end + 1)
            continue
        closing = nxt == "/"
        start = pos + 2 if closing else pos + 1
        stop = start
        while stop < n and (low[stop].isalnum() or low[stop] in "-_:"):
            stop += 1
        tag = low[start:stop]
        if not tag or not tag[0].isalpha():
            pos = low.find("<", pos + 1)
            continue
        end = low.find(">", stop)
        if end < 0:
            break
        if closing:
            if open_count.get(tag):
                while stack:
                    popped = stack.pop()
                    open_count[popped] -= 1
                    if popped == tag:
                        break
        elif tag in _RAW_TEXT:
            close = low.find("</" + tag, end + 1)
            if close < 0:
                break
            end = low.find(">", close)
            if end < 0:
                break
        elif tag not in _VOID and tag not in _IMPLIED_END and low[end - 1] != "/":
            stack.append(tag)
            open_count[tag] = open_count.get(tag, 0) + 1
            if len(stack) > deepest:
                deepest = len(stack)
                if stop_at is not None and deepest > stop_at:
                    return deepest
        pos = low.find("<", end + 1)
    return deepest


def html_depth_ok(markup: str, max_depth: int) -> bool:
    """True when no tag nests deeper than ``max_depth`` (a scan that stops as soon as it does)."""
    return html_depth(markup, stop_at=max_depth) <= max_depth


def check_html_depth(raw: RawDoc, max_depth: int) -> Rejection | None:
    """A TOO_DEEP rejection naming the input when its HTML nests deeper than ``max_depth``, else None.

    The effective limit is never above LXML_MAX_DEPTH: deeper content would be dropped silently.
    """
    if raw.kind != "html":
        return None
    limit = min(max_depth, LXML_MAX_DEPTH)
    depth = html_depth(raw.content, stop_at=limit)
    if depth <= limit:
        return None
    return Rejection(
        raw.source,
        Reason.TOO_DEEP,
        f"HTML tags nest more than {limit:,} levels deep (max_html_depth={max_depth:,}; "
        f"the HTML parser drops anything deeper than {LXML_MAX_DEPTH})",
        "clean",
    )


def cap_articles(
    articles: Sequence[Article], limit: int, what: str = "brief"
) -> tuple[list[Article], list[Rejection]]:
    """The first ``limit`` articles, and a TOO_LARGE rejection naming each one past the limit.

    A brief's cost grows faster than its articles (measured: 1,000 take about 13 s, 5,000 about 3 min),
    so a story past BriefConfig.max_articles is summarized from its first
    ``limit`` articles and the rest are listed as not used, never dropped silently.
    """
    if len(articles) <= limit:
        return list(articles), []
    over = [
        Rejection(
            a.source,
            Reason.TOO_LARGE,
            f"article {n:,} of {len(articles):,}: over the limit of {limit:,} articles per {what} (max_articles)",
            what,
        )
        for n, a in enumerate(articles[limit:], start=limit + 1)
    ]
    return list(articles[:limit]), over


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


REFIRE_SECONDS = 0.05  # after the limit, the alarm fires again this often until its exception is not dropped


@contextlib.contextmanager
def time_limit(seconds: float, name: str = "article") -> Iterator[None]:
    """Raise ArticleTimeout inside the block if it runs longer than ``seconds`` (main thread only).

    Outside the main thread (or without setitimer) the block runs unbounded: use
    ``run_with_time_limit``, which falls back to a helper thread there. Nesting is safe: an outer
    limit that is shorter still fires, and the previous handler and timer are restored on exit.
    """
    if not _can_use_alarm() or seconds <= 0:
        yield
        return

    fired = False

    def on_alarm(signum: int, frame: object) -> None:
        nonlocal fired
        fired = True
        # The handler runs wherever the main thread is: inside a finalizer or a weakref callback that the garbage
        # collector calls, the exception is printed and dropped ("Exception ignored in ..."), and the work would
        # go on unbounded. So the alarm fires again shortly until the exception reaches the block.
        signal.setitimer(signal.ITIMER_REAL, REFIRE_SECONDS)
        raise ArticleTimeout(name, seconds)

    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    old_delay, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(seconds, old_delay) if old_delay else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_delay:  # give the outer limit what it had left (at least a tick, so it still fires)
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 0.001))
    if fired:  # the limit was hit but every exception it raised was dropped: the work still ran out of time
        raise ArticleTimeout(name, seconds)


def run_with_time_limit(func: Callable[[], T], seconds: float, name: str = "article") -> T:
    """Call ``func()`` and return its result, or raise ArticleTimeout after ``seconds``.

    In the main thread this is ``time_limit`` (setitimer). In any other thread the call runs in a
    daemon helper thread; on timeout the helper is abandoned (Python cannot kill a thread) and the
    caller goes on.
    """
    if _can_use_alarm():
        with time_limit(seconds, name):
            return func()
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread below
            box["error"] = exc

    helper = threading.Thread(target=target, name=f"newsdesk-limit-{name}", daemon=True)
    helper.start()
    helper.join(seconds)
    if helper.is_alive():
        raise ArticleTimeout(name, seconds)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def timeout_rejection(raw: RawDoc, exc: ArticleTimeout) -> Rejection:
    """The Rejection for an article whose cleaning ran out of time."""
    return Rejection(
        raw.source,
        Reason.TIMEOUT,
        f"cleaning took longer than {exc.seconds:g} s (seconds_per_article)",
        "clean",
    )


def guarded(clean: Callable[[RawDoc], T], raw: RawDoc, max_depth: int, seconds: float) -> T | Rejection:
    """Run ``clean(raw)`` behind both guards: the depth check first, then the time limit.

    This is the one call the pipeline needs (see pipeline.clean_all):
    ``result = guarded(lambda r: clean_raw(r, cfg, repeated), raw, ingest.max_html_depth, ingest.seconds_per_article)``.
    """
    too_deep = check_html_depth(raw, max_depth)
    if too_deep is not None:
        return too_deep
    try:
        return run_with_time_limit(lambda: clean(raw), seconds, raw.source)
    except ArticleTimeout as exc:
        return timeout_rejection(raw, exc)
