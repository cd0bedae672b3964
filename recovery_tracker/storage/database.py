"""The connection to the diary file: pragmas, migrations and transactions."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.storage.migrations import MIGRATIONS, USER_VERSION

DATABASE_FILENAME = "diary.sqlite3"


class StorageError(Exception):
    """Something about the diary file went wrong; ``str()`` is a sentence for the patient."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer Recovery Tracker; opening it could damage it."""


class DamagedDatabaseError(StorageError):
    """The file is not a readable SQLite diary (truncated, corrupt, or some other file)."""


class DiaryMissingError(StorageError):
    """The diary file is gone or empty although backups of it exist."""


class Database:
    """One open diary file.

    Autocommit mode with explicit ``BEGIN IMMEDIATE`` transactions: every save is exactly one
    transaction that is committed (and, with synchronous=FULL, on disk) before it returns.
    """

    def __init__(
        self, path: Path, before_migration: Callable[[sqlite3.Connection], None] | None = None
    ) -> None:
        self.path = Path(path)
        self._before_migration = before_migration
        try:
            self._connection = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise StorageError(
                translate("Storage", "Cannot open the diary file {path}: {error}.").format(
                    path=self.path, error=error
                )
            ) from error
        self._connection.row_factory = sqlite3.Row
        try:
            self._refuse_newer_format()
            self._check_integrity()
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as error:
            self._connection.close()
            raise _explain(error, self.path) from error
        except StorageError:
            self._connection.close()
            raise

    def _configure(self) -> None:
        execute = self._connection.execute
        execute("PRAGMA foreign_keys = ON")
        execute("PRAGMA busy_timeout = 5000")
        # WAL keeps readers and the writer apart; FULL makes each commit survive power loss.
        execute("PRAGMA journal_mode = WAL")
        execute("PRAGMA synchronous = FULL")

    @property
    def user_version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer_format(self) -> None:
        # Before any PRAGMA that writes (journal_mode rewrites the header): a newer file is
        # left byte for byte as it was.
        current = self.user_version
        if current > USER_VERSION:
            raise NewerDatabaseError(
                translate(
                    "Storage",
                    "This diary was saved by a newer version of Recovery Tracker "
                    "(format {found}; this version understands up to {known}). "
                    "Please update the app; the file has not been changed.",
                ).format(found=current, known=USER_VERSION)
            )

    def _check_integrity(self) -> None:
        # quick_check reads every page's structure: milliseconds even for years of entries.
        result = self._connection.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DamagedDatabaseError(
                translate(
                    "Storage", "The diary file {path} is damaged (SQLite says: {result})."
                ).format(path=self.path, result=result)
            )

    def _migrate(self) -> None:
        if self.user_version < USER_VERSION and self.user_version > 0 and self._before_migration:
            self._before_migration(self._connection)  # e.g. a backup, before any change
        for version in range(self.user_version + 1, USER_VERSION + 1):
            self._apply(version, MIGRATIONS[version])

    def _apply(self, version: int, script: str) -> None:
        # executescript() would commit on its own; running the statements one by one keeps the
        # whole migration, and the version bump, inside one transaction.
        with self.transaction() as connection:
            for statement in _statements(script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {int(version)}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``with db.transaction() as c:`` runs everything inside one committed transaction."""
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _explain(error, self.path) from error
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise _explain(error, self.path) from error
            raise

    @contextmanager
    def read_connection(self) -> Iterator[sqlite3.Connection]:
        """The raw connection, for SQLite's backup API (it reads a consistent snapshot)."""
        yield self._connection

    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise _explain(error, self.path) from error

    def data_version(self) -> int:
        """SQLite's count that changes when another connection commits to the file (never
        for this connection's own commits): how the window notices other writers."""
        return int(self.query("PRAGMA data_version")[0][0])

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _statements(script: str) -> list[str]:
    """Split a migration into statements (migrations hold no semicolons inside literals)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def _explain(error: sqlite3.Error, path: Path) -> StorageError:
    """Turn SQLite's terse errors into sentences that tell the patient what to do."""
    message = str(error).lower()
    if "readonly" in message or "read-only" in message:
        return StorageError(
            translate(
                "Storage",
                "Your diary could not be saved because its folder is read-only ({folder}). "
                "Nothing was changed; what you typed is still in the form.",
            ).format(folder=path.parent)
        )
    if "disk is full" in message or "database or disk is full" in message:
        return StorageError(
            translate(
                "Storage",
                "Your diary could not be saved because the disk is full. "
                "Free some space and press Save again; what you typed is still in the form.",
            )
        )
    if "not a database" in message or "malformed" in message or "file is encrypted" in message:
        return DamagedDatabaseError(
            translate(
                "Storage", "The diary file {path} is damaged or is not a Recovery Tracker diary."
            ).format(path=path)
        )
    if "locked" in message or "busy" in message:
        return StorageError(
            translate(
                "Storage",
                "The diary is busy in another program. Close other copies of Recovery Tracker "
                "and try again.",
            )
        )
    if "unable to open" in message:
        return StorageError(
            translate("Storage", "The diary file {path} cannot be opened: {error}.").format(
                path=path, error=error
            )
        )
    return StorageError(
        translate("Storage", "The diary could not be read or saved: {error}.").format(error=error)
    )


READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "Storage",
    "Your diary's folder {folder} is read-only, so nothing could be saved. Nothing was "
    "changed. Check the folder's permissions or free space, or start Recovery Tracker with "
    "--data-dir pointing to a folder you can write to.",
)


def _refuse_read_only(data_dir: Path) -> None:
    """SQLite needs to write beside the diary (its WAL files): find out before opening.

    A probe file says more than permission bits: it also catches read-only mounts, immutable
    folders and the administrator account, for which permission bits do not apply.
    """
    try:
        fd, probe = tempfile.mkstemp(dir=data_dir, prefix=".write-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise StorageError(
            translate("Storage", READ_ONLY_FOLDER).format(folder=data_dir)
        ) from error


def open_diary(
    data_dir: Path,
    before_migration: Callable[[sqlite3.Connection], None] | None = None,
    allow_new: bool = False,
) -> Database:
    """Open (creating if needed) the diary in ``data_dir``, private to this user.

    A missing or empty diary beside existing backups is not silently replaced by a new one:
    that raises DiaryMissingError, so the patient can choose to restore (or, with
    ``allow_new``, to start afresh).
    """
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageError(
            translate("Storage", "Cannot create the data folder {folder}: {reason}.").format(
                folder=data_dir, reason=error.strerror
            )
        ) from error
    _refuse_read_only(data_dir)
    path = data_dir / DATABASE_FILENAME
    vanished = not path.exists() or path.stat().st_size == 0
    if vanished and not allow_new and any((data_dir / "backups").glob("diary-*.sqlite3")):
        raise DiaryMissingError(
            translate(
                "Storage", "Your diary file {path} is missing or empty, but backups of it exist."
            ).format(path=path)
        )
    if not path.exists():
        # Create the file ourselves so it is private (0600) from its first byte.
        try:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as error:
            raise StorageError(
                translate("Storage", "Cannot create the diary file in {folder}: {reason}.").format(
                    folder=data_dir, reason=error.strerror
                )
            ) from error
    return Database(path, before_migration)
