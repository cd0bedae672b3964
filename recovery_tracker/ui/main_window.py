"""The main window: Today on the left; Progress, History and the rest in tabs on the right."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.storage.database import DamagedDatabaseError, StorageError
from recovery_tracker.ui import qt_later, startup, startup_trace
from recovery_tracker.ui.live_diary import DIARY_FILE, LiveDiary
from recovery_tracker.ui.notice_bar import NoticeBar
from recovery_tracker.ui.qt_later import QMessageBox, Qt, set_by_name
from recovery_tracker.ui.qt_values import present, qdate_to_date
from recovery_tracker.ui.today_panel import TodayPanel
from recovery_tracker.ui.window_place import place_window, remember_window
from recovery_tracker.ui.window_shortcuts import WindowShortcutsFirst

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    # The Progress tab's controls, the reminders and the tray icon are made one turn after
    # the first paint (MainWindow._after_first_paint): their modules load then.
    from recovery_tracker.ui.appointments import AppointmentsPanel
    from recovery_tracker.ui.chart_panel import ChartPanel
    from recovery_tracker.ui.desktop_notifications import DesktopNotifications
    from recovery_tracker.ui.events import EventDialog, EventsPanel
    from recovery_tracker.ui.first_start import FirstStartWizard
    from recovery_tracker.ui.history import HistoryPanel
    from recovery_tracker.ui.medicines import MedicinesPanel
    from recovery_tracker.ui.planned_question import PlannedQuestion
    from recovery_tracker.ui.reminders import ReminderCenter, ReminderSettingsDialog
    from recovery_tracker.ui.report_dialog import ReportDialog
    from recovery_tracker.ui.restore_dialog import RestoreDialog
    from recovery_tracker.ui.treatments import TreatmentsPanel

NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Recovery Tracker is a diary and a reminder of your own doctor's instructions. "
    "It is not medical advice. If you are worried, or notice fever, spreading redness, "
    "drainage, sudden weakness or numbness, call your clinic.",
)


T = TypeVar("T")
BACKGROUND_TOLD_KEY = "told_about_background"  # the patient was told the app keeps running
# Tabs built when first opened (ui/startup.py says why), after Progress, in this order.
# No Alt keys: Ctrl+1 … Ctrl+6 switch the tabs, and their letters took the Help, Edit and
# View menus' Alt keys (Alt+H went to History). tests/ui/test_window_mnemonics.py
TAB_TITLES = {
    "history": QT_TRANSLATE_NOOP("MainWindow", "History"),
    "medicines": QT_TRANSLATE_NOOP("MainWindow", "Medicines"),
    "treatments": QT_TRANSLATE_NOOP("MainWindow", "Treatments"),
    # "Visits", not "Appointments": six tab titles must fit beside Today at 800x600.
    "appointments": QT_TRANSLATE_NOOP("MainWindow", "Visits"),
    "events": QT_TRANSLATE_NOOP("MainWindow", "Events"),
}


class _AfterFirstPaint(QObject):
    """Runs ``tasks`` once, just after the Today panel is first painted (or after a second
    anyway, if the window never paints, e.g. started minimised), one task per event-loop turn:
    a key or click that comes meanwhile is handled between two of them, not after all."""

    FALLBACK_MS = 1000

    def __init__(self, today: TodayPanel, tasks: tuple[Callable[[], object], ...]) -> None:
        super().__init__(today)
        self._widget, self._tasks, self._done = today, list(tasks), False
        today.first_painted.connect(self._painted)
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)  # not after the window is gone

    def _painted(self) -> None:
        if not self._done:
            QTimer.singleShot(0, self, lambda: startup_trace.mark("window"))  # once painted
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen

    @property
    def done(self) -> bool:
        return self._done and not self._tasks

    def _run(self) -> None:
        if self._done or not self._widget.isVisible():
            return
        self._done = True
        self._run_next()

    def _run_next(self) -> None:
        self._tasks.pop(0)()
        if self._tasks:
            QTimer.singleShot(0, self, self._run_next)


class MainWindow(QMainWindow):
    def __init__(self, diary: LiveDiary, use_tray: bool = True) -> None:
        super().__init__()
        self.diary = diary
        self.setWindowTitle(APP_NAME)
        self.today = TodayPanel(diary)
        self.today.medicine_button.clicked.connect(
            lambda: self.medicines.add_medicine(qdate_to_date(self.today.form.date_edit.date()))
        )

        self.today.event_button.clicked.connect(lambda: self.log_event())
        self.tabs = QTabWidget()
        # The first paint shows the Today form; the Progress tab's controls come one turn
        # later, right before its first chart, which waited for that turn anyway.
        self._chart: ChartPanel | None = None
        self.tabs.addTab(_progress_placeholder(), translate("MainWindow", "Progress"))
        # The other tabs are built when first opened: the Today form need not wait for them.
        self._panels: dict[str, QWidget] = {}
        for name, title in TAB_TITLES.items():
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder-{name}")
            self.tabs.addTab(placeholder, translate("MainWindow", title))
        self.tabs.currentChanged.connect(self._build_current_tab)
        splitter = QSplitter()  # side by side: Qt's default orientation
        splitter.addWidget(self.today)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        self.notices = NoticeBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # Notices after the first paint move nothing; after one is dismissed, the keyboard
        # goes back to where it was, or to the first score.
        self.notices.float_over(
            self.tabs,
            lambda: self.today.form.scores["pain"].setFocus(Qt.FocusReason.OtherFocusReason),
        )
        self._shortcuts_first = WindowShortcutsFirst(self)
        self._build_menus()
        location = QLabel(
            translate("MainWindow", "Your diary is stored only on this computer: {path}").format(
                path=diary.path
            )
        )
        set_by_name(location, "textInteractionFlags", "TextSelectableByMouse")
        self.statusBar().addWidget(location, 1)
        place_window(self)
        # Start where the patient starts: on the pain score, not inside the date (where the
        # weekday was selected and a typed digit went nowhere).
        self.today.form.scores["pain"].setFocus()  # as setFocus(Qt.FocusReason.OtherFocusReason)

        # The tray icon and the reminders are made after the first paint too, or when first
        # asked for (started in the background, a test).
        self._use_tray = use_tray
        self._tray: QSystemTrayIcon | None = None
        self._reminders: ReminderCenter | None = None
        self._first_start_open = False  # reminders wait while the assistant is open
        self._planned_question: PlannedQuestion | None = None  # asked after start-up
        self._quitting = False
        # Coming back to the app focuses one of its windows (not changeEvent: see
        # TodayPanel.first_painted).
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)
        diary.failed.connect(
            lambda message: self.notices.add(translate("MainWindow", "Not done."), message)
        )
        diary.unreadable.connect(self.tell_unreadable)
        diary.changed.connect(
            lambda kinds: self._tell_diary_file_replaced() if DIARY_FILE in kinds else None
        )
        for problem in diary.template_problems:
            self.notices.add(translate("MainWindow", "Advice templates"), problem)
        # The chart, reminders and backup wait until the Today form has been painted: the
        # patient can log while matplotlib loads.
        self._closed = False
        self._unreadable_notice: QWidget | None = None  # tell_unreadable's, while shown
        self._background: QTimer | None = None
        self._background_waits = 0
        # What the first paint did not wait for, from the turn after it on: the chart first
        # (its background job starts at once), then the rest, a turn each. Once the chart's
        # job runs, each of them takes several times as long (matplotlib's import competes
        # for Python's lock): in one turn together they held keys up 50-90 ms.
        steps = (
            qt_later.make_now,  # 13-15 ms: a turn of its own, not added to the next one's
            self._make_progress_tab,
            self._start_first_chart,
            self._shortcuts_first.start,
            self._make_reminders,
            self._start_background_tasks,
        )
        self._after_first_paint = _AfterFirstPaint(
            self.today, tuple(partial(self._unless_closed, step) for step in steps)
        )

    def _unless_closed(self, step: Callable[[], object]) -> None:
        if not self._closed:  # closed within the first turns: its diary is closed too
            step()

    def _make_progress_tab(self) -> None:
        self.chart  # noqa: B018  # its controls, laid out: the chart's size is known

    def _start_first_chart(self) -> None:
        self.chart.ensure_canvas()

    def _make_reminders(self) -> None:
        self.reminders  # noqa: B018  # made now: the tray icon shows, reminders can be clicked

    def started_up(self) -> bool:
        """Whether everything the window makes after its first paint has been made."""
        return self._after_first_paint.done

    @property
    def chart(self) -> ChartPanel:
        """The Progress tab: made after the first paint (or when first asked for)."""
        if self._chart is None:
            from recovery_tracker.ui.chart_panel import ChartPanel

            self._chart = panel = ChartPanel(self.diary)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            old = present(self.tabs.widget(0))
            self.tabs.removeTab(0)
            self.tabs.insertTab(0, panel, translate("MainWindow", "Progress"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            # Laid out now in the room the placeholder had: the first chart is made for the
            # size it is shown at (ChartPanel._size), not made again once the tab is laid out.
            panel.setGeometry(old.geometry())
            layout = panel.layout()
            if layout is not None:
                layout.activate()
            old.deleteLater()
            # The patient's range from the first frame the controls show in (the first chart
            # restores it again): "All" showed for a turn before "Current series".
            panel.restore_range()
        return self._chart

    @property
    def tray(self) -> QSystemTrayIcon | None:
        self.reminders  # noqa: B018  # made with the reminders
        return self._tray

    @property
    def reminders(self) -> ReminderCenter:
        if self._reminders is None:
            from recovery_tracker.ui.reminders import ReminderCenter

            self._tray = self._make_tray() if self._use_tray else None
            self._reminders = ReminderCenter(
                self.diary,
                self.notices,
                self._tray,
                self,
                waiting=lambda: self._first_start_open,
            )
            self._reminders.opened.connect(self.open_for_reminder)
        return self._reminders

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_split_done", False):
            self._split_done = True
            QTimer.singleShot(0, self, self._share_width)  # once the splitter has its width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_split_done", False):
            QTimer.singleShot(0, self, self._make_room_for_tabs)  # once the splitter has it

    def _make_room_for_tabs(self) -> None:
        """A window made narrower (to 800 px, say) gives its tab titles what they need from
        the Today panel, down to the panel's own minimum: no tab hides behind scroll arrows.
        Otherwise the patient's own split stays as it is."""
        bar = self.tabs.tabBar()
        missing = bar.sizeHint().width() - bar.width()
        today, tabs = self._splitter.sizes()
        give = min(missing, today - self.today.minimumWidth())
        if give > 0:
            self._splitter.setSizes([today - give, tabs + give])

    def _share_width(self) -> None:
        """The Today form gets what it needs to show a score row whole (more with large
        text), the charts the rest."""
        total = max(self._splitter.width(), 1)
        needed = self.today.content_width()
        self.today.setMinimumWidth(needed)
        wanted = min(max(needed, total * 2 // 5), total * 3 // 5)
        # On a small screen the tabs come next: their titles whole, not behind scroll arrows.
        tabs_needed = self.tabs.tabBar().sizeHint().width() + 12  # and the frame around them
        wanted = max(needed, min(wanted, total - tabs_needed))
        self._splitter.setSizes([wanted, total - wanted])

    def _start_background_tasks(self) -> None:
        if self._background is not None:
            return  # started already (in the background, before the window was first shown)
        # After the chart has had its turn: reminders and the backup are not urgent. The
        # timer belongs to the window and stops when it closes, so nothing runs on a closed
        # diary.
        self._background = QTimer(self)
        self._background.setSingleShot(True)
        self._background.timeout.connect(self._run_background_tasks)
        self._background.start(startup.BACKGROUND_DELAY_MS)

    def _run_background_tasks(self) -> None:
        if self._closed:
            return
        if self.tray is None and self.reminders.desktop is None:
            self.reminders.use_desktop_notifications(_desktop_notifications())
        waiting = self.isVisible() and not self.chart.first_done  # none in the background
        if waiting and self._background_waits < startup.CHART_WAITS:
            # The first chart is still being made, reading the diary on the background
            # thread for every view: the reminders will find the lists read by then.
            self._background_waits += 1
            self._background.start(startup.CHART_WAIT_MS)  # type: ignore[union-attr]
            return
        self.reminders.start()
        self.planned_question.start()
        self.daily_backup()
        startup_trace.mark("background")

    @property
    def planned_question(self) -> PlannedQuestion:
        """Made when first needed, 1.5 s after the first paint: its dialog's code (about 4 ms
        of imports) need not load before the Today form shows."""
        if self._planned_question is None:
            from recovery_tracker.ui.planned_question import PlannedQuestion

            self._planned_question = PlannedQuestion(self.diary, self)
        return self._planned_question

    # --- tabs built on first use ---------------------------------------------------------
    def _panel(self, name: str) -> QWidget:
        panel = self._panels.get(name)
        if panel is None:
            title = TAB_TITLES[name]
            panel = startup.lazy_tab_class(name)(self.diary)
            self._panels[name] = panel
            index = list(TAB_TITLES).index(name) + 1  # after Progress
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            old = self.tabs.widget(index)
            try:
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, panel, translate("MainWindow", title))
                self.tabs.setCurrentIndex(current)
            finally:  # a panel that could not read the diary must not leave the tabs deaf
                self.tabs.blockSignals(blocked)
            present(old).deleteLater()
            if name == "appointments":
                panel.export_button.clicked.connect(lambda: self.export_calendar())
        return panel

    def _build_current_tab(self, index: int) -> None:
        if 1 <= index <= len(TAB_TITLES):
            self._panel(list(TAB_TITLES)[index - 1])

    @property
    def history(self) -> HistoryPanel:
        return self._panel("history")  # type: ignore[return-value]

    @property
    def medicines(self) -> MedicinesPanel:
        return self._panel("medicines")  # type: ignore[return-value]

    @property
    def treatments(self) -> TreatmentsPanel:
        return self._panel("treatments")  # type: ignore[return-value]

    @property
    def appointments(self) -> AppointmentsPanel:
        return self._panel("appointments")  # type: ignore[return-value]

    @property
    def events(self) -> EventsPanel:
        return self._panel("events")  # type: ignore[return-value]

    def log_event(self) -> EventDialog:
        """The event dialog, for the day shown in the Today form."""
        return self.events.add_event(qdate_to_date(self.today.form.date_edit.date()))

    def _make_tray(self) -> QSystemTrayIcon | None:
        from recovery_tracker.ui.tray import make_tray

        return make_tray(self, APP_NAME, self.log_now, self.bring_forward, self.quit_app)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self._action(
            file_menu, translate("MainWindow", "Appointment &report…"), self.open_report, "Ctrl+R"
        )
        self._action(
            file_menu,
            translate("MainWindow", "Export &chart…"),
            lambda: self.chart.export(),
            "Ctrl+E",
        )
        self._action(
            file_menu,
            translate("MainWindow", "Export appointments and advice to ca&lendar…"),
            self.export_calendar,
        )
        file_menu.addSeparator()
        self._action(
            file_menu, translate("MainWindow", "Export diary as C&SV…"), lambda: self.export_csv()
        )
        self._action(
            file_menu, translate("MainWindow", "&Import diary from CSV…"), lambda: self.import_csv()
        )
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "Daily re&minder…"), self.edit_reminder)
        self._action(file_menu, translate("MainWindow", "Restore from &backup…"), self.open_restore)
        self._action(
            file_menu, translate("MainWindow", "Save a cop&y of the diary…"), self.save_copy
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            translate("MainWindow", "&Quit"),
            self.quit_app,
            QKeySequence.StandardKey.Quit,
        )
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        # The view of the service's one history: it changes only when the diary does.
        self.undo_action = self._action(edit_menu, "", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit_menu, "", self.redo, QKeySequence.StandardKey.Redo)
        self.diary.changed.connect(self._show_history)
        self._show_history()
        log_menu = self.menuBar().addMenu(translate("MainWindow", "&Diary"))
        self._action(
            log_menu, translate("MainWindow", "&Log how I feel now"), self.focus_today, "Ctrl+L"
        )
        self._action(
            log_menu, translate("MainWindow", "&Save check-in"), self.today.save, "Ctrl+Return"
        )
        self._action(
            log_menu,
            translate("MainWindow", "Log a &medicine…"),
            self.today.medicine_button.click,
            "Ctrl+M",
        )
        self._action(
            log_menu,
            translate("MainWindow", "Record an &injection…"),
            lambda: self.treatments.add_injection(),
            "Ctrl+I",
        )
        self._action(
            log_menu,
            translate("MainWindow", "Add an &appointment…"),
            lambda: self.appointments.add_appointment(),
        )
        self._action(
            log_menu, translate("MainWindow", "Log an &event…"), self.log_event, "Ctrl+Shift+E"
        )
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        names = (
            translate("MainWindow", "&Progress chart"),
            translate("MainWindow", "&History"),
            translate("MainWindow", "M&edicines"),
            translate("MainWindow", "&Treatments"),
            translate("MainWindow", "&Visits"),
            translate("MainWindow", "Eve&nts"),
        )
        for index, name in enumerate(names):
            self._action(
                view_menu, name, partial(self.tabs.setCurrentIndex, index), f"Ctrl+{index + 1}"
            )
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self._action(
            help_menu, translate("MainWindow", "&First-start assistant…"), self.open_first_start
        )
        self._action(help_menu, translate("MainWindow", "&About Recovery Tracker"), self.show_about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        # setShortcuts, not setShortcut: choosing among setShortcut's overloads makes the Qt
        # namespace's enums (ui/qt_later.py), which the first paint does not wait for. One key
        # each: a standard key's first binding (Ctrl+Z, not also F14 and Alt+Backspace).
        if shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        if isinstance(shortcut, str):  # the app's own key, not a standard editing one
            self._shortcuts_first.add(action.shortcuts())
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def undo(self) -> None:
        change = self.diary.undo_text()
        self.diary.undo()
        if change and self.diary.redo_text() == change:  # it was undone
            self.show_status(translate("MainWindow", "↶ Undone: {change}.").format(change=change))

    def redo(self) -> None:
        change = self.diary.redo_text()
        self.diary.redo()
        if change and self.diary.undo_text() == change:  # it was done again
            self.show_status(translate("MainWindow", "↷ Redone: {change}.").format(change=change))

    def _show_history(self, _kinds: object = None) -> None:
        for action, text, step in (
            (self.undo_action, self.diary.undo_text(), translate("MainWindow", "&Undo")),
            (self.redo_action, self.diary.redo_text(), translate("MainWindow", "&Redo")),
        ):
            action.setEnabled(text is not None)
            action.setText(
                translate("MainWindow", "{undo_or_redo} {change}").format(
                    undo_or_redo=step, change=text
                )
                if text
                else step
            )

    def tell_unreadable(self, error: StorageError) -> None:
        """A problem reading the diary, met after the window was built (a chart's read, a
        table's, a slot's): a notice the first time, then the status line under the Today
        form for each thing it stops (a report, a chart), until a restore brings a sound
        diary back."""
        if self._unreadable_notice is not None:
            self.show_status(str(error))
            return
        if isinstance(error, DamagedDatabaseError):
            self._unreadable_notice = self.notices.add(
                translate("MainWindow", "Your diary file is damaged."),
                translate(
                    "MainWindow",
                    "{problem} What this window shows may be incomplete. To go back to your "
                    "newest backup, choose File > Restore from backup (the damaged file is kept "
                    "aside, not deleted).",
                ).format(problem=error),
            )
        else:
            self._unreadable_notice = self.notices.add(
                translate("MainWindow", "The diary could not be read."), str(error)
            )

    def _tell_diary_file_replaced(self) -> None:
        self.notices.add(
            translate("MainWindow", "Diary file replaced."),
            translate(
                "MainWindow",
                "Another program put a different file in place of your diary while this "
                "window was open. The window now shows that file, and what you save goes "
                "into it.",
            ),
        )

    def _on_focus_window(self, window: QWindow | None) -> None:
        # Coming back to the window after using another program (perhaps the command line):
        # show at once what it wrote, without waiting for the next poll.
        if window is not None and self.isActiveWindow():
            self.diary.look_for_outside_changes()

    def show_status(self, message: str) -> None:
        """The one status line, under the Today form next to Save: every action says there
        what it did, so it never keeps showing an older check-in."""
        self.today.confirmation.setText(message)

    def focus_today(self) -> None:
        self.today.form.scores["pain"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_reminder(self) -> ReminderSettingsDialog:
        from recovery_tracker.ui.reminders import ReminderSettingsDialog

        dialog = ReminderSettingsDialog(self.diary, self)
        dialog.accepted.connect(lambda: self.show_status(_reminder_sentence(self.diary)))
        dialog.open()
        return dialog

    def export_calendar(self, path: Path | None = None) -> Path | None:
        if path is None:
            from recovery_tracker.ui.file_dialogs import choose_save_path  # not before 1st paint

            path = choose_save_path(
                self,
                translate("MainWindow", "Export to calendar"),
                "recovery-tracker.ics",
                translate("MainWindow", "Calendar files (*.ics)"),
            )
            if path is None:
                return None
        try:
            count = self.diary.export_ics(path)
        except StorageError as error:
            QMessageBox.warning(self, translate("MainWindow", "Could not export"), str(error))
            return None
        self.show_status(
            translate("MainWindow", "✓ Saved %n calendar event(s) to {path}", None, count).format(
                path=path
            )
        )
        return path

    def open_restore(self) -> RestoreDialog:
        from recovery_tracker.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.diary, self)
        dialog.accepted.connect(self._show_location)
        dialog.open()
        return dialog

    def save_copy(self, path: Path | None = None) -> Path | None:
        from recovery_tracker.ui.diary_file import save_copy_of_diary

        return save_copy_of_diary(self.diary, self, path)

    def _show_location(self) -> None:
        notice, self._unreadable_notice = self._unreadable_notice, None
        if notice is not None and shiboken6.isValid(notice):  # said of the diary replaced
            self.notices.remove(notice)
        self.show_status(
            translate("MainWindow", "Backup restored; your previous diary file was kept aside.")
        )

    def daily_backup(self) -> None:
        try:
            self.diary.daily_backup_if_due()
        except StorageError as error:
            self.notices.add(translate("MainWindow", "Backup not made."), str(error))

    def open_report(self) -> ReportDialog:
        from recovery_tracker.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.diary, self)
        dialog.open()
        return dialog

    def export_csv(self, folder: Path | None = None) -> Path | None:
        from recovery_tracker.exchange.csv_folder import holds_exported_diary
        from recovery_tracker.ui.background import run_with_progress  # not before first paint
        from recovery_tracker.ui.file_dialogs import choose_folder

        if folder is None:
            folder = choose_folder(self, translate("MainWindow", "Export your diary to a folder"))
            if folder is None:
                return None
        if holds_exported_diary(folder) and not self._may_replace_export(folder):
            return None
        try:
            counts = run_with_progress(
                self,
                translate("MainWindow", "Exporting your diary…"),
                lambda: self.diary.export_csv_apart(folder),
            )
        except StorageError as error:
            QMessageBox.warning(self, translate("MainWindow", "Could not export"), str(error))
            return None
        self.show_status(
            translate(
                "MainWindow", "✓ Exported %n row(s) to {folder}", None, sum(counts.values())
            ).format(folder=folder)
        )
        return folder

    def _may_replace_export(self, folder: Path) -> bool:
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Replace the exported diary?"),
            translate(
                "MainWindow",
                "The folder {folder} already holds an exported diary. Replace its files with "
                "your diary as it is now?",
            ).format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_csv(self, folder: Path | None = None) -> str | None:
        from recovery_tracker.exchange.csv_folder import CsvImportError
        from recovery_tracker.ui.background import run_with_progress
        from recovery_tracker.ui.file_dialogs import choose_folder

        if folder is None:
            folder = choose_folder(self, translate("MainWindow", "Import a diary folder (CSV)"))
            if folder is None:
                return None
        try:
            with self.diary.writing_apart():
                result, read = run_with_progress(
                    self,
                    translate("MainWindow", "Importing your diary…"),
                    lambda: self.diary.import_csv_apart(folder),
                )
        except CsvImportError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Nothing was imported"),
                translate(
                    "MainWindow",
                    "Nothing was imported; your diary is unchanged. Please correct this:",
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            # The reasons themselves, in sight: a hidden "details" list read as no answer.
            shown, more = error.problems[:8], len(error.problems) - 8
            if more > 0:  # else the patient fixes these and meets the rest next time
                shown = [
                    *shown,
                    translate(
                        "MainWindow", "… and %n more: Show Details… lists them all.", None, more
                    ),
                ]
            box.setInformativeText("\n".join(shown))  # all under Show Details
            box.setDetailedText("\n".join(error.problems))
            box.exec()
            return None
        except StorageError as error:
            QMessageBox.warning(self, translate("MainWindow", "Could not import"), str(error))
            return None
        # The import went through a connection of its own, and the diary was read again
        # there: the views take those lists instead of reading on this thread.
        self.diary.reload(read)
        self.show_status(result.headline())  # the list of differing entries: in the box
        QMessageBox.information(self, translate("MainWindow", "Import finished"), result.sentence())
        return result.sentence()

    def open_first_start(self) -> FirstStartWizard:
        from recovery_tracker.ui.first_start import FirstStartWizard

        wizard = FirstStartWizard(self.diary, self)
        wizard.accepted.connect(
            lambda: self.show_status(
                translate("MainWindow", "✓ Set up with your answers; change them any time.")
            )
        )
        # No "Time for your check-in" over the Welcome page: due reminders come when it closes.
        self._first_start_open = True
        wizard.finished.connect(self._first_start_closed)
        wizard.open()
        return wizard

    def _first_start_closed(self) -> None:
        self._first_start_open = False
        if self._reminders is not None and self._reminders.timer.isActive():
            self._reminders.check()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Recovery Tracker"),
            f"<h3>{APP_NAME} {__version__}</h3>"
            f"<p>{translate('MainWindow', NOT_MEDICAL_ADVICE)}</p>"
            f"<p>{translate('MainWindow', 'Your diary is stored only on this computer, in:')}<br>"
            f"<code>{self.diary.path}</code></p>",
        )

    # --- living in the background -----------------------------------------------------------
    def can_remind_in_background(self) -> bool:
        """With reminders on and a tray or notification service to show them, closing the window
        keeps the app running, so that reminders reach the patient."""
        has_a_way = (self.tray is not None and self.tray.isVisible()) or (
            self.reminders.desktop is not None
        )
        return has_a_way and self.diary.reminder_settings().enabled

    def start_in_background(self) -> bool:
        """Started at login: no window, only the tray and the reminders. False (and nothing
        done) when this desktop gives no way to remind without the window."""
        if self.tray is None:
            self.reminders.use_desktop_notifications(_desktop_notifications())
        if not self.can_remind_in_background():
            return False
        startup.resume_garbage_collection()  # no first chart will come to do it
        self._start_background_tasks()  # the window's first paint, which starts them, waits
        return True

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def log_now(self) -> None:
        self.bring_forward()
        self.focus_today()

    def open_for_reminder(self, key: str) -> None:
        """A click on a reminder opens the form it is about."""
        self.bring_forward()
        if key.startswith("appointment:"):
            self.tabs.setCurrentWidget(self.appointments)
        elif key.startswith(("log:", "missed:")):
            self.focus_today()

    def quit_app(self) -> None:
        self._quitting = True
        if self.close() and not self.isVisible():
            QApplication.quit()  # the window was hidden: closing it alone would not end the app
        self._quitting = False

    def _tell_once_about_background(self) -> None:
        settings = self.diary.settings()
        if settings.told_about_background:
            return
        title = translate("MainWindow", "Recovery Tracker keeps running")
        if self.tray is not None:
            message = translate(
                "MainWindow",
                "It stays in the background to remind you. To stop it, choose Quit in the "
                "menu of its icon in the system tray.",
            )
        else:
            message = translate(
                "MainWindow",
                "It stays in the background to remind you. To stop it, start Recovery "
                "Tracker again (its window comes back) and choose File > Quit.",
            )
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, message)
        elif self.reminders.desktop is not None:
            self.reminders.desktop.notify(title, message, "background")
        # A read-only diary: telling again next time does no harm.
        with contextlib.suppress(StorageError):
            self.diary.save_settings(replace(settings, told_about_background=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.today.form.is_dirty() and not self._settle_unsaved():
            event.ignore()
            return
        if not self._quitting and self.can_remind_in_background():
            event.ignore()
            self.hide()
            self._tell_once_about_background()
            return
        if self._reminders is not None:  # else closed before they were made
            if self._reminders.desktop is not None:
                self._reminders.desktop.close()
            self._reminders.timer.stop()
        if self._tray is not None:
            self._tray.hide()
        remember_window(self)
        self._closed = True
        if self._background is not None:
            self._background.stop()
        # A chart being made may be reading the diary: let it finish before the file closes.
        from recovery_tracker.ui.background import wait_for_background_work

        wait_for_background_work()
        event.accept()

    def _settle_unsaved(self) -> bool:
        """Ask what to do with a half-typed check-in. True when the window may close."""
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Save your check-in?"),
            translate(
                "MainWindow", "You have a check-in that is not saved yet. Save it before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.today.save() is not None
        return answer == QMessageBox.StandardButton.Discard


def _progress_placeholder() -> QWidget:
    """What the Progress tab shows in the first paint: what ChartPanel shows until its first
    chart is ready."""
    placeholder = QWidget()
    placeholder.setObjectName("placeholder-progress")
    label = QLabel(translate("ChartPanel", "Loading chart…"), placeholder)
    set_by_name(label, "alignment", "AlignCenter")
    QVBoxLayout(placeholder).addWidget(label)
    return placeholder


def _desktop_notifications() -> DesktopNotifications | None:
    try:
        from recovery_tracker.ui.desktop_notifications import DesktopNotifications
    except ImportError:  # jeepney is installed on Linux only: elsewhere, the tray or the window
        return None
    return DesktopNotifications.connect_to_session(APP_NAME)


def _reminder_sentence(diary: LiveDiary) -> str:
    reminder = diary.reminder_settings()
    if not reminder.enabled:
        return translate("MainWindow", "✓ Daily reminder turned off.")
    return translate("MainWindow", "✓ Daily reminder set for {time}.").format(
        time=f"{reminder.at:%H:%M}"
    )
