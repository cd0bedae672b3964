"""A notes field that holds no more than the diary stores, refusing the rest as it comes in.

The limit used to be checked only at save: pasting 1 MB froze the window for a minute while
Qt laid out text that could never be saved. Here a paste is cut to what fits before Qt sees
it, and typing past the limit is refused, each time with a sentence saying so.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from recovery_tracker.domain.text import translate
from recovery_tracker.domain.validation import MAX_NOTES_LENGTH


class NoteEdit(QPlainTextEdit):
    refused = Signal(str)  # what was not taken in, to show under the field

    def __init__(self, parent: QWidget | None = None, max_length: int = MAX_NOTES_LENGTH):
        super().__init__(parent)
        self.max_length = max_length
        self.setTabChangesFocus(True)  # Tab moves on, so keyboard users never get stuck

    def room(self) -> int:
        """How many more characters fit, counting a selection as about to be replaced."""
        used = self.document().characterCount() - 1  # Qt counts one paragraph end extra
        return self.max_length - used + len(self.textCursor().selectedText())

    def _refuse(self) -> None:
        self.refused.emit(
            translate(
                "NoteEdit", "This field holds up to {limit} characters; the rest was not added."
            ).format(limit=f"{self.max_length:,}")
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        room = max(self.room(), 0)
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(text[:room])
        self.ensureCursorVisible()
        self._refuse()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if typed and (typed.isprintable() or typed in "\r\n") and self.room() < len(typed):
            self._refuse()
            event.accept()
            return
        super().keyPressEvent(event)
