"""`newsdesk compare` and `newsdesk eval compare`."""

from __future__ import annotations

import json

import click

from newsdesk import api
from newsdesk.cli.base import eval_group, handle_errors, main, report_not_used, write_output
from newsdesk.render import typeset_quotes


@main.command("compare")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="Markdown section with [n] citations, or the comparison as JSON.")
@click.option("--out", default=None, metavar="FILE", help="Write to FILE instead of stdout.")
@handle_errors
def compare_cmd(inputs: tuple[str, ...], fmt: str, out: str | None) -> None:
    """Compare how outlets report one story: corroboration, single-source facts, contradictions, who says what."""
    from newsdesk.compare import render_comparison_markdown
    from newsdesk.render import source_line

    comparison, articles, rejected = api.compare(list(inputs))
    report_not_used(rejected)
    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    if fmt == "json":
        data = comparison.to_dict()
        data["articles"] = [dict(a.to_dict(), number=numbers[a.id]) for a in articles]
        write_output(json.dumps(data, ensure_ascii=False, indent=2), out)
        return
    sources = ["## Sources", ""] + [source_line(n, a) for n, a in enumerate(articles, start=1)]
    write_output(typeset_quotes(render_comparison_markdown(comparison, numbers, limit=None) + "\n" + "\n".join(sources)), out)


@eval_group.command("compare")
@click.option("--data", "data", required=True, type=click.Path(exists=True, dir_okay=False),
              help="clusters.jsonl ({id, documents, summaries}).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the injected contradictions.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N clusters.")
@click.option("--json", "json_out", default=None, metavar="OUT", help="Also write the figures as JSON to OUT.")
@handle_errors
def eval_compare_cmd(data: str, seed: int, limit: int | None, json_out: str | None) -> None:
    """Inject one contradiction per cluster and kind; report recall per kind and false alarms on the originals."""
    from newsdesk.evaluation.compare_eval import evaluate_compare, format_report

    result = evaluate_compare(data, seed=seed, limit=limit)
    click.echo(format_report(result))
    if json_out:
        write_output(json.dumps(result, indent=2), json_out)
