"""The public Python API; the CLI and the web routes are thin layers over these functions."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from newsdesk.config import Settings
from newsdesk.errors import InputError, Reason
from newsdesk.model import Article, Brief, Comparison, RawDoc, Rejection
from newsdesk.pipeline import Input, brief_articles
from newsdesk.pipeline import load_articles as _load_articles
from newsdesk.progress import Progress, no_progress

if TYPE_CHECKING:
    from newsdesk.stories import StoriesReport

#: What every API function takes as ``inputs``: one of these or a list of them. A ``dict`` is one article as a
#: JSONL record (``{"text": ..., "title": ..., "outlet": ..., "date": ..., "url": ...}``, the names of the
#: README's input formats).
InputLike = str | Path | Article | RawDoc | Mapping[str, Any]

DEMO_DIR = Path(__file__).parent / "demo_data"


def _with_cluster(settings: Settings, **given: int | None) -> Settings:
    """``settings`` with the clustering values that are given (not None) replaced."""
    changes = {k: v for k, v in given.items() if v is not None}
    if not changes:
        return settings
    return dataclasses.replace(settings, cluster=dataclasses.replace(settings.cluster, **changes))


def make_settings(
    words: int | None = 120,
    sentences: int | None = None,
    max_bytes: int | None = None,
    input_format: str | None = None,
    settings: Settings | None = None,
    window_days: int | None = None,
    gap_days: int | None = None,
) -> Settings:
    """Settings with the brief budget, ingest limits and (given) the story window of the store or the coverage gap
    that splits a batch story overridden."""
    settings = settings or Settings()
    settings = _with_cluster(settings, window_days=window_days, gap_days=gap_days)
    # dataclasses.replace re-runs each config's validation (__post_init__).
    brief_cfg = dataclasses.replace(settings.brief, words=None if sentences and words == 120 else words, sentences=sentences)
    overrides = {k: v for k, v in (("max_bytes", max_bytes), ("input_format", input_format)) if v is not None}
    ingest_cfg = dataclasses.replace(settings.ingest, **overrides)
    return dataclasses.replace(settings, brief=brief_cfg, ingest=ingest_cfg)


def brief(
    inputs: Iterable[InputLike] | InputLike,
    words: int | None = 120,
    *,
    sentences: int | None = None,
    since: Iterable[InputLike] | InputLike = (),
    compare: bool = True,
    settings: Settings | None = None,
    progress: Progress = no_progress,
    focus: str | None = None,
) -> Brief:
    """A cited brief of one story.

    Args:
        inputs: paths, directories, globs, "-", article texts (str), records as dicts
            (``{"text": ..., "title": ..., "outlet": ..., "date": ...}``) or Article records; one or a list.
        words: word budget (default 120); ``sentences`` sets a sentence budget instead.
        since: articles already seen; the brief then covers only what is new.
        compare: add the cross-source comparison (``Brief.comparison``).
        focus: a question or topic ("What caused the dam to fail?"); the brief then prefers the
            sentences about it (see ``newsdesk.brief.focus``). None or blank: the generic brief.

    Raises:
        InputError: when no article at all could be read (the rejections say why).

    Returns:
        a ``Brief``: ``.sentences`` (each with ``.text`` and ``.citations``, article ids), ``.articles`` (in
        source-number order), ``.rejected``, ``.comparison``; ``newsdesk.to_markdown(b)`` gives what
        ``newsdesk brief`` prints, ``b.to_dict()`` / ``newsdesk.to_json(b)`` its JSON.

    Example:
        >>> b = newsdesk.brief(["a.txt", "b.html"], words=80)   # doctest: +SKIP
        >>> b.to_dict()["brief"]["sentences"][0]["citations"]    # doctest: +SKIP
    """
    _check_type("words", words, int)
    _check_type("sentences", sentences, int)
    _check_type("focus", focus, str)
    settings = make_settings(words=words, sentences=sentences, settings=settings)
    if focus is not None and focus.strip():
        settings = dataclasses.replace(settings, brief=dataclasses.replace(settings.brief, focus=focus.strip()))
    given = _as_list(inputs)
    articles, rejected = load_articles(given, settings, progress)
    if not articles:
        raise InputError(nothing_read_message(rejected, given))
    known: list[Article] = []
    # Listed before the test: a DataFrame has no truth value, and an empty generator is true but gives nothing.
    seen_given = _as_list(since, "since") if not isinstance(since, str) or since else []
    if seen_given:  # what was already seen: an input of it that cannot be read is said, never dropped silently
        known, seen_rejected = load_articles(seen_given, settings)
        if not known:
            raise InputError("nothing read from the articles already seen (since): "
                             + nothing_read_message(seen_rejected, seen_given))
        rejected = [*rejected, *(dataclasses.replace(r, source=f"{r.source} (since)") for r in seen_rejected)]
        seen_texts = {a.text: a.source for a in known}
        new = [a for a in articles if a.text not in seen_texts]
        if new and len(new) < len(articles):  # an article given in both (a directory and one of its files as
            # --since) is seen, not new: said among the inputs not used
            rejected = [*rejected, *(Rejection(a.source, Reason.DUPLICATE, f"already seen: the same text as "
                                               f"{seen_texts[a.text]} (since)") for a in articles
                                     if a.text in seen_texts)]
            articles = new
    return brief_articles(articles, settings, rejected, since=known, with_comparison=compare)


def _check_type(name: str, value: Any, expected: type) -> None:
    """A TypeError naming the parameter when ``value`` is neither None nor of the ``expected`` type (for int: any
    integer, numpy's included, but not a bool)."""
    import numbers

    kind = numbers.Integral if expected is int else expected
    if value is None or isinstance(value, kind) and not isinstance(value, bool):
        return
    raise TypeError(f"{name} must be {'an int' if expected is int else 'a str'} or None; got "
                    f"{type(value).__name__} {value!r:.40}")


class CompareResult(NamedTuple):
    """What ``compare`` returns; it unpacks as ``comparison, articles, rejected``.

    ``articles`` are in source-number order ([1] is ``articles[0]``); ``to_markdown()`` is what
    ``newsdesk compare`` prints, ``to_dict()`` / ``to_json()`` its JSON.
    """

    comparison: Comparison
    articles: list[Article]
    rejected: list[Rejection]

    def to_dict(self) -> dict[str, Any]:
        from newsdesk.render import comparison_dict

        return comparison_dict(self.comparison, self.articles, self.rejected)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_markdown(self) -> str:
        from newsdesk.render import comparison_markdown, typeset_quotes

        return typeset_quotes(comparison_markdown(self.comparison, self.articles, self.rejected))


def compare(inputs: Iterable[InputLike] | InputLike, settings: Settings | None = None,
            progress: Progress = no_progress) -> CompareResult:
    """Cross-source comparison of one story: facts, single-source facts, conflicts, attribution.

    ``inputs`` are what ``brief`` takes. Returns a ``CompareResult`` (``comparison, articles, rejected``).

    Raises:
        InputError: when no article at all could be read (the rejections say why).
    """
    from newsdesk.pipeline import compare_story, find_links

    settings = settings or Settings()
    from newsdesk.limits import cap_articles

    given = _as_list(inputs)
    articles, rejected = load_articles(given, settings, progress)
    if not articles:
        raise InputError(nothing_read_message(rejected, given))
    articles, over = cap_articles(articles, settings.brief.max_articles)
    rejected = [*rejected, *over]
    return CompareResult(compare_story(articles, settings, find_links(articles, settings)), articles,
                         rejected)


def find_stories(
    inputs: Iterable[InputLike] | InputLike,
    *,
    briefs: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    gap_days: int | None = None,
    settings: Settings | None = None,
    progress: Progress = no_progress,
) -> StoriesReport:
    """Group a pile of articles into stories, with a cited brief per story (what ``newsdesk cluster`` does).

    Args:
        inputs: what ``brief`` takes, about any number of events.
        briefs: False skips the per-story briefs (faster).
        engine: "local", or "dask" to map the per-article stages over a Dask cluster (``scheduler``: its
            ``host:port``; a LocalCluster is started when None). Its worker processes are spawned: in a script
            (not in a notebook) make the call under ``if __name__ == "__main__":``.
        gap_days: split a story where its dated articles pause for more than this many days (a 2019 article is no
            part of a 2015 story); None groups by text alone.

    Returns:
        a ``StoriesReport``: ``.stories`` (each with ``.title``, ``.article_ids``, ``.first_date``,
        ``.last_date``), ``.articles``, ``.rejected``, ``.briefs`` (story id -> ``Brief``);
        ``to_markdown()``, ``to_dict()`` and ``to_json()`` give what ``newsdesk cluster`` prints.

    Raises:
        InputError: when no article at all could be read.
    """
    from newsdesk.stories import build_stories

    settings = _with_cluster(settings or Settings(), gap_days=gap_days)
    given = _as_list(inputs)
    articles, rejected = load_articles(given, settings, progress)
    if not articles:
        raise InputError(nothing_read_message(rejected, given))
    return build_stories(articles, settings, rejected, engine, scheduler, progress, with_briefs=briefs)


def load_articles(
    inputs: Iterable[InputLike] | InputLike, settings: Settings | None = None, progress: Progress = no_progress
) -> tuple[list[Article], list[Rejection]]:
    """Read and clean inputs (what ``brief`` takes) without briefing them.

    Returns:
        (articles, rejected): every input is one or the other; a ``Rejection`` says why (``.explain``).
    """
    given = _as_list(inputs)
    records = [(n, g) for n, g in enumerate(given, start=1) if isinstance(g, Mapping)]
    if not records:
        return _load_articles(given, settings, progress)
    from newsdesk.ingest.records import record_to_raw

    docs: list[Input] = []
    bad: list[Rejection] = []
    for n, g in enumerate(given, start=1):
        if isinstance(g, Mapping):
            doc = record_to_raw(f"<record {n}>", _plain_record(g))
            (bad if isinstance(doc, Rejection) else docs).append(doc)  # type: ignore[arg-type]
        else:
            docs.append(g)
    articles, rejected = _load_articles(docs, settings, progress)
    return articles, [*bad, *rejected]


def _missing(value: Any) -> bool:
    """Whether a value is unequal to itself, as NaN and pandas' NaT are, or is pandas' NA (whose comparison is NA)."""
    if type(value).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return (value != value) is True  # noqa: PLR0124 (the test for NaN and NaT)
    except (TypeError, ValueError):
        return False


def _plain_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record as a JSON line would give it: a missing value (None, a float NaN or pandas' NaT, as a DataFrame row
    has for an empty cell: a value unequal to itself) is left out, and a date or time stamp object is written as
    ISO text."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if value is None or _missing(value):
            continue
        out[str(key)] = value.isoformat() if callable(getattr(value, "isoformat", None)) else value
    return out


def to_markdown(result: Brief | CompareResult | StoriesReport) -> str:
    """What the CLI prints for a result of ``brief``, ``compare`` or ``find_stories``, as Markdown."""
    from newsdesk.render import render_brief, typeset_quotes
    from newsdesk.stories import StoriesReport

    if isinstance(result, Brief):
        return render_brief(result, "markdown")
    if isinstance(result, (CompareResult, StoriesReport)):
        return typeset_quotes(result.to_markdown())
    raise TypeError(f"to_markdown takes what brief, compare or find_stories returns, not a {type(result).__name__}")


def to_json(result: Any) -> str:
    """JSON text of a result of ``brief``, ``compare`` or ``find_stories`` (or of any record with ``to_dict()``)."""
    if not hasattr(result, "to_dict"):
        raise TypeError(f"to_json takes what brief, compare or find_stories returns, not a {type(result).__name__}")
    if isinstance(result, Brief):
        return result.to_json()  # what `newsdesk brief --format json` prints: the record with the brief's title
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)


