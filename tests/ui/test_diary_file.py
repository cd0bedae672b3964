from datetime import date, datetime, time

from PySide6.QtWidgets import QMessageBox

from recovery_tracker.storage import backups
from recovery_tracker.storage.database import DATABASE_FILENAME, DamagedDatabaseError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.diary_file import Choice, explain_open_failure, open_with_recovery
from tests.conftest import NOW


def _damaged_diary_with_backup(data_dir):
    diary = Diary.open(data_dir)
    from recovery_tracker.domain.models import CheckIn

    for day in range(1, 5):
        diary.checkins.add(CheckIn(date(2026, 11, day), time(8), 5))
    diary.daily_backup_if_due(datetime(2026, 11, 5, 9))
    diary.close()
    (data_dir / DATABASE_FILENAME).write_text("scrambled " * 500)


def test_damaged_diary_restored_from_the_newest_backup_and_kept_aside(data_dir):
    _damaged_diary_with_backup(data_dir)
    asked = []

    def ask(error, newest):
        asked.append(explain_open_failure(error, newest))
        return Choice.RESTORE

    diary = open_with_recovery(data_dir, lambda: NOW, ask)
    try:
        assert diary.checkins.count() == 4
    finally:
        diary.close()
    assert "damaged" in asked[0] and "4 check-ins" in asked[0]
    aside = list(data_dir.glob("diary.sqlite3.damaged-*")) + list(
        data_dir.glob("diary.sqlite3.replaced-*")
    )
    assert aside and aside[0].read_text().startswith("scrambled")


def test_starting_new_keeps_the_damaged_file_and_quitting_touches_nothing(data_dir):
    _damaged_diary_with_backup(data_dir)
    assert open_with_recovery(data_dir, lambda: NOW, lambda e, n: Choice.QUIT) is None
    assert (data_dir / DATABASE_FILENAME).read_text().startswith("scrambled")
    diary = open_with_recovery(data_dir, lambda: NOW, lambda e, n: Choice.START_NEW)
    try:
        assert diary.checkins.count() == 0
    finally:
        diary.close()
    [aside] = data_dir.glob("diary.sqlite3.damaged-*")
    assert aside.read_text().startswith("scrambled")


def test_window_makes_the_daily_backup_after_showing(qtbot, window, data_dir):
    # After the first chart (which, first in a test run, imports matplotlib: seconds on a
    # busy machine) and then a pause: the start-up's work comes first.
    qtbot.waitUntil(lambda: (data_dir / "backups").is_dir(), timeout=30_000)
    [info] = backups.list_backups(data_dir)
    assert info.reason == "daily" and info.created.date() == NOW.date()


