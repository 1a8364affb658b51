"""The Click group every command module registers on, and shared CLI helpers."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from newsdesk.errors import NewsdeskError
from newsdesk.model import Rejection


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsdesk")
def main() -> None:
    """newsdesk: turn raw news articles from many outlets into cited story briefs."""
    show_warnings()


def show_warnings() -> None:
    """The library's warnings (a brief cut to the earliest sentences of a huge pile, ...) as notes on stderr, once
    per process."""
    logger = logging.getLogger("newsdesk")
    if not any(isinstance(h, _NoteHandler) for h in logger.handlers):
        logger.addHandler(_NoteHandler(logging.WARNING))


class _NoteHandler(logging.Handler):
    """Writes "note: <message>" to sys.stderr as it is when the message comes (click's test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"note: {record.getMessage()}", err=True)


@main.group("eval")
def eval_group() -> None:
    """Measure newsdesk against named baselines on benchmark data."""


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn NewsdeskError into a clean message and exit code 2 (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("out"):  # before the work: a run of minutes should not end on a path that cannot be written
            check_out(kwargs["out"])
        try:
            return func(*args, **kwargs)
        except NewsdeskError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--max-bytes`` and ``--input-format``, as every command that reads articles takes them."""
    func = click.option("--input-format", type=click.Choice(["auto", "multinews"]), default="auto", show_default=True,
                        help="auto: by suffix and content; multinews: one story per line, documents split by "
                             "'|||||'.")(func)
    return click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
                        help="Largest input accepted, in bytes (per file or JSONL line).")(func)


def input_settings(max_bytes: int, input_format: str):
    """Settings with the ingest limits of ``input_options``."""
    from newsdesk.api import make_settings

    return make_settings(max_bytes=max_bytes, input_format=input_format)


def check_out(out: str) -> None:
    """Fail as a usage error (exit 2) when --out names a folder, or a file in a folder that is missing or
    read-only."""
    import os
    from pathlib import Path

    path = Path(out)
    if path.is_dir():
        raise click.BadParameter(f"{out} is a folder: give a file name", param_hint="--out")
    folder = path.resolve().parent
    if not folder.is_dir():
        raise click.BadParameter(f"the folder {path.parent} does not exist (create it first)", param_hint="--out")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise click.BadParameter(f"cannot write {out}: permission denied", param_hint="--out")


def write_output(text: str, out: str | None) -> None:
    """Write to --out FILE, or to stdout."""
    if out:
        try:
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text if text.endswith("\n") else text + "\n")
        except OSError as exc:
            raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
        click.echo(f"wrote {out}", err=True)
    else:
        try:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # a reader that stopped early (`| head`): handled where the command ends
        except OSError as exc:  # a full disk or a closed terminal: a message, not a traceback
            raise click.ClickException(f"cannot write the output: {exc.strerror or exc}") from exc


def report_not_used(rejected: Iterable[Rejection]) -> None:
    """One stderr line per input that was not used, so nothing is lost silently."""
    for r in rejected:
        click.echo(f"not used: {r.source}: {r.explain}", err=True)


def mixed_in(articles, settings=None) -> list:
    """The stories the articles split into when they clearly hold several, else [] (``stories.mixed_stories``,
    imported here: the clustering stack loads only for the commands that check)."""
    from newsdesk.stories import mixed_stories

    return mixed_stories(articles, settings)


def warn_if_mixed(stories, articles, numbers, consequence: str) -> str | None:
    """Say on stderr when the articles look like several ``stories`` (as ``newsdesk.stories.mixed_stories`` found
    them; ``consequence``: what that does to the output); the note is returned too, for the output itself (a brief
    saved with --out or pasted would lose it)."""
    if not stories:
        return None
    from newsdesk.render import citation_marks  # the brief's own marks, in the order of the source list

    groups = "; ".join(citation_marks(s.article_ids, numbers) for s in stories)
    note = (f"Note: these {len(articles)} articles look like {len(stories)} different stories ({groups}); "
            f"{consequence}. `newsdesk cluster` separates them, with a brief each.")
    click.echo(note, err=True)
    return note
