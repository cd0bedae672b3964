"""Another program's write to the open diary (`recovery-tracker import csv` in a terminal)
is read on the background thread when the window's poll notices it, and the views take
those lists: read on the window's thread, years of entries held it 100-300 ms (issue 17)."""

import threading
from datetime import timedelta

import pytest

from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage import checkins
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from tests.conftest import NOW
from tests.ui.conftest import come_back_to, settle

DAYS, INJECTIONS = 730, 8


@pytest.fixture
def readers(monkeypatch):
    """The threads that read check-ins from the file."""
    names: list[str] = []
    for name in ("list", "daily_summaries"):
        real = getattr(checkins.CheckInRepository, name)

        def spied(self, *args, _real=real, **kwargs):
            names.append(threading.current_thread().name)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(checkins.CheckInRepository, name, spied)
    return names


def test_another_programs_import_is_read_off_the_window(qtbot, window, data_dir, readers):
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    settle(window)
    readers.clear()
    with qtbot.waitSignal(window.diary.changed, timeout=10_000):  # the poll's reload
        other = Diary.open(data_dir)
        last_day = NOW.date() - timedelta(days=1)
        templates = load_templates().templates
        insert_content(other, synthetic_content(DAYS, INJECTIONS, last_day, templates))
        other.close()
    settle(window)
    assert len(window.diary.checkins()) == 2 * DAYS
    assert threading.main_thread().name not in readers


def test_coming_back_to_the_window_reads_another_programs_write_off_the_window(
    qtbot, window, data_dir, readers
):
    """Back from the terminal where `recovery-tracker import csv` ran, the patient clicks the
    window before its one-second poll: the activation read the whole diary on the window's
    thread (100-300 ms at years of entries)."""
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    settle(window)
    window.diary._poll.stop()  # the activation alone, as if it came before the poll
    readers.clear()
    other = Diary.open(data_dir)
    last_day = NOW.date() - timedelta(days=1)
    insert_content(other, synthetic_content(DAYS, INJECTIONS, last_day, load_templates().templates))
    other.close()
    with qtbot.waitSignal(window.diary.changed, timeout=10_000):
        come_back_to(qtbot, window)
        assert threading.main_thread().name not in readers  # not read as the focus came
    settle(window)
    assert len(window.diary.checkins()) == 2 * DAYS
    assert threading.main_thread().name not in readers
