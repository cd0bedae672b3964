"""Appointments: follow-up visits, their questions, and the calendar (.ics) export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.validation import MAX_SHORT_TEXT_LENGTH
from recovery_tracker.ui.entry_list import EntryListPanel
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import APPOINTMENTS, LiveDiary
from recovery_tracker.ui.note_edit import NoteEdit
from recovery_tracker.ui.now_fields import DayStepDateEdit
from recovery_tracker.ui.qt_values import qdate_to_date, qtime_to_time, to_qdate
from recovery_tracker.ui.table_model import DiaryTableModel, Index
from recovery_tracker.ui.translation import qt_date_format


class AppointmentDialog(FormDialog):
    def __init__(
        self, diary: LiveDiary, appointment: Appointment | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("Appointments", "Edit appointment")
            if appointment
            else translate("Appointments", "Add an appointment"),
            diary.save_appointment,
            parent,
        )
        self.diary = diary
        self._id = appointment.id if appointment else None
        when = appointment.starts_at if appointment else diary.clock().replace(hour=9, minute=0)
        self.date_edit = DayStepDateEdit(to_qdate(when.date()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_date_format(DateStyle.DAY_YEAR))
        self.time_edit = QTimeEdit(QTime(when.hour, when.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.clinician = QLineEdit(appointment.clinician if appointment else "", self)
        self.clinician.setPlaceholderText(translate("Appointments", "e.g. Dr. Lee"))
        self.place = QLineEdit(appointment.place if appointment else "", self)
        self.place.setPlaceholderText(translate("Appointments", "e.g. Spine Clinic, 2nd floor"))
        self.clinician.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.place.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.questions = NoteEdit(self)
        self.questions.setPlainText(appointment.questions if appointment else "")
        self.questions.setPlaceholderText(translate("Appointments", "One question per line"))
        self.add_field("date", translate("Appointments", "&Date:"), self.date_edit)
        self.add_field("time", translate("Appointments", "&Time:"), self.time_edit)
        self.add_field("clinician", translate("Appointments", "&Clinician:"), self.clinician)
        self.add_field("place", translate("Appointments", "&Place:"), self.place)
        self.add_field("questions", translate("Appointments", "&Questions to ask:"), self.questions)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "id": self._id,
            "date": qdate_to_date(self.date_edit.date()),
            "time": qtime_to_time(self.time_edit.time()),
            "clinician": self.clinician.text(),
            "place": self.place.text(),
            "questions": self.questions.toPlainText(),
        }


class AppointmentTableModel(DiaryTableModel):
    headers = (
        QT_TRANSLATE_NOOP("Appointments", "When"),
        QT_TRANSLATE_NOOP("Appointments", "Clinician"),
        QT_TRANSLATE_NOOP("Appointments", "Place"),
        QT_TRANSLATE_NOOP("Appointments", "Questions"),
        "",
    )
    header_context = "Appointments"
    depends_on = frozenset((APPOINTMENTS,))

    def load_rows(self) -> list[Appointment]:
        return list(self.diary.appointments())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        appointment: Appointment = self.rows[index.row()]
        questions = [q for q in appointment.questions.splitlines() if q.strip()]
        return (
            f"{format_date(appointment.starts_at.date(), DateStyle.DAY_YEAR)}  "
            f"{appointment.starts_at:%H:%M}",
            appointment.clinician,
            appointment.place,
            translate("Appointments", "%n question(s)", None, len(questions)) if questions else "",
            translate("Appointments", "past") if appointment.is_past(self.diary.clock()) else "",
        )[index.column()]


class AppointmentsPanel(EntryListPanel):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(
            diary,
            AppointmentTableModel(diary),
            translate("Appointments", "Follow-up appointments"),
            parent,
        )
        add = self.button(translate("Appointments", "&Add appointment…"), self.add_appointment)
        self.export_button = QPushButton(
            translate("Appointments", "Export to &calendar (.ics)…"), self
        )
        # On a row of its own: beside the three others the tab needed 821 px, not 800.
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.button_row(add, self.edit_button, self.delete_button))
        layout.addLayout(export_row)

    def add_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.diary, None, self)
        self.open_dialog(dialog, lambda: _saved_sentence(dialog.saved))
        dialog.accepted.connect(lambda: self._flag_past(dialog.saved))  # after the status line
        return dialog

    def open_editor(self, appointment: Appointment) -> AppointmentDialog:
        dialog = AppointmentDialog(self.diary, appointment, self)
        return self.open_dialog(dialog, lambda: _saved_sentence(dialog.saved))

    def _flag_past(self, appointment: Appointment | None) -> None:
        if appointment and appointment.is_past(self.diary.clock()):
            QMessageBox.information(
                self,
                translate("Appointments", "Appointment in the past"),
                translate(
                    "Appointments",
                    "The appointment of {day} is in the past. "
                    "It was saved; no reminder will be shown for it.",
                ).format(day=format_date(appointment.starts_at.date(), DateStyle.LONG)),
            )

    def delete_question(self, appointment: Appointment) -> tuple[str, str]:
        return translate("Appointments", "Delete appointment?"), translate(
            "Appointments", "Delete the appointment of {day} at {time}?"
        ).format(
            day=format_date(appointment.starts_at.date(), DateStyle.WEEKDAY_LONG),
            time=f"{appointment.starts_at:%H:%M}",
        )

    def delete_entry(self, entry_id: int) -> None:
        self.diary.delete_appointment(entry_id)

    def deleted_sentence(self) -> str:
        return translate("Appointments", "Appointment deleted. Edit > Undo brings it back.")


def _saved_sentence(appointment: Appointment | None) -> str | None:
    if appointment is None:
        return None
    return translate("Appointments", "✓ Appointment saved: {day} at {time}.").format(
        day=format_date(appointment.starts_at.date(), DateStyle.DAY_YEAR),
        time=f"{appointment.starts_at:%H:%M}",
    )
