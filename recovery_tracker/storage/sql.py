"""SQL written once for every table: an entry's INSERT, its UPDATE and the INSERT that brings
an undone deletion back with its old id, all from the table's list of columns."""

from __future__ import annotations

from recovery_tracker.storage.database import StorageError


class NotFoundError(StorageError):
    """The entry was deleted meanwhile (for instance in another window)."""


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    placeholders = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"


def restore_sql(table: str, columns: tuple[str, ...]) -> str:
    """Insert with the old id again: an undone deletion comes back as it was."""
    return insert_sql(table, ("id", *columns))


def update_sql(table: str, columns: tuple[str, ...]) -> str:
    assignments = ", ".join(f"{column} = ?" for column in columns)
    return f"UPDATE {table} SET {assignments} WHERE id = ?"
