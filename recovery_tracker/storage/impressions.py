"""Weekly impressions of change (PGIC answers)."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date

from recovery_tracker.domain.impression import Impression
from recovery_tracker.storage.database import Database


class ImpressionRepository:
    """Weekly PGIC answers; one per day (a second answer the same day replaces the first)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> builtins.list[Impression]:
        rows = self._db.query("SELECT id, date, score FROM impressions ORDER BY date")
        with self._db.decoding():
            return [Impression(date.fromisoformat(r["date"]), r["score"], r["id"]) for r in rows]

    def save(self, impression: Impression) -> Impression:
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO impressions (date, score) VALUES (?, ?) "
                "ON CONFLICT (date) DO UPDATE SET score = excluded.score",
                (impression.date.isoformat(), impression.score),
            )
            row = connection.execute(
                "SELECT id FROM impressions WHERE date = ?", (impression.date.isoformat(),)
            ).fetchone()
        return replace(impression, id=row[0])

    def delete(self, day: date) -> None:
        """Take back the answer of ``day`` (an undone first answer of that day)."""
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM impressions WHERE date = ?", (day.isoformat(),))
