"""The diary's settings as stored: text under a key (domain/settings.py gives them types)."""

from __future__ import annotations

from collections.abc import Mapping

from recovery_tracker.storage.database import Database


class SettingsRepository:
    """Small key/value settings that belong to the diary (they travel with it)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: str | None = None) -> str | None:
        rows = self._db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def all(self) -> dict[str, str]:
        return {
            row["key"]: row["value"] for row in self._db.query("SELECT key, value FROM settings")
        }

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: Mapping[str, str]) -> None:
        with self._db.transaction() as connection:
            connection.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                values.items(),
            )
