"""Load test of the web page: concurrent clients on the story and search pages of a 10,000-article SQLite store.

    .venv/bin/python benchmarks/web_load.py [--articles 10000] [--clients 50] [--seconds 30] [--store sqlite]
                                            [--db FILE] [--stories-hit 200] [--client httpx|raw]

1. Builds a real store (``--store sqlite``, the only kind since the in-memory stand-in is gone) of synthetic
   stories: sentences of the bundled demo and of ../shared/eval recombined, so texts are news-like but every
   article is distinct. Articles go in through ``service.ingest_articles`` (= ``newsdesk.stories.
   ingest_into_store``, what ``newsdesk ingest`` runs), in date order, in chunks. ``--db FILE`` keeps the
   store and reuses it on the next run (building 10,000 articles takes minutes on 2 cores).
2. Warms the brief/comparison cache of the stories it will request (``service.warm_story``; ingest from
   the web page does this, and any first view does it), so the figures are for cached story pages.
3. Starts ``newsdesk serve`` (uvicorn) in its own process on 127.0.0.1, waits until it answers, sends every
   distinct page once from one client, timed apart ("first view": the server renders the page and keeps it
   until the store changes; it also opens the server's per-thread connections), then runs ``--clients``
   async clients (loopback only, one keep-alive connection each, 10 s timeout per request) for ``--seconds``:
   httpx.AsyncClient by default, or ``--client raw``, bare asyncio HTTP/1.1 requests.
4. Prints the first-view latencies, then requests/s, p50/p95/p99 latency and errors per page kind under
   load, the load average before and after, and the CPU seconds of the server and of the clients.
   Targets: 0 errors, story page p95 <= 200 ms.

Clients and server share the machine: on a 2-core box the clients' own CPU is part of every latency. With
kept pages the server spends ~0.4 ms of CPU per request and httpx ~1.1 ms, so with httpx the figures are
mostly the load generator's (and whatever else runs on the box: check the load average printed).
``--client raw`` (~0.12 ms per request) shows the server's side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"

OUTLETS = ["Meridian Wire", "Valeport Daily", "North Shore Post", "The Civic Ledger", "Harbour Times",
           "Coastal Herald", "Evening Courier", "Daily Signal"]
TOPICS = ["bridge", "harbour", "council", "budget", "election", "flood", "strike", "hospital", "court", "ferry",
          "airport", "school", "storm", "factory", "railway", "museum", "police", "market", "festival", "port"]
SEARCHES = ["bridge", "harbour council", "election", "flood", "hospital", "storm", "railway", "court"]
CHUNK = 500


def sentence_pool(limit: int = 20_000) -> list[str]:
    """Sentences from the demo articles and, when present, ../shared/eval JSONL files."""
    from newsdesk.api import demo_inputs
    from newsdesk.sentences import split_sentences

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in demo_inputs() if p.suffix == ".txt"]
    if EVAL.is_dir():
        for path in sorted(EVAL.rglob("*.jsonl"))[:4]:
            with path.open(encoding="utf-8", errors="replace") as fh:
                for line, _ in zip(fh, range(200), strict=False):
                    texts.extend(_strings(json.loads(line)))
    pool = [s for t in texts for s in split_sentences(t) if 8 <= len(s.split()) <= 40]
    return pool[:limit]


def _strings(obj: object) -> list[str]:
    """Long string values anywhere in a JSON record (article texts)."""
    if isinstance(obj, str):
        return [obj[:20_000]] if len(obj) > 200 else []
    if isinstance(obj, dict):
        obj = list(obj.values())
    if isinstance(obj, list):
        return [s for item in obj for s in _strings(item)]
    return []


def synth_articles(n_articles: int, per_story: int, seed: int = 7) -> list:
    """Articles in stories of ``per_story``; articles of one story share a topic word and some sentences."""
    from newsdesk.model import Article, content_id

    rng = random.Random(seed)
    pool = sentence_pool()
    out = []
    for s in range(n_articles // per_story):
        topic = f"{rng.choice(TOPICS)} {s}"
        core = rng.sample(pool, 6)
        for j in range(per_story):
            sents = core[:3] + rng.sample(pool, 5) + core[3:5]
            rng.shuffle(sents)
            text = f"Report on the {topic}. " + " ".join(sents)
            day = 1 + (s + j) % 28
            out.append(Article(id=content_id(str(s), str(j), text), source=f"synthetic/{s}/{j}.txt", text=text,
                               title=f"{topic.title()}: {sents[0][:60]}", outlet=OUTLETS[(s + j) % len(OUTLETS)],
                               date=f"2024-{1 + s % 12:02d}-{day:02d}"))
    return out


def build_store(db: Path, n_articles: int, per_story: int) -> None:
    """Fill ``db`` through the ingest API, oldest first, CHUNK articles per call (as a daily feed would)."""
    from newsdesk import service
    from newsdesk.config import Settings
    from newsdesk.store import open_store

    articles = sorted(synth_articles(n_articles, per_story), key=lambda a: (a.date, a.id))
    settings = Settings()
    t0 = time.perf_counter()
    with open_store(db) as store:
        for i in range(0, len(articles), CHUNK):
            service.ingest_articles(store, articles[i: i + CHUNK], settings)
            done = min(i + CHUNK, len(articles))
            print(f"  ingested {done:,}/{len(articles):,} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, log: Path, workers: int = 1) -> subprocess.Popen:
    """``newsdesk serve`` in its own process, on loopback, its output in ``log``; returns once it answers."""
    import httpx

    with log.open("wb") as fh:  # a file, not a pipe: a full pipe would stall the server
        proc = subprocess.Popen([sys.executable, "-m", "newsdesk", "serve", "--db", str(db), "--port", str(port),
                                 "--workers", str(workers)],
                                stdout=fh, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=5)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise SystemExit(f"the server did not start: {log.read_text()[-2000:]}") from None
            time.sleep(0.2)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def client_loop(base: str, paths: list[tuple[str, str]], until: float, results: list,
                      rng: random.Random) -> None:
    import httpx

    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=10.0, limits=limits) as client:
        while time.perf_counter() < until:
            kind, path = rng.choice(paths)
            t0 = time.perf_counter()
            try:
                r = await client.get(path)
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            results.append((kind, time.perf_counter() - t0, ok))


async def raw_client_loop(base: str, paths: list[tuple[str, str]], until: float, results: list,
                          rng: random.Random) -> None:
    """The same loop over a bare keep-alive HTTP/1.1 connection (asyncio streams): about a fifth of httpx's
    CPU per request, so on a shared 2-core box less of each latency is the load generator's own work."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    reader = writer = None
    while time.perf_counter() < until:
        kind, path = rng.choice(paths)
        t0 = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 10.0)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            ok = await asyncio.wait_for(_read_response(reader), 10.0) == 200
        except (OSError, ValueError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            ok = False
            if writer is not None:
                writer.close()
            reader = writer = None
        results.append((kind, time.perf_counter() - t0, ok))
    if writer is not None:
        writer.close()


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one response (status line, headers, Content-Length body); returns the status code."""
    head = (await reader.readuntil(b"\r\n\r\n")).split(b"\r\n")
    status = int(head[0].split()[1])
    length = next((int(h.split(b":", 1)[1]) for h in head[1:] if h.lower().startswith(b"content-length:")), None)
    if length is None:
        raise ValueError("a response without Content-Length")
    await reader.readexactly(length)
    return status


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--per-story", type=int, default=8)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1, help="server processes (newsdesk serve --workers)")
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--stories-hit", type=int, default=200, help="distinct stories requested (their briefs are warmed)")
    ap.add_argument("--client", choices=["httpx", "raw"], default="httpx",
                    help="load generator: httpx.AsyncClient (default) or bare asyncio keep-alive HTTP/1.1")
    ap.add_argument("--store", choices=["sqlite"], default="sqlite", help="the store kind (SQLite file)")
    ap.add_argument("--db", type=Path, help="store file to build once and reuse (default: a temporary one)")
    args = ap.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.seconds <= 600:
        ap.error("--clients must be 1..500 and --seconds 0..600 (the load is bounded)")

    from newsdesk import service
    from newsdesk.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        t0 = time.perf_counter()
        if not db.exists():
            build_store(db, args.articles, args.per_story)
        with open_store(db) as store:
            n_articles, n_stories = store.count("articles"), store.count("stories")
            ids = [s.id for s in store.list_stories(limit=n_stories)]
            print(f"store (sqlite, {db.stat().st_size / 1e6:.0f} MB): {n_articles:,} articles in {n_stories:,} stories, "
                  f"ready in {time.perf_counter() - t0:.1f}s")
            hit = random.Random(1).sample(ids, min(args.stories_hit, len(ids)))
            t0 = time.perf_counter()
            fresh = sum(not service.story_view(store, sid).cached for sid in hit)
            took = time.perf_counter() - t0
            print(f"warmed the brief cache of {len(hit)} stories before measuring ({fresh} computed now, "
                  f"{took:.1f}s; ingest from the web page and any first view do the same)")
        paths = [("story", f"/stories/{sid}") for sid in hit]
        paths += [("search", f"/?q={w.replace(' ', '+')}") for w in SEARCHES] * max(1, len(hit) // len(SEARCHES))
        port = free_port()
        log = Path(tmp) / "server.log"
        server = start_server(db, port, log, args.workers)
        base = f"http://127.0.0.1:{port}"
        try:
            import httpx

            first: dict[str, list[float]] = {"story": [], "search": []}
            bad = []
            with httpx.Client(base_url=base, timeout=30) as c:  # each distinct page once, one at a time
                for kind, path in dict.fromkeys(paths):
                    t0 = time.perf_counter()
                    if c.get(path).status_code != 200:
                        bad.append(path)
                    first[kind].append((time.perf_counter() - t0) * 1000)
            if bad:
                raise SystemExit(f"pages failing before the load: {bad[:5]}")
            load_before = os.getloadavg()
            cpu0, own0 = cpu_seconds(server.pid), cpu_seconds(os.getpid())
            results: list = []
            until = time.perf_counter() + args.seconds

            async def run() -> None:
                loop = raw_client_loop if args.client == "raw" else client_loop
                await asyncio.gather(*(loop(base, paths, until, results, random.Random(i))
                                       for i in range(args.clients)))

            asyncio.run(run())
            cpu, own = cpu_seconds(server.pid) - cpu0, cpu_seconds(os.getpid()) - own0
            load_after = os.getloadavg()
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            server_log = log.read_text(errors="replace").splitlines()
    errors_logged = [line for line in server_log if "Traceback" in line or "ERROR" in line]
    if errors_logged:
        print(f"server logged {len(errors_logged)} errors; last lines:\n" + "\n".join(server_log[-15:]))
    print(f"{args.clients} {args.client} clients, {args.seconds:.0f} s, loopback; server: `newsdesk serve` (uvicorn, {args.workers} process(es)) "
          f"used {cpu:.1f} CPU s ({cpu / args.seconds:.2f} cores); the clients (this process) used {own:.1f} CPU s "
          f"({own / args.seconds:.2f} cores); {os.cpu_count()} cores")
    print(f"load average (1/5/15 min) before: {' '.join(f'{x:.2f}' for x in load_before)}, "
          f"after: {' '.join(f'{x:.2f}' for x in load_after)}")
    for kind, lat in first.items():
        print(f"first view of each {kind} page (rendered, one client): {len(lat)} pages, p50 {pct(lat, .5):.1f} ms, "
              f"p95 {pct(lat, .95):.1f} ms, max {max(lat, default=float('nan')):.1f} ms")
    print(f"{'page':8} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind in ("story", "search", "all"):
        rows = [r for r in results if kind == "all" or r[0] == kind]
        lat = [r[1] * 1000 for r in rows if r[2]]
        errors = sum(1 for r in rows if not r[2])
        print(f"{kind:8} {len(rows):9d} {len(rows) / args.seconds:8.1f} {pct(lat, .5):8.1f} {pct(lat, .95):8.1f} "
              f"{pct(lat, .99):8.1f} {errors:7d}")
    if results:
        print(f"mean latency {statistics.mean(r[1] for r in results) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