def clean(text_or_html: str | Path) -> Article:
    """Clean one page: text without boilerplate, plus title, outlet, byline, date.

    Args:
        text_or_html: the page itself as a str (plain text or HTML, sniffed; a str is always the page, never a
            file name), or a ``pathlib.Path`` of a file holding one page (read as ``newsdesk clean PATH`` reads it:
            charset, HTML or text by suffix and content, gzip).

    Raises:
        TypeError: for anything else (bytes, a file object, None), naming what was given.
        InputError: when no article text remains, or a Path holds no page or several (``load_articles`` reads
            those).
    """
    from newsdesk.clean import clean as clean_one

    if isinstance(text_or_html, Path):
        return _clean_path(text_or_html)
    if not isinstance(text_or_html, str):
        raise TypeError(f"clean takes the page as a str (text or HTML) or a pathlib.Path of its file; got "
                        f"{type(text_or_html).__name__}" + (" (decode it first, or pass the file's Path)"
                                                            if isinstance(text_or_html, (bytes, bytearray)) else ""))
    try:
        return clean_one(text_or_html)
    except InputError as exc:
        if _names_a_file(text_or_html):
            raise InputError(f"{exc} (the text given is the name of a file: a str is read as the page itself; "
                             f"pass pathlib.Path({text_or_html.strip()!r}) to read the file)") from exc
        raise


