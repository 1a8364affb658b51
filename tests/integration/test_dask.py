"""The Dask engine runs the same stage functions and gives the same stories and links as local."""

from __future__ import annotations

import random

import numpy as np
import pytest

from builders import make_article
from newsdesk.stories import build_stories

pytest.importorskip("dask.distributed")


def test_dask_matches_local() -> None:
    rng = random.Random(1)
    arts = []
    for topic, vocab in (("a", "flood river rain levee dam storm"), ("b", "vote ballot party poll campaign minister")):
        words = vocab.split()
        for i in range(4):
            arts.append(make_article(" ".join(rng.choice(words) for _ in range(60)), id=f"{topic}{i}"))
    arts.append(make_article(arts[0].text.upper(), id="copy"))
    local = build_stories(arts, with_briefs=False)
    seen: list[tuple[str, int, int | None]] = []
    dist = build_stories(arts, engine="dask", with_briefs=False, progress=lambda *a: seen.append(a))
    assert [s.article_ids for s in dist.stories] == [s.article_ids for s in local.stories]
    assert dist.links == local.links
    assert any(d.kind == "exact" for d in dist.links)
    # The bar moves as the workers hand back their parts, not only at the end.
    done = [d for stage, d, total in seen if stage == "dedupe" and total == len(arts)]
    assert done == sorted(done) and len(set(done) - {0, len(arts)}) >= 2 and done[-1] == len(arts)


def test_chunk_tables_mapped_on_dask_give_the_local_reduces() -> None:
    """The benchmark's path at scale: ``signals_table`` per chunk on the workers, tables joined here."""
    from newsdesk.cluster import cluster_features
    from newsdesk.config import Settings
    from newsdesk.dedupe import SignalTable, link, match_wire, signals_table
    from newsdesk.distributed import dask_client

    rng = random.Random(2)
    words = ["flood", "river", "rain", "levee", "dam", "storm", "vote", "ballot", "party", "poll"]
    arts = [make_article(" ".join(rng.choice(words) for _ in range(60)), id=f"d{i}", outlet=f"o{i % 3}")
            for i in range(9)]
    arts.append(make_article(arts[0].text.upper(), id="dcopy", outlet="o9"))
    cfg = Settings()
    local = signals_table(arts, cfg.dedup)
    with dask_client(None, workers=2) as client:
        futs = client.map(signals_table, [arts[:5], arts[5:]], [cfg.dedup] * 2)
        joined = SignalTable.concat(client.gather(futs))
    assert link(joined.dup, cfg.dedup) == link(local.dup, cfg.dedup) != []
    a, b = match_wire(joined.wire, cfg.dedup), match_wire(local.wire, cfg.dedup)
    assert all(np.array_equal(getattr(a, c), getattr(b, c)) for c in a.__slots__)
    assert cluster_features(joined.features, cfg.cluster) == cluster_features(local.features, cfg.cluster)


def test_local_cluster_workers_leave_ctrl_c_to_the_driver() -> None:
    """Ctrl-C reaches the whole process group: the workers ignore it, the driver handles it and closes them."""
    import signal

    from newsdesk.distributed import dask_client

    def sigint_ignored() -> bool:
        return signal.getsignal(signal.SIGINT) == signal.SIG_IGN

    # As in a terminal, whatever started pytest: a background job of a script starts with SIGINT ignored, and its
    # children would ignore it without the preload.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with dask_client(None, workers=2) as client:
            per_worker = client.run(sigint_ignored)
        assert len(per_worker) == 2 and all(per_worker.values())
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the driver still takes Ctrl-C
    finally:
        signal.signal(signal.SIGINT, previous)
