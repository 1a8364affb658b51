"""The progress callback every long stage accepts; only the CLI draws bars (newsdesk.cli.progress)."""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(stage, done, total)``; total is None when it is not known in advance.
Progress = Callable[[str, int, int | None], None]


def no_progress(stage: str, done: int, total: int | None) -> None:
    """Default callback: nothing to report."""
