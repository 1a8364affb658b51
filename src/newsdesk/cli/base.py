"""The Click group every command module registers on, and shared CLI helpers."""

from __future__ import annotations

import functools
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


@main.group("eval")
def eval_group() -> None:
    """Measure newsdesk against named baselines on benchmark data."""


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn NewsdeskError into a clean message and exit code 2 (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsdeskError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def write_output(text: str, out: str | None) -> None:
    """Write to --out FILE, or to stdout."""
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        click.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def report_not_used(rejected: Iterable[Rejection]) -> None:
    """One stderr line per input that was not used, so nothing is lost silently."""
    for r in rejected:
        click.echo(f"not used: {r.source}: {r.explain}", err=True)
