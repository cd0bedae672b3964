"""The backup commands: never pull the diary from under an open window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "recovery_tracker", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def _diary_with_backup(data: Path, checkins: int = 3) -> None:
    diary = Diary.open(data)
    for day in range(1, checkins + 1):
        diary.checkins.add(CheckIn(date(2026, 11, day), time(8), 4))
    diary.backup_now(datetime(2026, 11, 24, 9, 0))
    diary.checkins.add(CheckIn(date(2026, 11, 20), time(8), 5))
    diary.close()


def test_restore_is_refused_while_the_window_holds_the_diary(qapp, tmp_path):
    data = tmp_path / "data"
    _diary_with_backup(data)
    diary_file = data / "diary.sqlite3"
    before = diary_file.stat().st_ino
    window_lock = SingleInstance(data)  # what the open window holds
    assert window_lock.acquire(listen=False)
    try:
        refused = run_cli("--data-dir", str(data), "backup", "restore", "--latest")
    finally:
        window_lock.release()
    assert refused.returncode == 1
    message = refused.stderr.strip()
    assert "is running with this diary" in message and message.count(".") >= 1
    assert len(message.splitlines()) == 1
    assert diary_file.stat().st_ino == before  # not moved away
    assert not list(data.glob("diary.sqlite3.replaced-*"))
    diary = Diary.open(data)
    try:
        assert diary.checkins.count() == 4
    finally:
        diary.close()

    allowed = run_cli("--data-dir", str(data), "backup", "restore", "--latest")
    assert allowed.returncode == 0, allowed.stderr


def test_backup_now_writes_a_whole_copy_even_while_the_diary_is_open(tmp_path):
    import sqlite3

    data = tmp_path / "data"
    open_diary = Diary.open(data)  # e.g. the window: its latest saves are still in the WAL
    try:
        for day in range(1, 6):
            open_diary.checkins.add(CheckIn(date(2026, 11, day), time(8), 4))
        target = tmp_path / "usb stick" / "diary copy.sqlite3"
        target.parent.mkdir()
        done = run_cli("--data-dir", str(data), "backup", "now", "--out", str(target))
        assert done.returncode == 0, done.stderr
        assert "5 check-ins" in done.stdout and str(target) in done.stdout
        with sqlite3.connect(target) as copy:
            assert copy.execute("SELECT count(*) FROM checkins").fetchone()[0] == 5
        assert oct(target.stat().st_mode & 0o777) == "0o600"

        for inside in (data / "diary.sqlite3", data / "backups" / "x.sqlite3", data):
            refused = run_cli("--data-dir", str(data), "backup", "now", "--out", str(inside))
            assert refused.returncode == 1
            assert "outside the diary folder" in refused.stderr
        assert open_diary.checkins.count() == 5
    finally:
        open_diary.close()


def test_restore_is_refused_while_the_real_window_is_open(tmp_path):
    import time as clock

    from recovery_tracker.ui.single_instance import LOCK_FILENAME

    data = tmp_path / "data"
    _diary_with_backup(data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [sys.executable, "-m", "recovery_tracker", "--data-dir", str(data)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = clock.monotonic() + 30
        while not (data / LOCK_FILENAME).exists():
            assert clock.monotonic() < deadline, "the window did not start"
            assert window.poll() is None, window.stderr.read().decode()
            clock.sleep(0.1)
        refused = run_cli("--data-dir", str(data), "backup", "restore", "--latest")
        assert refused.returncode == 1
        assert "is running with this diary" in refused.stderr
        assert window.poll() is None  # the window is untouched and still running
    finally:
        window.kill()
        window.wait(10)
    assert not list(data.glob("diary.sqlite3.replaced-*"))
