"""Every command that reads input, on the bad-input corpus: no traceback, documented exit codes,
every input used or named as rejected, and bounded memory.

Exit codes (brief, compare, cluster): 0 when at least one article was read, 1 when none, 2 on bad usage.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsdesk.cli import main

from .conftest import GOOD, Corpus, build_corpus

READING_COMMANDS = ["brief", "compare", "cluster", "clean", "ingest"]
OWNERS = {"cluster": "stories/cluster engineer", "ingest": "store engineer (cli/stories_cmd.py)"}


@pytest.fixture(scope="module")
def mid_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The small corpus with 30 copies of the repeated article instead of 500 (commands run many times)."""
    corpus = build_corpus(tmp_path_factory.mktemp("cmd_corpus"), big=False)
    for i in range(30, 500):
        path = corpus.root / "copies" / f"copy_{i:03}.txt"
        path.unlink()
        del corpus.expect[str(path)]
    return corpus


def invoke(*args: str, db: Path | None = None) -> Result:
    """Run a command in-process; a command that is not registered fails the test with its owner."""
    name = args[0]
    assert name in main.commands, f"`newsdesk {name}` is not registered yet (owner: {OWNERS.get(name, '?')})"
    extra = ["--db", str(db)] if db is not None and name == "ingest" else []
    result = CliRunner().invoke(main, [*args, *extra])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        tb = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"`newsdesk {' '.join(args)}` raised:\n{tb}")
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    return result


def _with_db(name: str, tmp_path: Path) -> Path | None:
    return tmp_path / "s.db" if name == "ingest" else None


@pytest.mark.parametrize("name", READING_COMMANDS)
def test_command_accounts_for_every_input(name: str, mid_corpus: Corpus, tmp_path: Path) -> None:
    args = [name, str(mid_corpus.root)]
    if name in ("brief", "compare", "clean", "cluster"):
        args += ["--format", "json"]
    db = _with_db(name, tmp_path)
    result = invoke(*args, db=db)
    assert result.exit_code == 0, result.stderr[-2000:]
    if db is not None:  # ingest reports counts; what it used and rejected is in the store
        from newsdesk.store import open_store

        with open_store(db) as store:
            named = [a.source for a in store.iter_articles()] + [r.source for r in store.rejections()]
        said = "\n".join(named)
    else:
        said = result.stdout + "\n" + result.stderr
    missing = [f for f in mid_corpus.files if f not in said]
    assert not missing, f"`newsdesk {name}` neither used nor named as rejected: {missing}"


def test_brief_json_lists_every_input_as_article_or_rejection(mid_corpus: Corpus) -> None:
    result = invoke("brief", str(mid_corpus.root), "--format", "json")
    data = json.loads(result.stdout)
    from .conftest import owner_of

    named = {owner_of(x["source"], mid_corpus.files) for x in data["articles"] + data["rejected"]}
    for dup in data.get("duplicates", []):
        named |= {owner_of(s, mid_corpus.files) for s in (dup.get("a", ""), dup.get("b", ""))}
    missing = [f for f in mid_corpus.files if f not in named]
    assert not missing, missing
    assert all(r["reason"] and r["detail"] for r in data["rejected"])


@pytest.mark.parametrize("name", ["brief", "compare", "cluster"])
def test_no_article_read_exits_1_with_reasons(name: str, mid_corpus: Corpus) -> None:
    bad = [
        str(mid_corpus.root / n) for n in ("empty.txt", "image.html", "whitespace.txt", "scripts_only.html")
    ]
    result = invoke(name, *bad)
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    for path in bad:
        assert path in result.stderr, f"{path} not named in the error"


@pytest.mark.parametrize("name", READING_COMMANDS)
def test_bad_usage_exits_2(name: str) -> None:
    result = invoke(name, "--no-such-option")
    assert result.exit_code == 2, (result.exit_code, result.stderr)


