"""File dialogs that start in Documents and then in the last folder the patient used.

They used to start in the home folder, or for Import in the app's own source folder, and
forgot the last folder every time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from recovery_tracker.ui.window_place import window_settings

LAST_FOLDER_KEY = "files/last_folder"


def start_folder() -> Path:
    """The last folder used if it still exists, else Documents, else home."""
    last = window_settings().value(LAST_FOLDER_KEY)
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(folder: Path) -> None:
    settings = window_settings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()


def choose_save_path(parent: QWidget, title: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save ``file_name``; None if the patient cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / file_name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path.parent)
    return path


def choose_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path)
    return path
