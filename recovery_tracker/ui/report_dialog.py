"""File > Appointment report: choose the period and paper, then save a PDF or print it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import DateStyle, translate
from recovery_tracker.reports.content import ReportRequest
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.file_dialogs import choose_save_path
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.now_fields import DayStepDateEdit
from recovery_tracker.ui.qt_values import qdate_to_date, to_qdate
from recovery_tracker.ui.translation import qt_date_format
from recovery_tracker.ui.widgets import tell


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


class ReportDialog(QDialog):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(translate("ReportDialog", "&Save PDF…"), self)
        self.print_button = QPushButton(translate("ReportDialog", "P&rint…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_report)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

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
        self.diary.save_settings(replace(self.diary.settings(), report_patient_name=name))
        return ReportRequest(first, last, self.name.text().strip())

    def save_pdf(self, path: Path | None = None) -> Path | None:
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
        from recovery_tracker.exchange.report_pdf import write_report_pdf

        try:
            write_report_pdf(
                self.diary.snapshot(),
                request,
                path,
                today=self.diary.today(),
                paper=str(self.paper.currentData()),
            )
        except StorageError as error:
            QMessageBox.warning(
                self, translate("ReportDialog", "Could not save the report"), str(error)
            )
            return None
        self.message.setText(translate("ReportDialog", "Saved to {path}.").format(path=path))
        tell(self, translate("ReportDialog", "✓ Report saved to {path}.").format(path=path))
        return path

    def print_report(self) -> None:
        request = self.request()
        if request is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from recovery_tracker.exchange.report_pdf import build_document, page_size, paint_onto

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = build_document(
            self.diary.snapshot(), request, self.diary.today(), page_size(printer)
        )
        paint_onto(document, printer)
        self.message.setText(translate("ReportDialog", "Sent to the printer."))
