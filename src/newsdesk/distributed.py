"""Run the per-article map stages over a Dask cluster; the reduce steps stay on the driver.

No stage is re-implemented here: the map step ``newsdesk.dedupe.signals`` (one token pass feeding
``signature``, ``wire_signature`` and ``features``) is mapped over ``dask.bag`` partitions exactly as
the local path calls it, then ``link`` / ``find_wire`` / ``cluster_features`` reduce its compact
outputs on the driver. Needs the ``dask`` extra.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from newsdesk.errors import ConfigError, require

SCHEDULER_TIMEOUT_S = 5  # how long a given scheduler address may take to answer

T = TypeVar("T")


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[Any]:
    """A distributed Client: connect to ``scheduler`` (``host:port``) or start a LocalCluster.

    Worker processes are spawned, so scripts using this need an ``if __name__ == "__main__":`` guard.
    """
    distributed = require("dask.distributed", "dask")
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=SCHEDULER_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:  # Dask waits 30 s by default, then raises a bare OSError
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler!r} within {SCHEDULER_TIMEOUT_S} s "
                              f"({exc.__class__.__name__}); check the address (HOST:PORT) and that it is running") from exc
        try:
            yield client
        finally:
            client.close()
        return
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        preload=["newsdesk.dask_worker_setup"], silence_logs=logging.ERROR,
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def map_stage(fn: Callable[..., T], items: Sequence[Any], *args: Any, client: Any, partitions: int = 0,
              on_done: Callable[[int], None] | None = None) -> list[T]:
    """``[fn(item, *args) for item in items]`` computed on the cluster, in input order.

    ``on_done(n)`` is called with the number of items done so far as each partition comes back (a progress bar).
    """
    bag_mod = require("dask.bag", "dask")
    if not items:
        return []
    n = partitions or max(1, min(len(items), 8 * max(1, len(client.scheduler_info().get("workers", {})))))
    size = -(-len(items) // n)
    bag = bag_mod.from_sequence(items, partition_size=size)
    as_completed = require("distributed", "dask").as_completed
    futures = client.compute(bag.map(fn, *args).to_delayed())
    sizes = {f.key: min(size, len(items) - k * size) for k, f in enumerate(futures)}
    done = 0
    for future in as_completed(futures):
        done += sizes[future.key]
        if on_done is not None:
            on_done(done)
    return [x for part in client.gather(futures) for x in part]
