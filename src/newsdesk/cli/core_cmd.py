"""`newsdesk brief` and `newsdesk demo`."""

from __future__ import annotations

from pathlib import Path

import click

from newsdesk import api
from newsdesk.cli.base import handle_errors, main, mixed_in, report_not_used, warn_if_mixed, write_output
from newsdesk.cli.progress import progress_bar
from newsdesk.errors import InputError
from newsdesk.render import plural, render_brief

FORMATS = click.Choice(["markdown", "json", "text"])


def _run_brief(inputs, words, sentences, since, compare, fmt, out, max_bytes, input_format, focus=None) -> None:
    inputs = [i if i == "-" else Path(i) for i in inputs]  # on the command line every input is a path
    since = [i if i == "-" else Path(i) for i in since]  # "--since 'my notes.txt'" too, never article text
    settings = api.make_settings(words=words, sentences=sentences, max_bytes=max_bytes, input_format=input_format)
    if since:
        _say_what_is_new(inputs, since)
    try:
        with progress_bar() as progress:
            result = api.brief(inputs, words=words, sentences=sentences, since=since, compare=compare,
                               settings=settings, progress=progress, focus=focus)
    except InputError as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(1) from exc
    report_not_used(result.rejected)
    mixed = mixed_in(result.articles, settings)
    note = _warn_if_mixed(mixed, result) or _why_empty(result, words, since)
    write_output(render_brief(result, fmt, note=note, mixed=mixed), out)


# Below this many words a budget may hold no sentence of a story.
SMALL_BUDGET = 15


def _why_empty(result, words, since) -> str | None:
    """Why a brief of readable articles has no sentence, when the command line says it: nothing new against
    --since, or a word budget smaller than any sentence (X24: an unexplained empty brief)."""
    if result.sentences or not result.articles:
        return None
    if since:
        return "Nothing new: what these articles say is already in the --since articles (or too close to it)."
    if words is not None and words < SMALL_BUDGET:
        return f"No sentence of these articles fits in --words {words}: give a larger budget."
    return None


def _say_what_is_new(inputs, since) -> None:
    """Which inputs are new and which were seen, on stderr: "--since A B" reads B as new, which is easily missed."""
    def names(paths) -> str:
        shown = [str(p) for p in paths[:3]]
        return ", ".join(shown) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")

    click.echo(f"Briefing what is new in {plural(len(inputs), 'input')} ({names(inputs)}) against "
               f"{plural(len(since), 'input')} already seen ({names(since)}); give --since before each seen path.",
               err=True)


def _warn_if_mixed(mixed, brief) -> str | None:
    """Say on stderr when the inputs look like several stories: one brief would mix them (the note is returned)."""
    return warn_if_mixed(mixed, brief.articles, brief.source_number(), "this brief mixes them")


@main.command("brief", short_help="A cited brief of one story, then where its sources differ.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--words", type=click.IntRange(min=1), default=120, show_default=True, help="Word budget of the brief.")
@click.option("--sentences", type=click.IntRange(min=1), default=None, help="Sentence budget instead of words.")
@click.option("--since", multiple=True, metavar="PATH",
              help="Articles already seen: brief only what is new. Repeat before each path: --since a.txt --since b.txt.")
@click.option("--focus", metavar="TEXT", default=None,
              help="A question or topic to brief on (\"What caused the dam to fail?\"): sentences about it are preferred.")
@click.option("--compare/--no-compare", default=True, show_default=True, help="Add the 'Where sources differ' section.")
@click.option("--format", "fmt", type=FORMATS, default="markdown", show_default=True,
              help="Markdown to paste, JSON for scripts (schema in the README), or plain text.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None, metavar="FILE",
              help="Write to FILE instead of stdout.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
              help="Largest input accepted, in bytes (per file or JSONL line).")
@click.option("--input-format", type=click.Choice(["auto", "multinews"]), default="auto", show_default=True,
              help="auto: by suffix and content; multinews: one story per line, documents split by '|||||'.")
@handle_errors
def brief_cmd(inputs, words, sentences, since, focus, compare, fmt, out, max_bytes, input_format) -> None:
    """A cited brief of one story from INPUTS (files, directories, globs, or - for stdin).

    Every sentence is followed by citation markers such as [1][3] that point to the numbered
    source list. Exit code 1 when no article at all could be read.
    """
    _run_brief(inputs, words, sentences, since, compare, fmt, out, max_bytes, input_format, focus)


@main.command("demo", short_help="The brief of a small fictional story bundled with newsdesk.")
@click.option("--words", type=click.IntRange(min=1), default=120, show_default=True, help="Word budget of the brief.")
@click.option("--format", "fmt", type=FORMATS, default="markdown", show_default=True,
              help="Markdown to paste, JSON for scripts, or plain text.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None, metavar="FILE",
              help="Write to FILE instead of stdout.")
@handle_errors
def demo_cmd(words, fmt, out) -> None:
    """The brief of a small fictional story bundled with newsdesk (no files of your own needed)."""
    inputs = [str(p) for p in api.demo_inputs()]
    click.echo(f"newsdesk demo: {len(inputs)} bundled articles from {api.DEMO_DIR}", err=True)
    _run_brief(inputs, words, None, (), True, fmt, out, 5_000_000, "auto")
