"""Appointments with the clinician, and the questions to ask there."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import NotFoundError, insert_sql, restore_sql, update_sql

APPOINTMENT_COLUMNS = ("starts_at", "clinician", "place", "questions")
INSERT_APPOINTMENT = insert_sql("appointments", APPOINTMENT_COLUMNS)


class AppointmentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> list[Appointment]:
        rows = self._db.query(
            "SELECT id, starts_at, clinician, place, questions FROM appointments "
            "ORDER BY starts_at, id"
        )
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

    def add(self, appointment: Appointment) -> Appointment:
        with self._db.transaction() as connection:
            cursor = connection.execute(INSERT_APPOINTMENT, appointment_values(appointment))
        return replace(appointment, id=cursor.lastrowid)

    def update(self, appointment: Appointment) -> Appointment:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                update_sql("appointments", APPOINTMENT_COLUMNS),
                (*appointment_values(appointment), appointment.id),
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate("Storage", "That appointment no longer exists; it was not changed.")
                )
        return appointment

    def delete(self, appointment_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM appointments WHERE id = ?", (appointment_id,))

    def restore(self, appointment: Appointment) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                restore_sql("appointments", APPOINTMENT_COLUMNS),
                (appointment.id, *appointment_values(appointment)),
            )


def appointment_values(appointment: Appointment) -> tuple[object, ...]:
    return (
        appointment.starts_at.strftime("%Y-%m-%dT%H:%M"),
        appointment.clinician,
        appointment.place,
        appointment.questions,
    )
