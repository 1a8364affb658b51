"""Scale benchmark: synthetic corpora of N articles (sentences of the dev sets recombined), with exact,
near and wire copies injected at known rates; dedupe + cluster single-process and on Dask.

Reports articles/s, peak memory (RSS of this process, plus workers for Dask), time growth, and P/R of
the exact+near duplicate links against the injected ones (and of wire links, for information).
Articles are generated and mapped chunk by chunk (texts are dropped after the map), so memory holds
only compact signatures. The map is the library's ``signals_table`` (``signals`` of each article: one
token pass feeding the duplicate, wire and cluster signatures, packed as columns per chunk); the reduces
are its own ``link``, ``match_wire`` (``find_wire`` without the per-match objects), ``cluster_features``,
each freed before the next. The wire oracle hashes the sentences the generator used (no splitter, no
anchors) and, like the wire P/R, works on article-index pair keys (int64), not sets of id tuples.

Usage: python benchmarks/scale.py --sizes 10000 100000 [--engines local dask] [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import time
import zlib
from itertools import combinations, pairwise
from pathlib import Path

import numpy as np

from newsdesk.cluster import cluster_features
from newsdesk.config import Settings
from newsdesk.dedupe import SignalTable, link, match_wire, signals_table
from newsdesk.model import Article
from newsdesk.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 2_500
RATES = {"exact": 0.03, "near": 0.03, "wire": 0.03}
OUTLETS = [f"outlet{i}" for i in range(40)]


def load_pool(eval_dir: Path) -> list[list[str]]:
    """Sentences of each gold cluster; each distinct sentence once (the sources repeat agency boilerplate,
    which would make unplanned wire copies), only whole sentences of 8-35 words."""
    pools: dict[str, list[str]] = {}
    seen: set[str] = set()
    for name in ("duc2006-clustering", "wikiref220"):
        with (eval_dir / name / "articles.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                for s in split_sentences(row["text"]):
                    w = s.lower().split()
                    # near-identical sentences (agency and paper versions of one story) count as one
                    keys = {" ".join(w[:6]), " ".join(w[-6:])}
                    if 8 <= len(w) <= 35 and s[-1] in ".!?" and not keys & seen and len(
                        split_sentences(" ".join(s.split()))
                    ) == 1:
                        seen.update(keys)
                        pools.setdefault(row["cluster"], []).append(s)
    return [p for p in pools.values() if len(p) >= 50]


def make_chunk(pool: list[list[str]], start: int, n: int) -> tuple[list[Article], dict[str, list[tuple[str, str]]],
                                                                 list[list[str]]]:
    """Articles start..start+n-1 (deterministic per chunk), the injected (original, copy) pairs, and the
    sentences each article was made of."""
    rng = random.Random(start)
    arts: list[Article] = []
    sents_of: list[list[str]] = []
    truth: dict[str, list[tuple[str, str]]] = {"exact": [], "near": [], "wire": []}
    while len(arts) < n:
        i = start + len(arts)
        r = rng.random()
        origs = [a for a in arts[-50:] if a.group != "copy"]
        if origs and r < RATES["exact"]:
            src = rng.choice(origs)
            arts.append(Article(f"x{i}", "gen", src.text.upper(), title=src.title, outlet=rng.choice(OUTLETS),
                                date=src.date, group="copy"))
            sents_of.append(sents_of[int(src.id[1:]) - start])
            truth["exact"].append((src.id, f"x{i}"))
            continue
        if origs and r < RATES["exact"] + RATES["near"]:
            src = rng.choice(origs)
            sents = list(sents_of[int(src.id[1:]) - start])
            del sents[rng.randrange(len(sents))]
            arts.append(Article(f"x{i}", "gen", " ".join(sents), title=src.title, outlet=rng.choice(OUTLETS),
                                date=src.date, group="copy"))
            sents_of.append(sents)
            truth["near"].append((src.id, f"x{i}"))
            continue
        c = rng.randrange(len(pool))
        sents = rng.sample(pool[c], 14)
        day = 1 + (c * 7 + rng.randrange(5)) % 28
        if origs and r < sum(RATES.values()):
            src = rng.choice(origs)
            ss = sents_of[int(src.id[1:]) - start]
            k = rng.randrange(max(1, len(ss) - 3))
            sents[5:5] = ss[k : k + 3]
            truth["wire"].append((src.id, f"x{i}"))
        arts.append(Article(f"x{i}", "gen", " ".join(sents), title=sents[0][:80], outlet=rng.choice(OUTLETS),
                            date=f"2024-{1 + c % 12:02d}-{day:02d}", group=str(c)))
        sents_of.append(sents)
    return arts, truth, sents_of


def sentence_bigrams(sents_of: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Oracle for wire truth: a hash of each pair of consecutive sentences, and the article index.

    Independent of the detector (the generator's own sentences, normalised; no splitter, no anchors).
    With sentences recombined at random, two articles of one topic sometimes share two consecutive
    sentences by chance: that is a shared passage by definition, so the oracle counts it instead of
    calling the detector wrong.
    """
    hs: list[int] = []
    idx: list[int] = []
    for i, sents in enumerate(sents_of):
        keys = [zlib.crc32(" ".join(s.lower().split()).encode()) for s in sents]
        for k1, k2 in pairwise(keys):
            hs.append((k1 << 32) | k2)
            idx.append(i)
    return np.array(hs, dtype=np.uint64), np.array(idx, dtype=np.int32)