@pytest.mark.parametrize("name", ["brief", "compare", "cluster"])
def test_missing_path_alone_exits_1(name: str, tmp_path: Path) -> None:
    result = invoke(name, str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr


@pytest.mark.parametrize("name", ["brief", "compare", "cluster"])
def test_story_of_one_article(name: str, mid_corpus: Corpus) -> None:
    result = invoke(name, str(mid_corpus.root / "one_story"))
    assert result.exit_code == 0, result.stderr


@pytest.mark.slow
def test_brief_of_500_copies_of_one_article(tmp_path: Path) -> None:
    for i in range(500):
        (tmp_path / f"copy_{i:03}.txt").write_text(GOOD[1], encoding="utf-8")
    result = invoke("brief", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) + len(data["rejected"]) >= 1
    text = " ".join(s["text"] for s in data["brief"]["sentences"])
    assert text and len(data["brief"]["sentences"]) == len({s["text"] for s in data["brief"]["sentences"]})


def test_brief_from_stdin_with_hostile_bytes() -> None:
    result = CliRunner().invoke(main, ["brief", "-"], input=b"\x00\xff\xfe" + GOOD[0].encode())
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["brief", "clean"])
def test_memory_stays_bounded_on_huge_inputs(name: str, corpus: Corpus, tmp_path: Path) -> None:
    """Peak RSS of a real process reading the 50 MB log, the 10 MB JSONL line and a 20 MB gzip."""
    probe = (
        "import resource, sys\n"
        "from newsdesk.cli import main\n"
        "try:\n    main(sys.argv[1:])\n"
        "finally:\n    print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    base = subprocess.run(
        [sys.executable, "-c", probe, "--help"], check=False, capture_output=True, text=True, timeout=120
    )
    inputs = [str(corpus.root / n) for n in ("big_log.txt", "huge_line.jsonl", "big_log.txt.gz", "good")]
    args = [name, *inputs] if name == "brief" else [name, str(corpus.root / "huge_line.jsonl")]
    proc = subprocess.run(
        [sys.executable, "-c", probe, *args], check=False, capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stderr[-2000:]
    rss = int(proc.stderr.rsplit("MAXRSS", 1)[1].split()[0])
    base_rss = int(base.stderr.rsplit("MAXRSS", 1)[1].split()[0])
    # 80 MB of input; reading any of it whole would add at least 50 MB (more as str).
    assert rss - base_rss < 60_000, f"peak RSS grew by {(rss - base_rss) // 1024} MB over `--help`"


@pytest.mark.parametrize("name", READING_COMMANDS)
def test_odd_file_names_and_lone_surrogates(name: str, tmp_path: Path) -> None:
    """Non-UTF-8 bytes and newlines in file names, lone surrogates in JSON: named, never a crash."""
    import os

    src = tmp_path / "in"
    src.mkdir()
    for raw in (b"bad\xff\xfename.txt", b"new\nline.txt", "emoji_\U0001f600.txt".encode()):
        (Path(os.fsdecode(bytes(src) + b"/" + raw))).write_text(GOOD[0], encoding="utf-8")
    (src / "surrogates.jsonl").write_text(
        '{"id": "\\ud800x", "title": "\\udfff", "text": "' + GOOD[1].replace("\n", " ") + ' \\udc80"}\n',
        encoding="utf-8",
    )
    args = [name, str(src)] + (["--format", "json"] if name != "ingest" else [])
    result = invoke(*args, db=_with_db(name, tmp_path))
    assert result.exit_code == 0, result.stderr[-2000:]
    said = result.stdout + result.stderr
    if name == "ingest":
        from newsdesk.store import open_store

        with open_store(tmp_path / "s.db") as store:
            said = " ".join(
                [a.source for a in store.iter_articles()] + [r.source for r in store.rejections()]
            )
    for shown in ("bad\\xff\\xfename.txt", "emoji_\U0001f600.txt", "surrogates.jsonl"):
        assert shown in said or shown.replace("\\", "\\\\") in said, (shown, said[:3000])
