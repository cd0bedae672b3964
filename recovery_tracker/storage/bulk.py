"""Many entries in one transaction: imports, sample diaries. All of it is saved, or none."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain

from recovery_tracker.domain.advice import AdviceRule
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.storage.advice import insert_rules
from recovery_tracker.storage.appointments import INSERT_APPOINTMENT, appointment_values
from recovery_tracker.storage.checkins import CHECKIN_COLUMNS, checkin_values
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.events import insert_events
from recovery_tracker.storage.injections import INSERT_INJECTION, injection_values
from recovery_tracker.storage.medications import MEDICATION_COLUMNS, medication_values


@dataclass
class DiaryContent:
    """Everything a diary holds, as domain values (ids are ignored on insert)."""

    injections: list[tuple[Injection, Sequence[AdviceRule]]] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    medications: list[MedicationDose] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    events: list[AdverseEvent] = field(default_factory=list)
    # Ids of planned injections this content says took place (a CSV from the other computer).
    took_place: list[int] = field(default_factory=list)
    # More check-ins, already as the values stored (storage.checkins.checkin_values): what
    # an import's quick path makes of rows as the export writes them (exchange/csv_quick.py).
    # Last, as callers give the fields above by position.
    checkin_values: list[tuple[object, ...]] = field(default_factory=list)
    # More medicines, as the values stored (storage.medications.medication_values).
    medication_values: list[tuple[object, ...]] = field(default_factory=list)

    def count(self) -> int:
        return (
            len(self.injections)
            + len(self.checkins)
            + len(self.checkin_values)
            + len(self.medications)
            + len(self.medication_values)
            + len(self.appointments)
            + len(self.events)
        )


def insert_content(
    diary: Diary,
    content: DiaryContent,
    *,
    impressions: Sequence[Impression] = (),
    settings: Mapping[str, str] | None = None,
) -> None:
    """Everything in one transaction; ``settings`` only fill keys the diary does not have."""
    with writing_content(diary) as writer:
        writer.write(content, impressions=impressions, settings=settings)


class ContentWriter:
    """Writes into the transaction ``writing_content`` holds (see write_content)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def write(
        self,
        content: DiaryContent,
        *,
        impressions: Sequence[Impression] = (),
        settings: Mapping[str, str] | None = None,
    ) -> None:
        write_content(self._connection, content, impressions=impressions, settings=settings)

    def stored_checkins(self) -> list[tuple[object, ...]]:
        """The diary's check-ins as stored (the values checkin_values gives), read in this
        transaction: what an import compares its rows with, without a CheckIn for each."""
        return self._stored("checkins", CHECKIN_COLUMNS)

    def stored_medications(self) -> list[tuple[object, ...]]:
        """The diary's medicines as stored (medication_values), as stored_checkins."""
        return self._stored("medications", MEDICATION_COLUMNS)

    def _stored(self, table: str, columns: Sequence[str]) -> list[tuple[object, ...]]:
        cursor = self._connection.cursor()
        cursor.row_factory = None  # plain tuples, as the values written
        return cursor.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()


@contextmanager
def writing_content(diary: Diary) -> Iterator[ContentWriter]:
    """One write transaction: what is read from ``diary`` inside it is what the writes
    will meet (no other connection can commit meanwhile)."""
    with diary.database.transaction() as connection:
        yield ContentWriter(connection)


def write_content(
    connection: sqlite3.Connection,
    content: DiaryContent,
    *,
    impressions: Sequence[Impression] = (),
    settings: Mapping[str, str] | None = None,
) -> None:
    """insert_content's writes, inside a transaction the caller holds (an import decides
    what is new in the same transaction, so two imports at once cannot both add it)."""
    connection.executemany(
        "INSERT INTO impressions (date, score) VALUES (?, ?)",
        [(i.date.isoformat(), i.score) for i in impressions],
    )
    connection.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        sorted((settings or {}).items()),
    )
    connection.executemany(
        "UPDATE injections SET status = 'done' WHERE id = ? AND status = 'planned'",
        [(injection_id,) for injection_id in content.took_place],
    )
    for injection, rules in content.injections:
        cursor = connection.execute(INSERT_INJECTION, injection_values(injection))
        insert_rules(connection, int(cursor.lastrowid or 0), rules)
    checkins = [checkin_values(c) for c in content.checkins]
    insert_rows(connection, "checkins", CHECKIN_COLUMNS, checkins + content.checkin_values)
    medications = [medication_values(m) for m in content.medications]
    insert_rows(
        connection, "medications", MEDICATION_COLUMNS, medications + content.medication_values
    )
    connection.executemany(
        INSERT_APPOINTMENT, [appointment_values(a) for a in content.appointments]
    )
    insert_events(connection, content.events)


# The fewest parameters one statement may have in any SQLite (999 before 3.32).
_MOST_PARAMETERS = 999


def insert_rows(
    connection: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[tuple[object, ...]],
) -> None:
    """Insert ``rows`` (each a value per column) in their order, as many rows per INSERT
    statement as its parameters allow: the same rows and ids as one statement per row, in
    about two thirds of the time (executemany's work per row: at 30 years, 22,000 check-ins).
    Raises ValueError, writing nothing, if a row has not one value per column (flattened
    into one statement, it would shift the values of the rows after it)."""
    width = len(columns)
    if not {width}.issuperset(map(len, rows)):
        raise ValueError(f"every row written into {table} needs {width} values")
    per_statement = _MOST_PARAMETERS // width
    one_row = f"({', '.join('?' * width)})"
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    whole = len(rows) - len(rows) % per_statement
    if whole:
        sql = insert + ", ".join([one_row] * per_statement)
        for start in range(0, whole, per_statement):
            connection.execute(sql, list(chain.from_iterable(rows[start : start + per_statement])))
    connection.executemany(insert + one_row, rows[whole:])
