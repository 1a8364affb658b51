"""CLI: `remove` (thin: parse -> one service call -> print)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from newsdesk.cli.base import handle_errors, main
from newsdesk.render import plural, typeset_quotes

if TYPE_CHECKING:
    from newsdesk.store import Withdrawal


@main.command("remove", short_help="Take articles out of a store (a retracted report).")
@click.argument("article_ids", nargs=-1)
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True), help="SQLite store FILE.")
@click.option("--reason", default="", metavar="TEXT", help="Why, kept with the record (e.g. 'retracted by the outlet').")
@click.option("--list", "list_them", is_flag=True, help="List the articles taken out of the store, newest first.")
@click.option("--restore", is_flag=True, help="Let the given articles in again: the next ingest of their inputs "
                                              "stores them.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Lines for people, or JSON for scripts.")
@handle_errors
def remove_cmd(article_ids, db, reason, list_them, restore, fmt) -> None:
    """Take ARTICLE_IDS out of the store: their text, copy links and story places go; the stories they leave get
    their title and dates made again (a story left empty goes); reading the same input again leaves it out, with
    a reason. Article ids are in `newsdesk stories --db FILE --story ID --format json` and on the web page."""
    from newsdesk import service
    from newsdesk.store import open_store

    if list_them and (article_ids or restore):
        raise click.UsageError("--list takes no article ids and no --restore")
    if not list_them and not article_ids:
        raise click.UsageError("give the ids of the articles to remove (or --list)")
    with open_store(db) as store:
        if list_them:
            gone = store.withdrawals()
            _print(fmt, {"removed": [w.to_dict() for w in gone]},
                   [f"{w.article_id}  {w.day}  {_title(w)}" + (f"  ({w.reason})" if w.reason else "")
                    for w in gone] or ["No article has been removed from this store."])
            return
        if restore:
            back = service.restore_withdrawn(store, article_ids)
            said = (f"{plural(len(back), 'article')} may be stored again (the next `newsdesk ingest` of their "
                    f"inputs stores them): {', '.join(back)}")
            _print(fmt, {"restored": back}, [said])
            return
        done = service.withdraw_articles(store, article_ids, reason)
        lines = [f"Removed {plural(len(done), 'article')} from {db}:"]
        for w in done:
            story = store.get_story(w.story_id) if w.story_id and not w.story_removed else None
            where = (f"; its story {w.story_id} had no other article and is gone" if w.story_removed else
                     f"; story {w.story_id} keeps {plural(len(story.article_ids), 'article')}" if story else "")
            lines.append(f"  {w.article_id}  {_title(w)}{where}")
        _print(fmt, {"removed": [w.to_dict() for w in done]}, lines)


def _title(w: Withdrawal) -> str:
    """The article's title, else its input's name."""
    return typeset_quotes(f"\u201c{w.title}\u201d") if w.title else (w.source or "(untitled)")


def _print(fmt: str, data: dict[str, Any], lines: list[str]) -> None:
    click.echo(json.dumps(data, ensure_ascii=False) if fmt == "json" else "\n".join(lines))
