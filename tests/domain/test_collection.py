"""Bulk work and the cyclic garbage collector (domain/collection.py)."""

import gc

from recovery_tracker.domain.collection import paused_then_kept, sweep_kept_again


class Kept:
    pass


def test_what_is_kept_after_bulk_work_is_out_of_the_sweeps_until_let_back():
    assert gc.isenabled()
    try:
        with paused_then_kept():
            assert not gc.isenabled()
            kept = [Kept() for _ in range(1000)]
        assert gc.isenabled()
        assert not any(isinstance(item, Kept) for item in gc.get_objects())
        assert gc.get_freeze_count() >= len(kept)
        sweep_kept_again()
        assert gc.get_freeze_count() == 0
        assert sum(isinstance(item, Kept) for item in gc.get_objects()) == len(kept)
    finally:
        gc.unfreeze()
        gc.enable()


def test_paused_by_someone_else_stays_paused():
    gc.disable()
    try:
        with paused_then_kept():
            pass
        assert not gc.isenabled()  # theirs to resume
    finally:
        gc.unfreeze()
        gc.enable()
