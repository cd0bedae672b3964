"""A save the app reported is never lost, even when the process is killed (SIGKILL)."""

import contextlib
import sqlite3
import sys
from typing import ClassVar

import pytest

from bench.durability import kill_runs


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writers_lose_no_reported_save(tmp_path):
    stats = kill_runs(tmp_path, runs=12, seed=7)
    assert stats.runs == 12 and stats.reported > 12
    assert stats.lost == 0
    assert stats.integrity_failures == 0
    assert stats.killed_mid_save > 0  # the kills really landed inside saves


class _Recorded(sqlite3.Connection):
    """A connection that notes, when it is closed, how it was configured."""

    seen: ClassVar[list[tuple[str, str, int]]] = []

    def __init__(self, database, *args, **kwargs):
        super().__init__(database, *args, **kwargs)
        self.target = str(database)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            mode = self.execute("PRAGMA journal_mode").fetchone()[0]
            synchronous = self.execute("PRAGMA synchronous").fetchone()[0]
            self.seen.append((self.target, mode, synchronous))
        super().close()


def test_every_connection_the_app_opens_to_the_diary_is_wal_and_synchronous_full(
    tmp_path, monkeypatch
):
    """The kill test cannot tell FULL from OFF (a killed process leaves the OS cache to be
    written); this checks that every diary connection really asks SQLite for FULL."""
    from datetime import date, datetime, time

    from recovery_tracker.domain.models import CheckIn
    from recovery_tracker.exchange.csv_folder import export_csv, import_csv
    from recovery_tracker.storage import backups
    from recovery_tracker.storage.diary import Diary

    original = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: original(*a, **{**k, "factory": _Recorded})
    )
    _Recorded.seen.clear()
    data = tmp_path / "data"
    now = datetime(2026, 11, 24, 9)
    diary = Diary.open(data)  # a new diary: created and migrated
    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    diary.daily_backup_if_due(now)
    export_csv(diary, tmp_path / "csv")
    diary.close()
    backup = backups.newest_backup(data)
    assert backup is not None
    again = Diary.open(data)
    import_csv(again, tmp_path / "csv", now=now, templates=[])
    again.close()
    backups.restore(data, backup.path, now)
    Diary.open(data).close()

    diary_file = str(data / "diary.sqlite3")
    to_diary = [(mode, sync) for target, mode, sync in _Recorded.seen if target == diary_file]
    assert len(to_diary) == 3
    assert set(to_diary) == {("wal", 2)}
