"""Reminders on screen: the system tray when there is one, else the desktop's notification
service (freedesktop, over D-Bus), else a notice in the window."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.autostart import Autostart, background_command
from recovery_tracker.domain.reminders import (
    DAILY_LOG,
    Reminder,
    ReminderSettings,
    daily_log_key,
    due_reminders,
)
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.form_dialog import save_cancel_buttons
from recovery_tracker.ui.live_diary import CHECKINS, LiveDiary
from recovery_tracker.ui.notice_bar import NoticeBar
from recovery_tracker.ui.qt_values import qtime_to_time

if TYPE_CHECKING:  # jeepney loads only when the desktop has no tray
    from recovery_tracker.ui.desktop_notifications import DesktopNotifications

CHECK_INTERVAL_MS = 60_000
# Missed days are counted after a start, and after a look that comes this long after the
# last one: the computer slept (a laptop closed overnight) while the window stayed open.
# Between two of the timer's looks, a day that ended was reminded of as it went.
AWAY_AFTER = timedelta(minutes=10)
KEEP_SHOWN = 60  # remember this many shown reminders, so none is shown twice


def _woken(now: datetime, last_seen: datetime | None) -> bool:
    return last_seen is not None and now - last_seen > AWAY_AFTER


class ReminderCenter(QObject):
    """Checks once a minute (and at start) which reminders are due, and shows each once."""

    shown = Signal(object)  # Reminder
    opened = Signal(str)  # the key of a reminder the patient clicked

    def __init__(
        self,
        diary: LiveDiary,
        notices: NoticeBar,
        tray: QSystemTrayIcon | None,
        parent: QObject | None = None,
        waiting: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._waiting = waiting  # True: nothing is shown now, the next check shows what is due
        self.notices = notices
        self.tray = tray
        self.desktop: DesktopNotifications | None = None
        self._last_tray_key = ""
        self._daily_rows: dict[str, QWidget] = {}  # check-in reminders shown in the window
        if tray is not None:
            tray.messageClicked.connect(lambda: self.opened.emit(self._last_tray_key))
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        # Saved today's check-in: its reminder goes now, not at the next look a minute later.
        diary.changed.connect(self._on_changed)

    def start(self) -> None:
        self.check(starting=True)
        self.timer.start()

    def check(self, starting: bool = False) -> list[Reminder]:
        if self._waiting():
            return []
        now = self.diary.clock()
        settings = self.diary.settings()
        shown = list(settings.reminders_shown)
        last_seen = settings.last_seen
        logged = {day.date for day in self.diary.days()}  # the chart's, not every check-in
        due = due_reminders(
            now,
            self.diary.reminder_settings(),
            logged,
            self.diary.appointments(),
            set(shown),
            last_seen if starting or _woken(now, last_seen) else None,
            self.diary.plans(),
        )
        self._take_back_stale(now.date(), logged)
        for reminder in due:
            self._show(reminder)
        try:
            if due:
                shown = (shown + [r.key for r in due])[-KEEP_SHOWN:]
            self.diary.save_settings(replace(settings, reminders_shown=tuple(shown), last_seen=now))
        except StorageError:
            pass  # a read-only diary: the reminder was shown; saving entries reports the problem
        return due

    def _show(self, reminder: Reminder) -> None:
        tray = self.tray
        if (
            tray is not None
            and tray.isVisible()
            and tray.supportsMessages()
            and not reminder.missed
        ):
            self._last_tray_key = reminder.key
            tray.showMessage(reminder.title, reminder.message)
        elif self.desktop is None or not self.desktop.notify(
            reminder.title, reminder.message, reminder.key
        ):
            row = self.notices.add(reminder.title, reminder.message)
            if reminder.key.startswith(DAILY_LOG):
                self._daily_rows[reminder.key] = row
        self.shown.emit(reminder)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if CHECKINS in kinds and self._daily_rows:
            self._take_back_stale(self.diary.today(), {day.date for day in self.diary.days()})

    def _take_back_stale(self, today: date, logged: set[date]) -> None:
        """A check-in reminder in the window goes once its day is over or logged: yesterday's
        "Time for your check-in" stood above today's notices (after midnight, or above the
        missed-days summary after the computer slept)."""
        current = daily_log_key(today)
        for key, row in list(self._daily_rows.items()):
            if key != current or today in logged:
                with suppress(RuntimeError):  # dismissed, and deleted, already
                    self.notices.remove(row)
                del self._daily_rows[key]

    def use_desktop_notifications(self, desktop: DesktopNotifications | None) -> None:
        self.desktop = desktop
        if desktop is not None:
            desktop.clicked.connect(self.opened.emit)


class ReminderSettingsDialog(QDialog):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(translate("Reminders", "Daily reminder"))
        current = diary.reminder_settings()
        self.enabled = QCheckBox(
            translate("Reminders", "&Remind me to log how I feel every day"), self
        )
        self.enabled.setChecked(current.enabled)
        self.time_edit = QTimeEdit(QTime(current.at.hour, current.at.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(translate("Reminders", "Reminder time"))
        self.autostart = Autostart()
        self.start_at_login = QCheckBox(
            translate("Reminders", "&Start Recovery Tracker in the background when I log in"), self
        )
        self.start_at_login.setChecked(self.autostart.is_enabled())
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(translate("Reminders", "&At:"), self.time_edit)
        form.addRow(self.start_at_login)
        note = QLabel(
            translate(
                "Reminders",
                "The reminder is skipped on days you have already logged. Reminders come as "
                "desktop notifications while Recovery Tracker runs: closing its window keeps it "
                "running in the background while reminders are on (Quit in its menu stops it). "
                "Reminders you missed while the computer was off come together as one.",
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = save_cancel_buttons(self, self.save)  # with Ctrl+Return, as every dialog
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        at = qtime_to_time(self.time_edit.time())
        self.diary.save_reminder_settings(ReminderSettings(self.enabled.isChecked(), at))
        try:
            if self.start_at_login.isChecked():
                self.autostart.enable(background_command(folder_for_autostart(self.diary)))
            else:
                self.autostart.disable()
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("Reminders", "Start at login"),
                translate("Reminders", "Could not change the start at login: {reason}").format(
                    reason=error.strerror or error
                ),
            )
            return
        self.accept()


def folder_for_autostart(diary: LiveDiary) -> Path | None:
    """The diary folder to name in the login entry; None for the default one."""
    from recovery_tracker.locations import default_data_dir

    folder = diary.data_dir
    return None if folder.resolve() == default_data_dir().resolve() else folder
