"""`newsdesk clean PATH` and `newsdesk eval clean`: thin commands over the cleaning stage."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsdesk.clean.date_order import date_caveat
from newsdesk.cli.base import eval_group, handle_errors, main, report_not_used, write_output
from newsdesk.model import Article, Rejection


def _render_text(a: Article) -> str:
    head = [
        f"source: {a.source}",
        f"title: {a.title or '-'}",
        f"byline: {a.byline or '-'}",
        f"outlet: {a.outlet or '-'}",
        f"date: {a.date or '-'} (confidence {a.date_confidence:.1f}"
        + (f": {caveat})" if a.date and (caveat := date_caveat(a.date_confidence)) else ")"),
        f"words: {a.words}  removed lines: {len(a.removed)}",
    ]
    return "\n".join(head) + "\n\n" + a.text + "\n"


@main.command("clean")
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="The metadata then the text, or JSON records.")
@click.option("--out", default=None, metavar="FILE", help="Write to FILE instead of stdout.")
@handle_errors
def clean_command(path: str, fmt: str, out: str | None) -> None:
    """Print the cleaned text and metadata of the page(s) at PATH."""
    from newsdesk.pipeline import load_articles

    # The same path as every other command: readers, limits (depth, time) and the cleaner.
    articles, rejected = load_articles([path if path == "-" else Path(path)])
    results: list[Article | Rejection] = [*articles, *rejected]
    report_not_used(rejected)
    if fmt == "json":
        payload = [
            {**r.to_dict(), "text": r.text, "removed": list(r.removed)}
            if isinstance(r, Article)
            else r.to_dict()
            for r in results
        ]
        write_output(json.dumps(payload, ensure_ascii=False, indent=2), out)
    else:
        parts = []
        for r in results:
            if isinstance(r, Article):
                parts.append(_render_text(r))
            else:
                parts.append(f"source: {r.source}\nrejected: {r.explain}\n")
        write_output("\n".join(parts), out)
    if not articles:  # exit code 1: no article at all could be read
        raise SystemExit(1)


def _default_data() -> str:
    repository = Path(__file__).resolve().parents[3]  # src/newsdesk/cli/clean_cmd.py
    return str(repository.parent / "shared" / "eval" / "scrapinghub-aeb-dev" / "pages.jsonl")


@eval_group.command("clean")
@click.option("--data", default=None, help="Extraction benchmark JSONL (id, html, and the reference under text or "
                                           "articleBody).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N pages.")
@click.option("--json", "json_out", default=None, help="Also write the figures as JSON to this file.")
@click.option("--no-trafilatura", is_flag=True, help="Skip the trafilatura reference row (faster).")
@handle_errors
def eval_clean_command(
    data: str | None, limit: int | None, json_out: str | None, no_trafilatura: bool
) -> None:
    """Token P/R/F1 of newsdesk on each page as HTML and as a full-page text dump, next to the dump and trafilatura."""
    from newsdesk.evaluation.clean_eval import evaluate_clean

    path = data or _default_data()
    report = evaluate_clean(path, limit=limit, with_trafilatura=not no_trafilatura)
    if not report.pages:
        raise click.ClickException(f"nothing scored: {report.not_scored() or f'no page in {path}'}")
    click.echo(report.table())
    if json_out:
        Path(json_out).write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
        click.echo(f"wrote {json_out}", err=True)
