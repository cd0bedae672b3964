"""The card that notices coming once the window is up float in (ui/notice_bar.py), over the
bottom corner of the current tab's content view. A module of its own, imported with the first
such notice: its animation's types are nothing the window's first paint needs.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPropertyAnimation,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.ui.notice_bar import notice_row, take_away_notice

FLOAT_MARGIN = 12  # from the view's edges: the card reads as lying over it, not part of it
FLOAT_MAX_WIDTH = 560  # one reminder in two or three lines, not a band across the chart
FLOAT_MAX_SHARE = 0.45  # of the view's height: a long advice text scrolls inside the card
SLIDE_MS = 180
# A widget with this property set is a tab's content view the card may lie over (the chart);
# otherwise a list's viewport is, never the buttons, headers or scroll bars around it.
CONTENT_VIEW = "noticesMayCover"


class FloatingNotices(QFrame):
    """Notices over the bottom right of the current tab's content view (the chart, a list's
    rows): they cover a corner of it until dismissed, and never a button, a tab's name, a
    scroll bar or the Today form the patient is filling in."""

    def __init__(self, tabs: QTabWidget, dismissed: Callable[[QWidget], None]) -> None:
        super().__init__(tabs.window())  # free of every layout: it lies over them
        self._tabs = tabs
        self._dismissed = dismissed
        self.setObjectName("floatingNotices")
        self.setStyleSheet(
            "QFrame#floatingNotices { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        # The notices scroll inside the card when they are taller than it may be.
        self._scroll = QScrollArea(self)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rows = QWidget()
        self._rows_layout = QVBoxLayout(self._rows)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._scroll.setWidget(self._rows)
        self._rows.setAutoFillBackground(False)  # the card's colour shows through
        self._scroll.viewport().setAutoFillBackground(False)
        self._layout.addWidget(self._scroll)
        self._slide = QPropertyAnimation(self, b"pos", self)
        self._slide.setDuration(SLIDE_MS)
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._follower = _Follower(self)
        tabs.installEventFilter(self._follower)
        self._rows.installEventFilter(self._follower)
        tabs.currentChanged.connect(self._follower.later)
        self._watched: list[QWidget] = []
        self.hide()

    def holds(self, row: QWidget) -> bool:
        return row.parentWidget() is self._rows

    def add(self, title: str, message: str) -> QWidget:
        row = notice_row(title, message, self._rows, self._dismissed)
        self._rows_layout.addWidget(row)
        row.show()  # now, not on the next turn: else place() sized the card without it
        appearing = self.isHidden()
        self.show()
        self.raise_()
        target = self.place()
        if appearing:  # slides up into place from the view's bottom edge
            self._slide.setStartValue(QPoint(target.x(), self._view_rect().bottom() + 1))
            self._slide.setEndValue(target.topLeft())
            self.move(self._slide.startValue())
            self._slide.start()
        self._follower.later()  # and again once the new row is laid out
        return row

    def remove(self, row: QWidget) -> None:
        if not self.holds(row) or row.isHidden():
            return  # dismissed already
        if take_away_notice(row, self._rows_layout):
            self._slide.stop()
            self.hide()
        else:
            self.place()

    def place(self) -> QRect:
        """Sized for its text at the width it gets, up to a part of the view's height, in the
        bottom right corner of the current tab's content view."""
        area = self._view_rect()
        width = max(min(FLOAT_MAX_WIDTH, area.width() - 2 * FLOAT_MARGIN), 1)
        inner, frame = self._layout.contentsMargins(), self.contentsMargins()
        chrome_w = inner.left() + inner.right() + frame.left() + frame.right()
        chrome_h = inner.top() + inner.bottom() + frame.top() + frame.bottom()
        self._rows_layout.activate()
        wanted = self._rows.heightForWidth(width - chrome_w)
        if wanted < 0:
            wanted = self._rows.sizeHint().height()
        rows = [r for r in self._rows.children() if isinstance(r, QWidget) and not r.isHidden()]
        one_row = max((r.minimumSizeHint().height() for r in rows), default=0)
        room = max(area.height() - 2 * FLOAT_MARGIN, 1)
        cap = min(max(int(area.height() * FLOAT_MAX_SHARE), one_row + chrome_h), room)
        height = max(min(wanted + chrome_h, cap), 1)
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

    def _content_view(self) -> QWidget:
        """The current tab's view of its content: the chart, or the largest list's rows
        (its viewport: without its header and scroll bars)."""
        page = self._tabs.currentWidget()
        if page is None:
            return self._tabs
        shown = [w for w in page.findChildren(QWidget) if w.isVisible()]
        declared = [w for w in shown if w.property(CONTENT_VIEW)]
        if declared:
            return declared[0]
        areas = [w for w in shown if isinstance(w, QAbstractScrollArea)]
        if areas:
            largest = max(areas, key=lambda a: a.viewport().width() * a.viewport().height())
            return largest.viewport()
        return page  # a tab not built yet, the chart's "Loading chart…"

    def _view_rect(self) -> QRect:
        view = self._content_view()
        page = self._tabs.currentWidget()
        watched = [w for w in (view, page) if w is not None]
        if watched != self._watched:  # follows this view's size, and its going
            for old in self._watched:
                if shiboken6.isValid(old):
                    old.removeEventFilter(self._follower)
            for new in watched:
                new.installEventFilter(self._follower)
            self._watched = watched
        parent = self.parentWidget()
        if parent is None:
            return view.rect()
        return QRect(view.mapTo(parent, QPoint(0, 0)), view.size())


class _Follower(QObject):
    """Re-places the card when the window (and so the tabs) is resized or moved, another tab
    or view is shown, or its notices' layout changes (a second notice: it kept the first's
    height and squashed every row)."""

    FOLLOWED = (
        QEvent.Type.Resize,
        QEvent.Type.Move,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.LayoutRequest,
    )

    def __init__(self, card: FloatingNotices) -> None:
        super().__init__(card)
        self._card = card
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)  # once, after what caused it has been laid out
        self._again.timeout.connect(self._place)

    def later(self) -> None:
        self._again.start()

    def _place(self) -> None:
        if self._card.isVisible():
            self._card.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.FOLLOWED and self._card.isVisible():
            self.later()
        return False