def test_restore_from_backup_in_the_window(qtbot, window, answer_dialogs, data_dir):
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 3})
    window.diary.service.diary.backup_now(NOW, "manual")
    window.diary.save_checkin({"date": date(2026, 11, 21), "time": time(8), "pain": 9})
    assert window.history.model.rowCount() == 2
    dialog = window.open_restore()
    manual = next(i for i, b in enumerate(dialog.backups) if b.reason == "manual")
    dialog.list.setCurrentRow(manual)
    answer_dialogs(QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    assert window.history.model.rowCount() == 1  # the views follow the restored diary
    assert list(data_dir.glob("diary.sqlite3.replaced-*"))
    reasons = {b.reason for b in backups.list_backups(data_dir)}
    assert "before-restore" in reasons  # and a copy of what was replaced, as a backup too


def test_explanations_name_the_problem_and_the_backup(data_dir):
    text = explain_open_failure(DamagedDatabaseError("The diary file x is damaged."), None)
    assert "There is no backup." in text and "kept aside" in text


def _entries(window, count, day=20):
    for i in range(count):
        window.diary.save_checkin({"date": date(2026, 11, day), "time": time(6, i), "pain": 3})


def test_restore_dialog_lists_newest_by_contents_and_shows_what_and_when(qtbot, window, data_dir):
    import os

    _entries(window, 2, day=2)
    from_2030 = window.diary.service.diary.backup_now(datetime(2030, 1, 1, 9), "daily")
    _entries(window, 5, day=20)
    real = window.diary.service.diary.backup_now(NOW, "daily")
    os.utime(from_2030, (1_790_000_000, 1_790_000_000))  # written before the real one
    dialog = window.open_restore()
    assert dialog.backups[0].path == real  # newest by what it holds
    first = dialog.list.item(0).text()
    written = datetime.fromtimestamp(real.stat().st_mtime)
    assert first.splitlines()[0].startswith(f"Written {backups.format_moment(written)} (daily)")
    assert "7 check-ins, 0 injections" in first and "newest entry Fri 20 Nov 2026" in first
    older = dialog.list.item(
        dialog.backups.index(next(b for b in dialog.backups if b.path == from_2030))
    ).text()
    assert "named Tue 1 Jan 2030" in older  # the clock that named it was wrong: said so
    dialog.reject()


def test_save_a_copy_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    _entries(window, 3)
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    [action] = [
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text() == "Save a cop&y of the diary…"
    ]
    action.trigger()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM checkins").fetchone()[0] == 3
    assert str(target) in window.statusBar().currentMessage()


def test_the_window_checkpoints_the_wal_every_few_minutes(qtbot, window, data_dir, tmp_path):
    import sqlite3

    from recovery_tracker.ui.diary_file import CheckpointTimer

    _entries(window, 2)  # in the WAL only
    copied = tmp_path / "copied.sqlite3"
    timer = window.findChild(CheckpointTimer)
    assert timer is not None and timer.interval() <= 5 * 60_000
    timer.timeout.emit()
    copied.write_bytes((data_dir / "diary.sqlite3").read_bytes())
    with sqlite3.connect(copied) as copy:
        assert copy.execute("SELECT count(*) FROM checkins").fetchone()[0] == 2


def test_save_a_copy_starts_in_a_folder_that_exists(qtbot, window, tmp_path, monkeypatch):
    # Without a Documents folder, the dialog opened in the app's own folder (its working
    # directory), as Import once did; the other file dialogs start in home then.
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    offered: list[str] = []

    def save_file_name(_parent, _title, start, _filters, *args, **kwargs):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    [action] = [
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text() == "Save a cop&y of the diary…"
    ]
    action.trigger()
    [start] = offered
    assert Path(start).parent.is_dir(), start
    assert Path(start).name.startswith("Recovery Tracker diary ")


def test_keys_pressed_while_a_restore_runs_start_nothing(
    qtbot, window, answer_dialogs, data_dir, monkeypatch
):
    """Enter pressed right after "Yes" (before the busy box shows, or Escape then Enter)
    started a second restore inside the first: the busy box never ended and the diary file
    went missing. While work runs behind the busy box, the keyboard and mouse start nothing
    and Escape does not close the box."""
    import time as wall

    from PySide6.QtCore import Qt, QTimer

    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 3})
    window.diary.service.diary.backup_now(NOW, "manual")
    dialog = window.open_restore()
    dialog.list.setCurrentRow(next(i for i, b in enumerate(dialog.backups) if b.reason == "manual"))
    answer_dialogs(*[QMessageBox.StandardButton.Yes] * 3)
    prepared: list[object] = []
    real = window.diary.prepare_restore

    def slowly(backup):
        prepared.append(backup)
        wall.sleep(1.0)  # long enough for the busy box to show
        return real(backup)

    monkeypatch.setattr(window.diary, "prepare_restore", slowly)

    def press(key):
        # As the desktop delivers keys: to the window that has the focus (the busy box, once
        # shown) and to the dialog's window, which pass them on to their focus widgets.
        for target in {QGuiApplication.focusWindow(), dialog.windowHandle()} - {None}:
            qtbot.keyClick(target, key)

    from PySide6.QtGui import QGuiApplication

    # Owned by the dialog: none can fire into a later test's window.
    QTimer.singleShot(100, dialog, lambda: press(Qt.Key.Key_Return))  # before the box shows
    QTimer.singleShot(600, dialog, lambda: press(Qt.Key.Key_Escape))  # the box shown
    QTimer.singleShot(700, dialog, lambda: press(Qt.Key.Key_Return))
    assert dialog.restore_selected()
    assert len(prepared) == 1
    assert (data_dir / "diary.sqlite3").exists()
    assert window.history.model.rowCount() == 1
