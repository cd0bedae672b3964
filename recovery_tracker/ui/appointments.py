"""Appointments: follow-up visits, their questions, and the calendar (.ics) export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import APPOINTMENTS, LiveDiary
from recovery_tracker.ui.table_model import DiaryTableModel, Index
from recovery_tracker.ui.widgets import delete_after_asking, record_table, selected_row


class AppointmentDialog(FormDialog):
    def __init__(self, diary: LiveDiary, appointment: Appointment | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(
            "Edit appointment" if appointment else "Add an appointment",
            diary.save_appointment,
            parent,
        )
        self.diary = diary
        self._id = appointment.id if appointment else None
        when = appointment.starts_at if appointment else diary.clock().replace(hour=9, minute=0)
        self.date_edit = QDateEdit(QDate(when.date()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.time_edit = QTimeEdit(QTime(when.hour, when.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.clinician = QLineEdit(appointment.clinician if appointment else "", self)
        self.clinician.setPlaceholderText("e.g. Dr. Lee")
        self.place = QLineEdit(appointment.place if appointment else "", self)
        self.place.setPlaceholderText("e.g. Spine Clinic, 2nd floor")
        self.questions = QPlainTextEdit(appointment.questions if appointment else "", self)
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText("One question per line")
        self.add_field("date", "&Date:", self.date_edit)
        self.add_field("time", "&Time:", self.time_edit)
        self.add_field("clinician", "&Clinician:", self.clinician)
        self.add_field("place", "&Place:", self.place)
        self.add_field("questions", "&Questions to ask:", self.questions)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "id": self._id,
            "date": self.date_edit.date().toPython(),
            "time": self.time_edit.time().toPython().replace(second=0, microsecond=0),
            "clinician": self.clinician.text(),
            "place": self.place.text(),
            "questions": self.questions.toPlainText(),
        }


class AppointmentTableModel(DiaryTableModel):
    headers = ("When", "Clinician", "Place", "Questions", "")
    depends_on = frozenset((APPOINTMENTS,))

    def load_rows(self) -> list[Appointment]:
        return list(self.diary.appointments())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        appointment: Appointment = self.rows[index.row()]
        questions = [q for q in appointment.questions.splitlines() if q.strip()]
        return (
            f"{appointment.starts_at:%a %d %b %Y  %H:%M}",
            appointment.clinician,
            appointment.place,
            f"{len(questions)} question{'s' if len(questions) != 1 else ''}" if questions else "",
            "past" if appointment.is_past(self.diary.clock()) else "",
        )[index.column()]


class AppointmentsPanel(QWidget):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.model = AppointmentTableModel(diary, self)
        self.table = record_table(self, self.model, "Follow-up appointments", self.edit_selected)
        buttons = QHBoxLayout()
        self.export_button = QPushButton("Export to &calendar (.ics)…", self)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        for text, slot in (
            ("&Add appointment…", self.add_appointment),
            ("&Edit…", self.edit_selected),
            ("&Delete…", self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.diary, None, self)
        dialog.accepted.connect(lambda: self._flag_past(dialog.saved))
        dialog.open()
        return dialog

    def _flag_past(self, appointment: Appointment | None) -> None:
        if appointment and appointment.is_past(self.diary.clock()):
            QMessageBox.information(
                self,
                "Appointment in the past",
                f"The appointment of {appointment.starts_at:%d %B %Y} is in the past. "
                "It was saved; no reminder will be shown for it.",
            )

    def selected(self) -> Appointment | None:
        row = selected_row(self.table)
        return None if row is None else self.model.rows[row]

    def edit_selected(self) -> AppointmentDialog | None:
        appointment = self.selected()
        if appointment is None:
            return None
        dialog = AppointmentDialog(self.diary, appointment, self)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        appointment = self.selected()
        if appointment is None or appointment.id is None:
            return
        delete_after_asking(
            self,
            "Delete appointment?",
            f"Delete the appointment of {appointment.starts_at:%A %d %B %Y at %H:%M}?",
            lambda: self.diary.delete_appointment(appointment.id),
        )
