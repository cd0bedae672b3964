"""File > Appointment report: choose the period and paper, then save a PDF or print it.

The report is made on the background thread (ui/background.py) from a copy of the diary's
lists: the dialog shows each step with a bar and a Cancel, and the window keeps answering.
Closing the dialog does not stop a report: it is finished, and the window's status line says
so; Cancel stops it, and then no file is written.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.collection import collection_paused
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.text import DateStyle, translate
from recovery_tracker.reports.content import ReportRequest
from recovery_tracker.reports.progress import ReportCancelled, ReportProgress
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.background import BackgroundTask, snapshot_for_background, window_relay
from recovery_tracker.ui.file_dialogs import choose_save_path
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.now_fields import DayStepDateEdit
from recovery_tracker.ui.qt_values import qdate_to_date, to_qdate
from recovery_tracker.ui.translation import qt_date_format
from recovery_tracker.ui.widgets import tell, wide_enough_for_title

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def default_paper() -> str:
    """US Letter where it is the norm (US, Canada, Mexico, Philippines...), A4 elsewhere."""
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    return "letter" if QLocale.system().territory() in letter else "a4"


# The report's work on the background thread: it reports to the progress, and adds every
# QObject it makes to the list, which the dialog empties on the window's thread (see the
# notes in ui/background.py and exchange/qt_unlocked.py).
ReportWork = Callable[[ReportProgress, list[object]], object]


def _without_collection_pauses(
    work: ReportWork, progress: ReportProgress, made: list[object]
) -> object:
    """Run ``work`` with Python's cyclic garbage collector paused. A collection stops every
    thread while it runs, and over a 30-year diary and the charts' objects a full one takes
    0.1-0.3 s: the window would stall. What the report leaves is collected afterwards."""
    with collection_paused():
        return work(progress, made)


def _show_step_of(
    dialog: weakref.ref[ReportDialog], percent: int, text: str, can_cancel: bool
) -> None:
    """On the window's thread: show a step in the dialog, if it is still there."""
    shown = dialog()
    if shown is not None and shiboken6.isValid(shown):
        shown._show_step(percent, text, can_cancel)


def _teller(dialog: ReportDialog) -> Callable[[int, str, bool], None]:
    """What the background thread calls at each step: hands it to the window's thread,
    holding the dialog only weakly (the background thread never holds the last reference
    to a QObject) and touching no Qt object."""
    relay, held = window_relay(), weakref.ref(dialog)

    def tell(percent: int, text: str, can_cancel: bool) -> None:
        relay.post(partial(_show_step_of, held, percent, text, can_cancel))

    return tell


class Outcome(NamedTuple):
    """What the dialog and the window's status line say when a report ends."""

    in_dialog: str
    in_window: str
    cancelled: str


