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


@contextmanager
def paused_then_kept() -> Iterator[None]:
    """As collection_paused(), for work whose objects are all kept afterwards: the whole
    diary read again after an import or a restore (100,000 objects at 30 years). Resumed
    with them, the collector soon swept them all at once, and again every few sweeps after
    (a full collection held the interpreter 40-180 ms at 30 years, on whichever thread set
    it off, so the window's thread waited too). Frozen, as start-up's objects are
    (ui/startup.py), it never looks at them; dropped, they are freed by their reference
    counts as always (they make no cycles).

    Freezing takes every object alive at that moment, garbage in cycles too, which would
    then be kept for good: the young generations are swept first (a millisecond; not the
    old one, that is the long sweep this avoids), and whoever owns what was read sweeps
    everything again when it goes (sweep_kept_again)."""
    enabled = gc.isenabled()
    if enabled:
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def sweep_kept_again() -> None:
    """Let the collector look at every frozen object again (their owner is gone, and some of
    them may be garbage now); the next full collection frees what is."""
    gc.unfreeze()
