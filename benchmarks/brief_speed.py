"""Speed of the brief: median and p95 seconds per cluster next to sumy's LexRank, plus peak memory.

Usage:
    python benchmarks/brief_speed.py [--data DIR] [--limit N] [--words 250] [--sets duc2006,multinews-val]

Reads duc2006 (25 articles, ~15k words per cluster) and multinews-val from ../shared/eval relative
to the repository. Both systems get the same cleaned documents and sentences (see
newsdesk.evaluation.summarize_eval), and each splits the documents into sentences inside its timed run:
the brief splits its articles itself, and LexRank is timed from the documents too (read_clusters splits
them once, untimed, for the ROUGE runs; timing LexRank on those ready sentences left its share of the
work, about 1.5% of a multinews-val cluster, out of its time only; the speed-up that way, the harness up to
stop 28, is printed beside it in parentheses). Peak memory is the process's peak resident set size
(``resource.getrusage``), measured after the newsdesk runs and again after LexRank; the newsdesk
figure is also given as the tracemalloc peak of Python allocations during its runs.

Each run is also timed in CPU seconds of this process (``time.process_time``: all its threads, so BLAS
threads count too), given next to the wall-clock figures: on a machine that other work keeps busy
(load above the number of cores) the wall-clock ratio swings with the load from run to run, the CPU
one much less.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from newsdesk.config import BriefConfig
from newsdesk.evaluation.summarize_eval import Cluster, get_system, read_clusters
from newsdesk.sentences import split_sentences
from newsdesk.text import normalize_space

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def _time(fn, clusters, words: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds per cluster; with ``cpu``, the CPU seconds of each run are appended to it."""
    out = []
    for c in clusters:
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(c, words)
        out.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - start_cpu)
    return out


def _newsdesk(cluster, words: int) -> None:
    from newsdesk.brief import summarize

    summarize(cluster.articles(), BriefConfig(words=words))


def _from_documents(system: Callable[[Cluster, int], object]) -> Callable[[Cluster, int], object]:
    """``system`` given the cluster's sentences as split inside the timed call, from its cleaned documents (as
    read_clusters splits them), the way the brief splits its articles inside its own."""

    def run(cluster: Cluster, words: int) -> object:
        sentences = tuple(tuple(normalize_space(s) for s in split_sentences(d)) for d in cluster.documents)
        return system(dataclasses.replace(cluster, sentences=sentences), words)

    return run


DEFAULT_LIMITS = {"duc2006": 20}  # clusters measured per set when --limit is not given (None: all)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None,
                        help="clusters per data set (default: 20 of duc2006, where LexRank takes seconds each; all of"
                             " the others: 20 multinews-val clusters of ~3 ms each gave 3.4x-5.0x run to run)")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--sets", default="duc2006,multinews-val", help="comma-separated data sets under --data")
    args = parser.parse_args()
    print(f"{'data':<14}{'system':<10}{'clusters':>9}{'articles':>9}{'words':>8}{'median s':>10}{'p95 s':>9}")
    for name in args.sets.split(","):
        limit = args.limit if args.limit is not None else DEFAULT_LIMITS.get(name)
        clusters = read_clusters(args.data / name / "clusters.jsonl", limit=limit)
        n_art = statistics.mean(len(c.documents) for c in clusters)
        n_words = statistics.mean(sum(len(d.split()) for d in c.documents) for c in clusters)
        _newsdesk(clusters[0], args.words)  # warm-up: imports, caches
        nd_cpu: list[float] = []
        nd = _time(_newsdesk, clusters, args.words, nd_cpu)
        tracemalloc.start()  # a second, untimed pass: tracemalloc slows allocation down
        _time(_newsdesk, clusters, args.words)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_nd = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        lr_cpu: list[float] = []
        lr = _time(_from_documents(get_system("lexrank")), clusters, args.words, lr_cpu)
        rss_lr = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        given_cpu: list[float] = []  # the harness of stops 10-28: LexRank handed read_clusters' sentences, untimed split
        given = _time(get_system("lexrank"), clusters, args.words, given_cpu)
        for system, times in (("newsdesk", nd), ("lexrank", lr)):
            print(f"{name:<14}{system:<10}{len(clusters):>9}{n_art:>9.1f}{n_words:>8.0f}"
                  f"{statistics.median(times):>10.4f}{_percentile(times, 0.95):>9.4f}")
        print(f"{name:<14}speed-up (median LexRank / median newsdesk): "
              f"{statistics.median(lr) / statistics.median(nd):.1f}x ({statistics.median(given) / statistics.median(nd):.1f}x"
              f" with LexRank's sentences split before its timer, as up to stop 28); newsdesk tracemalloc peak "
              f"{traced_peak / 2**20:.1f} MiB (Python allocations), process peak RSS "
              f"{rss_nd:.0f} MiB after newsdesk, {rss_lr:.0f} MiB after LexRank")
        print(f"{name:<14}CPU seconds (process_time): newsdesk median {statistics.median(nd_cpu):.4f} "
              f"p95 {_percentile(nd_cpu, 0.95):.4f}, LexRank median {statistics.median(lr_cpu):.4f} "
              f"p95 {_percentile(lr_cpu, 0.95):.4f}, speed-up {statistics.median(lr_cpu) / statistics.median(nd_cpu):.1f}x "
              f"({statistics.median(given_cpu) / statistics.median(nd_cpu):.1f}x split before its timer); "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
