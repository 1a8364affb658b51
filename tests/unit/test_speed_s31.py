"""brief_speed times the brief and LexRank cluster by cluster, back to back, and gives each cluster's own ratio
(S31, issue #3; no timing here: speed lives in benchmarks/brief_speed.py)."""

from __future__ import annotations

from builders import load_benchmark


def test_the_two_systems_run_back_to_back_each_first_on_every_other_cluster() -> None:
    calls: list[tuple[str, str]] = []

    def system(name: str):
        return lambda cluster, words: calls.append((name, cluster))

    bench = load_benchmark("brief_speed")
    times = bench._interleaved((system("brief"), system("lexrank"), system("given")), ["c0", "c1", "c2"], 100)
    assert calls == [("brief", "c0"), ("lexrank", "c0"), ("given", "c0"),
                     ("lexrank", "c1"), ("brief", "c1"), ("given", "c1"),
                     ("brief", "c2"), ("lexrank", "c2"), ("given", "c2")]
    assert [len(t.wall) for t in times] == [3, 3, 3] and [len(t.cpu) for t in times] == [3, 3, 3]


def test_the_per_cluster_ratio_is_the_median_of_each_clusters_own_ratio() -> None:
    bench = load_benchmark("brief_speed")
    # medians 0.3 / 0.02 = 15x, but no cluster is 15x: each is 10x, 20x or 2x
    assert bench._median_ratio([0.1, 0.4, 0.3], [0.01, 0.02, 0.15]) == 10.0
