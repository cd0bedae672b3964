"""The check-in reminder shown in the window goes as soon as today's check-in is saved: it
stayed up to a minute (until the reminders' next look), still saying "Time for your
check-in" beside "✓ Saved" (seen trying a save just after midnight)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

REMINDER_DUE = datetime(2026, 11, 24, 20, 30)  # after the default 20:00, nothing logged


def _reminded(window) -> bool:
    return any("Time for your check-in" in m for m in window.notices.messages())


def test_the_check_in_reminder_goes_once_the_check_in_is_saved(qtbot, open_main_window):
    window = open_main_window(clock=lambda: REMINDER_DUE)
    qtbot.waitUntil(lambda: _reminded(window), timeout=15_000)
    selector = window.today.form.scores["pain"]
    five = next(b for b in selector.findChildren(QPushButton) if b.text() == "5")
    qtbot.mouseClick(five, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in window.today.confirmation.text()
    qtbot.waitUntil(lambda: not _reminded(window), timeout=1_000)  # not a minute later
