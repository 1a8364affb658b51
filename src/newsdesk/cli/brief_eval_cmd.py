"""`newsdesk eval summarize`: ROUGE of the brief against named baselines on cluster JSONL."""

from __future__ import annotations

import json

import click

from newsdesk.cli.base import eval_group, handle_errors
from newsdesk.cli.progress import progress_bar
from newsdesk.evaluation.summarize_eval import QUERY_SYSTEMS, evaluate, evaluate_update, read_clusters


@eval_group.command("summarize")
@click.option("--data", "data", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Clusters JSONL: {id, documents, summaries[, meta.earlier_sets, meta.query_title, "
                   "meta.query_narrative]} per line.")
@click.option("--words", type=click.IntRange(min=1), default=250, show_default=True,
              help="Word budget; every output is truncated to it.")
@click.option("--systems", default=None,
              help="Comma-separated systems to score. [default: newsdesk, newsdesk-focus (only when the data "
                   "has queries: it is given each cluster's query), lead, lexrank, textrank, lsa, sumbasic, luhn, kl]")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N clusters.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the figures as JSON to FILE.")
@click.option("--update/--no-update", default=None,
              help="Also score update summaries (later sets given earlier ones); default: when the data has them.")
@handle_errors
def summarize_eval_cmd(data, words, systems, limit, json_out, update) -> None:
    """Score newsdesk's brief and baselines (lead, sumy's LexRank, TextRank, ...) with ROUGE-1/2/Lsum."""
    clusters = read_clusters(data, limit=limit)
    names = None if systems is None else [s.strip() for s in systems.split(",") if s.strip()]
    with progress_bar() as bar:
        table = evaluate(clusters, names, words, progress=lambda s, d: bar(s, d, len(clusters)), data=data)
    if not any(r.clusters for r in table.rows):
        raise click.ClickException(f"nothing scored: {table.notes.get('not scored') or f'no cluster in {data}'}")
    click.echo(table.render())
    out = {"generic": table.to_dict()}
    if update or (update is None and any(c.earlier for c in clusters)):
        focus = None if names is None else any(s in QUERY_SYSTEMS for s in names)
        upd = evaluate_update(clusters, words=words, data=data, focus=focus)
        click.echo("")
        click.echo(upd.render())
        click.echo("rows: newsdesk+since = each later set briefed with its earlier sets given as already read "
                   "(`newsdesk brief --since`), scored against the update references; newsdesk, lead = the same set "
                   "alone; these rows are fixed (--systems chooses the rows of the first table only).")
        out["update"] = upd.to_dict()
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2)
        click.echo(f"wrote {json_out}", err=True)
