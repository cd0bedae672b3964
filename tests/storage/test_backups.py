import sqlite3
import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import (
    DATABASE_FILENAME,
    DamagedDatabaseError,
    DiaryMissingError,
    NewerDatabaseError,
    StorageError,
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


def test_two_restores_in_one_second_keep_both_diaries_aside(diary, data_dir):
    """The diary kept aside is named by the second: a second restore in the same second found
    that name taken, renamed the diary itself away (the diary name then pointed at nothing
    until the copy replaced it: killed then, the next start found no diary) and wrote over
    the first diary kept aside."""
    _log(diary, 2)
    backup = diary.backup_now(NOW)
    _log(diary, 3)
    diary.close()
    first = backups.restore(data_dir, backup, NOW)
    reopened = Diary.open(data_dir)
    _log(reopened, 4)
    reopened.close()
    second = backups.restore(data_dir, backup, NOW)
    assert first is not None and second is not None and first != second
    counts = []
    for kept in (first, second):
        with sqlite3.connect(f"file:{kept}?mode=ro", uri=True) as copy:
            counts.append(copy.execute("SELECT count(*) FROM checkins").fetchone()[0])
    assert counts == [5, 6]


def test_the_diary_name_points_at_a_whole_diary_throughout_a_restore(diary, data_dir, monkeypatch):
    """Where hard links work, the diary is given its second name by one, never renamed away:
    a restore whose last step fails leaves the diary where it was, also in the same second as
    another restore."""
    _log(diary, 2)
    backup = diary.backup_now(NOW)
    diary.close()
    backups.restore(data_dir, backup, NOW)
    real_replace = backups.os.replace

    def failing_last_step(source, target, *args, **kwargs):
        if Path(target).name == DATABASE_FILENAME and ".restoring" in Path(source).name:
            raise OSError(28, "No space left on device")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(backups.os, "replace", failing_last_step)
    with pytest.raises(StorageError):
        backups.restore(data_dir, backup, NOW)
    monkeypatch.undo()
    reopened = Diary.open(data_dir)
    try:
        assert reopened.checkins.count() == 2
    finally:
        reopened.close()


def test_a_backup_made_while_a_restore_copies_leaves_the_copy_alone(diary, data_dir, monkeypatch):
    """The restore's copy counted as in use only once written: a backup made meanwhile (the
    window's daily one, on the other thread) cleared it as a leftover, and the diary put in
    place was a new, empty one."""
    _log(diary, 2)
    backup = diary.backup_now(NOW)
    real_copy = backups.shutil.copyfileobj

    def copy_while_a_backup_is_made(source, out):
        real_copy(source, out)
        backups.remove_leftovers(data_dir)  # what make_backup() does first

    monkeypatch.setattr(backups.shutil, "copyfileobj", copy_while_a_backup_is_made)
    prepared = backups.prepare_restore(data_dir, backup, NOW)
    monkeypatch.undo()
    diary.close()
    backups.finish_restore(data_dir, prepared, NOW)
    restored = Diary.open(data_dir)
    try:
        assert restored.checkins.count() == 2
    finally:
        restored.close()


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


# --- the newest backup is the one with the newest diary, whatever its name says ------------


def test_the_newest_good_backup_is_chosen_by_what_it_holds_not_the_date_in_its_name(
    diary, data_dir
):
    _log(diary, 2)
    from_2030 = diary.backup_now(datetime(2030, 1, 1, 9), "daily")  # the clock was wrong once
    for i in range(100):
        diary.checkins.add(CheckIn(date(2026, 11, 5), time(i // 60, i % 60), 5))
    real = diary.backup_now(NOW, "daily")
    found = {info.path: info for info in backups.list_backups(data_dir)}
    assert found[from_2030].entries == 2 and found[real].entries == 102
    assert found[real].newest_entry == datetime(2026, 11, 5, 1, 39)
    assert found[from_2030].newest_entry == datetime(2026, 11, 2, 8, 0)
    assert backups.newest_backup(data_dir).path == real
    # When it was really written is the file's own time, shown beside what it holds.
    assert abs(found[real].written - datetime.now()).total_seconds() < 60
    assert "newest entry Thu 5 Nov 2026" in found[real].describe()


def test_among_backups_holding_the_same_entries_the_last_written_wins(diary, data_dir):
    import os

    _log(diary, 2)
    older = diary.backup_now(NOW, "manual")
    newer = diary.backup_now(NOW - timedelta(days=3), "daily")  # named earlier, written later
    os.utime(older, (1_700_000_000, 1_700_000_000))
    assert backups.newest_backup(data_dir).path == newer


# --- restore is atomic; killed backups leave nothing behind ----------------------------------


def test_a_restore_killed_while_copying_leaves_the_diary_as_it_was(diary, data_dir, monkeypatch):
    import shutil

    _log(diary, 2)
    backup = diary.backup_now(NOW)
    _log(diary, 3)
    diary.close()

    def dies_half_way(source, target, *args, **kwargs):
        target.write(source.read(4096))
        raise SystemExit("killed")  # the process dies here

    monkeypatch.setattr(shutil, "copyfileobj", dies_half_way)
    with pytest.raises(SystemExit):
        backups.restore(data_dir, backup, NOW)
    monkeypatch.undo()
    reopened = Diary.open(data_dir)
    try:
        assert reopened.checkins.count() == 5  # the diary as it was, not half a backup
        reopened.backup_now(NOW + timedelta(minutes=1))  # the next backup tidies up
    finally:
        reopened.close()
    leftovers = [p.name for p in data_dir.rglob("*") if p.name.endswith((".partial", ".tmp"))]
    assert leftovers == []


def test_partial_files_of_killed_backups_are_removed_by_the_next_backup(diary, data_dir):
    _log(diary, 1)
    diary.backup_now(NOW)
    killed = data_dir / "backups" / "diary-20261123-080000-daily.sqlite3.99999999.partial"
    killed.write_bytes(b"x" * 10_000)
    old_style = data_dir / "backups" / "diary-20261122-080000-daily.partial"
    old_style.write_bytes(b"x" * 10_000)
    diary.backup_now(NOW + timedelta(minutes=1))
    assert not killed.exists() and not old_style.exists()


def test_restore_backs_up_the_current_diary_first(diary, data_dir):
    _log(diary, 2)
    backup = diary.backup_now(NOW)
    _log(diary, 3)
    diary.close()
    backups.restore(data_dir, backup, NOW + timedelta(minutes=5))
    before = [b for b in backups.list_backups(data_dir) if b.reason == "before-restore"]
    assert [b.checkins for b in before] == [5]


# --- backups before bulk changes and of a young diary ----------------------------------------


def test_a_csv_import_backs_up_the_diary_first(diary, data_dir, tmp_path):
    from recovery_tracker.exchange.csv_folder import export_csv, import_csv

    other = Diary.open(tmp_path / "other")
    for day in range(1, 4):
        other.checkins.add(CheckIn(date(2026, 10, day), time(9), 6))
    export_csv(other, tmp_path / "csv")
    other.close()
    _log(diary, 2)
    import_csv(diary, tmp_path / "csv", now=NOW, templates=[])
    [before] = [b for b in backups.list_backups(data_dir) if b.reason == "before-import"]
    assert before.checkins == 2
    import_csv(diary, tmp_path / "csv", now=NOW, templates=[])  # nothing new: no backup
    assert len([b for b in backups.list_backups(data_dir) if b.reason == "before-import"]) == 1


def test_a_fresh_diary_is_backed_up_as_soon_as_real_entries_exist(data_dir):
    diary = Diary.open(data_dir, now=lambda: NOW)
    try:
        diary.daily_backup_if_due(NOW)  # the first start's backup: empty
        diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
        protected = [b.entries for b in backups.list_backups(data_dir)]
        assert sorted(protected) == [0, 1]
        for day in range(2, 21):  # three weeks of back-filling
            diary.checkins.add(CheckIn(date(2026, 11, day), time(8), 4))
        assert backups.newest_backup(data_dir).entries >= 10  # never more than half unprotected
    finally:
        diary.close()


# --- the WAL: checkpointed regularly and on close; a safe copy for the patient ---------------


def _main_file_alone(data_dir, tmp_path):
    """What copying only diary.sqlite3 (as a patient would) gives."""
    copy = tmp_path / "copied.sqlite3"
    copy.write_bytes((data_dir / DATABASE_FILENAME).read_bytes())
    with sqlite3.connect(copy) as connection:
        return connection.execute("SELECT count(*) FROM checkins").fetchone()[0]


def test_the_wal_is_checkpointed_after_a_run_of_saves_and_on_close(data_dir, tmp_path):
    from recovery_tracker.storage.diary import CHECKPOINT_EVERY_COMMITS

    diary = Diary.open(data_dir)
    for i in range(CHECKPOINT_EVERY_COMMITS):
        diary.checkins.add(CheckIn(date(2026, 11, 1), time(i // 60 % 24, i % 60), 4))
    assert _main_file_alone(data_dir, tmp_path) == CHECKPOINT_EVERY_COMMITS
    diary.checkins.add(CheckIn(date(2026, 11, 2), time(8), 4))
    diary.checkpoint()  # what the window's timer does every few minutes
    assert _main_file_alone(data_dir, tmp_path) == CHECKPOINT_EVERY_COMMITS + 1
    diary.checkins.add(CheckIn(date(2026, 11, 3), time(8), 4))
    diary.close()
    assert _main_file_alone(data_dir, tmp_path) == CHECKPOINT_EVERY_COMMITS + 2
    wal = data_dir / (DATABASE_FILENAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_safe_copy_holds_every_save_and_is_private(diary, data_dir, tmp_path):
    _log(diary, 3)  # still in the WAL: the copy must include them
    target = tmp_path / "out" / "my diary.sqlite3"
    target.parent.mkdir()
    info = backups.save_copy(diary.database, data_dir, target)
    assert (info.checkins, info.path) == (3, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one whole file
    assert [p.name for p in target.parent.iterdir()] == ["my diary.sqlite3"]


@pytest.mark.parametrize("where", ["diary", "data folder", "backups"])
def test_a_safe_copy_never_lands_in_the_data_folder_or_over_the_diary(diary, data_dir, where):
    from recovery_tracker.storage.database import StorageError

    target = {
        "diary": data_dir / DATABASE_FILENAME,
        "data folder": data_dir / "copy.sqlite3",
        "backups": data_dir / "backups" / "copy.sqlite3",
    }[where]
    _log(diary, 1)
    with pytest.raises(StorageError, match="outside the diary folder"):
        backups.save_copy(diary.database, data_dir, target)
    assert diary.checkins.count() == 1
    assert not (data_dir / "copy.sqlite3").exists()


def test_leftovers_of_a_killed_backup_are_removed_when_the_diary_next_opens(diary, data_dir):
    diary.backup_now(NOW)
    diary.close()
    killed = data_dir / "backups" / "diary-20261123-080000-daily.sqlite3.99999999.partial"
    killed.write_bytes(b"x" * 10_000)
    restoring = data_dir / ".diary.sqlite3.99999999.restoring"
    restoring.write_bytes(b"x" * 10_000)
    Diary.open(data_dir).close()
    assert not killed.exists() and not restoring.exists()


RESTORER = """
import sys
from datetime import datetime
from pathlib import Path
from recovery_tracker.storage import backups

print("go", flush=True)
backups.restore(Path(sys.argv[1]), Path(sys.argv[2]), datetime.now())
print("done", flush=True)
"""


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="SIGKILL")
def test_restores_killed_at_random_moments_never_leave_a_half_diary(data_dir, tmp_path):
    """A real kill (SIGKILL) at random points of restoring a 4 MB backup, 20 times: the diary
    file is always a whole diary, the old one or the restored one."""
    import os
    import random
    import signal
    import subprocess
    import sys

    diary = Diary.open(data_dir)
    with diary.database.transaction() as connection:
        connection.executemany(
            "INSERT INTO checkins (date, time, pain, notes) VALUES ('2026-11-01', '08:00', 4, ?)",
            [("x" * 400,) for _ in range(10_000)],
        )
    big = diary.backup_now(NOW)
    diary.checkins.add(CheckIn(date(2026, 11, 2), time(8), 4))
    diary.close()
    rng = random.Random(3)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    outcomes = set()
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", RESTORER, str(data_dir), str(big)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout.readline().strip() == "go"
        time_to_kill = rng.uniform(0, 0.08)
        __import__("time").sleep(time_to_kill)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with sqlite3.connect(data_dir / DATABASE_FILENAME) as check:
            assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            outcomes.add(check.execute("SELECT count(*) FROM checkins").fetchone()[0])
    assert outcomes <= {10_000, 10_001}
    Diary.open(data_dir).close()
    assert not [p for p in data_dir.rglob("*") if p.name.endswith((".partial", ".restoring"))]


def test_two_backups_of_one_kind_in_one_minute_are_both_kept(diary, data_dir):
    """Two imports within a minute: the second "before-import" backup replaced the first, so
    the diary as it was before the first import was gone (the clock counts whole minutes)."""
    at = datetime(2026, 11, 26, 18, 51)
    diary.checkins.add(CheckIn(date=date(2026, 11, 20), time=time(8), pain=5))
    first = diary.backup_now(at, "before-import")
    diary.checkins.add(CheckIn(date=date(2026, 11, 21), time=time(8), pain=4))
    second = diary.backup_now(at, "before-import")
    assert first != second and first.exists() and second.exists()
    imports = [b for b in backups.list_backups(data_dir) if b.reason == "before-import"]
    assert sorted(b.checkins for b in imports) == [1, 2]
