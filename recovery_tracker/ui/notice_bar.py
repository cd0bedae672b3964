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
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.rich_text import escaped

FLOAT_MARGIN = 12  # from the view's edges: the card reads as lying over it, not part of it
FLOAT_MAX_WIDTH = 560  # one reminder in two or three lines, not a band across the chart
FLOAT_MAX_SHARE = 0.45  # of the view's height: a long advice text scrolls inside the card
SLIDE_MS = 180
# A widget with this property set is a tab's content view the card may lie over (the chart);
# otherwise a list's viewport is, never the buttons, headers or scroll bars around it.
CONTENT_VIEW = "noticesMayCover"


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
                self._card = _FloatingNotices(self._tabs, self._dismissed)
            return self._card.add(title, message)
        row = _notice_row(title, message, self, self._dismissed)
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
        row.hide()
        self._layout.removeWidget(row)
        row.deleteLater()
        if self._layout.count() == 0:
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


class _FloatingNotices(QFrame):
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
        row = _notice_row(title, message, self._rows, self._dismissed)
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
        row.hide()
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        if self._rows_layout.count() == 0:
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

    def __init__(self, card: _FloatingNotices) -> None:
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
