"""Medicines the patient took, and the names used most recently."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date, time

from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import NotFoundError, insert_sql, restore_sql, update_sql

MEDICATION_COLUMNS = ("date", "time", "name", "dose", "reason")
INSERT_MEDICATION = insert_sql("medications", MEDICATION_COLUMNS)


class MedicationRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self, start: date | None = None, end: date | None = None) -> list[MedicationDose]:
        rows = self._db.query(
            "SELECT id, date, time, name, dose, reason FROM medications "
            "WHERE date >= ? AND date <= ? ORDER BY date, time, id",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        return [
            MedicationDose(
                id=row["id"],
                date=date.fromisoformat(row["date"]),
                time=time.fromisoformat(row["time"]),
                name=row["name"],
                dose=row["dose"],
                reason=row["reason"],
            )
            for row in rows
        ]

    def recent_names(self, limit: int = 12) -> builtins.list[str]:
        """Most recently used names first, for the quick-pick list."""
        rows = self._db.query(
            "SELECT name FROM medications GROUP BY lower(name) "
            "ORDER BY max(date || ' ' || time) DESC, max(id) DESC LIMIT ?",
            (limit,),
        )
        return [row["name"] for row in rows]

    def add(self, dose: MedicationDose) -> MedicationDose:
        with self._db.transaction() as connection:
            cursor = connection.execute(INSERT_MEDICATION, medication_values(dose))
        return replace(dose, id=cursor.lastrowid)

    def update(self, dose: MedicationDose) -> MedicationDose:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                update_sql("medications", MEDICATION_COLUMNS), (*medication_values(dose), dose.id)
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate(
                        "Storage", "That medicine entry no longer exists; it was not changed."
                    )
                )
        return dose

    def delete(self, dose_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM medications WHERE id = ?", (dose_id,))

    def restore(self, dose: MedicationDose) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                restore_sql("medications", MEDICATION_COLUMNS), (dose.id, *medication_values(dose))
            )


def medication_values(dose: MedicationDose) -> tuple[object, ...]:
    day, at = dose.date.isoformat(), dose.time.isoformat("minutes")  # strftime: slower
    return (day, at, dose.name, dose.dose, dose.reason)
