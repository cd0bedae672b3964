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


def medication_values(dose: MedicationDose) -> tuple[object, ...]:
    day, at = dose.date.isoformat(), dose.time.isoformat("minutes")  # strftime: slower
    return (day, at, dose.name, dose.dose, dose.reason)
