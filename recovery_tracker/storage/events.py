"""The events the patient logged (fever, swelling, ...): one table, one transaction a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import EntryRepository, insert_sql

if TYPE_CHECKING:
    # Imported where the rows are read: the repository is made when the diary opens, but the
    # Today form never lists events, so the window's first paint need not make the class.
    from recovery_tracker.domain.events import AdverseEvent

_COLUMNS = ("date", "time", "kind", "other", "severity", "contacted_clinic", "notes")
_SELECT = f"SELECT id, {', '.join(_COLUMNS)} FROM events"
_INSERT = insert_sql("events", _COLUMNS)


def insert_events(connection: sqlite3.Connection, events: Sequence[AdverseEvent]) -> None:
    """Many events inside a transaction the caller holds (imports)."""
    connection.executemany(_INSERT, [event_values(e) for e in events])


class EventRepository(EntryRepository["AdverseEvent"]):
    def __init__(self, database: Database) -> None:
        super().__init__(
            database,
            "events",
            _COLUMNS,
            event_values,
            QT_TRANSLATE_NOOP("Storage", "That event no longer exists; it was not changed."),
        )

    def list(self, start: date | None = None, end: date | None = None) -> list[AdverseEvent]:
        """In time order (an event without a time first on its day)."""
        from recovery_tracker.domain.events import AdverseEvent  # not before first paint

        rows = self._db.query(
            f"{_SELECT} WHERE date >= ? AND date <= ? ORDER BY date, coalesce(time, ''), id",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        with self._db.decoding():
            return [
                AdverseEvent(
                    id=row["id"],
                    date=date.fromisoformat(row["date"]),
                    time=None if row["time"] is None else time.fromisoformat(row["time"]),
                    kind=row["kind"],
                    other=row["other"],
                    severity=row["severity"],
                    contacted_clinic=bool(row["contacted_clinic"]),
                    notes=row["notes"],
                )
                for row in rows
            ]


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
