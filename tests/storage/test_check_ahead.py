"""The diary's pages checked ahead, on a thread, while the window's code loads: the window's
own open skips its check only for the very file found sound (storage/check_ahead.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, time

import pytest

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.check_ahead import CheckAhead
from recovery_tracker.storage.database import DATABASE_FILENAME, Database
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.diary_file import Choice, open_with_recovery
from tests.conftest import NOW


def _diary(data_dir):
    diary = Diary.open(data_dir)
    for day in range(1, 5):
        diary.checkins.add(CheckIn(date(2026, 11, day), time(8), 5))
    diary.daily_backup_if_due(NOW)
    diary.close()
    return data_dir / DATABASE_FILENAME


def _made_diary(data_dir, checks_on_open):
    path = _diary(data_dir)
    checks_on_open.clear()  # those of making it
    return path


@pytest.fixture
def checks_on_open(monkeypatch):
    """The page checks the opening connection itself made."""
    made: list[str] = []
    real = Database._check_integrity

    def check(self):
        made.append(str(self.path))
        real(self)

    monkeypatch.setattr(Database, "_check_integrity", check)
    return made


def test_a_sound_diary_checked_ahead_is_not_checked_again_on_opening(data_dir, checks_on_open):
    path = _made_diary(data_dir, checks_on_open)
    ahead = CheckAhead(path)
    assert ahead.found_sound()
    diary = open_with_recovery(data_dir, lambda: NOW, checked_ahead=ahead)
    try:
        assert diary is not None and diary.checkins.count() == 4
    finally:
        diary.close()
    assert checks_on_open == []


def test_without_a_check_ahead_the_opening_checks_the_pages(data_dir, checks_on_open):
    _made_diary(data_dir, checks_on_open)
    open_with_recovery(data_dir, lambda: NOW).close()
    assert checks_on_open == [str(data_dir / DATABASE_FILENAME)]


def test_damaged_pages_found_ahead_still_lead_to_the_patients_choice(data_dir, checks_on_open):
    path = _diary(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 8] = b"\xff" * 8  # every b-tree page header
    path.write_bytes(bytes(data))
    ahead = CheckAhead(path)
    assert not ahead.found_sound()
    asked = []
    diary = open_with_recovery(
        data_dir, lambda: NOW, lambda error, newest: asked.append(error) or Choice.RESTORE, ahead
    )
    try:
        assert diary is not None and diary.checkins.count() == 4  # from the backup
    finally:
        diary.close()
    assert "damaged" in str(asked[0])


def test_a_file_moved_in_after_the_check_is_checked_itself(data_dir, tmp_path, checks_on_open):
    path = _made_diary(data_dir, checks_on_open)
    ahead = CheckAhead(path)
    assert ahead.found_sound()
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(path, other)
    os.replace(other, path)  # a restore, say: another file under the same name
    assert not ahead.found_sound()
    open_with_recovery(data_dir, lambda: NOW, checked_ahead=ahead).close()
    assert checks_on_open == [str(path)]


@pytest.mark.parametrize("content", [None, b"", b"not a database " * 300])
def test_no_diary_an_empty_or_a_foreign_file_is_never_found_sound(data_dir, content):
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_FILENAME
    if content is not None:
        path.write_bytes(content)
    assert not CheckAhead(path).found_sound()


def test_the_check_runs_at_the_lowest_priority_never_taking_the_windows_core(data_dir, monkeypatch):
    import threading

    asked = []
    monkeypatch.setattr(os, "setpriority", lambda *args: asked.append(args))
    ahead = CheckAhead(_diary(data_dir))
    ahead.found_sound()
    assert asked == [(os.PRIO_PROCESS, ahead._thread.native_id, 19)]
    assert ahead._thread is not threading.main_thread()


def test_a_folder_whose_lock_is_taken_is_not_looked_at(data_dir):
    """Another window has it, or a restore from the command line: the start that finds it so
    only brings that window forward, and leaves no -wal or -shm file behind."""
    path = _diary(data_dir)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    lock = data_dir / ".recovery-tracker.lock"
    lock.write_text("12345\nrecovery-tracker\nhost\n")
    ahead = CheckAhead(path, unless_locked=lock)
    assert not ahead.found_sound()
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("diary")) == [
        "diary.sqlite3"
    ]


def test_a_check_not_finished_when_the_window_opens_is_dropped(data_dir, monkeypatch):
    """On a computer busy at a higher priority the check may not have run yet: the window
    does not wait for it, but checks the file itself."""
    import threading

    from recovery_tracker.storage import check_ahead

    path = _diary(data_dir)
    held, real = threading.Event(), check_ahead._identity
    monkeypatch.setattr(check_ahead, "_identity", lambda p: held.wait(10) and real(p))
    ahead = CheckAhead(path)
    assert not ahead.found_sound(wait_s=0.01)
    held.set()
    ahead._thread.join(10)
    assert not ahead._thread.is_alive()
    assert not ahead.found_sound()  # dropped: its answer no longer counts
