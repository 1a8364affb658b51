"""CLI: `remove` (thin: parse -> one service call -> print)."""

from __future__ import annotations

import json
from typing import Any

import click

from newsdesk.cli.base import handle_errors, main
from newsdesk.render import plural, typeset_quotes


@main.command("remove", short_help="Take articles out of a store (a retracted report).")
@click.argument("article_ids", nargs=-1)
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True), help="SQLite store FILE.")
@click.option("--reason", default="", metavar="TEXT", help="Why, kept with the record (e.g. 'retracted by the outlet').")
@click.option("--list", "list_them", is_flag=True, help="List the articles taken out of the store, newest first.")
@click.option("--restore", is_flag=True, help="Put the given removed articles back, each in a story again.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Lines for people, or JSON for scripts.")
@handle_errors
def remove_cmd(article_ids, db, reason, list_them, restore, fmt) -> None:
    """Take ARTICLE_IDS out of the store: they leave their stories (which get their title and dates made again; a
    story left empty goes) and their copy links; reading the same input again leaves them out, with a reason; the
    store keeps them whole, so `--restore` puts them back. Article ids are listed by
    `newsdesk stories --db FILE --story ID` and shown on the web page."""
    from newsdesk import service
    from newsdesk.store import open_store

    if list_them and (article_ids or restore):
        raise click.UsageError("--list takes no article ids and no --restore")
    if reason and (list_them or restore):
        raise click.UsageError("--reason goes with the ids to remove, not with --list or --restore")
    if not list_them and not article_ids:
        raise click.UsageError("give the ids of the articles to remove (or --list)")
    with open_store(db) as store:
        if list_them:
            gone = store.withdrawals()
            _print(fmt, {"removed": [w.to_dict() for w in gone]},
                   [f"{w.article_id}  {w.day}  {_title_of(w.title, w.source)}" + (f"  ({w.reason})" if w.reason else "")
                    for w in gone] or ["No article has been removed from this store."])
            return
        if restore:
            back = service.restore_withdrawn(store, article_ids)
            lines = [f"Put back {plural(len(back.added), 'article')} in {db}:"]
            lines += [f"  {a.article}  {_title_of(a.title, a.source)} -> story {a.story}"
                      + (" (a new story)" if a.new_story else "") for a in back.added]
            _print(fmt, {"restored": [a.to_dict() for a in back.added]}, lines)
            return
        done = service.withdraw_articles(store, article_ids, reason)
        lines = [f"Removed {plural(len(done), 'article')} from {db}:"]
        for w in done:
            story = store.get_story(w.story_id) if w.story_id and not w.story_removed else None
            where = (f"; its story {w.story_id} had no other article and is gone" if w.story_removed else
                     f"; story {w.story_id} keeps {plural(len(story.article_ids), 'article')}" if story else "")
            lines.append(f"  {w.article_id}  {_title_of(w.title, w.source)}{where}")
        _print(fmt, {"removed": [w.to_dict() for w in done]}, lines)


def _title_of(title: str | None, source: str | None) -> str:
    """The article's title, else its input's name."""
    return typeset_quotes(f"\u201c{title}\u201d") if title else (source or "(untitled)")


def _print(fmt: str, data: dict[str, Any], lines: list[str]) -> None:
    click.echo(json.dumps(data, ensure_ascii=False) if fmt == "json" else "\n".join(lines))
