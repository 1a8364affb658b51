"""Set-up run in each worker process of the LocalCluster that ``newsdesk.distributed`` starts (a Dask preload).

Ctrl-C reaches every process of the terminal's process group. Without this, each worker printed its own
KeyboardInterrupt traceback while the driver was already shutting the cluster down; with it the driver alone
handles Ctrl-C and closes its workers.
"""

from __future__ import annotations

import signal
import threading
from typing import Any


def ignore_interrupt() -> bool:
    """Ignore SIGINT in this process; False (and nothing changed) off the main thread, where it cannot be set."""
    if threading.current_thread() is not threading.main_thread():
        return False
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return True


def dask_setup(worker: Any) -> None:
    """Dask's preload hook, called once as the worker starts."""
    ignore_interrupt()
