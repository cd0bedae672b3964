"""Values across the Qt edge, typed: Qt's ``toPython()`` is declared to return ``object``,
``QDate(date)`` is not in PySide6's type stubs though it works, and many getters are declared
to return None where a widget we built always has the part asked for."""

from __future__ import annotations

from datetime import date, time
from typing import TypeVar

from PySide6.QtCore import QDate, QTime

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, which the way the widget was built guarantees (an editable combo box has
    a line edit, a laid-out widget a layout); a None here is a programming error."""
    if value is None:
        raise AssertionError("a part this widget was built with is missing")
    return value


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(at: time) -> QTime:
    """To the minute: the forms never show seconds."""
    return QTime(at.hour, at.minute)


def qtime_to_time(value: QTime) -> time:
    """To the minute, as every form saves a time."""
    return time(value.hour(), value.minute())
