"""Coverage-guided fuzzing (atheris / libFuzzer) of the readers, the cleaner and the sentence splitter.

Targets:
  decode    ingest.decode.decode_bytes(data, declared charset) and read_bytes(name, data, suffix)
  files     ingest.read_inputs on the bytes written as .txt.gz, .jsonl, .jsonl.gz, .warc, .warc.gz, .html
  clean     clean.clean_raw on text and HTML (must return Article | Rejection), clean_text idempotent,
            limits.html_depth, and the pipeline's guarded cleaning
  sentences sentences.split_sentences keeps every non-space character, in order

Any exception (or a broken invariant) is a finding; libFuzzer writes the input to ARTIFACTS/crash-*,
an input slower than --per-input-timeout seconds to ARTIFACTS/timeout-*.

Usage:
  .venv/bin/python benchmarks/fuzz.py                       # every target, 600 s each, one after another
  .venv/bin/python benchmarks/fuzz.py --seconds 60 --jobs 2 # shorter, two targets at a time
  .venv/bin/python benchmarks/fuzz.py --target clean --seconds 30
  .venv/bin/python benchmarks/fuzz.py --replay ARTIFACT --target clean   # re-run one finding

Needs the fuzz extra: pip install -e '.[fuzz]'.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = ("decode", "files", "clean", "sentences")
HERE = Path(__file__).resolve().parent
SEEDS = [
    b"",
    b"The council voted 7-2 on Tuesday. Work starts in May.\n\nTraders welcomed it.",
    b"<html><head><meta charset='iso-8859-5'><title>T</title></head><body><p>Hello \xc3\xa9 world.</p></body></html>",
    b'{"id": "x", "text": "Body one.", "title": "T"}\n{broken\n',
    b"\xff\xfeH\x00i\x00",
    b"\x89PNG\r\n\x1a\n\x00\x00",
    "港口议会批准修建防洪墙。瓦利港港口议会周二通过决议。".encode(),
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nHTTP/1.1 2",
    b'Dr. Smith met Gov. Jerry Brown in Sacramento, Calif., on Jan. 5. He left at 3 p.m. "Why?" she asked.',
]


# --------------------------------------------------------------------------------------------- targets
def _target(name: str):
    import atheris

    with atheris.instrument_imports(include=["newsdesk"]):
        from newsdesk.clean import clean_raw, clean_text
        from newsdesk.config import IngestConfig, Settings
        from newsdesk.ingest import read_bytes, read_inputs
        from newsdesk.ingest.decode import decode_bytes
        from newsdesk.limits import html_depth
        from newsdesk.model import Article, RawDoc, Rejection
        from newsdesk.pipeline import clean_all
        from newsdesk.sentences import split_sentences

    charsets = [None, "utf-8", "iso-8859-5", "cp1252", "utf-16", "bogus-charset", "shift_jis"]
    suffixes = ["", ".txt", ".html", ".md", ".xyz"]
    file_suffixes = [".txt.gz", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".html", ".ndjson"]
    cfg = IngestConfig(max_bytes=200_000)
    workdir = Path(tempfile.mkdtemp(prefix="newsdesk-fuzz-"))

    def decode(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        declared = charsets[fdp.ConsumeIntInRange(0, len(charsets) - 1)]
        suffix = suffixes[fdp.ConsumeIntInRange(0, len(suffixes) - 1)]
        body = fdp.ConsumeBytes(fdp.remaining_bytes())
        text, reason, detail = decode_bytes(body, declared)
        assert (text is None) == (reason is not None) and detail
        got = read_bytes("in" + suffix, body, suffix)
        assert isinstance(got, (RawDoc, Rejection)) and got.source == "in" + suffix

    def files(data: bytes) -> None:
        import gzip

        fdp = atheris.FuzzedDataProvider(data)
        suffix = file_suffixes[fdp.ConsumeIntInRange(0, len(file_suffixes) - 1)]
        compress = fdp.ConsumeBool()  # else the raw bytes are the .gz file (corrupt gzip)
        body = fdp.ConsumeBytes(fdp.remaining_bytes())
        if suffix.endswith(".gz") and compress:
            body = gzip.compress(body)
        path = workdir / ("f" + suffix)
        path.write_bytes(body)
        got = list(read_inputs([str(path)], cfg))
        assert got, "an input produced neither a document nor a rejection"
        for item in got:
            assert isinstance(item, (RawDoc, Rejection)) and item.source.startswith(str(path))

    def clean(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        kind = ["text", "html", "record"][fdp.ConsumeIntInRange(0, 2)]
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        got = clean_raw(RawDoc(source="fz", content=text, kind=kind))
        assert isinstance(got, (Article, Rejection))
        once = clean_text(text)
        assert clean_text(once) == once, "clean_text is not idempotent"
        html_depth(text)
        arts, rej = clean_all([RawDoc(source="fz", content=text, kind=kind)], Settings())
        assert len(arts) + len(rej) == 1

    def sentences(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        text = fdp.ConsumeUnicode(fdp.remaining_bytes())
        pieces = split_sentences(text)
        assert re.sub(r"\s+", "", "".join(pieces)) == re.sub(r"\s+", "", text), "characters lost"

    return {"decode": decode, "files": files, "clean": clean, "sentences": sentences}[name]


def run_one(name: str, libfuzzer_args: list[str]) -> None:
    """Inside the child process: fuzz one target until libFuzzer stops."""
    import logging

    import atheris

    logging.disable(logging.CRITICAL)  # trafilatura logs every unparsable page
    test = _target(name)
    atheris.Setup([sys.argv[0], *libfuzzer_args], test)
    atheris.Fuzz()


# ------------------------------------------------------------------------------------------------ driver
def _seed_dir(root: Path) -> Path:
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        (seeds / f"seed{i}").write_bytes(b"\x00\x01" + seed)
    return seeds


def _launch(name: str, seconds: int, per_input: int, out: Path) -> tuple[subprocess.Popen, Path]:
    artifacts = out / name
    artifacts.mkdir(parents=True, exist_ok=True)
    corpus = artifacts / "corpus"
    corpus.mkdir(exist_ok=True)
    log = artifacts / "fuzz.log"
    args = [
        f"-max_total_time={seconds}",
        f"-timeout={per_input}",
        "-rss_limit_mb=2048",
        "-max_len=65536",
        f"-artifact_prefix={artifacts}/",
        "-print_final_stats=1",
        str(corpus),
        str(_seed_dir(out)),
    ]
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--", *args]
    env = dict(os.environ, PYTHONHASHSEED="0")
    with log.open("wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env)
    return proc, log


def _summary(name: str, log: Path, rc: int, elapsed: float) -> dict:
    text = log.read_text(errors="replace")
    execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", text)
    if not execs:
        execs = re.findall(r"#(\d+)\s", text)
    artifacts = sorted(
        str(p)
        for p in log.parent.glob("*")
        if p.name.startswith(("crash-", "timeout-", "oom-", "slow-unit-"))
    )
    errors = re.findall(
        r"^(?:=== Uncaught Python exception: ===\n)?([A-Za-z_.]*(?:Error|Exception)[^\n]*)$",
        text,
        re.MULTILINE,
    )
    return {
        "target": name,
        "seconds": round(elapsed),
        "executions": int(execs[-1]) if execs else 0,
        "exit_code": rc,
        "findings": artifacts,
        "errors": errors[:5],
        "log": str(log),
    }


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        run_one(argv[1], argv[3:] if argv[2:3] == ["--"] else argv[2:])
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--target", choices=TARGETS, action="append", help="Target(s) to fuzz (default: all)."
    )
    parser.add_argument("--seconds", type=int, default=600, help="Fuzzing time per target (default 600).")
    parser.add_argument(
        "--per-input-timeout", type=int, default=20, help="Seconds before one input counts as a hang."
    )
    parser.add_argument("--jobs", type=int, default=1, help="Targets fuzzed at the same time (default 1).")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsdesk-fuzz")
    parser.add_argument(
        "--replay", type=Path, help="Run one saved input through --target and show the error."
    )
    parser.add_argument("--json", type=Path, help="Also write the summary as JSON here.")
    args = parser.parse_args(argv)
    targets = args.target or list(TARGETS)
    if args.replay:
        import traceback

        test = _target(targets[0])
        try:
            test(args.replay.read_bytes())
        except Exception:  # noqa: BLE001 - the point is to show it
            traceback.print_exc()
            return 1
        print("no error")
        return 0
    pending = list(targets)
    running: list[tuple[str, subprocess.Popen, Path, float]] = []
    results = []
    while pending or running:
        while pending and len(running) < args.jobs:
            name = pending.pop(0)
            proc, log = _launch(name, args.seconds, args.per_input_timeout, args.out)
            running.append((name, proc, log, time.monotonic()))
        time.sleep(1)
        for entry in list(running):
            name, proc, log, started = entry
            if proc.poll() is not None:
                running.remove(entry)
                results.append(_summary(name, log, proc.returncode, time.monotonic() - started))
                r = results[-1]
                print(
                    f"{name:10} {r['executions']:>10,} executions in {r['seconds']} s, "
                    f"{len(r['findings'])} findings, exit {r['exit_code']}",
                    flush=True,
                )
                for f in r["findings"]:
                    print(f"    finding: {f}  (replay: --replay {f} --target {name})")
                for e in r["errors"]:
                    print(f"    error: {e}")
    total = sum(r["executions"] for r in results)
    found = sum(len(r["findings"]) for r in results)
    print(f"total: {total:,} executions, {found} findings")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
