"""Date and time fields of an entry: typed dates are kept as typed, and "now" stays now.

A form opened in the evening and used next morning must file the morning's check-in on the
morning's day and time. So a field that shows "now" follows the clock until the patient
changes it: on a timer, when the app becomes active again (after sleep or suspend) and right
before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

from recovery_tracker.domain.clock import Clock
from recovery_tracker.domain.text import DateStyle, format_date, translate
from recovery_tracker.ui.qt_values import to_qdate
from recovery_tracker.ui.translation import qt_date_format

# Often enough that a glance at the form shows the right minute, rare enough to cost nothing.
CATCH_UP_MS = 15_000


class DayStepDateEdit(QDateEdit):
    """Up and Down on the weekday or the day number go one day back or on, across weeks and
    months. Qt steps a weekday name within its own week: from Thursday, Down four times stopped
    at Monday, and a tester's back-filled week all landed on that Monday."""

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QDateTimeEdit.Section.DaySection:
            self.setDate(self.date().addDays(steps))
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.currentSection() != QDateTimeEdit.Section.DaySection:
            return super().stepEnabled()
        # Qt would stop at the ends of the week (or month): only the date's limits count.
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.date() > self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.date() < self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


def past_date_edit(parent: QWidget, accessible_name: str) -> QDateEdit:
    """A date field for something that already happened.

    No maximum date on purpose: with a maximum, Qt turns a typed "28" into another day
    (today 26 Nov, "2" then "8" left "Mon 2 Nov"). A later date is kept and refused visibly
    by the form's validation, never silently replaced.
    """
    edit = DayStepDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(qt_date_format(DateStyle.DAY_YEAR))
    edit.setAccessibleName(accessible_name)
    return edit


def future_date_problem(day: date, today: date) -> str | None:
    """What to say under a past-only date field showing ``day``; None when it is fine."""
    if day <= today:
        return None
    return translate(
        "NowFields",
        "{day} is after today ({today}): this cannot be saved until the date is one "
        "that has already come.",
    ).format(day=format_date(day, DateStyle.DAY_YEAR), today=format_date(today, DateStyle.DAY))


class FollowsClock(QObject):
    """Keeps ``date_edit`` (and ``time_edit``) on the clock's "now" until the patient edits.

    The fields count as edited once they show something other than what this put there.
    With ``holds_entry``: while it says the patient is filling the form in, a new day does not
    move the date under the entry (begun at 23:58, saved at 00:01, it stays on the evening it
    was begun); ``day_passed`` says so, for the form to show.
    """

    day_passed = Signal(object)  # the new day (datetime.date)

    def __init__(
        self,
        clock: Clock,
        date_edit: QDateEdit,
        time_edit: QTimeEdit | None = None,
        parent: QObject | None = None,
        holds_entry: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent or date_edit)
        self._clock = clock
        self._holds_entry = holds_entry
        self._date_edit, self._time_edit = date_edit, time_edit
        self._shown: tuple[QDate, QTime | None] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.catch_up)
        self._timer.start(CATCH_UP_MS)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Coming back to the app (from another, or after sleep) focuses one of its
            # windows. Not applicationStateChanged: its Qt.ApplicationState argument makes the
            # Qt namespace's enums, and it comes before the first paint (ui/qt_later.py).
            app.focusWindowChanged.connect(self._on_focus_window)

    def start(self, now: datetime | None = None) -> None:
        """Show ``now`` (default: the clock's) and follow the clock from here on."""
        self._show(now or self._clock())

    def stop(self) -> None:
        """Stop following: the fields show a chosen moment (e.g. an entry being edited)."""
        self._shown = None

    def edits(self) -> tuple[QWidget, ...]:
        """The fields it keeps on "now"."""
        return tuple(e for e in (self._date_edit, self._time_edit) if e is not None)

    def following(self) -> bool:
        return self._shown is not None and self._shown == self._current()

    def catch_up(self) -> None:
        """Move the fields to now, unless the patient has changed them."""
        if not self.following():
            self._shown = None
            return
        now = self._clock()
        assert self._shown is not None
        if (
            self._holds_entry is not None
            and self._holds_entry()
            and to_qdate(now.date()) != self._shown[0]
        ):
            self._shown = None  # the entry keeps its day: stop following, and say so
            self.day_passed.emit(now.date())
            return
        if (to_qdate(now.date()), self._time(now)) != self._shown:
            self._show(now)

    def _on_focus_window(self, window: QWindow | None) -> None:
        if window is not None:
            self.catch_up()

    def _time(self, now: datetime) -> QTime | None:
        return QTime(now.hour, now.minute) if self._time_edit is not None else None

    def _current(self) -> tuple[QDate, QTime | None]:
        shown_time = self._time_edit.time() if self._time_edit is not None else None
        if shown_time is not None:
            shown_time = QTime(shown_time.hour(), shown_time.minute())
        return self._date_edit.date(), shown_time

    def _show(self, now: datetime) -> None:
        if self._time_edit is not None:
            self._time_edit.setTime(QTime(now.hour, now.minute))
        self._date_edit.setDate(to_qdate(now.date()))
        self._shown = self._current()
