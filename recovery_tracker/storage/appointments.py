"""Appointments with the clinician, and the questions to ask there."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import EntryRepository, insert_sql

if TYPE_CHECKING:
    # Imported where the rows are read: the repository is made when the diary opens, but the
    # Today form never lists appointments, so the window's first paint need not make the class.
    from recovery_tracker.domain.appointments import Appointment

APPOINTMENT_COLUMNS = ("starts_at", "clinician", "place", "questions")
INSERT_APPOINTMENT = insert_sql("appointments", APPOINTMENT_COLUMNS)


class AppointmentRepository(EntryRepository["Appointment"]):
    def __init__(self, database: Database) -> None:
        super().__init__(
            database,
            "appointments",
            APPOINTMENT_COLUMNS,
            appointment_values,
            QT_TRANSLATE_NOOP("Storage", "That appointment no longer exists; it was not changed."),
        )

    def list(self) -> list[Appointment]:
        from recovery_tracker.domain.appointments import Appointment  # not before first paint

        rows = self._db.query(
            "SELECT id, starts_at, clinician, place, questions FROM appointments "
            "ORDER BY starts_at, id"
        )
        with self._db.decoding():
            return [
                Appointment(
                    id=row["id"],
                    starts_at=datetime.fromisoformat(row["starts_at"]),
                    clinician=row["clinician"],
                    place=row["place"],
                    questions=row["questions"],
                )
                for row in rows
            ]


def appointment_values(appointment: Appointment) -> tuple[object, ...]:
    return (
        appointment.starts_at.strftime("%Y-%m-%dT%H:%M"),
        appointment.clinician,
        appointment.place,
        appointment.questions,
    )
