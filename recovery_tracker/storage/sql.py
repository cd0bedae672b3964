"""SQL written once for every table: an entry's INSERT, its UPDATE and the INSERT that brings
an undone deletion back with its old id, all from the table's list of columns; and the
repository base that adds, changes, deletes and restores entries with them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database, StorageError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    class _Entry(DataclassInstance, Protocol):  # a frozen dataclass with an id
        @property
        def id(self) -> int | None: ...


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


Entry = TypeVar("Entry", bound="_Entry")


class EntryRepository(Generic[Entry]):
    """Adds, changes, deletes and restores one kind of entry, each write one transaction.

    ``values`` turns an entry into its columns' values, in ``columns`` order; ``gone`` (marked
    with QT_TRANSLATE_NOOP in the "Storage" context) is said when an entry being changed was
    deleted meanwhile."""

    def __init__(
        self,
        database: Database,
        table: str,
        columns: tuple[str, ...],
        values: Callable[[Entry], tuple[object, ...]],
        gone: str,
    ) -> None:
        self._db = database
        self._values = values
        self._gone = gone
        self._insert = insert_sql(table, columns)
        self._update = update_sql(table, columns)
        self._delete = f"DELETE FROM {table} WHERE id = ?"
        self._restore = restore_sql(table, columns)

    def add(self, entry: Entry) -> Entry:
        with self._db.transaction() as connection:
            cursor = connection.execute(self._insert, self._values(entry))
        return replace(entry, id=cursor.lastrowid)

    def update(self, entry: Entry) -> Entry:
        with self._db.transaction() as connection:
            cursor = connection.execute(self._update, (*self._values(entry), entry.id))
            if cursor.rowcount != 1:
                raise NotFoundError(translate("Storage", self._gone))
        return entry

    def delete(self, entry_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute(self._delete, (entry_id,))

    def restore(self, entry: Entry) -> None:
        """Put a deleted entry back with its old id (Edit > Undo)."""
        with self._db.transaction() as connection:
            connection.execute(self._restore, (entry.id, *self._values(entry)))
