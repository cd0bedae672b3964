"""The events the patient logged (fever, swelling, ...): one table, one transaction a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time

from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import NotFoundError, insert_sql

_COLUMNS = ("date", "time", "kind", "other", "severity", "contacted_clinic", "notes")
_SELECT = f"SELECT id, {', '.join(_COLUMNS)} FROM events"
_INSERT = insert_sql("events", _COLUMNS)


def insert_events(connection: sqlite3.Connection, events: Sequence[AdverseEvent]) -> None:
    """Many events inside a transaction the caller holds (imports)."""
    connection.executemany(_INSERT, [event_values(e) for e in events])


class EventRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self, start: date | None = None, end: date | None = None) -> list[AdverseEvent]:
        """In time order (an event without a time first on its day)."""
        rows = self._db.query(
            f"{_SELECT} WHERE date >= ? AND date <= ? ORDER BY date, coalesce(time, ''), id",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        return [_event_from_row(row) for row in rows]

    def add(self, event: AdverseEvent) -> AdverseEvent:
        with self._db.transaction() as connection:
            cursor = connection.execute(_INSERT, event_values(event))
        return replace(event, id=cursor.lastrowid)

    def update(self, event: AdverseEvent) -> AdverseEvent:
        assignments = ", ".join(f"{column} = ?" for column in _COLUMNS)
        with self._db.transaction() as connection:
            cursor = connection.execute(
                f"UPDATE events SET {assignments} WHERE id = ?", (*event_values(event), event.id)
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate("Storage", "That event no longer exists; it was not changed.")
                )
        return event

    def delete(self, event_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def restore(self, event: AdverseEvent) -> None:
        """Put a deleted event back with its old id (Edit > Undo)."""
        placeholders = ", ".join("?" for _ in range(len(_COLUMNS) + 1))
        with self._db.transaction() as connection:
            connection.execute(
                f"INSERT INTO events (id, {', '.join(_COLUMNS)}) VALUES ({placeholders})",
                (event.id, *event_values(event)),
            )


def event_values(event: AdverseEvent) -> tuple[object, ...]:
    return (
        event.date.isoformat(),
        None if event.time is None else event.time.strftime("%H:%M"),
        event.kind,
        event.other,
        event.severity,
        int(event.contacted_clinic),
        event.notes,
    )


def _event_from_row(row: sqlite3.Row) -> AdverseEvent:
    return AdverseEvent(
        id=row["id"],
        date=date.fromisoformat(row["date"]),
        time=None if row["time"] is None else time.fromisoformat(row["time"]),
        kind=row["kind"],
        other=row["other"],
        severity=row["severity"],
        contacted_clinic=bool(row["contacted_clinic"]),
        notes=row["notes"],
    )
