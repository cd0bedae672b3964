"""The window opens its diary without checking every page first (issue 17: 20-25 ms at 30
years before the first paint); the first chart's read checks them on the background thread.
Damage found then, or met while the window is built, is said and offered the newest backup,
and nothing is saved into a damaged file."""

import contextlib
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView

from recovery_tracker.storage.database import DATABASE_FILENAME, DamagedDatabaseError
from recovery_tracker.ui.app import open_window, say_storage_errors_in
from recovery_tracker.ui.diary_file import Choice, build_with_recovery
from tests.conftest import NOW
from tests.storage.test_pages_checked_later import IMPOSSIBLE_DATE, OUT_OF_RANGE, _diary_with
from tests.ui.conftest import close_windows


@pytest.fixture
def start_window(qtbot, data_dir, monkeypatch):
    """Starts the window as the app does (pages checked later); closes it afterwards."""
    opened = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards

    def start(ask):
        window = build_with_recovery(
            data_dir,
            lambda: NOW,
            lambda diary: open_window(data_dir, clock=lambda: NOW, diary=diary),
            ask,
            check_later=True,
        )
        say_storage_errors_in(window)  # as run_gui does
        with qtbot.waitExposed(window):
            window.show()
        opened.append(window)
        return window

    yield start
    close_windows(opened)


def _never_asked(error, newest):
    raise AssertionError(f"asked about {error}")


def test_damage_found_after_the_window_is_up_is_said_and_nothing_is_saved(
    qtbot, data_dir, start_window, monkeypatch
):
    _diary_with(data_dir, OUT_OF_RANGE)  # a row years back: the Today form never reads it
    refused = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: refused.append(text)
    )
    window = start_window(_never_asked)
    assert window.today.isVisible()  # up without waiting for the check
    qtbot.waitUntil(
        lambda: any("diary file is damaged" in m for m in window.notices.messages()),
        timeout=30_000,
    )
    [notice] = window.notices.messages()
    assert "CHECK constraint" in notice and "File > Restore from backup" in notice

    qtbot.keyClick(window.today.form.scores["pain"], Qt.Key.Key_3)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    assert refused and "damaged" in refused[0]
    assert "File > Restore from backup" in refused[0]  # and what to do about it
    assert window.diary.service.diary.checkins.count() == 5  # the four and the bad one


def test_damage_met_while_the_window_is_built_is_offered_the_newest_backup(
    qtbot, data_dir, start_window
):
    _diary_with(data_dir, None)
    path = data_dir / DATABASE_FILENAME
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // page_size):  # all but the first: the file still opens
        data[page * page_size : page * page_size + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    asked = []

    def ask(error, newest):
        asked.append(error)
        return Choice.RESTORE

    window = start_window(ask)
    [error] = asked
    assert isinstance(error, DamagedDatabaseError)
    assert window.diary.service.diary.checkins.count() == 4  # the backup's


def test_an_impossible_date_met_after_the_first_paint_is_said_in_the_window(
    qtbot, data_dir, start_window
):
    """The first check-in's date is read for the chart's range, after the first paint, in a
    slot: the damage is said in the window, not printed as a traceback behind it."""
    _diary_with(data_dir, IMPOSSIBLE_DATE)  # the earliest check-in, by its text
    window = start_window(_never_asked)
    qtbot.waitUntil(
        lambda: any("cannot read" in m for m in window.notices.messages()), timeout=30_000
    )
    assert "File > Restore from backup" in window.notices.messages()[0]


def _click_tab(qtbot, window, title):
    bar = window.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    return window.tabs.widget(index)


def test_a_damaged_diary_says_so_in_each_tab_and_a_restore_brings_all_back(
    qtbot, data_dir, start_window, answer_dialogs
):
    """Tester's steps: a value another program wrote, then History (the window crashed: the
    table's row count raised inside Qt), then the report, then File > Restore from backup."""
    _diary_with(data_dir, IMPOSSIBLE_DATE)
    window = start_window(_never_asked)
    qtbot.waitUntil(lambda: "No chart" in window.chart.placeholder.text(), timeout=30_000)
    assert len(window.notices.messages()) == 1

    history = _click_tab(qtbot, window, "History")
    qtbot.waitUntil(lambda: history.isVisible())
    table = history.findChild(QTableView)
    assert table.model().rowCount() == 0  # said in the notice, not shown half
    assert len(window.notices.messages()) == 1  # said once

    visits = _click_tab(qtbot, window, "Visits")  # built, though History met the damage
    qtbot.waitUntil(lambda: any(b.isVisible() for b in visits.findChildren(QPushButton)))

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the report
    qtbot.waitUntil(lambda: "cannot read" in window.today.confirmation.text())

    dialog = window.open_restore()
    dialog.list.setCurrentRow(0)  # the one backup, from before the bad value
    answer_dialogs(QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    qtbot.waitUntil(lambda: table.model().rowCount() == 4, timeout=30_000)
    assert window.notices.messages() == []  # the damaged file is gone, and so is its notice
    _click_tab(qtbot, window, "Progress")
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=30_000)
