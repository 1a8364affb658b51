"""Progress bars for long work (drawn only by the CLI, on stderr, when it is a terminal)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

Callback = Callable[[str, int, int | None], None]


@contextlib.contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callback]:
    """Yield a progress callback; it draws a rich bar per stage when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bars = Progress(
        TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield update
