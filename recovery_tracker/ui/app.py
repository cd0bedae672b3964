"""Start the window: the Qt application, the diary, and clear words if the diary cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.locations import set_application_metadata
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        set_application_metadata()
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def open_window(data_dir: Path, clock: Clock = system_clock) -> MainWindow:
    """Open the diary in ``data_dir`` and build the main window on it (not yet shown)."""
    diary = Diary.open(data_dir)
    window = MainWindow(LiveDiary(diary, clock))
    window.destroyed.connect(lambda *_: diary.close())
    return window


def run_gui(data_dir: Path) -> int:
    app = application()
    try:
        window = open_window(data_dir)
    except StorageError as error:
        QMessageBox.critical(None, "Recovery Tracker cannot open your diary", str(error))
        return 1
    window.show()
    code = app.exec()
    window.diary.diary.close()
    return code
