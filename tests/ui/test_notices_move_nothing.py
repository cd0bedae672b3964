"""A notice that comes after the window is up (a reminder where the desktop has neither a tray
nor a notification service, a problem reported later) moves nothing the patient is using: it
slid everything down ~33 px about 2 s after start, under a patient already clicking a score."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.conftest import settle

REMINDER_DUE = datetime(2026, 11, 24, 20, 30)  # after the default 20:00, nothing logged


def _score_button(window, score: int) -> QPushButton:
    selector = window.today.form.scores["pain"]
    return next(b for b in selector.findChildren(QPushButton) if b.text() == str(score))


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_the_check_in_reminder_after_start_moves_no_score_button(qtbot, open_main_window):
    window = open_main_window(clock=lambda: REMINDER_DUE)  # shown as app.py shows it
    qtbot.waitUntil(window.started_up, timeout=10_000)
    settle(window)
    five = _score_button(window, 5)
    before = _global_rect(five)
    tabs_before = _global_rect(window.tabs)
    chart_size = window.chart.size()

    # The reminders' own run after start (no tray, no notification service under test).
    qtbot.waitUntil(
        lambda: any("Time for your check-in" in m for m in window.notices.messages()),
        timeout=15_000,
    )
    qtbot.wait(50)  # any layout it caused has happened
    assert _global_rect(five) == before
    assert _global_rect(window.tabs) == tabs_before
    assert window.chart.size() == chart_size  # the chart is not squeezed either

    # It is there to be read, inside the window, over nothing of the Today form; it goes
    # when dismissed, and its going moves nothing either.
    [label] = [
        w
        for w in window.findChildren(QLabel)
        if "Time for your check-in" in w.text() and w.isVisible()
    ]
    assert not _global_rect(label).intersects(_global_rect(window.today))
    assert _global_rect(window).contains(_global_rect(label))
    # A window made smaller keeps it in its corner of the tabs.
    window.resize(800 - 16, 600 - 40)
    qtbot.waitUntil(lambda: _global_rect(window.tabs).contains(_global_rect(label)))
    assert not _global_rect(label).intersects(_global_rect(window.today))
    before, tabs_before = _global_rect(five), _global_rect(window.tabs)
    row = label.parentWidget()
    [dismiss] = [b for b in row.findChildren(QPushButton) if b.text() == "Dismiss"]
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.notices.messages())
    assert _global_rect(five) == before
    assert _global_rect(window.tabs) == tabs_before
