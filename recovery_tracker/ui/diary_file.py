"""When the diary cannot be opened; the diary's regular checkpoints; a copy of it saved where
the patient chooses. (File > Restore from backup is restore_dialog.py.)

The damaged or replaced file is always moved aside under a new name, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from recovery_tracker.domain.text import translate
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import (
    DamagedDatabaseError,
    DiaryMissingError,
    NewerDatabaseError,
    StorageError,
)
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.qt_later import QMessageBox

T = TypeVar("T")


class Choice(Enum):
    RESTORE = "restore"
    START_NEW = "start new"
    QUIT = "quit"


def explain_open_failure(error: StorageError, newest: backups.BackupInfo | None) -> str:
    if isinstance(error, NewerDatabaseError):
        advice = translate(
            "Recovery", "You can update Recovery Tracker, or open your newest backup instead."
        )
    elif isinstance(error, DiaryMissingError):
        advice = translate("Recovery", "Your diary can be brought back from its newest backup.")
    elif isinstance(error, DamagedDatabaseError):
        advice = translate(
            "Recovery",
            "The damaged file will be kept aside (not deleted) so nothing is lost, and your "
            "newest backup can take its place.",
        )
    else:
        advice = ""
    backup_text = (
        "\n\n"
        + translate("Recovery", "Newest good backup: {backup}.").format(backup=newest.describe())
        if newest
        else "\n\n" + translate("Recovery", "There is no backup.")
    )
    return f"{error}\n\n{advice}{backup_text}".strip()


def ask_how_to_recover(
    error: StorageError, newest: backups.BackupInfo | None, parent: QWidget | None = None
) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Recovery", "Your diary could not be opened"))
    box.setText(explain_open_failure(error, newest))
    restore = (
        box.addButton(
            translate("Recovery", "Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole
        )
        if newest
        else None
    )
    start_new = None
    if not isinstance(error, NewerDatabaseError):
        start_new = box.addButton(
            translate("Recovery", "Start a new, empty diary"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    quit_button = box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Choice.RESTORE
    if start_new is not None and clicked is start_new:
        return Choice.START_NEW
    return Choice.QUIT


def open_with_recovery(
    data_dir: Path,
    now: Callable[[], datetime],
    ask: Callable[[StorageError, backups.BackupInfo | None], Choice] = ask_how_to_recover,
) -> Diary | None:
    """Open the diary; on a damaged, missing or too-new file let the patient choose."""
    return build_with_recovery(data_dir, now, _as_opened, ask)


def _as_opened(diary: Diary) -> Diary:
    return diary


def build_with_recovery(
    data_dir: Path,
    now: Callable[[], datetime],
    build: Callable[[Diary], T],
    ask: Callable[[StorageError, backups.BackupInfo | None], Choice] = ask_how_to_recover,
    check_later: bool = False,
) -> T | None:
    """Open the diary and ``build`` on it (the window); on a damaged, missing or too-new file
    let the patient choose. With ``check_later`` the file's pages are checked once the window
    is up (ui/startup.py, note 10): damage that ``build``'s reads meet gets the same choice."""
    for _attempt in range(3):
        diary: Diary | None = None
        try:
            diary = Diary.open(data_dir, now=now, check_later=check_later)
            return build(diary)
        except (DamagedDatabaseError, DiaryMissingError, NewerDatabaseError) as error:
            if diary is not None:
                diary.close(checkpoint=False)  # nothing is written into a damaged file
            newest = backups.newest_backup(data_dir)
            choice = ask(error, newest)
            if choice is Choice.QUIT:
                return None
            if choice is Choice.RESTORE and newest is not None:
                backups.restore(data_dir, newest.path, now())
                continue
            label = "newer-version" if isinstance(error, NewerDatabaseError) else "damaged"
            backups.move_aside(data_dir, label, now())
            return build(Diary.open(data_dir, now=now, allow_new=True))
    return None


# Saves also reach the diary file itself after every 50 (storage.diary); this covers the
# patient who saves a few entries and leaves the window open for days.
CHECKPOINT_EVERY_MS = 3 * 60_000


class CheckpointTimer(QTimer):
    """Every few minutes, copies the saves still in SQLite's WAL into ``diary.sqlite3``, so a
    copy of that one file is never more than a few minutes behind. Belongs to the window."""

    def __init__(self, diary: LiveDiary, parent: QWidget) -> None:
        super().__init__(parent)
        self._diary = diary
        self.setInterval(CHECKPOINT_EVERY_MS)
        self.timeout.connect(self._checkpoint)

    def _checkpoint(self) -> None:
        self._diary.checkpoint()


def save_copy_of_diary(
    diary: LiveDiary, window: QMainWindow, path: Path | None = None
) -> Path | None:
    """File > Save a copy of the diary: a whole, private copy where the patient chooses."""
    if path is None:
        name = translate("Recovery", "Recovery Tracker diary {day}.sqlite3").format(
            day=diary.today().isoformat()
        )
        # As every file dialog: the last folder, else Documents, else home. A Documents folder
        # that does not exist left the dialog in the app's working directory.
        from recovery_tracker.ui.file_dialogs import choose_save_path  # not before first paint

        path = choose_save_path(
            window,
            translate("Recovery", "Save a copy of the diary"),
            name,
            translate("Recovery", "Recovery Tracker diaries (*.sqlite3)"),
        )
        if path is None:
            return None
    try:
        copy = diary.save_copy(path)
    except StorageError as error:
        QMessageBox.warning(window, translate("Recovery", "No copy saved"), str(error))
        return None
    window.statusBar().showMessage(
        translate("Recovery", "Saved a copy of your diary ({contents}) to {path}").format(
            contents=copy.describe_contents(), path=path
        ),
        10_000,
    )
    return path
