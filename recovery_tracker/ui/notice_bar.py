"""The calm band above the window's content for reminders and problems. A module of its own:
the window shows it from its first paint, and reminders (ui/reminders.py) come a moment later.

A notice known before the window is shown (the sample diary's, a template problem) takes its
place in the band, in the first paint. One that comes once the window is up (a reminder about
2 s after start where the desktop has no tray or notification service, a problem reported
later) floats over the bottom corner of the tabs instead: growing the band moved the whole form
~33 px down under a patient already clicking a score, and squeezed the chart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPoint, QPropertyAnimation, QRect
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.rich_text import escaped

FLOAT_MARGIN = 12  # from the tabs' edges: the card reads as lying over them, not part of them
FLOAT_MAX_WIDTH = 560  # one reminder in two or three lines, not a band across the chart
SLIDE_MS = 180


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
        self._card: _FloatingNotices | None = None
        self._anchor: QWidget | None = None
        self.hide()

    def float_over(self, anchor: QWidget) -> None:
        """From when the window is shown on, new notices float over ``anchor``'s bottom corner
        rather than grow the band (which would move everything below it)."""
        self._anchor = anchor

    def add(self, title: str, message: str) -> QWidget:
        if self._anchor is not None and self.window().isVisible():
            if self._card is None:
                self._card = _FloatingNotices(self._anchor)
            return self._card.add(title, message)
        row = _notice_row(title, message, self, self._remove)
        self._layout.addWidget(row)
        self.show()
        return row

    def messages(self) -> list[str]:
        """The notices shown, in the band and floating."""
        return _messages(self) + (_messages(self._card) if self._card is not None else [])

    def remove(self, row: QWidget) -> None:
        """Take a notice away (its reminder no longer applies); one dismissed already is
        left as it is."""
        if self._card is not None and row.parentWidget() is self._card:
            self._card.remove(row)
        elif row.parentWidget() is self and not row.isHidden():
            self._remove(row)

    def _remove(self, row: QWidget) -> None:
        row.hide()
        self._layout.removeWidget(row)
        row.deleteLater()
        if self._layout.count() == 0:
            self.hide()


class _FloatingNotices(QFrame):
    """Notices over the bottom right of ``anchor`` (the tabs): they cover a corner of the chart's
    legend or of a list until dismissed, and never the Today form the patient is filling in."""

    def __init__(self, anchor: QWidget) -> None:
        super().__init__(anchor.window())  # free of every layout: it lies over them
        self._anchor = anchor
        self.setObjectName("floatingNotices")
        self.setStyleSheet(
            "QFrame#floatingNotices { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        self._slide = QPropertyAnimation(self, b"pos", self)
        self._slide.setDuration(SLIDE_MS)
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._follower = _Follower(self)
        anchor.installEventFilter(self._follower)
        self.hide()

    def add(self, title: str, message: str) -> QWidget:
        row = _notice_row(title, message, self, self.remove)
        self._layout.addWidget(row)
        appearing = self.isHidden()
        self.show()
        self.raise_()
        target = self.place()
        if appearing:  # slides up into place from the tabs' bottom edge
            self._slide.setStartValue(QPoint(target.x(), self._anchor_rect().bottom() + 1))
            self._slide.setEndValue(target.topLeft())
            self.move(self._slide.startValue())
            self._slide.start()
        return row

    def remove(self, row: QWidget) -> None:
        if row.parentWidget() is not self or row.isHidden():
            return  # dismissed already
        row.hide()
        self._layout.removeWidget(row)
        row.deleteLater()
        if self._layout.count() == 0:
            self._slide.stop()
            self.hide()
        else:
            self.place()

    def place(self) -> QRect:
        """Sized for its text at the width it gets, in the anchor's bottom right corner."""
        area = self._anchor_rect()
        width = max(min(FLOAT_MAX_WIDTH, area.width() - 2 * FLOAT_MARGIN), 1)
        self._layout.activate()
        height = self.heightForWidth(width)
        if height < 0:
            height = self.sizeHint().height()
        height = min(height, max(area.height() - 2 * FLOAT_MARGIN, 1))
        target = QRect(
            area.right() + 1 - FLOAT_MARGIN - width,
            area.bottom() + 1 - FLOAT_MARGIN - height,
            width,
            height,
        )
        if self._slide.state() == QPropertyAnimation.State.Running:
            self._slide.setEndValue(target.topLeft())
            self.resize(target.size())
        else:
            self.setGeometry(target)
        return target

    def _anchor_rect(self) -> QRect:
        anchor, parent = self._anchor, self.parentWidget()
        if parent is None or parent is anchor:
            return anchor.rect()
        return QRect(anchor.mapTo(parent, QPoint(0, 0)), anchor.size())


class _Follower(QObject):
    """Keeps the card in its corner when the window (and so the tabs) is resized or moved."""

    def __init__(self, card: _FloatingNotices) -> None:
        super().__init__(card)
        self._card = card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self._card.isVisible():
            self._card.place()
        return False


def _notice_row(
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
