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
    report_not_used,
    warn_if_mixed,
    write_output,
)
from newsdesk.cli.progress import progress_bar
from newsdesk.render import byline_counts, known_outlet, plural, typeset_quotes


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
    from newsdesk.compare import render_comparison_markdown
    from newsdesk.render import source_line

    paths = [i if i == "-" else Path(i) for i in inputs]  # on the command line every input is a path
    with progress_bar() as progress:
        comparison, articles, rejected = api.compare(paths, input_settings(max_bytes, input_format), progress=progress)
    report_not_used(rejected)
    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    warn_if_mixed(articles, numbers, "this comparison mixes them: a difference between two stories is no contradiction")
    if fmt == "json":
        data = comparison.to_dict()
        data["articles"] = [dict(a.to_dict(), number=numbers[a.id]) for a in articles]
        data["rejected"] = [r.to_dict() for r in rejected]
        write_output(json.dumps(data, ensure_ascii=False, indent=2), out)
        return
    what = (f"How {byline_counts(articles)} compare" if len(articles) > 1
            else f"One article ({known_outlet(articles[0]) or 'outlet not known'}): nothing to set it against")
    head = [f"# {what}", "", f"*{comparison_counts(comparison)}*", ""]
    body = render_comparison_markdown(comparison, numbers, limit=None, max_words=FULL_QUOTE_WORDS)
    sources = ["## Sources", ""] + [source_line(n, a) for n, a in enumerate(articles, start=1)]
    if rejected:
        sources += ["", f"## Not used ({plural(len(rejected), 'input')})", ""]
        sources += [f"- `{r.source}`: {r.explain}" for r in rejected]
    write_output(typeset_quotes("\n".join(head) + "\n" + body + "\n" + "\n".join(sources)), out)


# `newsdesk compare` is the full view: its quotes are whole sentences (the section after a brief cuts them short).
FULL_QUOTE_WORDS = 400


def comparison_counts(comp) -> str:
    """ "2 contradictions · 1 fact confirmed by independent sources · 3 relayed from one report · 4 single-source"."""
    confirmed = sum(1 for f in comp.facts if f.independent_sources >= 2)
    relayed = sum(1 for f in comp.facts if f.independent_sources < 2 and len(f.articles) > 1)
    single = sum(1 for f in comp.single_source if len(f.articles) == 1)
    parts = [plural(len(comp.conflicts), "contradiction")]
    if comp.revisions:
        parts.append(plural(len(comp.revisions), "revised figure"))
    parts += [f"{plural(confirmed, 'fact')} confirmed by independent sources",
              f"{relayed} relayed from one report", f"{single} single-source"]
    return " · ".join(parts)


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
