"""Check-ins: the scores and notes a patient logs, and each day's summary of them."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Collection
from datetime import date, time

from recovery_tracker.domain.models import SCORE_FIELDS, CheckIn
from recovery_tracker.domain.recovery import DailySummary, ScoreStats
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.sql import EntryRepository, NotFoundError

CHECKIN_COLUMNS = (
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


class CheckInRepository(EntryRepository[CheckIn]):
    def __init__(self, database: Database) -> None:
        super().__init__(
            database,
            "checkins",
            CHECKIN_COLUMNS,
            checkin_values,
            QT_TRANSLATE_NOOP("Storage", "That check-in no longer exists; it was not changed."),
        )

    def list(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """Check-ins in time order, optionally only those from ``start`` to ``end`` inclusive."""
        sql = f"SELECT id, {', '.join(CHECKIN_COLUMNS)} FROM checkins"
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
        with self._db.decoding():
            return [_checkin_from_row(row) for row in rows]

    def get(self, checkin_id: int) -> CheckIn:
        rows = self._db.query(
            f"SELECT id, {', '.join(CHECKIN_COLUMNS)} FROM checkins WHERE id = ?", (checkin_id,)
        )
        if not rows:
            raise NotFoundError(translate("Storage", "That check-in no longer exists."))
        with self._db.decoding():
            return _checkin_from_row(rows[0])

    def count(self) -> int:
        return int(self._db.query("SELECT count(*) FROM checkins")[0][0])

    def first_date(self) -> date | None:
        """The first day with a check-in, from the date index: no check-in is read."""
        first = self._db.query("SELECT min(date) FROM checkins")[0][0]
        with self._db.decoding():
            return None if first is None else date.fromisoformat(first)

    def daily_summaries(
        self,
        start: date | None = None,
        end: date | None = None,
        fields: Collection[str] | None = None,
    ) -> builtins.list[DailySummary]:
        """Each day's mean and range per score, worked out by SQLite in one pass; of the
        scores in ``fields`` only, if given (the days are the same: every day with a
        check-in). A chart that draws two scores needs no more: at 30 years, SQLite's pass
        over all six took 45 ms and making their Python values 20 more."""
        chosen = [f for f, _label in SCORE_FIELDS if fields is None or f in fields]
        columns = "".join(f", avg({f}), min({f}), max({f})" for f in chosen)
        rows = self._db.query_tuples(
            f"SELECT date, count(*){columns} FROM checkins WHERE date >= ? AND date <= ? "
            "GROUP BY date ORDER BY date",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        # A plain loop over plain tuples: ten years are 3,650 rows of 15 values. The score
        # tuples are made by tuple's own constructor (a NamedTuple's is a Python function).
        columns_at = [(field, 2 + 3 * index) for index, field in enumerate(chosen)]
        stats, from_text = tuple.__new__, date.fromisoformat
        summaries = []
        with self._db.decoding():
            for row in rows:
                scores = {
                    field: stats(ScoreStats, row[at : at + 3])
                    for field, at in columns_at
                    if row[at] is not None
                }
                summaries.append(DailySummary(from_text(row[0]), row[1], scores))
        return summaries


def checkin_values(checkin: CheckIn) -> tuple[object, ...]:
    return (
        checkin.date.isoformat(),
        checkin.time.isoformat("minutes"),  # strftime imports "time" each call
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
