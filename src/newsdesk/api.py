"""The public Python API; the CLI and the web routes are thin layers over these functions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsdesk.config import Settings
from newsdesk.errors import InputError
from newsdesk.model import Article, Brief, Comparison, Rejection
from newsdesk.pipeline import Input, brief_articles, load_articles
from newsdesk.progress import Progress, no_progress

DEMO_DIR = Path(__file__).parent / "demo_data"


def make_settings(
    words: int | None = 120,
    sentences: int | None = None,
    max_bytes: int | None = None,
    input_format: str | None = None,
    settings: Settings | None = None,
) -> Settings:
    """Settings with the brief budget and ingest limits overridden."""
    settings = settings or Settings()
    # dataclasses.replace re-runs each config's validation (__post_init__).
    brief_cfg = dataclasses.replace(settings.brief, words=None if sentences and words == 120 else words, sentences=sentences)
    overrides = {k: v for k, v in (("max_bytes", max_bytes), ("input_format", input_format)) if v is not None}
    ingest_cfg = dataclasses.replace(settings.ingest, **overrides)
    return dataclasses.replace(settings, brief=brief_cfg, ingest=ingest_cfg)


def brief(
    inputs: Iterable[Input] | Input,
    words: int | None = 120,
    *,
    sentences: int | None = None,
    since: Iterable[Input] = (),
    compare: bool = True,
    settings: Settings | None = None,
    progress: Progress = no_progress,
    focus: str | None = None,
) -> Brief:
    """A cited brief of one story.

    Args:
        inputs: paths, directories, globs, "-", article texts (str) or Article records.
        words: word budget (default 120); ``sentences`` sets a sentence budget instead.
        since: articles already seen; the brief then covers only what is new.
        compare: add the cross-source comparison (``Brief.comparison``).
        focus: a question or topic ("What caused the dam to fail?"); the brief then prefers the
            sentences about it (see ``newsdesk.brief.focus``). None or blank: the generic brief.

    Raises:
        InputError: when no article at all could be read (the rejections say why).

    Example:
        >>> b = newsdesk.brief(["a.txt", "b.html"], words=80)   # doctest: +SKIP
        >>> b.to_dict()["brief"]["sentences"][0]["citations"]    # doctest: +SKIP
    """
    settings = make_settings(words=words, sentences=sentences, settings=settings)
    if focus is not None and focus.strip():
        settings = dataclasses.replace(settings, brief=dataclasses.replace(settings.brief, focus=focus.strip()))
    given = _as_list(inputs)
    articles, rejected = load_articles(given, settings, progress)
    if not articles:
        raise InputError(nothing_read_message(rejected, given))
    known: list[Article] = []
    if since:  # what was already seen: an input of it that cannot be read is said, never dropped silently
        seen_given = _as_list(since)
        known, seen_rejected = load_articles(seen_given, settings)
        if not known:
            raise InputError("nothing read from the articles already seen (since): "
                             + nothing_read_message(seen_rejected, seen_given))
        rejected = [*rejected, *(dataclasses.replace(r, source=f"{r.source} (since)") for r in seen_rejected)]
    return brief_articles(articles, settings, rejected, since=known, with_comparison=compare)


def compare(inputs: Iterable[Input] | Input, settings: Settings | None = None,
            progress: Progress = no_progress) -> tuple[Comparison, list[Article], list[Rejection]]:
    """Cross-source comparison of one story: facts, single-source facts, conflicts, attribution."""
    from newsdesk.compare import compare as compare_stage
    from newsdesk.pipeline import find_links

    settings = settings or Settings()
    from newsdesk.limits import cap_articles

    given = _as_list(inputs)
    articles, rejected = load_articles(given, settings, progress)
    if not articles:
        raise InputError(nothing_read_message(rejected, given))
    articles, over = cap_articles(articles, settings.brief.max_articles)
    rejected = [*rejected, *over]
    return compare_stage(articles, settings.compare, links=find_links(articles, settings)), articles, rejected


def clean(text_or_html: str) -> Article:
    """Clean one page (plain text or HTML): text without boilerplate, plus title, outlet, byline, date."""
    from newsdesk.clean import clean as clean_one

    return clean_one(text_or_html)


def demo_inputs() -> list[Path]:
    """The bundled demo story's files."""
    return sorted(p for p in DEMO_DIR.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def _as_list(inputs: Iterable[Input] | Input) -> list[Input]:
    if isinstance(inputs, (str, Path, Article)):
        return [inputs]
    return list(inputs)


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
