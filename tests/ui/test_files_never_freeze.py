"""CSV import and export and a restore from backup on a 10-year diary: the window's thread
never works long at a stretch, and never reads the whole diary itself (issue 17).

The measure is the CPU time the window's thread spends between two ticks of a 10 ms timer:
that is what a key typed meanwhile waits for, and unlike the wall clock it does not count
the other programs on a busy test machine.
"""

import threading
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from recovery_tracker.exchange.csv_folder import export_csv
from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage import checkins, database
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from tests.conftest import NOW
from tests.ui.conftest import settle

YEARS_10 = (3650, 40)  # days (two check-ins each), injections: as the benchmark's diary
# Twice the 50 ms: CI machines are slower and busier than the one the bench runs on
# (66 ms was seen once under load); the bench measures the target itself. What this guards
# is that the window's thread does no bulk work at all (reading or redrawing years took it
# 64-113 ms), with the readers' thread checked exactly below.
MOST_WORK_MS = 100


@pytest.fixture
def ten_years(tmp_path, monkeypatch):
    """A 10-year diary exported as CSV (its last day the day before the window's today), and
    a list of the threads that read check-ins from the file."""
    source = Diary.open(tmp_path / "ten-years")
    last_day = NOW.date() - timedelta(days=1)
    insert_content(source, synthetic_content(*YEARS_10, last_day, load_templates().templates))
    export_csv(source, tmp_path / "csv")
    source.close()
    readers: list[str] = []
    for name in ("list", "daily_summaries"):
        real = getattr(checkins.CheckInRepository, name)

        def spied(self, *args, _real=real, **kwargs):
            readers.append(threading.current_thread().name)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(checkins.CheckInRepository, name, spied)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    return tmp_path / "csv", readers


class WorkMeter:
    """A 10 ms timer on the window's thread: the most CPU time that thread spent between two
    of its ticks, in ms."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._last = time.thread_time()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.thread_time()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest_ms


def _shown_and_drawn(qtbot, window) -> None:
    """The window as the patient has it a few seconds after start: its chart drawn, and its
    start-up's background work (reminders, the daily backup) done, which is not measured
    here."""
    window.show()
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    qtbot.waitUntil(
        lambda: window._background and not window._background.isActive(), timeout=20_000
    )
    settle(window)


def test_importing_ten_years_never_holds_the_window(qtbot, window, ten_years):
    folder, readers = ten_years
    _shown_and_drawn(qtbot, window)
    readers.clear()
    meter = WorkMeter()
    assert window.import_csv(folder) is not None
    settle(window)  # the chart of the imported diary, drawn
    qtbot.wait(50)
    assert meter.stop() < MOST_WORK_MS
    assert len(window.diary.checkins()) == 2 * YEARS_10[0]
    assert threading.main_thread().name not in readers  # the lists came ready
    # History shows the imported diary without reading it on the window's thread either.
    window.tabs.setCurrentWidget(window.history)
    assert window.history.model.rowCount() == 2 * YEARS_10[0]
    assert threading.main_thread().name not in readers


def test_importing_again_and_exporting_never_hold_the_window(qtbot, window, ten_years, tmp_path):
    folder, readers = ten_years
    window.import_csv(folder)
    _shown_and_drawn(qtbot, window)
    readers.clear()
    meter = WorkMeter()
    assert window.import_csv(folder) is not None  # everything is already there: skipped
    assert window.export_csv(tmp_path / "again") is not None
    settle(window)
    assert meter.stop() < MOST_WORK_MS
    assert threading.main_thread().name not in readers


def test_restoring_ten_years_never_holds_the_window(qtbot, window, ten_years, answer_dialogs):
    folder, readers = ten_years
    window.import_csv(folder)
    _shown_and_drawn(qtbot, window)
    window.diary.service.diary.backup_now(window.diary.clock(), "manual")
    window.diary.save_checkin({"date": NOW.date(), "time": "08:00", "pain": 9})
    settle(window)
    dialog = window.open_restore()
    dialog.list.setCurrentRow(next(i for i, b in enumerate(dialog.backups) if b.reason == "manual"))
    answer_dialogs(QMessageBox.StandardButton.Yes)
    readers.clear()
    meter = WorkMeter()
    assert dialog.restore_selected()
    settle(window)
    assert meter.stop() < MOST_WORK_MS
    assert len(window.diary.checkins()) == 2 * YEARS_10[0]  # today's check-in is gone
    assert threading.main_thread().name not in readers


def test_restore_checks_the_backups_pages_off_the_window(
    qtbot, window, ten_years, answer_dialogs, monkeypatch
):
    """quick_check reads every page of the file: 20 ms at 30 years, too long for the window's
    thread (the file is checked before it replaces the diary, on the background thread)."""
    folder, _readers = ten_years
    window.import_csv(folder)
    _shown_and_drawn(qtbot, window)
    window.diary.service.diary.backup_now(window.diary.clock(), "manual")
    dialog = window.open_restore()
    dialog.list.setCurrentRow(next(i for i, b in enumerate(dialog.backups) if b.reason == "manual"))
    answer_dialogs(QMessageBox.StandardButton.Yes)
    checkers: list[str] = []
    real = database.Database.check_pages

    def spied(self):
        if not self.pages_checked:  # asked before every write: only a check that reads counts
            checkers.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(database.Database, "check_pages", spied)
    assert dialog.restore_selected()
    settle(window)
    assert checkers  # the restored file was checked
    assert threading.main_thread().name not in checkers
    assert len(window.diary.checkins()) == 2 * YEARS_10[0]


def test_opening_the_list_of_backups_never_holds_the_window(qtbot, window, ten_years):
    folder, _readers = ten_years
    window.import_csv(folder)
    _shown_and_drawn(qtbot, window)
    for second in range(20):  # as many as the rotation keeps, each of 10 years
        window.diary.service.diary.backup_now(NOW + timedelta(seconds=second), "manual")
    meter = WorkMeter()
    dialog = window.open_restore()
    assert meter.stop() < MOST_WORK_MS
    assert len(dialog.backups) >= 20
    assert f"{2 * YEARS_10[0]} check-ins" in dialog.list.item(0).text()
    dialog.reject()
