"""A table on a hidden tab follows a change of the diary when it shows, not at once: after
an import or a restore, History's rows were read and sorted and its columns (and the other
built tabs') measured over years of entries on the window's thread, for nobody (issue 17)."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from recovery_tracker.exchange.csv_folder import export_csv
from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from recovery_tracker.ui.history import CheckInTableModel
from tests.conftest import NOW
from tests.ui.conftest import settle

DAYS, INJECTIONS = 365, 4


@pytest.fixture
def exported(tmp_path, monkeypatch):
    source = Diary.open(tmp_path / "source")
    last_day = NOW.date() - timedelta(days=1)
    templates = load_templates().templates
    insert_content(source, synthetic_content(DAYS, INJECTIONS, last_day, templates))
    export_csv(source, tmp_path / "csv")
    source.close()
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    return tmp_path / "csv"


@pytest.fixture
def loads(monkeypatch):
    """Each time History's rows are read."""
    counted: list[int] = []
    real = CheckInTableModel.load_rows

    def counting(self):
        counted.append(1)
        return real(self)

    monkeypatch.setattr(CheckInTableModel, "load_rows", counting)
    return counted


def _history_opened_then_left(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.table.isVisible())
    window.tabs.setCurrentIndex(0)  # back to Progress: History is hidden
    qtbot.waitUntil(lambda: not window.history.table.isVisible())


def test_a_hidden_history_reads_its_rows_when_shown(qtbot, window, exported, loads):
    _history_opened_then_left(qtbot, window)
    loads.clear()
    window.import_csv(exported)
    settle(window)
    assert loads == []  # hidden: nothing read, sorted or measured
    window.resize(window.width() - 120, window.height() - 40)  # its table laid out again
    qtbot.wait(50)
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.table.isVisible())
    assert loads == [1]
    assert window.history.table.model().rowCount() == 2 * DAYS
    newest = window.history.table.model().index(0, 0).data()
    assert newest == window.history.model.data(window.history.model.index(0, 0))
    assert window.history.count_label.text() == f"{2 * DAYS} check-ins"


def test_a_shown_history_follows_at_once(qtbot, window, exported, loads):
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.table.isVisible())
    loads.clear()
    window.import_csv(exported)
    assert loads == [1]
    assert window.history.table.model().rowCount() == 2 * DAYS


def test_what_a_hidden_table_holds_is_never_old_when_asked(qtbot, window, exported, loads):
    """Code that asks a hidden tab's model (a summary, a test) gets the diary as it is."""
    _history_opened_then_left(qtbot, window)
    window.import_csv(exported)
    settle(window)
    assert window.history.model.rowCount() == 2 * DAYS
    window.diary.save_checkin({"date": NOW.date(), "time": "08:00", "pain": 3})
    assert window.history.model.rowCount() == 2 * DAYS + 1
    assert window.history.model.entry_at(0).date == NOW.date()  # newest first
