"""Injections (their plans are in advice.py, which adds and restores the two together).

Like every repository here: each method that writes is one transaction, and rows go in and
out as domain dataclasses.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import NotFoundError, insert_sql, restore_sql, update_sql

INJECTION_COLUMNS = ("date", "site", "side", "kind", "clinic", "guidance", "notes", "status")
INSERT_INJECTION = insert_sql("injections", INJECTION_COLUMNS)
RESTORE_INJECTION = restore_sql("injections", INJECTION_COLUMNS)


class InjectionRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> list[Injection]:
        rows = self._db.query(
            f"SELECT id, {', '.join(INJECTION_COLUMNS)} FROM injections ORDER BY date, id"
        )
        return [_injection_from_row(row) for row in rows]

    def get(self, injection_id: int) -> Injection:
        rows = self._db.query(
            f"SELECT id, {', '.join(INJECTION_COLUMNS)} FROM injections WHERE id = ?",
            (injection_id,),
        )
        if not rows:
            raise NotFoundError(translate("Storage", "That injection no longer exists."))
        return _injection_from_row(rows[0])

    def add(self, injection: Injection) -> Injection:
        with self._db.transaction() as connection:
            cursor = connection.execute(INSERT_INJECTION, injection_values(injection))
        return replace(injection, id=cursor.lastrowid)

    def update(self, injection: Injection) -> Injection:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                update_sql("injections", INJECTION_COLUMNS),
                (*injection_values(injection), injection.id),
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate("Storage", "That injection no longer exists; it was not changed.")
                )
        return injection

    def delete(self, injection_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM injections WHERE id = ?", (injection_id,))


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
