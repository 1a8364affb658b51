"""A full disk under stdout ends the command with a message and exit code 1, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said. " * 3


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_stdout_on_a_full_disk(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "newsdesk", "brief", str(src)], check=False, stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert run.returncode == 1
    assert "cannot write the output" in run.stderr and "Traceback" not in run.stderr
