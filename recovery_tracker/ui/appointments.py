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
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import APPOINTMENTS, LiveDiary
from recovery_tracker.ui.note_edit import NoteEdit
from recovery_tracker.ui.now_fields import DayStepDateEdit
from recovery_tracker.ui.qt_values import present, qdate_to_date, qtime_to_time, to_qdate
from recovery_tracker.ui.table_model import DiaryTableModel, Index
from recovery_tracker.ui.translation import qt_date_format
from recovery_tracker.ui.widgets import (
    delete_after_asking,
    needs_selection,
    record_table,
    selected_row,
    tell,
)


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


class AppointmentsPanel(QWidget):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.model = AppointmentTableModel(diary, self)
        self.table = record_table(
            self,
            self.model,
            translate("Appointments", "Follow-up appointments"),
            self.edit_selected,
        )
        buttons = QHBoxLayout()
        self.export_button = QPushButton(
            translate("Appointments", "Export to &calendar (.ics)…"), self
        )
        # On a row of its own: beside the three others the tab needed 821 px, not 800.
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        buttons.addStretch(1)
        made = []
        for text, slot in (
            (translate("Appointments", "&Add appointment…"), self.add_appointment),
            (translate("Appointments", "Ed&it…"), self.edit_selected),
            (translate("Appointments", "Dele&te…"), self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
            made.append(button)
        self.edit_button, self.delete_button = made[1], made[2]
        needs_selection(self.table, self.edit_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(export_row)

    def add_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.diary, None, self)
        dialog.accepted.connect(lambda: self._say_saved(dialog.saved))
        dialog.accepted.connect(lambda: self._flag_past(dialog.saved))
        dialog.open()
        return dialog

    def _say_saved(self, appointment: Appointment | None) -> None:
        if appointment is not None:
            tell(
                self,
                translate("Appointments", "✓ Appointment saved: {day} at {time}.").format(
                    day=format_date(appointment.starts_at.date(), DateStyle.DAY_YEAR),
                    time=f"{appointment.starts_at:%H:%M}",
                ),
            )

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

    def selected(self) -> Appointment | None:
        row = selected_row(self.table)
        return None if row is None else self.model.rows[row]

    def edit_selected(self) -> AppointmentDialog | None:
        appointment = self.selected()
        if appointment is None:
            return None
        dialog = AppointmentDialog(self.diary, appointment, self)
        dialog.accepted.connect(lambda: self._say_saved(dialog.saved))
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        appointment = self.selected()
        if appointment is None or appointment.id is None:
            return
        deleted = delete_after_asking(
            self,
            translate("Appointments", "Delete appointment?"),
            translate("Appointments", "Delete the appointment of {day} at {time}?").format(
                day=format_date(appointment.starts_at.date(), DateStyle.WEEKDAY_LONG),
                time=f"{appointment.starts_at:%H:%M}",
            ),
            lambda: self.diary.delete_appointment(present(appointment.id)),
        )
        if deleted:
            tell(
                self, translate("Appointments", "Appointment deleted. Edit > Undo brings it back.")
            )
