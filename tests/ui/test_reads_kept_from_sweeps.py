"""After an import or a restore, the diary read again (100,000 objects at 30 years) is kept
out of the cyclic collector's sweeps, as start-up's objects are (issue 17).

Left in, the collector soon swept them all at once, and again every few sweeps after: a
full collection held the interpreter 40-180 ms at 30 years on whichever thread set it off,
and the window's thread waited that long. When the window goes, they are swept again, so
a closed window's lists are freed as before.
"""

import gc
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.exchange.csv_folder import export_csv
from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from recovery_tracker.ui.app import open_window
from tests.conftest import NOW
from tests.ui.conftest import settle

DAYS, INJECTIONS = 730, 8  # two years: enough to count, quick to import


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


def swept_checkins() -> int:
    """Check-ins the collector still looks at (frozen ones are not in its generations)."""
    return sum(1 for item in gc.get_objects() if isinstance(item, CheckIn))


def test_an_imported_diary_is_not_swept_again(qtbot, window, exported):
    window.import_csv(exported)
    settle(window)
    assert len(window.diary.checkins()) == 2 * DAYS
    assert swept_checkins() < DAYS // 10  # none of the lists read after the import


def test_a_restored_diary_is_not_swept_again(qtbot, window, exported, answer_dialogs):
    window.import_csv(exported)
    settle(window)
    window.diary.service.diary.backup_now(window.diary.clock(), "manual")
    dialog = window.open_restore()
    dialog.list.setCurrentRow(next(i for i, b in enumerate(dialog.backups) if b.reason == "manual"))
    answer_dialogs(QMessageBox.StandardButton.Yes)
    gc.unfreeze()  # what the import froze: only the restore's own read counts here
    assert dialog.restore_selected()
    settle(window)
    assert len(window.diary.checkins()) == 2 * DAYS
    assert swept_checkins() < DAYS // 10


def test_a_closed_windows_lists_are_freed(qtbot, data_dir, exported):
    """Frozen for good, a window's lists outlived it: in the benchmark, which imports into a
    new window each time, the peak memory grew by 40-80 MB."""
    gc.unfreeze()
    gc.collect()  # earlier tests' windows
    before = swept_checkins()  # what earlier tests keep alive
    window = open_window(data_dir, clock=lambda: NOW)
    window.show()
    qtbot.waitExposed(window)
    window.import_csv(exported)
    settle(window)
    assert swept_checkins() - before < DAYS // 10
    window.today.form.reset(window.diary.clock())
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window
    gc.collect()
    assert gc.get_freeze_count() == 0
    assert swept_checkins() - before < DAYS // 10  # freed, not kept frozen for good
