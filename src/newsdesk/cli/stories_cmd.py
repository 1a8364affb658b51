"""CLI: `cluster`, `ingest`, `stories` and `eval cluster` (thin: parse -> one API call -> render)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsdesk.cli.base import (
    eval_group,
    handle_errors,
    input_options,
    main,
    report_not_used,
    write_output,
)
from newsdesk.cli.progress import progress_bar
from newsdesk.config import ClusterConfig, Settings
from newsdesk.render import plural, typeset_quotes

if TYPE_CHECKING:
    from newsdesk.stories import IngestResult

FORMATS = click.Choice(["markdown", "json"])


@main.command("cluster", short_help="Group a pile of articles into stories, with a brief per story.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="markdown", show_default=True,
              help="Markdown to read or paste, or JSON ({stories, articles, rejected}).")
@click.option("--out", type=click.Path(dir_okay=False), metavar="FILE", help="Write to FILE instead of stdout.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
              help="Run the per-article stages locally or on a Dask cluster  [default: local; dask with --scheduler].")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler ADDRESS (host:port, e.g. from `dask scheduler`); implies --engine dask. Without it "
                   "--engine dask starts a LocalCluster of 2 worker processes for the run.")
@click.option("--no-briefs", is_flag=True,
              help="Skip the per-story briefs (faster); a story with no headline is then named after its first "
                   "article's opening, not after its brief's lead.")
@click.option("--gap-days", type=click.IntRange(min=1), default=None, metavar="DAYS",
              help="Split a story where its dated articles pause for more than DAYS days (e.g. 30: a 2019 article "
                   "is no part of a 2015 story). By default stories are grouped by their text alone.")
@input_options
@handle_errors
def cluster_cmd(inputs, fmt, out, engine, scheduler, no_briefs, gap_days, max_bytes, input_format) -> None:
    """Group articles (files, directories, globs, WARC) into stories, with a brief per story."""
    from newsdesk.api import make_settings
    from newsdesk.stories import load_and_build

    engine = _dask_engine(engine, scheduler)
    settings = make_settings(max_bytes=max_bytes, input_format=input_format, gap_days=gap_days)
    with progress_bar() as progress:
        report = load_and_build(_paths(inputs), settings, engine, scheduler, progress, with_briefs=not no_briefs)
    report_not_used(report.rejected)
    write_output(report.to_json() if fmt == "json" else typeset_quotes(report.to_markdown()), out)
    if not report.articles:  # exit code 1: no article at all could be read
        _nothing_read(inputs, report.rejected)
        raise SystemExit(1)


DASK_WORKERS = 2  # the LocalCluster of newsdesk.distributed.dask_client


def _dask_engine(engine: str | None, scheduler: str | None) -> str:
    """The engine to run, checked before any work: a scheduler that is mistyped or cannot be reached is a usage
    error now, not a traceback after every input was read (Dask waits 30 s for an address that does not answer).
    Says on stderr which Dask cluster runs the per-article stages."""
    import socket
    from urllib.parse import urlsplit

    if scheduler is None:
        if engine == "dask":
            click.echo(f"Dask: starting a LocalCluster of {DASK_WORKERS} worker processes for the per-article stages "
                       "(a few seconds); it is shut down at the end.", err=True)
        return engine or "local"
    if engine == "local":
        raise click.BadParameter("--scheduler runs on Dask: leave out --engine local (or the --scheduler)",
                                 param_hint="--scheduler")
    parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host, port = None, None
    if not host or port is None:
        raise click.BadParameter(f"{scheduler!r} is no scheduler address: give HOST:PORT, e.g. 127.0.0.1:8786",
                                 param_hint="--scheduler")
    if parts.scheme == "tcp":  # other protocols (tls, ucx, inproc) are left to Dask
        try:
            socket.create_connection((host, port), timeout=5).close()
        except OSError as exc:
            why = exc.strerror or str(exc) or type(exc).__name__
            raise click.BadParameter(
                f"cannot reach the Dask scheduler at {host}:{port} ({why}). Start one with `dask scheduler`, or "
                "leave out --scheduler to start a LocalCluster.", param_hint="--scheduler") from exc
    click.echo(f"Dask: the per-article stages run on the scheduler at {scheduler}.", err=True)
    return "dask"


def _paths(inputs: tuple[str, ...]) -> list[str | Path]:
    """On the command line every input is a path (or - for stdin), never article text."""
    return [i if i == "-" else Path(i) for i in inputs]


def _nothing_read(inputs: tuple[str, ...], rejected) -> None:
    """Say on stderr why the run read no article (the same words as ``newsdesk brief``)."""
    from newsdesk.api import nothing_read_message

    click.echo(f"Error: {nothing_read_message(rejected, _paths(inputs))}", err=True)


@main.command("ingest", short_help="Store articles in an SQLite file and assign each to a story.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite store FILE.")
@click.option("--window-days", type=click.IntRange(min=1), default=None, metavar="DAYS",
              help=f"A new article joins only a story that has an article within DAYS of its date (default "
                   f"{ClusterConfig().window_days}: a story is one event; give e.g. 3650 for topics followed over "
                   f"years; `newsdesk cluster` groups by text unless given --gap-days).")
@input_options
@handle_errors
def ingest_cmd(inputs, db, window_days, max_bytes, input_format) -> None:
    """Store articles in an SQLite file and assign each new one to a story (re-ingest adds nothing).

    Prints on stderr what the run changed (the stories it opened and the stories that got new articles, by
    title) and on stdout the counts, story ids and the inputs not used (with reasons) as one line of JSON.
    """
    from newsdesk.api import make_settings
    from newsdesk.pipeline import load_articles
    from newsdesk.store import open_store
    from newsdesk.stories import ingest_into_store

    settings = make_settings(max_bytes=max_bytes, input_format=input_format, window_days=window_days)
    if not Path(db).resolve().parent.is_dir():
        raise click.BadParameter(f"the folder {Path(db).parent} does not exist (create it first)", param_hint="--db")
    with progress_bar() as progress, open_store(db) as store:
        articles, rejected = load_articles(_paths(inputs), settings, progress)
        result = ingest_into_store(articles, store, settings, rejected, progress)
        changes = _changed_lines(result, store)
    if articles:  # else the error below names each input not used, once
        report_not_used([*rejected, *result.withdrawn])
    # read again: the store had them (re-ingest); a corrected one is counted as updated, not as already there
    stored_before = (len(articles) - len(result.new_articles) - len(result.revised_articles)
                     - len(result.older_versions) - len(result.withdrawn))
    again = f"; {plural(stored_before, 'article')} already in the store" if stored_before > 0 else ""
    click.echo(f"{result.summary()}{again} ({db})", err=True)  # for people; stdout keeps the JSON for scripts
    for line in changes:
        click.echo(line, err=True)
    data = result.to_dict()
    # each input not used with its reason, as `brief` and `compare` list them (not only how many)
    data.update(rejected=[r.to_dict() for r in rejected], new_story_ids=result.new_stories,
                updated_story_ids=result.updated_stories, merged_story_ids=result.merged_stories)
    write_output(json.dumps(data), None)  # a full disk: a message, not a traceback
    if not articles:  # exit code 1: no article at all could be read
        _nothing_read(inputs, rejected)
        raise SystemExit(1)


CHANGED_SHOWN = 10  # stories named per kind (updated, new) after an ingest run; the rest are counted


def _changed_lines(result: IngestResult, store: Any) -> list[str]:
    """What a run changed, for people: the stories that got new articles, then the new stories (largest first),
    each with its id, article count and title, so a journalist sees which stories to look at again."""
    new = set(result.new_articles)
    lines: list[str] = []
    for label, ids in (("Updated stories", result.updated_stories), ("New stories", result.new_stories)):
        stories = [s for s in (store.get_story(i) for i in ids) if s is not None]
        if not stories:
            continue
        stories.sort(key=lambda s: -sum(a in new for a in s.article_ids))
        order = ", most new articles first" if label.startswith("Updated") else ", largest first"
        lines.append(f"{label} ({len(stories)}{order if len(stories) > 1 else ''}):")
        for s in stories[:CHANGED_SHOWN]:
            added = sum(a in new for a in s.article_ids)
            count = plural(len(s.article_ids), "article") + (f", {added} new" if label.startswith("Updated") else "")
            lines.append(f"  {s.id}  {typeset_quotes(s.title or 'untitled')} ({count})")
        if len(stories) > CHANGED_SHOWN:
            lines.append(f"  ... and {len(stories) - CHANGED_SHOWN} more (`newsdesk stories --db ...` lists them all)")
    # A story merged away is gone from the listing: say which it was and where its articles are now.
    merged = sorted(result.merged_into.items())
    if merged:
        lines.append(f"Merged into another story ({len(merged)}; the old id still finds it):")
        lines += [f"  {gone}  {typeset_quotes(title or 'untitled')} -> {into}" for gone, (title, into) in merged[:CHANGED_SHOWN]]
        if len(merged) > CHANGED_SHOWN:
            lines.append(f"  ... and {len(merged) - CHANGED_SHOWN} more")
    if result.moved_articles:
        lines.append(f"Stored articles moved to another story ({len(result.moved_articles)}):")
        for aid in result.moved_articles[:CHANGED_SHOWN]:
            article, story = store.get_article(aid), store.story_of(aid)
            name = article.title or article.source if article else aid
            lines.append(f"  {aid}  {typeset_quotes(name)} -> {story}")
        if len(result.moved_articles) > CHANGED_SHOWN:
            lines.append(f"  ... and {len(result.moved_articles) - CHANGED_SHOWN} more")
    return lines


@main.command("stories", short_help="List the stories of a store, newest first.")
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True), help="SQLite store FILE.")
@click.option("--format", "fmt", type=FORMATS, default="markdown", show_default=True,
              help="Markdown to read or paste, or JSON (the shape of `newsdesk cluster --format json`).")
@click.option("--out", type=click.Path(dir_okay=False), metavar="FILE", help="Write to FILE instead of stdout.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True, help="At most this many stories.")
@click.option("--no-briefs", is_flag=True, help="Skip the per-story briefs.")
@click.option("--story", "story_id", metavar="ID",
              help="Only this story, in full: its brief, where sources differ and its sources (as the web page's "
                   "Markdown and JSON give it).")
@click.option("--focus", metavar="TEXT", default="", help="With --story: a question or topic the brief prefers.")
@click.option("--search", "query", metavar="QUERY", default=None,
              help='Only the stories whose articles hold QUERY, as the web page searches: all words, "a phrase", '
                   "a OR b, -word (leave out), word*. Exit code 1 when none does.")
@handle_errors
def stories_cmd(db, fmt, out, limit, no_briefs, story_id, focus, query) -> None:
    """List the stories of a store, newest first (same JSON shape as `cluster`); or one story in full (--story);
    or the stories a search finds (--search)."""
    from newsdesk.service.reading import search_stories
    from newsdesk.store import open_store
    from newsdesk.stories import report_from_store

    if focus and not story_id:
        raise click.BadParameter("--focus needs --story ID (the story to brief)", param_hint="--focus")
    if query is not None and story_id:
        raise click.BadParameter("--search lists stories; --story shows one: give one of them", param_hint="--search")
    with open_store(db) as store:
        if story_id:
            from newsdesk import service

            view = service.story_view(store, story_id, Settings(), focus=focus or None)
            write_output(json.dumps(view.to_dict(), ensure_ascii=False, indent=2) if fmt == "json"
                         else service.story_markdown(view), out)
            return
        report = report_from_store(store, Settings(), with_briefs=not no_briefs, limit=limit, query=query)
        # "the first N" only when there are more (one story over the limit asked for, not briefed)
        cut = query is not None and len(report.stories) == limit and len(search_stories(store, query, limit + 1)) > limit
    if query is not None:
        found = len(report.stories)
        verb = "matches" if found <= 1 else "match"
        more = f" (the first {limit}; raise --limit for more)" if cut else ""
        click.echo(f"{plural(found, 'story', 'stories') if found else 'No story'} {verb} {query!r}{more}", err=True)
        if not found:  # an --out FILE says so too: a file kept from an earlier search would list stale stories
            if fmt == "json":
                write_output(report.to_json(), out)
            elif out:
                write_output(f"No story matches {query!r}.", out)
            raise SystemExit(1)
    write_output(report.to_json() if fmt == "json" else typeset_quotes(report.to_markdown()), out)


@eval_group.command("cluster")
@click.option("--data", required=True, type=click.Path(exists=True, dir_okay=False), help="ARTICLES.jsonl")
@click.option("--stream", is_flag=True, help="Feed articles in date order through the incremental path.")
@click.option("--window-days", type=int, default=3650, show_default=True,
              help="Incremental time window in days. Gold clusters of duc2006-clustering are topics spanning"
              " up to four years, so the default is wide; use 7 to measure breaking-news windows.")
@click.option("--clean", "clean", is_flag=True,
              help="Put each text through the cleaner first, as `newsdesk cluster` reads the file (every system gets"
              " the cleaned texts; a text the cleaner rejects is scored as a story of its own).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the figures as JSON.")
@handle_errors
def eval_cluster_cmd(data, stream, window_days, clean, json_out) -> None:
    """B-cubed P/R/F1, ARI and NMI against the gold `cluster` field, with two baselines."""
    from newsdesk.evaluation.cluster_eval import evaluate_clustering

    cfg = ClusterConfig(window_days=window_days)
    result = evaluate_clustering(data, cfg, stream=stream, clean=clean)
    if not result.articles:
        raise click.ClickException(f"nothing scored: no article in {data}")
    click.echo(result.to_markdown())
    if json_out:
        write_output(json.dumps(result.to_dict(), indent=2), json_out)