class ReportDialog(QDialog):
    # When a report ends: the PDF's path (or the printer's file, if any), None if it was
    # cancelled or failed.
    report_done = Signal(object)

    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self._job: BackgroundTask | None = None
        self._progress: ReportProgress | None = None
        self._made: list[object] = []  # the running report's QObjects
        self.setWindowTitle(translate("ReportDialog", "Appointment report"))
        today = diary.today()
        span = diary.snapshot().date_range()
        self.name = QLineEdit(diary.settings().report_patient_name, self)
        self.name.setPlaceholderText(translate("ReportDialog", "optional"))
        self.first = DayStepDateEdit(to_qdate(span[0] if span else today), self)
        self.last = DayStepDateEdit(to_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(qt_date_format(DateStyle.SHORT))
            # No maximum date: with one, a typed day became another day. Refused in request().
        self.paper = QComboBox(self)
        self.paper.addItem(translate("ReportDialog", "A4"), "a4")
        self.paper.addItem(translate("ReportDialog", "US Letter"), "letter")
        self.paper.setCurrentIndex(0 if default_paper() == "a4" else 1)
        form = QFormLayout()
        for label, widget, name in (
            (
                translate("ReportDialog", "Your &name:"),
                self.name,
                translate("ReportDialog", "Patient name on the report"),
            ),
            (
                translate("ReportDialog", "&From:"),
                self.first,
                translate("ReportDialog", "First day of the report"),
            ),
            (
                translate("ReportDialog", "&To:"),
                self.last,
                translate("ReportDialog", "Last day of the report"),
            ),
            (
                translate("ReportDialog", "&Paper:"),
                self.paper,
                translate("ReportDialog", "Paper size"),
            ),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        intro = QLabel(
            translate(
                "ReportDialog",
                "One page your doctor can read in a minute: your injections, pain before and now, "
                "the charts, medicines taken against your plan, your notes marked for the doctor "
                "and your questions.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(translate("ReportDialog", "Report progress"))
        self.progress.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(translate("ReportDialog", "&Save PDF…"), self)
        self.print_button = QPushButton(translate("ReportDialog", "P&rint…"), self)
        self.cancel_button = QPushButton(translate("ReportDialog", "&Cancel report"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()  # after addButton, which shows it: only while one is made
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_report)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        wide_enough_for_title(self)

    def request(self) -> ReportRequest | None:
        first, last = qdate_to_date(self.first.date()), qdate_to_date(self.last.date())
        if first > last:
            self.message.setText(
                translate("ReportDialog", "The first day is after the last day; please swap them.")
            )
            return None
        if last > self.diary.today():
            self.message.setText(
                translate(
                    "ReportDialog", "The last day is after today; please choose today at most."
                )
            )
            return None
        name = self.name.text().strip()
        settings = self.diary.settings()
        if name != settings.report_patient_name:
            self.diary.save_settings(replace(settings, report_patient_name=name))
        return ReportRequest(first, last, name)

    def is_busy(self) -> bool:
        """A report is being made (or printed) for this dialog."""
        return self._job is not None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Start saving the report as a PDF (asking where, unless ``path`` is given); returns
        the path it is being written to, or None if it was not started. report_done tells
        when it is written."""
        if self.is_busy():
            return None
        request = self.request()
        if request is None:
            return None
        if path is None:
            path = choose_save_path(
                self,
                translate("ReportDialog", "Save the report"),
                f"recovery-report-{request.last.isoformat()}.pdf",
                translate("ReportDialog", "PDF document (*.pdf)"),
            )
            if path is None:
                return None
        try:
            self.diary.check_export_target(path)  # said now, not after the report was made
        except StorageError as error:
            self._could_not(error)
            return None
        snapshot, today, paper = self._snapshot(), self.diary.today(), str(self.paper.currentData())
        target = Path(path)

        def work(progress: ReportProgress, made: list[object]) -> object:
            # Imported here, on the background thread: the first import takes 0.1-0.2 s.
            from recovery_tracker.exchange.report_pdf import write_report_pdf

            return write_report_pdf(
                snapshot(), request, target, today=today, paper=paper, progress=progress, made=made
            )

        said = Outcome(
            translate("ReportDialog", "Saved to {path}.").format(path=target),
            translate("ReportDialog", "✓ Report saved to {path}.").format(path=target),
            translate("ReportDialog", "Cancelled; no report was saved."),
        )
        self._start(work, target, said)
        return target

    def print_report(self) -> None:
        if self.is_busy():
            return
        request = self.request()
        if request is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer, request)

    def print_to(self, printer: QPrinter, request: ReportRequest | None = None) -> bool:
        """Start printing the report on ``printer`` (set up by the print dialog); False if it
        was not started. The printer is painted on the background thread (Qt allows a
        QPainter on a QPrinter there); the window does not touch it until report_done."""
        if self.is_busy():
            return False
        request = request or self.request()
        if request is None:
            return False
        output = printer.outputFileName()
        if output:
            from recovery_tracker.exchange.report_pdf import prepare_print_file

            try:
                prepare_print_file(Path(output))
            except StorageError as error:
                self._could_not(error)
                return False
        snapshot, today = self._snapshot(), self.diary.today()

        def work(progress: ReportProgress, made: list[object]) -> object:
            from recovery_tracker.exchange import report_pdf

            page = report_pdf.page_size(printer)
            try:
                document = report_pdf.build_document(
                    snapshot(), request, today, page, progress, made
                )
                report_pdf.paint_onto(document, printer, progress)
            finally:
                report_pdf.stop_timers(made)
            return printer  # kept alive until the print run is over

        said = Outcome(
            translate("ReportDialog", "Sent to the printer."),
            translate("ReportDialog", "✓ Report sent to the printer."),
            translate("ReportDialog", "Cancelled; nothing was printed."),
        )
        self._start(work, Path(output) if output else printer.printerName(), said)
        return True

    def cancel(self) -> None:
        """Stop the report being made at its next step; nothing is saved or printed."""
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(translate("ReportDialog", "Cancelling…"))

    # --- the job on the background thread ----------------------------------------------------
    def _snapshot(self) -> Callable[[], DiarySnapshot]:
        """The diary as the report will read it, fetched on the background thread: its
        lists copied here (the window may change them meanwhile), the check-ins read there
        if the window does not hold them."""
        lists = snapshot_for_background(self.diary.snapshot(), checkins=False)
        checkins = self.diary.checkins_for_background()
        return lambda: replace(lists, checkins=checkins())

    def _start(self, work: ReportWork, done: object, said: Outcome) -> None:
        """Run ``work`` on the background thread; when it ends, emit report_done(``done``)
        and say what became of it."""
        progress, made = ReportProgress(_teller(self)), list[object]()
        self._made = made
        job = BackgroundTask(lambda: _without_collection_pauses(work, progress, made), self)
        job.finished.connect(lambda _result: self._ended(done, said))
        job.failed.connect(lambda error: self._failed(error, said))
        self._job, self._progress = job, progress
        self._busy(True)
        self.message.setText(translate("ReportDialog", "Starting the report…"))
        self.progress.setValue(0)
        job.start()

    def _show_step(self, percent: int, text: str, can_cancel: bool) -> None:
        if self._progress is None or self._progress.cancelled:
            return
        self.progress.setValue(percent)
        self.message.setText(text)
        self.cancel_button.setEnabled(can_cancel)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _finish(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job, self._progress = None, None
        self._made.clear()  # the report's QObjects destroyed here, on the window's thread
        self._made = []
        self._busy(False)

    def _ended(self, done: object, said: Outcome) -> None:
        self._finish()
        self.message.setText(said.in_dialog)
        tell(self, said.in_window)  # seen even if the dialog was closed meanwhile
        self.report_done.emit(done)

    def _failed(self, error: Exception, said: Outcome) -> None:
        self._finish()
        if isinstance(error, ReportCancelled):
            self.message.setText(said.cancelled)
        elif isinstance(error, StorageError):
            self.message.clear()
            self._could_not(error)
        else:
            self.message.clear()
            self.report_done.emit(None)
            raise error  # as if made here: the same traceback as before it moved off the loop
        self.report_done.emit(None)

    def _could_not(self, error: StorageError) -> None:
        QMessageBox.warning(
            self, translate("ReportDialog", "Could not save the report"), str(error)
        )
