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

The systems are timed interleaved, cluster by cluster: for each cluster the brief and LexRank run back to
back, the brief first on even clusters and LexRank first on odd ones, then LexRank on ready sentences (up to
stop 30 all briefs were timed, then all LexRank runs, so a change of machine load between the two phases
moved the ratio by up to a third). The headline speed-up stays the ratio of the two medians; beside it is
the median over clusters of each cluster's own ratio (LexRank's seconds / the brief's on that cluster), in
wall and CPU seconds. The memory figures come from an untimed pass of the brief alone, in a child process
(the same script with ``--memory-only``), so the timed briefs keep the caches they had up to stop 30 (warm
from the warm-up and the clusters before them only) and the peak "after newsdesk" is the brief's alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import statistics
import subprocess
import sys
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


@dataclasses.dataclass
class Timings:
    """Seconds per cluster of one system, in cluster order: wall clock and CPU (``time.process_time``)."""

    wall: list[float] = dataclasses.field(default_factory=list)
    cpu: list[float] = dataclasses.field(default_factory=list)

    def add(self, fn, cluster, words: int) -> None:
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(cluster, words)
        self.wall.append(time.perf_counter() - start)
        self.cpu.append(time.process_time() - start_cpu)


def _interleaved(systems, clusters, words: int) -> list[Timings]:
    """Each of ``systems`` timed on every cluster, cluster by cluster: the first two back to back, the first of
    them first on even clusters and the second first on odd ones (so neither always runs on the caches the other
    just filled, nor always first after a change of load), then the others in the order given."""
    times = [Timings() for _ in systems]
    for i, c in enumerate(clusters):
        order = [0, 1] if i % 2 == 0 else [1, 0]
        for k in order + list(range(2, len(systems))):
            times[k].add(systems[k], c, words)
    return times


def _median_ratio(slow: list[float], fast: list[float]) -> float:
    """Median over clusters of ``slow / fast`` on the same cluster."""
    return statistics.median(s / f for s, f in zip(slow, fast, strict=True))


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


def _memory(clusters, words: int) -> tuple[float, float]:
    """The tracemalloc peak (MiB) of the brief's Python allocations over ``clusters`` after a warm-up, and the
    process's peak resident set size (MiB) after it."""
    _newsdesk(clusters[0], words)
    tracemalloc.start()  # untimed: tracemalloc slows allocation down
    _time(_newsdesk, clusters, words)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return traced_peak / 2**20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_in_child(args: argparse.Namespace, name: str) -> tuple[float, float]:
    """``_memory`` of data set ``name``, run by this script in a child process (see the module docstring)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-only", "--data", str(args.data),
               "--words", str(args.words), "--sets", name]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
    return float(out[-2]), float(out[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None,
                        help="clusters per data set (default: 20 of duc2006, where LexRank takes seconds each; all of"
                             " the others: 20 multinews-val clusters of ~3 ms each gave 3.4x-5.0x run to run)")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--sets", default="duc2006,multinews-val", help="comma-separated data sets under --data")
    parser.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)  # the child of _memory_in_child
    args = parser.parse_args()
    if args.memory_only:
        for name in args.sets.split(","):
            limit = args.limit if args.limit is not None else DEFAULT_LIMITS.get(name)
            print(*_memory(read_clusters(args.data / name / "clusters.jsonl", limit=limit), args.words))
        return
    print(f"{'data':<14}{'system':<10}{'clusters':>9}{'articles':>9}{'words':>8}{'median s':>10}{'p95 s':>9}")
    for name in args.sets.split(","):
        limit = args.limit if args.limit is not None else DEFAULT_LIMITS.get(name)
        clusters = read_clusters(args.data / name / "clusters.jsonl", limit=limit)
        n_art = statistics.mean(len(c.documents) for c in clusters)
        n_words = statistics.mean(sum(len(d.split()) for d in c.documents) for c in clusters)
        traced_peak, rss_nd = _memory_in_child(args, name)
        _newsdesk(clusters[0], args.words)  # warm-up: imports, caches
        # given: the harness of stops 10-28, LexRank handed read_clusters' sentences, split before its timer
        nd_t, lr_t, given_t = _interleaved(
            (_newsdesk, _from_documents(get_system("lexrank")), get_system("lexrank")), clusters, args.words)
        nd, lr, given = nd_t.wall, lr_t.wall, given_t.wall
        nd_cpu, lr_cpu, given_cpu = nd_t.cpu, lr_t.cpu, given_t.cpu
        rss_lr = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for system, times in (("newsdesk", nd), ("lexrank", lr)):
            print(f"{name:<14}{system:<10}{len(clusters):>9}{n_art:>9.1f}{n_words:>8.0f}"
                  f"{statistics.median(times):>10.4f}{_percentile(times, 0.95):>9.4f}")
        print(f"{name:<14}speed-up (median LexRank / median newsdesk): "
              f"{statistics.median(lr) / statistics.median(nd):.1f}x ({statistics.median(given) / statistics.median(nd):.1f}x"
              f" with LexRank's sentences split before its timer, as up to stop 28); newsdesk tracemalloc peak "
              f"{traced_peak:.1f} MiB (Python allocations), process peak RSS "
              f"{rss_nd:.0f} MiB after newsdesk (alone, in a child process), {rss_lr:.0f} MiB after LexRank")
        print(f"{name:<14}CPU seconds (process_time): newsdesk median {statistics.median(nd_cpu):.4f} "
              f"p95 {_percentile(nd_cpu, 0.95):.4f}, LexRank median {statistics.median(lr_cpu):.4f} "
              f"p95 {_percentile(lr_cpu, 0.95):.4f}, speed-up {statistics.median(lr_cpu) / statistics.median(nd_cpu):.1f}x "
              f"({statistics.median(given_cpu) / statistics.median(nd_cpu):.1f}x split before its timer); "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        print(f"{name:<14}per-cluster speed-up (median over clusters of LexRank / newsdesk on the same cluster, timed "
              f"back to back): wall {_median_ratio(lr, nd):.1f}x, CPU {_median_ratio(lr_cpu, nd_cpu):.1f}x "
              f"({_median_ratio(given, nd):.1f}x and {_median_ratio(given_cpu, nd_cpu):.1f}x split before its timer)")


if __name__ == "__main__":
    main()
