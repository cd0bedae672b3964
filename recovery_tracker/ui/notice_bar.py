"""The calm band above the window's content for reminders and problems. A module of its own:
the window shows it from its first paint, and reminders (ui/reminders.py) come a moment later.

A notice known before the window is shown (the sample diary's, a template problem) takes its
place in the band, in the first paint. One that comes once the window is up (a reminder about
2 s after start where the desktop has no tray or notification service, a problem reported
later) floats in a card over the bottom corner of the current tab's content view instead (the
chart, a list's rows; never a button, tab name or scroll bar): growing the band moved the whole
form ~33 px down under a patient already clicking a score, and squeezed the chart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.qt_later import Qt
from recovery_tracker.ui.rich_text import escaped

if TYPE_CHECKING:  # made with the first notice after the window is up, imported then
    from recovery_tracker.ui.floating_notices import FloatingNotices


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
        self._card: FloatingNotices | None = None
        self._tabs: QTabWidget | None = None
        self._focus_home: Callable[[], None] | None = None
        self._focus_before: QWidget | None = None
        self._watching_focus = False
        self.hide()

    def float_over(self, tabs: QTabWidget, focus_home: Callable[[], None] | None = None) -> None:
        """From when the window is shown on, new notices float over the content view of
        ``tabs``' current tab rather than grow the band (which would move everything below
        it). ``focus_home`` takes the keyboard after a Dismiss if where it was is gone."""
        self._tabs = tabs
        self._focus_home = focus_home

    def add(self, title: str, message: str) -> QWidget:
        self._watch_focus()
        if self._tabs is not None and self.window().isVisible():
            if self._card is None:
                from recovery_tracker.ui.floating_notices import FloatingNotices

                self._card = FloatingNotices(self._tabs, self._dismissed)
            return self._card.add(title, message)
        row = notice_row(title, message, self, self._dismissed)
        self._layout.addWidget(row)
        self.show()
        return row

    def messages(self) -> list[str]:
        """The notices shown, in the band and floating."""
        return _messages(self) + (_messages(self._card) if self._card is not None else [])

    def remove(self, row: QWidget) -> None:
        """Take a notice away (its reminder no longer applies); one dismissed already is
        left as it is."""
        if self._card is not None and self._card.holds(row):
            self._card.remove(row)
        elif row.parentWidget() is self and not row.isHidden():
            self._remove(row)

    def _remove(self, row: QWidget) -> None:
        if take_away_notice(row, self._layout):
            self.hide()

    def _dismissed(self, row: QWidget) -> None:
        """The patient dismissed ``row``: the keyboard goes back to where it was (its Dismiss
        button had it, and went; a digit typed next was lost)."""
        focus = QApplication.focusWidget()
        had_focus = focus is None or row.isAncestorOf(focus)
        self.remove(row)
        if had_focus:
            self._give_focus_back()

    def _give_focus_back(self) -> None:
        before = self._focus_before
        if (
            before is not None
            and shiboken6.isValid(before)
            and before.window() is self.window()
            and before.isVisible()
            and before.isEnabled()
        ):
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._focus_home is not None:
            self._focus_home()

    def _watch_focus(self) -> None:
        # Only once there is a notice: nothing of this before the window's first paint.
        if not self._watching_focus:
            self._watching_focus = True
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        if new is not None and self._holds(new) and old is not None and not self._holds(old):
            self._focus_before = old

    def _holds(self, widget: QWidget) -> bool:
        return self.isAncestorOf(widget) or (
            self._card is not None and self._card.isAncestorOf(widget)
        )


def take_away_notice(row: QWidget, layout: QVBoxLayout) -> bool:
    """Remove a notice from its layout; True if it was the last one there."""
    row.hide()
    layout.removeWidget(row)
    row.deleteLater()
    return layout.count() == 0


def notice_row(
    title: str, message: str, parent: QWidget, dismissed: Callable[[QWidget], None]
) -> QWidget:
    """A notice: its words, and a button that hands it to ``dismissed``."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{escaped(title)}</b> {escaped(message)}", row)
    label.setWordWrap(True)
    label.setAccessibleName(f"{title}. {message}")
    dismiss = QPushButton(translate("Reminders", "Dismiss"), row)
    dismiss.setAccessibleName(translate("Reminders", "Dismiss: {title}").format(title=title))
    dismiss.clicked.connect(lambda: dismissed(row))
    layout.addWidget(label, 1)
    layout.addWidget(dismiss)
    return row


def _messages(holder: QWidget) -> list[str]:
    return [
        label.accessibleName()
        for label in holder.findChildren(QLabel)
        if not (row := label.parentWidget()) or not row.isHidden()  # removed: goes later
    ]
