"""German (and other locales) abbreviate a weekday and a month with a dot: "Do. 26 Nov.". A
sentence ending with such a date ends on that dot; the sentence's own full stop is not added
after it ("No check-in yet on Do. 26 Nov.." was shown on Today, without a translation file)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale

from recovery_tracker.domain import text
from recovery_tracker.domain.reminders import ReminderSettings, due_reminders
from recovery_tracker.ui.translation import connect_domain_to_qt

THURSDAY = datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def german_dates(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    connect_domain_to_qt()
    yield
    QLocale.setDefault(before)
    text.set_translator(None)
    text.set_date_formatter(None)


def test_today_says_no_check_in_yet_with_one_full_stop(german_dates, open_main_window):
    assert text.format_date(THURSDAY.date(), text.DateStyle.DAY) == "Do. 26 Nov."
    window = open_main_window(clock=lambda: THURSDAY)
    assert window.today.day_summary_label.text() == "No check-in yet on Do. 26 Nov."


def _missed_since(day: date) -> str:
    """The missed-days notice on Thursday for a patient last seen, and logged, on ``day``."""
    [missed] = due_reminders(
        THURSDAY, ReminderSettings(), {day}, [], set(), datetime.combine(day, time(21)), []
    )
    return missed.message


def test_the_missed_days_notice_ends_with_one_full_stop(german_dates):
    message = _missed_since(date(2026, 11, 22))  # last seen on Sunday evening
    assert "Mo. 23 Nov., Di. 24 Nov., Mi. 25 Nov. If you remember" in message


def test_an_ellipsis_is_left_whole():
    assert text.single_full_stop("Mo. 23 Nov..") == "Mo. 23 Nov."
    assert text.single_full_stop("Export chart...") == "Export chart..."
    assert text.single_full_stop("Thu 26 Nov.") == "Thu 26 Nov."


def test_the_missed_days_notice_of_a_long_absence_ends_with_one_full_stop(german_dates):
    message = _missed_since(date(2026, 11, 15))  # last seen ten days ago
    assert "Mo. 16 Nov." in message
    assert "Mi. 25 Nov. If you remember" in message
