"""At start-up the first chart does not wait for the check-ins, and History opened right
after it waits for their read on the background thread instead of reading them on the
window's thread (issue 17: a 422 ms stall at 30 years when History read them itself)."""

import threading
import time
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QTableView

from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage import checkins
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from tests.conftest import NOW

DAYS, INJECTIONS = 365, 4
SLOW_READ_S = 0.4  # the check-ins' read, made slow: the chart must not wait for it


@pytest.fixture
def year_of_checkins(data_dir, monkeypatch):
    """A year of check-ins (two a day) in the test's diary; returns the names of the threads
    that read them, each once the read has returned."""
    diary = Diary.open(data_dir)
    last_day = NOW.date() - timedelta(days=1)
    insert_content(diary, synthetic_content(DAYS, INJECTIONS, last_day, load_templates().templates))
    diary.close()
    readers: list[str] = []
    real = checkins.CheckInRepository.list

    def slow_list(self, *args, **kwargs):
        whole = not args and not kwargs  # every check-in, not one day's
        if whole and threading.current_thread() is not threading.main_thread():
            time.sleep(SLOW_READ_S)
        result = real(self, *args, **kwargs)
        if whole:
            readers.append(threading.current_thread().name)
        return result

    monkeypatch.setattr(checkins.CheckInRepository, "list", slow_list)
    return readers


def test_the_first_chart_is_shown_before_the_checkins_are_read(
    qtbot, year_of_checkins, open_main_window
):
    readers = year_of_checkins
    window = open_main_window()
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    assert readers == []  # the chart came without them
    qtbot.waitUntil(lambda: readers != [], timeout=20_000)
    assert threading.main_thread().name not in readers


def test_history_opened_right_after_the_chart_takes_the_read_under_way(
    qtbot, year_of_checkins, open_main_window
):
    readers = year_of_checkins
    window = open_main_window()
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.history)  # as a patient clicks it at once
    table = window.history.findChild(QTableView)
    qtbot.waitUntil(lambda: table.isVisible() and table.model() is not None, timeout=20_000)
    assert table.model().rowCount() == 2 * DAYS
    assert readers and threading.main_thread().name not in readers
    assert window.history.count_label.text() == f"{2 * DAYS} check-ins"
