"""A scheduler address that does not answer is a clear error within seconds from the Python API too (X25: it waited
30 s and raised a bare OSError; only the CLI checked the address)."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("dask.distributed")

from newsdesk.distributed import SCHEDULER_TIMEOUT_S, dask_client
from newsdesk.errors import ConfigError


def test_an_unreachable_scheduler_is_a_config_error_naming_it() -> None:
    started = time.monotonic()
    with pytest.raises(ConfigError, match="127.0.0.1:1"), dask_client("127.0.0.1:1"):
        pass
    assert time.monotonic() - started < SCHEDULER_TIMEOUT_S + 10
