"""`newsdesk compare` and `newsdesk eval compare`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsdesk import api
from newsdesk.cli.base import (
    eval_group,
    handle_errors,
    input_options,
    input_settings,
    main,
    mixed_in,
    report_not_used,
    warn_if_mixed,
    write_output,
)
from newsdesk.cli.progress import progress_bar
from newsdesk.render import comparison_dict, comparison_markdown, typeset_quotes


@main.command("compare", short_help="What outlets confirm, what only one says, where they contradict.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="Markdown with [n] citations to the numbered sources, or the comparison as JSON.")
@click.option("--out", default=None, metavar="FILE", help="Write to FILE instead of stdout.")
@input_options
@handle_errors
def compare_cmd(inputs: tuple[str, ...], fmt: str, out: str | None, max_bytes: int, input_format: str) -> None:
    """Compare how outlets report one story: corroboration, single-source facts, contradictions, who says what.

    INPUTS are files, directories, globs, or - for stdin. Every quoted sentence is given whole, followed by
    the numbers of the sources that carry it. Exit code 1 when no article at all could be read.
    """
    paths = [i if i == "-" else Path(i) for i in inputs]  # on the command line every input is a path
    with progress_bar() as progress:
        comparison, articles, rejected = api.compare(paths, input_settings(max_bytes, input_format), progress=progress)
    report_not_used(rejected)
    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    mixed = mixed_in(articles)
    note = warn_if_mixed(mixed, articles, numbers,
                         "this comparison mixes them: a difference between two stories is no contradiction")
    if fmt == "json":
        write_output(json.dumps(comparison_dict(comparison, articles, rejected, mixed), ensure_ascii=False, indent=2),
                     out)
        return
    write_output(typeset_quotes(comparison_markdown(comparison, articles, rejected, note=note)), out)


# What the columns of `eval compare` measure (evaluation.compare_eval.evaluate_compare), for a reader of the table.
COMPARE_EVAL_LEGEND = """\
columns: in each cluster, one sentence per kind that another document also states is changed in one article (a
  number, date, place or actor replaced, or a "not" put in); tried = clusters where that could be done;
  recall = share where the comparison then reports a contradiction holding the changed sentence; kind-recall = the
  same with the injected kind (negation: a denial); (any) = the same, the changed sentence chosen without
  requiring another document to state its slot.
false alarms = contradictions reported on the original, unchanged clusters (none were put there)."""


@eval_group.command("compare")
@click.option("--data", "data", required=True, type=click.Path(exists=True, dir_okay=False),
              help="clusters.jsonl ({id, documents, summaries}).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the injected contradictions.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N clusters.")
@click.option("--json", "json_out", default=None, metavar="OUT", help="Also write the figures as JSON to OUT.")
@handle_errors
def eval_compare_cmd(data: str, seed: int, limit: int | None, json_out: str | None) -> None:
    """Inject one contradiction per cluster and kind; report recall per kind and false alarms on the originals."""
    from newsdesk.evaluation.compare_eval import evaluate_compare, format_report, not_scored_note

    result = evaluate_compare(data, seed=seed, limit=limit)
    if not result["clusters"]:
        raise click.ClickException(f"nothing scored: {not_scored_note(result) or f'no cluster in {data}'}")
    click.echo(format_report(result))
    click.echo(COMPARE_EVAL_LEGEND)
    if json_out:
        write_output(json.dumps(result, indent=2), json_out)
