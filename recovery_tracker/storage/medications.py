"""Medicines the patient took, and the names used most recently."""

from __future__ import annotations

import builtins
from datetime import date, time

from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import EntryRepository

MEDICATION_COLUMNS = ("date", "time", "name", "dose", "reason")


class MedicationRepository(EntryRepository[MedicationDose]):
    def __init__(self, database: Database) -> None:
        super().__init__(
            database,
            "medications",
            MEDICATION_COLUMNS,
            medication_values,
            QT_TRANSLATE_NOOP(
                "Storage", "That medicine entry no longer exists; it was not changed."
            ),
        )

    def list(self, start: date | None = None, end: date | None = None) -> list[MedicationDose]:
        # Plain tuples, in the order of MedicationDose's fields: 30 years are 3,650 doses,
        # read by the window and by the first chart's process while matplotlib loads (a Row
        # read by column name, and keyword arguments, took twice as long).
        rows = self._db.query_tuples(
            "SELECT date, time, name, dose, reason, id FROM medications "
            "WHERE date >= ? AND date <= ? ORDER BY date, time, id",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        day, moment = date.fromisoformat, time.fromisoformat
        with self._db.decoding():
            return [
                MedicationDose(day(d), moment(t), name, dose, reason, entry)
                for d, t, name, dose, reason, entry in rows
            ]

    def recent_names(self, limit: int = 12) -> builtins.list[str]:
        """Most recently used names first, for the quick-pick list."""
        rows = self._db.query(
            "SELECT name FROM medications GROUP BY lower(name) "
            "ORDER BY max(date || ' ' || time) DESC, max(id) DESC LIMIT ?",
            (limit,),
        )
        return [row["name"] for row in rows]


def medication_values(dose: MedicationDose) -> tuple[object, ...]:
    day, at = dose.date.isoformat(), dose.time.isoformat("minutes")  # strftime: slower
    return (day, at, dose.name, dose.dose, dose.reason)
