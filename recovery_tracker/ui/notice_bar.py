"""The calm band above the window's content for reminders and problems. A module of its own:
the window shows it from its first paint, and reminders (ui/reminders.py) come a moment later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.rich_text import escaped


class NoticeBar(QFrame):
    """A calm band above the content for reminders and problems; each notice can be dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(
            "QFrame#noticeBar { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(9, 4, 9, 4)
        self.hide()

    def add(self, title: str, message: str) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{escaped(title)}</b> {escaped(message)}", row)
        label.setWordWrap(True)
        label.setAccessibleName(f"{title}. {message}")
        dismiss = QPushButton(translate("Reminders", "Dismiss"), row)
        dismiss.setAccessibleName(translate("Reminders", "Dismiss: {title}").format(title=title))
        dismiss.clicked.connect(lambda: self._remove(row))
        layout.addWidget(label, 1)
        layout.addWidget(dismiss)
        self._layout.addWidget(row)
        self.show()
        return row

    def messages(self) -> list[str]:
        return [
            label.accessibleName()
            for label in self.findChildren(QLabel)
            if not (row := label.parentWidget()) or not row.isHidden()  # removed: goes later
        ]

    def remove(self, row: QWidget) -> None:
        """Take a notice away (its reminder no longer applies); one dismissed already is
        left as it is."""
        if row.parentWidget() is self and not row.isHidden():
            self._remove(row)

    def _remove(self, row: QWidget) -> None:
        row.hide()
        self._layout.removeWidget(row)
        row.deleteLater()
        if self._layout.count() == 0:
            self.hide()
