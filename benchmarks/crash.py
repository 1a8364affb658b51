"""Crash safety of `newsdesk ingest`: SIGKILL at random moments, re-run, and two writers at once.

1. Kill loop: start `newsdesk ingest FILES --db DB`, SIGKILL it at a random moment, start it again;
   KILLS times (run k reads the first k/KILLS of the files, so each run has fresh articles to store; a run
   that finishes before its kill moment is repeated with an earlier one), then one run over all files to
   completion, and one more that must change nothing. Afterwards every article is stored exactly once, every
   stored article belongs to exactly one story, every story has articles that exist, and
   `PRAGMA integrity_check` / `foreign_key_check` say ok.
2. Concurrent writers: two `newsdesk ingest` processes on overlapping halves of the input, into the
   same file at the same time; both exit 0 and nothing is lost or stored twice.

Usage:
  .venv/bin/python benchmarks/crash.py                      # 5,000 articles, 20 kills, then 2 writers
  .venv/bin/python benchmarks/crash.py --articles 300 --kills 3 --seed 1
Prints the figures; exit code 1 when a check fails. The checks read the SQLite file directly (read-only
PRAGMAs and SELECTs): this script is an outside auditor of the store, not part of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

NEWSDESK = [sys.executable, "-m", "newsdesk"]
CITIES = [
    "Valeport",
    "Northam",
    "Easton",
    "Lakeside",
    "Brampton",
    "Millford",
    "Harwick",
    "Ostend",
    "Caldera",
    "Fenwick",
    "Dunmore",
    "Kestrel",
]
THINGS = [
    "bridge",
    "tunnel",
    "school",
    "hospital",
    "harbor",
    "wall",
    "stadium",
    "library",
    "railway",
    "depot",
    "reservoir",
    "market",
]
ACTORS = [
    "council",
    "mayor",
    "governor",
    "union",
    "ministry",
    "court",
    "police",
    "regulator",
    "committee",
    "board",
]
VERBS = ["approved", "delayed", "rejected", "funded", "reviewed", "suspended", "announced", "expanded"]
FILLER = (
    "Residents said they had waited years for a decision and wanted answers soon.",
    "The plan drew criticism from opposition members who questioned the cost.",
    "Officials promised to publish the full report before the end of the month.",
    "Local businesses warned that the works could disrupt trade for several weeks.",
    "A spokesperson declined to comment on the timetable when asked on Monday.",
    "Engineers have surveyed the site twice since the storms in early spring.",
)


def make_articles(n: int, seed: int = 0, per_story: int = 20) -> list[dict]:
    """``n`` distinct synthetic articles about n/per_story stories (ids ``c00000``...)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        s = i // per_story
        city, thing = CITIES[s % len(CITIES)], THINGS[(s // len(CITIES)) % len(THINGS)]
        actor, verb = ACTORS[s % len(ACTORS)], VERBS[(s * 7) % len(VERBS)]
        code = f"{s:04d}"
        lead = (
            f"The {city} {actor} {verb} the {thing} project number {code} on Tuesday, "
            f"reporter {i} of outlet {i % 13} wrote in a dispatch filed this week."
        )
        body = [
            lead,
            *rnd.sample(FILLER, 3),
            f"The {thing} in {city} has been under discussion since {1990 + s % 30}.",
        ]
        out.append(
            {
                "id": f"c{i:05d}",
                "title": f"{city} {actor} {verb} {thing} {code}",
                "outlet": f"Outlet {i % 13}",
                "date": f"2024-{1 + (s // 28) % 12:02d}-{1 + s % 28:02d}",
                "text": "\n\n".join(body),
            }
        )
    return out


def write_inputs(articles: list[dict], root: Path, files: int = 10) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(files):
        path = root / f"part{k:02d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in articles[k::files]:
                fh.write(json.dumps(a) + "\n")
        paths.append(path)
    return paths


@dataclass
class Check:
    """What the store holds after the runs, and what is wrong with it."""

    stored: int = 0
    expected: int = 0
    stories: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Path, expected_ids: set[str]) -> Check:
    """Audit the store: every article once, story membership consistent, integrity ok."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        check = Check(expected=len(expected_ids))
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            check.problems.append(f"integrity_check: {integrity[:5]}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            check.problems.append(f"foreign_key_check: {len(fk)} rows, e.g. {fk[:3]}")
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        check.stored = len(ids)
        if len(ids) != len(set(ids)):
            check.problems.append(f"{len(ids) - len(set(ids))} articles stored twice")
        missing, extra = expected_ids - set(ids), set(ids) - expected_ids
        if missing:
            check.problems.append(f"{len(missing)} articles lost, e.g. {sorted(missing)[:5]}")
        if extra:
            check.problems.append(f"{len(extra)} unexpected articles, e.g. {sorted(extra)[:5]}")
        check.stories = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        orphans = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
            )
        ]
        if orphans:
            check.problems.append(f"{len(orphans)} stored articles in no story, e.g. {orphans[:5]}")
        dangling = conn.execute(
            "SELECT COUNT(*) FROM story_articles WHERE article_id NOT IN (SELECT id FROM articles)"
            " OR story_id NOT IN (SELECT id FROM stories)"
        ).fetchone()[0]
        if dangling:
            check.problems.append(f"{dangling} story memberships point at missing articles or stories")
        empty = conn.execute(
            "SELECT COUNT(*) FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)"
        ).fetchone()[0]
        if empty:
            check.problems.append(f"{empty} stories without articles")
        fts = conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
        if fts != check.stored:
            check.problems.append(f"full-text index has {fts} rows for {check.stored} articles")
        return check
    finally:
        conn.close()


def _ingest(paths: list[Path], db: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [*NEWSDESK, "ingest", *map(str, paths), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def _finish(proc: subprocess.Popen, timeout: float) -> tuple[int, str]:
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err.decode(errors="replace")


def _state(db: Path, expected: set[str]) -> str:
    """What a killed run left, for the log: a kill can land before the file or its tables exist."""
    if not db.exists():
        return "no file yet"
    try:
        return f"{verify(db, expected).stored:,} articles stored"
    except sqlite3.OperationalError as exc:  # killed while the schema was being created: the next run makes it
        return f"store not initialised yet ({exc})"


def crash_loop(n: int, kills: int, seed: int, work: Path, log=print) -> dict:
    """Kill ``newsdesk ingest`` ``kills`` times at random moments, then let it finish; audit the file."""
    rnd = random.Random(seed)
    articles = make_articles(n, seed)
    paths = write_inputs(articles, work / "in")
    expected = {a["id"] for a in articles}
    db = work / "crash.db"
    # Calibrate: how long does one whole run take? Kill moments are drawn over that span.
    t0 = time.monotonic()
    rc, err = _finish(_ingest(paths, work / "calibrate.db"), timeout=3600)
    full = time.monotonic() - t0
    if rc != 0:
        raise SystemExit(f"calibration run failed (exit {rc}):\n{err[-3000:]}")
    (work / "nothing.txt").write_text("")
    t0 = time.monotonic()
    _finish(_ingest([work / "nothing.txt"], work / "startup.db"), timeout=600)
    startup = time.monotonic() - t0  # interpreter and imports: a kill before this tests nothing
    log(f"one uninterrupted run of {n:,} articles: {full:.1f} s (of which {startup:.1f} s start-up)")
    killed_at = []
    runs = 0
    for k in range(kills):
        # Run k reads a growing share of the input, so every run has fresh articles to store and assign
        # (re-running only the same files would leave nothing to do after the first run that commits).
        subset = paths[: max(1, -(-len(paths) * (k + 1) // kills))]
        horizon = startup + (full - startup) * len(subset) / len(paths) * 1.05
        while True:  # until this run is killed; a run that beat its kill moment is retried sooner
            runs += 1
            delay = rnd.uniform(startup * 0.8, max(horizon, startup))
            proc = _ingest(subset, db)
            started = time.monotonic()
            try:
                rc, err = _finish(proc, timeout=delay)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                break
            if rc != 0:
                raise SystemExit(f"ingest failed on a re-run (exit {rc}):\n{err[-3000:]}")
            horizon = (time.monotonic() - started) * 0.95
        killed_at.append(round(delay, 2))
        state = _state(db, expected)
        log(f"  kill {k + 1}: {len(subset)}/{len(paths)} files, SIGKILL at {delay:.1f} s ({state})")
    t1 = time.monotonic()
    rc, err = _finish(_ingest(paths, db), timeout=3600)
    final_s = time.monotonic() - t1
    if rc != 0:
        raise SystemExit(f"final run failed (exit {rc}):\n{err[-3000:]}")
    check = verify(db, expected)
    rc, err = _finish(_ingest(paths, db), timeout=3600)  # once more: a re-ingest must change nothing
    recheck = verify(db, expected)
    if rc != 0 or (recheck.stored, recheck.stories) != (check.stored, check.stories):
        check.problems.append(
            f"re-ingesting the same files (exit {rc}) changed the store: {check.stored} -> {recheck.stored} "
            f"articles, {check.stories} -> {recheck.stories} stories"
        )
    return {
        "articles": n,
        "kills": len(killed_at),
        "runs": runs + 2,
        "killed_at_s": killed_at,
        "full_run_s": round(full, 1),
        "final_run_s": round(final_s, 1),
        "stored": check.stored,
        "stories": check.stories,
        "problems": check.problems,
        "ok": check.ok,
    }


def concurrent_writers(n: int, seed: int, work: Path, log=print) -> dict:
    """Two ingest processes at once into one file, on overlapping halves of the input."""
    articles = make_articles(n, seed + 1)
    paths = write_inputs(articles, work / "in2", files=4)
    expected = {a["id"] for a in articles}
    db = work / "concurrent.db"
    a = _ingest(paths[:3], db)  # parts 0-2
    b = _ingest(paths[1:], db)  # parts 1-3: half of the input is given to both writers
    t0 = time.monotonic()
    (rc_a, err_a), (rc_b, err_b) = _finish(a, 3600), _finish(b, 3600)
    check = verify(db, expected)
    if rc_a or rc_b:
        check.problems.append(f"exit codes {rc_a}, {rc_b}: {(err_a + err_b)[-2000:]}")
    log(f"two writers at once: exit {rc_a} and {rc_b} in {time.monotonic() - t0:.1f} s")
    return {
        "articles": n,
        "exit_codes": [rc_a, rc_b],
        "stored": check.stored,
        "stories": check.stories,
        "problems": check.problems,
        "ok": check.ok,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=None, help="Working directory (default: a temp dir).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures as JSON here.")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="newsdesk-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work dir: {work}")
    loop = crash_loop(args.articles, args.kills, args.seed, work)
    print(
        f"crash loop: {loop['kills']} kills in {loop['runs']} runs, {loop['stored']:,}/{args.articles:,} articles stored once, "
        f"{loop['stories']:,} stories; {'OK' if loop['ok'] else 'PROBLEMS: ' + '; '.join(loop['problems'])}"
    )
    both = concurrent_writers(max(args.articles // 5, 100), args.seed, work)
    print(
        f"concurrent writers: {both['stored']:,}/{both['articles']:,} articles, {both['stories']:,} stories; "
        f"{'OK' if both['ok'] else 'PROBLEMS: ' + '; '.join(both['problems'])}"
    )
    if args.json:
        args.json.write_text(json.dumps({"crash_loop": loop, "concurrent": both}, indent=2) + "\n")
    return 0 if loop["ok"] and both["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
