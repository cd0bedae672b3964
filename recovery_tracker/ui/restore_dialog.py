"""File > Restore from backup: every sound backup with its date and what it holds. Its own
module: the window's first paint does not wait for a dialog opened from a menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import translate
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.live_diary import LiveDiary


def describe_for_list(info: backups.BackupInfo) -> str:
    """Two lines: when the file was written (and why), then what it holds."""
    written = info.written or info.created
    first = translate("Recovery", "Written {when} ({reason})").format(
        when=backups.format_moment(written), reason=translate("Backups", info.reason)
    )
    if info.name_disagrees():
        first += translate("Recovery", "; file named {when}").format(
            when=backups.format_moment(info.created)
        )
    return f"{first}\n{info.describe_contents()}"


class RestoreDialog(QDialog):
    """File > Restore from backup: every sound backup with its date and entry count."""

    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(translate("Recovery", "Restore from backup"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("Recovery", "Backups, newest first"))
        self.list.setAlternatingRowColors(True)  # each backup is two lines: keep them apart
        # Each backup is opened to say what it holds: a moment each, many moments in all,
        # so on the background thread (the window goes on answering meanwhile).
        from recovery_tracker.ui.background import run_with_progress  # not before the window

        self.backups = run_with_progress(
            parent or self, translate("Recovery", "Reading your backups…"), diary.list_backups
        )
        for info in self.backups:
            QListWidgetItem(describe_for_list(info), self.list)
        if self.backups:
            self.list.setCurrentRow(0)
        intro = QLabel(
            translate(
                "Recovery",
                "Choose a backup to go back to. Your diary as it is now is kept aside first, so "
                "nothing is deleted. Newest first: by the newest entry each holds, then by when "
                "it was written.",
            )
            if self.backups
            else translate("Recovery", "There are no backups yet."),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(translate("Recovery", "&Restore…"), self)
        self.restore_button.setEnabled(bool(self.backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def restore_selected(self) -> bool:
        row = self.list.currentRow()
        if row < 0:
            return False
        info = self.backups[row]
        answer = QMessageBox.question(
            self,
            translate("Recovery", "Restore this backup?"),
            translate(
                "Recovery",
                "Go back to the backup of {backup}?\n\nEntries made since then will not "
                "be in your diary; the current file is kept aside in the diary folder.",
            ).format(backup=info.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._restore(info.path)
        except StorageError as error:
            QMessageBox.warning(self, translate("Recovery", "Could not restore"), str(error))
            return False
        self.accept()
        return True

    def _restore(self, backup: Path) -> None:
        """The slow parts on the background thread. The diary is closed and reopened only in
        between, on this thread, so that no view can read it while it is closed."""
        from recovery_tracker.ui.background import run_with_progress

        text = translate("Recovery", "Restoring the backup…")
        with self.diary.writing_apart():
            prepared = run_with_progress(self, text, lambda: self.diary.prepare_restore(backup))
            read = None
            try:
                self.diary.put_restored(prepared)
                read = run_with_progress(self, text, self.diary.read_apart)
            finally:
                self.diary.reload(read)  # the views follow the file, whatever happened
