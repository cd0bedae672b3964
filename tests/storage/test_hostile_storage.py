"""Read-only folders, full disks and file permissions: a clear sentence, nothing half-written."""

import os
import shutil
import stat
import subprocess
import sys
from contextlib import contextmanager
from datetime import date, time

import pytest

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary


@contextmanager
def read_only(folder):
    """Make ``folder`` truly read-only, even for root (who ignores permission bits)."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o500)
        try:
            yield
        finally:
            os.chmod(folder, 0o700)
        return
    if not shutil.which("chattr"):
        pytest.skip("needs chattr to make a folder read-only for root")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot make a folder immutable")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX")
def test_a_read_only_folder_is_named_and_nothing_is_changed(data_dir):
    diary = Diary.open(data_dir)
    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    diary.close()
    before = (data_dir / "diary.sqlite3").read_bytes()
    with read_only(data_dir), pytest.raises(StorageError) as caught:
        Diary.open(data_dir)
    assert "read-only" in str(caught.value) and str(data_dir) in str(caught.value)
    assert (data_dir / "diary.sqlite3").read_bytes() == before


def test_a_diary_that_refuses_writes_says_so_and_keeps_the_old_entries(diary):
    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    diary.database.query("PRAGMA query_only = ON")  # SQLite itself now refuses every write
    with pytest.raises(StorageError, match="read-only"):
        diary.checkins.add(CheckIn(date(2026, 11, 2), time(8), 5))
    assert diary.checkins.count() == 1


def test_a_full_disk_says_so_and_writes_nothing_half_way(diary):
    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    pages = diary.database.query("PRAGMA page_count")[0][0]
    diary.database.query(f"PRAGMA max_page_count = {pages}")  # as if the disk were full
    with pytest.raises(StorageError, match="disk is full"):
        diary.checkins.add(CheckIn(date(2026, 11, 2), time(8), 5, notes="x" * 200_000))
    assert [c.pain for c in diary.checkins.list()] == [4]
    assert diary.database.query("PRAGMA integrity_check")[0][0] == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_every_file_the_app_writes_is_private(diary, data_dir, tmp_path):
    from datetime import datetime

    from recovery_tracker.exchange.csv_folder import export_csv

    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    diary.daily_backup_if_due(datetime(2026, 11, 24, 9))
    export_csv(diary, tmp_path / "export")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in [*data_dir.rglob("*"), *(tmp_path / "export").iterdir()]:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, f"{path} is {oct(mode)}"
    assert (data_dir / "diary.sqlite3-wal").exists()  # WAL side files were checked too