def _names_a_file(text: str) -> bool:
    """Whether a str is one short line that names an existing file (a path passed where the page was expected)."""
    name = text.strip()
    if not name or "\n" in name or len(name) > 4096:
        return False
    try:
        return Path(name).expanduser().is_file()
    except (OSError, ValueError, RuntimeError):  # RuntimeError: "~user" with no such home
        return False


def _clean_path(path: Path) -> Article:
    """The one article of the file at ``path``, read and cleaned as ``newsdesk clean PATH`` does."""
    if path.is_dir():
        raise InputError(f"{path} is a folder; clean takes one page: newsdesk.load_articles([path]) reads a folder")
    articles, rejected = load_articles([path])
    if len(articles) == 1:
        return articles[0]
    if not articles:
        raise InputError(nothing_read_message(rejected, [path]))
    raise InputError(f"{path} holds {len(articles)} articles; clean takes one page: newsdesk.load_articles([path]) "
                     f"reads them all")


def demo_inputs() -> list[Path]:
    """The bundled demo story's files."""
    return sorted(p for p in DEMO_DIR.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


_ONE = (str, Path, Article, RawDoc, Mapping)


def _as_list(inputs: Iterable[InputLike] | InputLike, name: str = "inputs") -> list[Any]:
    """One input or an iterable of them as a list; anything else is a TypeError that says what is expected."""
    expected = "a path, a text (str), a dict record, an Article, or a list of them"
    if isinstance(inputs, _ONE):
        return [inputs]
    if hasattr(inputs, "columns") and callable(getattr(inputs, "to_dict", None)):
        # A pandas DataFrame (one article per row, columns named as in JSONL): iterating it gives its column names.
        return list(inputs.to_dict("records"))
    if isinstance(inputs, bytes) or not isinstance(inputs, Iterable):
        raise TypeError(f"{name} must be {expected}; got {type(inputs).__name__}")
    items = list(inputs)
    for n, item in enumerate(items, start=1):
        if not isinstance(item, _ONE):
            raise TypeError(f"{name}[{n - 1}] is {type(item).__name__}: {name} must be {expected}")
    return items


def nothing_read_message(rejected: Sequence[Rejection], given: Sequence[Input] = ()) -> str:
    if not rejected:
        named = [str(g) for g in given if isinstance(g, (str, Path)) and len(str(g)) < 300]
        if named:
            from newsdesk.ingest import ACCEPTED_SUFFIXES

            accepted = " ".join(sorted(ACCEPTED_SUFFIXES))
            return (f"nothing to read in {', '.join(named[:5])}{' ...' if len(named) > 5 else ''}: no article files "
                    f"there (accepted: {accepted}, each also gzipped)")
        return "no input given: pass files, directories, globs, texts or '-' for stdin"
    lines = [f"  {r.source}: {r.explain}" for r in rejected[:20]]
    more = f"\n  ... and {len(rejected) - 20} more" if len(rejected) > 20 else ""
    return "no article could be read:\n" + "\n".join(lines) + more
