"""A save the app reported is never lost, even when the process is killed (SIGKILL)."""

import sys

import pytest

from bench.durability import kill_runs


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writers_lose_no_reported_save(tmp_path):
    stats = kill_runs(tmp_path, runs=12, seed=7)
    assert stats.runs == 12 and stats.reported > 12
    assert stats.lost == 0
    assert stats.integrity_failures == 0
    assert stats.killed_mid_save > 0  # the kills really landed inside saves
