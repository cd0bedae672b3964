"""The main window: Today on the left; Progress, History and Treatments on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
)

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.ui.chart_panel import ChartPanel
from recovery_tracker.ui.history import HistoryPanel
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.today_panel import TodayPanel
from recovery_tracker.ui.treatments import TreatmentsPanel

NOT_MEDICAL_ADVICE = (
    "Recovery Tracker is a diary and a reminder of your own doctor's instructions. "
    "It is not medical advice. If you are worried, or notice fever, spreading redness, "
    "drainage, sudden weakness or numbness, call your clinic."
)


class MainWindow(QMainWindow):
    def __init__(self, diary: LiveDiary) -> None:
        super().__init__()
        self.diary = diary
        self.setWindowTitle(APP_NAME)
        self.today = TodayPanel(diary)
        self.chart = ChartPanel(diary)
        self.history = HistoryPanel(diary)
        self.treatments = TreatmentsPanel(diary)

        self.today.setMinimumWidth(400)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, "&Progress")
        self.tabs.addTab(self.history, "&History")
        self.tabs.addTab(self.treatments, "&Treatments")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.today)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_menus()
        location = QLabel(f"Your diary is stored only on this computer: {diary.diary.path}")
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(location, 1)
        self.resize(1180, 760)
        # The chart loads after the window is on screen: the form must be usable at once.
        QTimer.singleShot(0, self.chart.ensure_canvas)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        log_menu = self.menuBar().addMenu("&Diary")
        self._action(log_menu, "&Log how I feel now", self.focus_today, "Ctrl+L")
        self._action(log_menu, "&Save check-in", self.today.save, "Ctrl+Return")
        self._action(log_menu, "Record an &injection…", self.treatments.add_injection, "Ctrl+I")
        view_menu = self.menuBar().addMenu("&View")
        for index, (name, key) in enumerate(
            (("&Progress chart", "Ctrl+1"), ("&History", "Ctrl+2"), ("&Treatments", "Ctrl+3"))
        ):
            self._action(view_menu, name, lambda i=index: self.tabs.setCurrentIndex(i), key)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About Recovery Tracker", self.show_about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def focus_today(self) -> None:
        self.today.form.scores["pain"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            f"<p>{NOT_MEDICAL_ADVICE}</p>"
            "<p>Your diary is stored only on this computer, in:<br>"
            f"<code>{self.diary.diary.path}</code></p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.today.form.is_dirty() and not self._settle_unsaved():
            event.ignore()
            return
        event.accept()

    def _settle_unsaved(self) -> bool:
        """Ask what to do with a half-typed check-in. True when the window may close."""
        answer = QMessageBox.question(
            self,
            "Save your check-in?",
            "You have a check-in that is not saved yet. Save it before closing?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.today.save() is not None
        return answer == QMessageBox.StandardButton.Discard
