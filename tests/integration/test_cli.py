"""The CLI end to end, in a subprocess as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

NEWSDESK = [sys.executable, "-m", "newsdesk"]
DEMO = Path(__file__).resolve().parents[2] / "src" / "newsdesk" / "demo_data"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NEWSDESK, *args], capture_output=True, text=True, input=stdin, timeout=300,
                          check=False)


def test_demo_markdown_has_citations_and_sources() -> None:
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("# ")
    body = out.split("## Sources")[0]
    cited = [line for line in body.splitlines() if re.search(r"\[\d+\]$", line)]
    assert cited, out
    numbers = {int(n) for line in cited for n in re.findall(r"\[(\d+)\]", line)}
    sources = re.findall(r"^(\d+)\. ", out.split("## Sources")[1], flags=re.MULTILINE)
    assert numbers <= {int(n) for n in sources}
    assert "Traceback" not in proc.stderr


def test_brief_json_schema(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    proc = run("brief", str(DEMO), "--format", "json", "--out", str(out), "--words", "80")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    ids = {a["id"] for a in data["articles"]}
    for a in data["articles"]:
        assert {"id", "title", "outlet", "date", "source", "words"} <= a.keys()
    assert isinstance(data["rejected"], list)
    brief = data["brief"]
    assert brief["words"] <= 80
    assert brief["words"] == sum(len(s["text"].split()) for s in brief["sentences"])
    for s in brief["sentences"]:
        assert s["from"] in ids
        assert s["citations"][0] == s["from"]
        assert set(s["citations"]) <= ids


def test_sentences_budget_and_text_format() -> None:
    proc = run("brief", str(DEMO), "--sentences", "2", "--format", "text", "--no-compare")
    assert proc.returncode == 0, proc.stderr
    body = proc.stdout.split("\n\n")[1]
    assert len(re.findall(r"(?:\[\d+\])+", body)) == 2


def test_no_article_exit_1_and_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.html").write_bytes(bytes(range(256)) * 10)
    proc = run("brief", str(tmp_path))
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr and "bin.html" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_rejections_reported_but_run_succeeds(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run("brief", str(DEMO), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {Path(r["source"]).name for r in data["rejected"]} == {"empty.txt", "missing.txt"}
    assert "missing.txt" in proc.stderr


def test_stdin_text() -> None:
    text = (DEMO / "01_meridian_wire.txt").read_text(encoding="utf-8")
    proc = run("brief", "-", "--format", "json", "--no-compare", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["articles"][0]["source"] == "<stdin>"


def test_bad_option_is_usage_error() -> None:
    proc = run("brief", str(DEMO), "--words", "0")
    assert proc.returncode == 2


def test_python_api_round_trip() -> None:
    import newsdesk

    b = newsdesk.brief(sorted(DEMO.iterdir()), words=60)
    d = b.to_dict()
    assert d["brief"]["words"] <= 60
    assert len(d["articles"]) == 5
    art = newsdesk.clean((DEMO / "03_north_shore_post.html").read_text(encoding="utf-8"))
    assert art.title and "Six" in art.title
    assert "cookies" not in art.text


@pytest.mark.parametrize("texts", [["One short article about a bridge that fell down in the night, officials said."]])
def test_api_accepts_texts(texts: list[str]) -> None:
    import newsdesk

    b = newsdesk.brief(texts, compare=False)
    assert len(b.articles) == 1