def map_chunk(pool: list[list[str]], start: int, n: int, settings: Settings) -> tuple:
    """Generate one chunk and run the library's map step on it (texts are dropped on return)."""
    arts, truth, sents_of = make_chunk(pool, start, n)
    return signals_table(arts, settings.dedup), truth, sentence_bigrams(sents_of)


def pair_keys(groups_start: np.ndarray, lens: np.ndarray, doc: np.ndarray, n: int, max_size: int) -> np.ndarray:
    """Distinct ``lo * n + hi`` keys of the document pairs within each group of 2..max_size members."""
    keys: list[np.ndarray] = []
    for k in range(2, max_size + 1):
        first = groups_start[lens == k]
        if first.shape[0] == 0:
            continue
        i, j = np.triu_indices(k, 1)
        da, db = doc[first[:, None] + i].ravel(), doc[first[:, None] + j].ravel()
        lo, hi = np.minimum(da, db), np.maximum(da, db)
        keep = lo != hi
        keys.append(np.unique(lo[keep] * np.int64(n) + hi[keep]))
    return np.unique(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)


def oracle_wire(bigrams: list[tuple[np.ndarray, np.ndarray]], outlets: list[str | None],
                dup: np.ndarray) -> np.ndarray:
    """Keys (``lo * n + hi``, article indices) of the pairs of articles of different outlets sharing two
    consecutive sentences, minus duplicate pairs (``dup``: their keys)."""
    n = len(outlets)
    h = np.concatenate([b[0] for b in bigrams])
    offs = np.cumsum([0] + [CHUNK] * (len(bigrams) - 1))
    doc = np.concatenate([b[1].astype(np.int64) + o for b, o in zip(bigrams, offs, strict=True)])
    order = np.argsort(h, kind="stable")
    h, doc = h[order], doc[order]
    del order
    starts = np.concatenate([[0], np.flatnonzero(np.diff(h)) + 1])
    lens = np.diff(np.concatenate([starts, [h.shape[0]]]))
    del h
    keys = pair_keys(starts, lens, doc, n, 64)
    del doc, starts, lens
    code: dict[str | None, int] = {}
    codes = np.fromiter((code.setdefault(o, len(code)) for o in outlets), dtype=np.int64, count=n)
    keys = keys[codes[keys // n] != codes[keys % n]]
    return keys[~np.isin(keys, dup)]


def index_key(a: str, b: str, n: int) -> int:
    """The pair key of two generated ids (``x<index>``)."""
    i, j = sorted((int(a[1:]), int(b[1:])))
    return i * n + j


def pairs_of(truth: dict[str, list[tuple[str, str]]]) -> set[tuple[str, str]]:
    groups: dict[str, set[str]] = {}
    for kind in ("exact", "near"):
        for a, b in truth[kind]:
            groups.setdefault(a, {a}).add(b)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(sorted(g), 2)}


def pr(found: set, true: set) -> tuple[float, float]:
    tp = len(found & true)
    return (tp / len(found) if found else 1.0), (tp / len(true) if true else 1.0)


def _peak_rss() -> int:
    """Peak resident memory of this process so far, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process so far (what a busy shared machine does not inflate)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run(size: int, engine: str, pool: list[list[str]], settings: Settings) -> dict:
    t0 = time.perf_counter()
    c0 = _cpu_seconds()
    starts = list(range(0, size, CHUNK))
    if engine == "dask":
        from newsdesk.distributed import dask_client

        with dask_client(None, workers=2) as client:
            pool_f = client.scatter(pool, broadcast=True)
            futs = client.map(map_chunk, [pool_f] * len(starts), starts,
                              [min(CHUNK, size - s) for s in starts], [settings] * len(starts))
            # Collect chunk by chunk and release each on the workers: one gather of every chunk holds all
            # the pickled frames and their objects at once (1.4 GB after the map at 100k, vs 0.6 local).
            from distributed import as_completed

            where = {f.key: k for k, f in enumerate(futs)}
            parts = [None] * len(futs)
            for fut in as_completed(futs):
                parts[where[fut.key]] = fut.result()
                fut.release()
            del futs
            worker_mem = sum(w["metrics"]["memory"] for w in client.scheduler_info()["workers"].values())
            worker_cpu = sum(client.run(_cpu_seconds).values())  # includes the workers' start-up
    else:
        parts = [map_chunk(pool, s, min(CHUNK, size - s), settings) for s in starts]
        worker_mem = worker_cpu = 0.0
    t_map = time.perf_counter() - t0
    rss_map = _peak_rss()
    truth: dict[str, list] = {"exact": [], "near": [], "wire": []}
    for p in parts:
        for k, pairs in truth.items():
            pairs.extend(p[1][k])
    bigrams = [p[2] for p in parts]
    tables = [p[0] for p in parts]
    del parts
    table = SignalTable.concat(tables)  # empties ``tables`` chunk by chunk
    dup, wsigs, feats = table.dup, table.wire, table.features
    del table
    links = link(dup, settings.dedup)
    ids, outlets = dup.ids, dup.outlets
    del dup
    wire = match_wire(wsigs, settings.dedup, exclude={(d.a, d.b) for d in links})
    del wsigs  # the duplicate signatures are done with; clustering needs only the features
    gc.collect()
    t_dedupe = time.perf_counter() - t0 - t_map
    rss_dedupe = _peak_rss()
    groups = cluster_features(feats, settings.cluster)
    del feats
    gc.collect()
    total = time.perf_counter() - t0
    cpu = _cpu_seconds() - c0 + worker_cpu
    rss_cluster = _peak_rss()
    true_dup = pairs_of(truth)
    p, r = pr({(d.a, d.b) for d in links}, true_dup)
    n = len(ids)
    true_wire = oracle_wire(bigrams, outlets, np.array(sorted(index_key(a, b, n) for a, b in true_dup),
                                                      dtype=np.int64))
    found = np.unique(np.minimum(wire.a, wire.b) * n + np.maximum(wire.a, wire.b))
    tp = np.intersect1d(found, true_wire, assume_unique=True).shape[0]
    wp = tp / found.shape[0] if found.shape[0] else 1.0
    wr = tp / true_wire.shape[0] if true_wire.shape[0] else 1.0
    rss = _peak_rss()
    return {"size": size, "engine": engine, "seconds": round(total, 1), "map_s": round(t_map, 1),
            "dedupe_reduce_s": round(t_dedupe, 1), "cluster_s": round(total - t_map - t_dedupe, 1),
            "articles_per_s": round(size / total), "cpu_s": round(cpu, 1),
            "cpu_ms_per_article": round(1000 * cpu / size, 2), "peak_rss_gb": round(rss / 2**30, 2),
            "peak_rss_by_phase_gb": [round(v / 2**30, 2) for v in (rss_map, rss_dedupe, rss_cluster)],
            # the process peak above includes this check (the oracle and the P/R), run after clustering
            "dask_workers_mem_gb": round(worker_mem / 2**30, 2), "dup_links": len(links),
            "dup_precision": round(p, 4), "dup_recall": round(r, 4), "wire_links": len(wire),
            "wire_precision": round(wp, 4), "wire_recall": round(wr, 4), "stories": len(groups)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--engines", nargs="+", default=["local", "dask"], choices=["local", "dask"])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    pool = load_pool(args.eval_dir)
    settings = Settings()
    prev = None
    for size in args.sizes:
        for engine in args.engines:
            res = run(size, engine, pool, settings)
            if prev and prev["engine"] == engine:
                res["time_growth"] = round(res["seconds"] / prev["seconds"], 2)
                res["size_growth"] = round(size / prev["size"], 2)
            print(json.dumps(res), flush=True)
        prev = res


if __name__ == "__main__":
    main()
