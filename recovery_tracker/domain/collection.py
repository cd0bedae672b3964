"""Bulk work without Python's cyclic garbage collector.

An import, an export or a read of the whole diary makes tens of thousands of objects and
keeps them until it is done. Each batch of them sets the collector off, and every so often
it sweeps everything the process holds (years of entries, the window, the charts): tens of
milliseconds at 10 years, more at 30, with the interpreter held meanwhile, so the window's
thread stalls too even though the work runs on another thread. None of this work makes
cycles to collect, so the collector waits until it is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:  # paused by someone else (start-up, another bulk job): theirs to resume
            gc.enable()
