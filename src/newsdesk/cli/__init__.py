"""Command-line interface: thin Click commands over the Python API."""

from __future__ import annotations

import importlib

from newsdesk.cli.base import eval_group, main

# Each module registers its commands on `main` or `eval_group` when imported.
_COMMAND_MODULES = (
    "newsdesk.cli.core_cmd",
    "newsdesk.cli.clean_cmd",
    "newsdesk.cli.brief_eval_cmd",
    "newsdesk.cli.stories_cmd",
    "newsdesk.cli.remove_cmd",
    "newsdesk.cli.compare_cmd",
    "newsdesk.cli.serve_cmd",
)
for _name in _COMMAND_MODULES:
    importlib.import_module(_name)

__all__ = ["eval_group", "main"]
