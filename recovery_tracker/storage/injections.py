"""Injections (their plans are in advice.py, which adds and restores the two together).

Like every repository here: each method that writes is one transaction, and rows go in and
out as domain dataclasses.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import EntryRepository, NotFoundError, insert_sql, restore_sql

INJECTION_COLUMNS = ("date", "site", "side", "kind", "clinic", "guidance", "notes", "status")
INSERT_INJECTION = insert_sql("injections", INJECTION_COLUMNS)
RESTORE_INJECTION = restore_sql("injections", INJECTION_COLUMNS)


class InjectionRepository(EntryRepository[Injection]):
    """Restore an injection with advice.restore_injection_with_plan: its plan comes back too."""

    def __init__(self, database: Database) -> None:
        super().__init__(
            database,
            "injections",
            INJECTION_COLUMNS,
            injection_values,
            QT_TRANSLATE_NOOP("Storage", "That injection no longer exists; it was not changed."),
        )

    def list(self) -> list[Injection]:
        rows = self._db.query(
            f"SELECT id, {', '.join(INJECTION_COLUMNS)} FROM injections ORDER BY date, id"
        )
        with self._db.decoding():
            return [_injection_from_row(row) for row in rows]

    def get(self, injection_id: int) -> Injection:
        rows = self._db.query(
            f"SELECT id, {', '.join(INJECTION_COLUMNS)} FROM injections WHERE id = ?",
            (injection_id,),
        )
        if not rows:
            raise NotFoundError(translate("Storage", "That injection no longer exists."))
        with self._db.decoding():
            return _injection_from_row(rows[0])


def injection_values(injection: Injection) -> tuple[object, ...]:
    return (
        injection.date.isoformat(),
        injection.site,
        injection.side,
        injection.kind,
        injection.clinic,
        injection.guidance,
        injection.notes,
        injection.status.value,
    )


def _injection_from_row(row: sqlite3.Row) -> Injection:
    return Injection(
        id=row["id"],
        date=date.fromisoformat(row["date"]),
        site=row["site"],
        side=row["side"],
        kind=row["kind"],
        clinic=row["clinic"],
        guidance=row["guidance"],
        notes=row["notes"],
        status=InjectionStatus(row["status"]),
    )
