import sqlite3
import stat
from datetime import date, datetime, time, timedelta

import pytest

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import (
    DATABASE_FILENAME,
    DamagedDatabaseError,
    DiaryMissingError,
    NewerDatabaseError,
)
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.migrations import USER_VERSION
from tests.storage.test_database import VERSION_1_SCHEMA

NOW = datetime(2026, 11, 24, 8, 30)


def _log(diary, n=3):
    for i in range(n):
        diary.checkins.add(CheckIn(date(2026, 11, 1 + i), time(8), 4))


def test_a_daily_backup_is_made_once_a_day_with_its_entry_count(diary, data_dir):
    _log(diary)
    first = diary.daily_backup_if_due(NOW)
    assert first is not None and first.parent == data_dir / "backups"
    assert diary.daily_backup_if_due(NOW.replace(hour=20)) is None  # once a day
    [info] = backups.list_backups(data_dir)
    assert (info.checkins, info.injections, info.reason) == (3, 0, "daily")
    assert info.describe().startswith("Tue 24 Nov 2026, 08:30 (daily): 3 check-ins")
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700


def test_rotation_keeps_seven_daily_and_four_weekly(diary, data_dir):
    _log(diary, 1)
    start = NOW - timedelta(days=59)
    for offset in range(60):
        diary.daily_backup_if_due(start + timedelta(days=offset))
    kept = sorted(b.created.date() for b in backups.list_backups(data_dir))
    assert len(kept) == 11
    assert kept[-7:] == [NOW.date() - timedelta(days=i) for i in range(6, -1, -1)]
    weekly = kept[:4]
    assert len({d.isocalendar()[1] for d in weekly}) == 4


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / DATABASE_FILENAME) as old:
        old.executescript(VERSION_1_SCHEMA)
    diary = Diary.open(data_dir, now=lambda: NOW)
    diary.close()
    [backup] = backups.list_backups(data_dir)
    assert backup.reason == "migration" and backup.checkins == 1
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1  # the file as it was
    with sqlite3.connect(data_dir / DATABASE_FILENAME) as current:
        assert current.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION


def test_restore_keeps_the_current_file_aside(diary, data_dir):
    _log(diary, 2)
    backup = diary.backup_now(NOW)
    _log(diary, 3)
    diary.close()
    aside = backups.restore(data_dir, backup, NOW)
    assert aside is not None and aside.exists() and "replaced" in aside.name
    restored = Diary.open(data_dir)
    try:
        assert restored.checkins.count() == 2
    finally:
        restored.close()
    with sqlite3.connect(aside) as kept:
        assert kept.execute("SELECT count(*) FROM checkins").fetchone()[0] == 5


# --- damaged files: each kind is refused clearly, moved aside, never deleted -----------------


def _diary_with_backup(data_dir):
    diary = Diary.open(data_dir)
    _log(diary, 4)
    diary.daily_backup_if_due(NOW)
    diary.close()
    return data_dir / DATABASE_FILENAME


def test_truncated_file_is_reported_as_damaged(data_dir):
    path = _diary_with_backup(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises((DamagedDatabaseError,)):
        Diary.open(data_dir)


def test_flipped_bytes_in_a_page_are_reported_as_damaged(data_dir):
    path = _diary_with_backup(data_dir)
    # Checkpoint the WAL into the main file so the damage lands in real pages.
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 8] = b"\xff" * 8  # every b-tree page header
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        Diary.open(data_dir)


def test_a_text_file_in_its_place_is_reported_as_damaged(data_dir):
    path = _diary_with_backup(data_dir)
    path.write_text("not a database " * 300)
    with pytest.raises(DamagedDatabaseError):
        Diary.open(data_dir)


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_vanished_diary_with_backups_is_not_silently_replaced(data_dir, how):
    path = _diary_with_backup(data_dir)
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        side.unlink(missing_ok=True)
    if how == "empty":
        path.write_bytes(b"")
    with pytest.raises(DiaryMissingError):
        Diary.open(data_dir)
    assert backups.newest_backup(data_dir).checkins == 4


def test_move_aside_keeps_every_byte(data_dir):
    path = _diary_with_backup(data_dir)
    path.write_text("garbage")
    aside = backups.move_aside(data_dir, "damaged", NOW)
    assert not path.exists() and aside.read_text() == "garbage"


def test_newer_version_is_refused(data_dir):
    path = _diary_with_backup(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {USER_VERSION + 1}")
    with pytest.raises(NewerDatabaseError):
        Diary.open(data_dir)
