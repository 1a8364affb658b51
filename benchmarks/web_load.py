"""Load test of the web page: 50 concurrent clients on the story and search pages of a 10,000-article store.

    .venv/bin/python benchmarks/web_load.py [--articles 10000] [--clients 50] [--seconds 30] [--store sqlite|memory]

Builds a store of synthetic stories (sentences of the bundled demo and of ../shared/eval recombined,
so texts are news-like but every article is distinct), warms the brief cache of the stories it will
request (as ingest does), starts uvicorn on 127.0.0.1 in a background thread, and runs the clients
(httpx, async, loopback only) for the given time. Prints requests/s, p50/p95/p99 latency and errors
per page kind. Targets: 0 errors, story page p95 <= 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
sys.path.insert(0, str(REPO / "tests"))  # web_support.MemoryStore, the stand-in store

OUTLETS = ["Meridian Wire", "Valeport Daily", "North Shore Post", "The Civic Ledger", "Harbour Times",
           "Coastal Herald", "Evening Courier", "Daily Signal"]
TOPICS = ["bridge", "harbour", "council", "budget", "election", "flood", "strike", "hospital", "court", "ferry",
          "airport", "school", "storm", "factory", "railway", "museum", "police", "market", "festival", "port"]


def sentence_pool(limit: int = 20_000) -> list[str]:
    """Sentences from the demo articles and, when present, ../shared/eval text files."""
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


def synth_articles(n_articles: int, per_story: int, seed: int = 7) -> list[list]:
    """Stories of ``per_story`` articles; articles of one story share a topic word and some sentences."""
    from newsdesk.model import Article, content_id

    rng = random.Random(seed)
    pool = sentence_pool()
    stories = []
    for s in range(n_articles // per_story):
        topic = f"{rng.choice(TOPICS)} {s}"
        core = rng.sample(pool, 6)
        arts = []
        for j in range(per_story):
            sents = core[:3] + rng.sample(pool, 5) + core[3:5]
            rng.shuffle(sents)
            text = f"Report on the {topic}. " + " ".join(sents)
            day = 1 + (s + j) % 28
            arts.append(Article(id=content_id(str(s), str(j), text), source=f"synthetic/{s}/{j}.txt", text=text,
                                title=f"{topic.title()}: {sents[0][:60]}", outlet=OUTLETS[(s + j) % len(OUTLETS)],
                                date=f"2024-{1 + s % 12:02d}-{day:02d}"))
        stories.append(arts)
    return stories


def build_store(kind: str, stories: list[list], tmp: Path):  # noqa: ANN201 - (opener, story ids)
    """Fill a store; returns an opener for the server and the story ids."""
    from newsdesk.config import Settings

    if kind == "memory":
        from web_support import MemoryStore

        store = MemoryStore()
        ids = []
        for i, arts in enumerate(stories):
            sid = f"s{i:05d}"
            for a in arts:
                store.articles[a.id] = a
            store.stories[sid] = [a.id for a in arts]
            store.titles[sid] = arts[0].title
            ids.append(sid)
        return (lambda: store), ids
    from newsdesk import service
    from newsdesk.store import open_store

    db = tmp / "load.db"
    store = open_store(db)
    ids: list[str] = []
    for arts in stories:
        assigned = service.ingest_articles(store, arts, Settings())
        ids.extend(dict.fromkeys(s for _, s, _ in assigned))
    store.close()
    return (lambda: open_store(db)), list(dict.fromkeys(ids))


async def client_loop(base: str, paths: list[str], until: float, results: list, rng: random.Random) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=10.0) as client:
        while time.perf_counter() < until:
            kind, path = rng.choice(paths)
            t0 = time.perf_counter()
            try:
                r = await client.get(path)
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            results.append((kind, time.perf_counter() - t0, ok))


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
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--stories-hit", type=int, default=200, help="distinct stories requested (their briefs are warmed)")
    ap.add_argument("--store", choices=["sqlite", "memory"], default="sqlite")
    args = ap.parse_args()

    sys.path.insert(0, str(REPO / "tests" / "browser"))
    from conftest import LiveServer  # the same uvicorn-in-a-thread server the browser tests use
    from newsdesk import service
    from newsdesk.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        stories = synth_articles(args.articles, args.per_story)
        opener, ids = build_store(args.store, stories, Path(tmp))
        print(f"store ({args.store}): {sum(map(len, stories)):,} articles in {len(ids):,} stories, "
              f"built in {time.perf_counter() - t0:.1f}s")
        rng = random.Random(1)
        hit = rng.sample(ids, min(args.stories_hit, len(ids)))
        t0 = time.perf_counter()
        store = opener()
        for sid in hit:
            service.warm_story(store, sid)
        print(f"warmed {len(hit)} story briefs in {time.perf_counter() - t0:.1f}s "
              f"({(time.perf_counter() - t0) / len(hit) * 1000:.0f} ms each, done at ingest in normal use)")
        words = ["bridge", "harbour council", "election", "flood", "hospital", "storm", "railway", "court"]
        paths = [("story", f"/stories/{sid}") for sid in hit] + [("search", f"/?q={w}") for w in words] * (len(hit) // len(words))
        results: list = []
        with LiveServer(create_app(store_opener=opener)) as server:
            until = time.perf_counter() + args.seconds

            async def run() -> None:
                await asyncio.gather(*(client_loop(server.url, paths, until, results, random.Random(i))
                                       for i in range(args.clients)))

            asyncio.run(run())
    print(f"{args.clients} clients, {args.seconds:.0f} s, loopback, server and clients in one process (2 cores)")
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
