"""Every CLI command has help text and is documented in the README."""

from pathlib import Path

import click
from click.testing import CliRunner

from newsdesk.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(cmd, click.Group):
            out += _commands(cmd, full + " ")
        else:
            out.append((full, cmd))
    return out


def test_every_command_has_help_and_is_in_readme() -> None:
    runner = CliRunner()
    commands = _commands(main)
    assert {"brief", "demo"} <= {name for name, _ in commands}
    for name, cmd in commands:
        assert cmd.help, f"{name} has no help text"
        result = runner.invoke(main, [*name.split(), "--help"])
        assert result.exit_code == 0, name
        first = name.split()[0]
        assert f"newsdesk {name}" in README or (first == "eval" and "newsdesk eval" in README and name.split()[1] in README), name
