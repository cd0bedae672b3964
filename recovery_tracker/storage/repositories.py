"""Repositories: the only way the rest of the app reads and writes the diary.

Each method that writes is one transaction. Rows go in and out as domain dataclasses.
"""

from __future__ import annotations

import builtins
import sqlite3
from dataclasses import replace
from datetime import date, time

from recovery_tracker.domain.models import SCORE_FIELDS, CheckIn, Injection, InjectionStatus
from recovery_tracker.domain.recovery import DailySummary, ScoreStats
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database, StorageError

_INJECTION_COLUMNS = ("date", "site", "side", "kind", "clinic", "guidance", "notes", "status")
_CHECKIN_COLUMNS = (
    "date",
    "time",
    "pain",
    "soreness",
    "enjoyment_interference",
    "activity_interference",
    "sleep",
    "notes",
    "for_doctor",
    "leg_pain",
)


class NotFoundError(StorageError):
    """The entry was deleted meanwhile (for instance in another window)."""


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    placeholders = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"


def _restore_sql(table: str, columns: tuple[str, ...]) -> str:
    """Insert with the old id again: an undone deletion comes back as it was."""
    return _insert_sql(table, ("id", *columns))


def _update_sql(table: str, columns: tuple[str, ...]) -> str:
    assignments = ", ".join(f"{column} = ?" for column in columns)
    return f"UPDATE {table} SET {assignments} WHERE id = ?"


class InjectionRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> list[Injection]:
        rows = self._db.query(
            f"SELECT id, {', '.join(_INJECTION_COLUMNS)} FROM injections ORDER BY date, id"
        )
        return [_injection_from_row(row) for row in rows]

    def get(self, injection_id: int) -> Injection:
        rows = self._db.query(
            f"SELECT id, {', '.join(_INJECTION_COLUMNS)} FROM injections WHERE id = ?",
            (injection_id,),
        )
        if not rows:
            raise NotFoundError(translate("Storage", "That injection no longer exists."))
        return _injection_from_row(rows[0])

    def add(self, injection: Injection) -> Injection:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                _insert_sql("injections", _INJECTION_COLUMNS), injection_values(injection)
            )
        return replace(injection, id=cursor.lastrowid)

    def update(self, injection: Injection) -> Injection:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                _update_sql("injections", _INJECTION_COLUMNS),
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


class CheckInRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """Check-ins in time order, optionally only those from ``start`` to ``end`` inclusive."""
        sql = f"SELECT id, {', '.join(_CHECKIN_COLUMNS)} FROM checkins"
        conditions, parameters = [], []
        if start is not None:
            conditions.append("date >= ?")
            parameters.append(start.isoformat())
        if end is not None:
            conditions.append("date <= ?")
            parameters.append(end.isoformat())
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        rows = self._db.query(sql + " ORDER BY date, time, id", parameters)
        return [_checkin_from_row(row) for row in rows]

    def get(self, checkin_id: int) -> CheckIn:
        rows = self._db.query(
            f"SELECT id, {', '.join(_CHECKIN_COLUMNS)} FROM checkins WHERE id = ?", (checkin_id,)
        )
        if not rows:
            raise NotFoundError(translate("Storage", "That check-in no longer exists."))
        return _checkin_from_row(rows[0])

    def count(self) -> int:
        return int(self._db.query("SELECT count(*) FROM checkins")[0][0])

    def daily_summaries(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[DailySummary]:
        """Each day's mean and range per score, worked out by SQLite in one pass."""
        columns = ", ".join(f"avg({f}), min({f}), max({f})" for f, _label in SCORE_FIELDS)
        rows = self._db.query(
            f"SELECT date, count(*), {columns} FROM checkins WHERE date >= ? AND date <= ? "
            "GROUP BY date ORDER BY date",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        # A plain loop over plain tuples: ten years are 3,650 rows of 15 values.
        columns_at = [(field, 2 + 3 * index) for index, (field, _) in enumerate(SCORE_FIELDS)]
        summaries = []
        for row in map(tuple, rows):
            scores = {
                field: ScoreStats(row[at], row[at + 1], row[at + 2])
                for field, at in columns_at
                if row[at] is not None
            }
            summaries.append(DailySummary(date.fromisoformat(row[0]), row[1], scores))
        return summaries

    def add(self, checkin: CheckIn) -> CheckIn:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                _insert_sql("checkins", _CHECKIN_COLUMNS), checkin_values(checkin)
            )
        return replace(checkin, id=cursor.lastrowid)

    def update(self, checkin: CheckIn) -> CheckIn:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                _update_sql("checkins", _CHECKIN_COLUMNS), (*checkin_values(checkin), checkin.id)
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate("Storage", "That check-in no longer exists; it was not changed.")
                )
        return checkin

    def delete(self, checkin_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))

    def restore(self, checkin: CheckIn) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                _restore_sql("checkins", _CHECKIN_COLUMNS), (checkin.id, *checkin_values(checkin))
            )


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


def checkin_values(checkin: CheckIn) -> tuple[object, ...]:
    return (
        checkin.date.isoformat(),
        checkin.time.strftime("%H:%M"),
        checkin.pain,
        checkin.soreness,
        checkin.enjoyment_interference,
        checkin.activity_interference,
        checkin.sleep,
        checkin.notes,
        int(checkin.for_doctor),
        checkin.leg_pain,
    )


def _checkin_from_row(row: sqlite3.Row) -> CheckIn:
    return CheckIn(
        id=row["id"],
        date=date.fromisoformat(row["date"]),
        time=time.fromisoformat(row["time"]),
        pain=row["pain"],
        soreness=row["soreness"],
        enjoyment_interference=row["enjoyment_interference"],
        activity_interference=row["activity_interference"],
        sleep=row["sleep"],
        notes=row["notes"],
        for_doctor=bool(row["for_doctor"]),
        leg_pain=row["leg_pain"],
    )
