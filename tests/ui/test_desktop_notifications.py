"""Reminders reach the patient with the window closed: desktop notifications over a private
D-Bus session with a small fake notification server, the window living on in the background."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from recovery_tracker.ui.desktop_notifications import DesktopNotifications
from tests.ui.fake_notification_server import FakeNotificationServer, start_private_bus

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="needs dbus-daemon (scripts/setup.sh --test)"
)

EVENING = datetime(2026, 11, 24, 20, 30)  # after the default 20:00 reminder, nothing logged


@pytest.fixture
def session_bus(monkeypatch):
    daemon, address = start_private_bus()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)


@pytest.fixture
def notification_server(session_bus):
    server = FakeNotificationServer()
    yield server
    server.close()


def _start_reminders(qtbot, window) -> None:
    """What the window does once its first chart is up and the start-up is over."""
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    window._run_background_tasks()


def test_without_a_notification_service_there_is_no_notifier(session_bus):
    assert DesktopNotifications.connect_to_session("Recovery Tracker") is None


def test_a_notification_is_shown_and_its_click_comes_back(qtbot, notification_server):
    notifier = DesktopNotifications.connect_to_session("Recovery Tracker")
    assert notifier is not None
    assert notifier.notify("Time for your check-in", "How are you today?", "log:2026-11-24")
    assert [(s.app_name, s.summary, s.body) for s in notification_server.shown] == [
        ("Recovery Tracker", "Time for your check-in", "How are you today?")
    ]
    with qtbot.waitSignal(notifier.clicked, timeout=3000) as clicked:
        notification_server.click(notification_server.shown[0].id)
    assert clicked.args == ["log:2026-11-24"]
    notifier.close()


def test_closing_the_window_with_reminders_on_keeps_the_app_and_the_reminder_arrives(
    qtbot, open_main_window, notification_server
):
    window = open_main_window(clock=lambda: EVENING)
    _start_reminders(qtbot, window)
    assert window.reminders.desktop is not None

    window.close()  # the title bar's close button

    assert not window.isVisible()
    qtbot.waitUntil(lambda: len(notification_server.shown) == 2, timeout=3000)
    summaries = [s.summary for s in notification_server.shown]
    assert summaries == ["Time for your check-in", "Recovery Tracker keeps running"]
    assert "File > Quit" in notification_server.shown[1].body

    # A click on the reminder opens the window on the check-in form.
    notification_server.click(notification_server.shown[0].id)
    qtbot.waitUntil(window.isVisible, timeout=3000)
    pain = window.today.form.scores["pain"]
    focused = window.focusWidget()
    assert focused is pain or pain.isAncestorOf(focused)

    # The patient is told only once that the app keeps running.
    window.close()
    QApplication.processEvents()
    assert len(notification_server.shown) == 2


def test_quit_in_the_menu_really_quits(qtbot, open_main_window, notification_server):
    window = open_main_window(clock=lambda: EVENING)
    _start_reminders(qtbot, window)
    quit_action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit"
    )
    quit_action.trigger()
    assert not window.isVisible()
    assert window._closed


def test_with_reminders_off_closing_the_window_closes_it(
    qtbot, open_main_window, notification_server
):
    from recovery_tracker.domain.reminders import ReminderSettings

    window = open_main_window(clock=lambda: EVENING)
    window.diary.save_reminder_settings(ReminderSettings(enabled=False))
    _start_reminders(qtbot, window)
    window.close()
    assert window._closed
    assert notification_server.shown == []


def test_started_at_login_it_shows_no_window_but_reminds(qtbot, data_dir, notification_server):
    from recovery_tracker.ui.app import open_window

    window = open_window(data_dir, clock=lambda: EVENING)
    try:
        assert window.start_in_background()
        assert not window.isVisible()
        qtbot.waitUntil(lambda: notification_server.shown != [], timeout=5000)
        assert notification_server.shown[0].summary == "Time for your check-in"
    finally:
        window._quitting = True
        window.close()
        window.deleteLater()
        window.diary.service.diary.close()
