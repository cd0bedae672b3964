"""The connection to the diary file: pragmas, migrations and transactions."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.storage.migrations import (
    APPLICATION_ID,
    FIRST_TABLES,
    MIGRATIONS,
    USER_VERSION,
)
from recovery_tracker.storage.readable import FIRST_UNREADABLE

DATABASE_FILENAME = "diary.sqlite3"


def _as_null(_none: None) -> None:
    return None


# None is written as NULL, as without this; but Python 3.11's sqlite3 first looks for an
# adapter for it, raising and clearing an AttributeError for every None written (a 30-year
# CSV import writes 90,000: its check-ins took 75 ms to insert, 56 with this). With one
# registered, it finds it.
sqlite3.register_adapter(type(None), _as_null)


class StorageError(Exception):
    """Something about the diary file went wrong; ``str()`` is a sentence for the patient."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer Recovery Tracker; opening it could damage it."""


class DamagedDatabaseError(StorageError):
    """The file is not a readable SQLite diary (truncated, corrupt, or some other file)."""


class ForeignDatabaseError(StorageError):
    """The file is another program's SQLite database: refused and left exactly as it is."""


class DiaryMissingError(StorageError):
    """The diary file is gone or empty although backups of it exist."""


class Database:
    """One open diary file.

    Autocommit mode with explicit ``BEGIN IMMEDIATE`` transactions: every save is exactly one
    transaction that is committed (and, with synchronous=FULL, on disk) before it returns.
    """

    def __init__(
        self,
        path: Path,
        before_migration: Callable[[sqlite3.Connection], None] | None = None,
        *,
        checked: bool = False,
        check_later: bool = False,
        read_only: bool = False,
    ) -> None:
        """``checked``: the file's pages were just checked by another connection (a restored
        backup, on the background thread), so the window's thread does not read them again.
        ``check_later``: the pages are checked before the first write (check_pages), or by
        another connection meanwhile (pages_checked_elsewhere), not now: see ui/startup.py.
        ``read_only``: a second look, from another process, at a diary the window has opened
        (and so checked and migrated): nothing is written, not even a migration."""
        self.path = Path(path)
        # Whether the pages were found sound since opening, or what was found wrong (said
        # again to every write).
        self.pages_checked = checked
        self._damage: str | None = None
        self._before_migration = before_migration
        _refuse_non_file(self.path)
        # Called after every committed transaction (the diary's upkeep: WAL checkpoints and
        # backups of a young diary); the save has already succeeded when it runs.
        self.after_commit: Callable[[], None] | None = None
        try:
            self._connection = (
                sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro",
                    isolation_level=None,
                    check_same_thread=False,
                    uri=True,
                )
                if read_only
                else sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
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
            if not (checked or check_later):
                self.check_pages()
            self._refuse_foreign_or_inconsistent()
            if read_only:
                self._refuse_unmigrated()
                self._connection.execute("PRAGMA busy_timeout = 5000")
            else:
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

    @property
    def application_id(self) -> int:
        return int(self._connection.execute("PRAGMA application_id").fetchone()[0])

    def _refuse_newer_format(self) -> None:
        # Before any PRAGMA that writes (journal_mode rewrites the header): a newer file is
        # left byte for byte as it was.
        current = self.user_version
        if current < 0:  # one corrupted header field; no version of ours was ever negative
            raise DamagedDatabaseError(
                translate(
                    "Storage",
                    "The diary file {path} is damaged: its format number ({found}) is impossible.",
                ).format(path=self.path, found=current)
            )
        if current > USER_VERSION:
            raise NewerDatabaseError(
                translate(
                    "Storage",
                    "This diary was saved by a newer version of Recovery Tracker "
                    "(format {found}; this version understands up to {known}). "
                    "Please update the app; the file has not been changed.",
                ).format(found=current, known=USER_VERSION)
            )

    def check_pages(self) -> None:
        """Check the file's pages once per opening, before anything is written (every write
        and backup asks first); raise DamagedDatabaseError if they are damaged.

        SQLite's quick_check reads every page's structure and every row's CHECK constraints;
        then the dates and times the CHECKs let through but no reads could take
        (storage/readable.py). Milliseconds, growing with the diary (10-12 ms at 10 years,
        30-35 at 30): off the window's thread at start (ui/startup.py, note 10)."""
        if self.pages_checked:
            return
        if self._damage is None:
            try:
                result = str(self._connection.execute("PRAGMA quick_check").fetchone()[0])
            except sqlite3.Error as error:  # not even readable as a database
                raise _explain(error, self.path) from error
            if result == "ok":
                self._damage = self._unreadable_value()
                self.pages_checked = self._damage is None
                if self.pages_checked:
                    return
            else:
                self._damage = translate(
                    "Storage", "The diary file {path} is damaged (SQLite says: {result})."
                ).format(path=self.path, result=result)
        raise DamagedDatabaseError(self._damage)

    def _unreadable_value(self) -> str | None:
        """A sentence naming the first value no Recovery Tracker writes (storage/readable.py),
        None if there is none. A file of an older format (before its migration, which checks
        its pages first) has not every table yet: looked at once migrated, at its next
        opening."""
        if self.user_version != USER_VERSION:
            return None
        found = self._connection.execute(FIRST_UNREADABLE).fetchone()
        if found is None:
            return None
        table, entry, value = found
        return translate(
            "Storage",
            'The diary file {path} is damaged: entry {entry} of its {table} holds "{value}", '
            "which is not a date or time Recovery Tracker writes.",
        ).format(path=self.path, entry=entry, table=table, value=value)

    def pages_checked_elsewhere(self) -> None:
        """Another connection to this file has just found its pages sound (any thread):
        writes go ahead without checking them again."""
        if self._damage is None:
            self.pages_checked = True

    def found_damaged(self, damage: DamagedDatabaseError) -> None:
        """This file was found damaged, here or through another connection (any thread),
        by the page check or by a value no Recovery Tracker writes: every write and backup
        from now on is refused with ``damage``'s sentence."""
        self._damage = str(damage)
        self.pages_checked = False

    def _tables(self) -> set[str]:
        rows = self._connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {str(row[0]) for row in rows}

    def _refuse_foreign_or_inconsistent(self) -> None:
        """Before anything writes: another program's database is refused untouched; one of ours
        whose header contradicts its content is damaged (and so offered the backup)."""
        application_id, version, tables = self.application_id, self.user_version, self._tables()
        if application_id not in (0, APPLICATION_ID):
            raise _foreign(self.path)
        ours = application_id == APPLICATION_ID or tables >= FIRST_TABLES
        if version == 0 and tables:
            if not ours and not tables & FIRST_TABLES:
                raise _foreign(self.path)
            raise DamagedDatabaseError(
                translate(
                    "Storage",
                    "The diary file {path} is damaged: it holds entries but says it has none "
                    "(format 0).",
                ).format(path=self.path)
            )
        if version > 0 and not ours:
            raise _foreign(self.path)

    def _refuse_unmigrated(self) -> None:
        if self.user_version != USER_VERSION:
            raise StorageError(
                f"{self.path} is at format {self.user_version}, not {USER_VERSION}: "
                "open it for writing first"  # a programming error, never the patient's
            )

    def _migrate(self) -> None:
        if self.user_version < USER_VERSION and self.user_version > 0 and self._before_migration:
            self.check_pages()  # a damaged file is neither backed up over a sound one nor changed
            self._before_migration(self._connection)  # e.g. a backup, before any change
        # Numbers may have gaps while parallel branches each reserve their own.
        for version in sorted(v for v in MIGRATIONS if self.user_version < v <= USER_VERSION):
            self._apply(version, MIGRATIONS[version])
        if self.application_id != APPLICATION_ID:  # new, or ours from before it was marked
            with self.transaction() as connection:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")

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
        self.check_pages()  # nothing is written into a damaged file
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
        if self.after_commit is not None:
            self.after_commit()

    @contextmanager
    def decoding(self) -> Iterator[None]:
        """Around turning rows into the domain's objects: a value no Recovery Tracker writes
        (an impossible date put there by another program, say) is damage, said as such and
        offered the newest backup, never a traceback. The schema's CHECKs, which quick_check
        verifies, let a date like 2026-99-99 through."""
        try:
            yield
        except (ValueError, TypeError) as error:
            damage = DamagedDatabaseError(
                translate(
                    "Storage",
                    "The diary file {path} is damaged: it holds a value Recovery Tracker "
                    "cannot read ({error}).",
                ).format(path=self.path, error=error)
            )
            self.found_damaged(damage)  # nothing more is written into it, or backed up
            raise damage from error

    @contextmanager
    def read_connection(self) -> Iterator[sqlite3.Connection]:
        """The raw connection, for SQLite's backup API (it reads a consistent snapshot)."""
        yield self._connection

    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise _explain(error, self.path) from error

    def query_tuples(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """As query(), as plain tuples: for reads of thousands of rows, where making a Row
        for each (and then a tuple of it) was a third of the time."""
        try:
            cursor = self._connection.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise _explain(error, self.path) from error

    def checkpoint(self, wait: bool = False) -> None:
        """Copy what the WAL holds into the diary file itself, so that the one file
        ``diary.sqlite3`` is the whole diary. PASSIVE never waits for other readers (it is
        run beside saves); with ``wait``, TRUNCATE also empties the WAL (on close)."""
        mode = "TRUNCATE" if wait else "PASSIVE"
        self._connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()

    def data_version(self) -> int:
        """SQLite's count that changes when another connection commits to the file (never
        for this connection's own commits): how the window notices other writers."""
        return int(self.query("PRAGMA data_version")[0][0])

    def close(self, checkpoint: bool = True) -> None:
        """Close, first copying the WAL into the file. A connection that only read passes
        ``checkpoint=False``: the checkpoint counts as a change for the other connections
        (``data_version``), which would then read the whole diary again."""
        if checkpoint:
            with suppress(sqlite3.Error):
                self.checkpoint(wait=True)
        self._connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _foreign(path: Path) -> ForeignDatabaseError:
    return ForeignDatabaseError(
        translate(
            "Storage",
            "{path} is another program's database, not a Recovery Tracker diary. It was left "
            "exactly as it is. Move it elsewhere, or start Recovery Tracker with --data-dir "
            "pointing to another folder.",
        ).format(path=path)
    )


def _refuse_non_file(path: Path) -> None:
    """A folder (or a pipe, a device) where the diary file should be: damaged, never opened
    (SQLite would fail with a bare "unable to open", or block on a pipe)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing: SQLite creates it (open_diary makes it private first)
    if not stat.S_ISREG(mode):
        raise DamagedDatabaseError(
            translate(
                "Storage", "The diary file {path} is damaged: it is a folder or device, not a file."
            ).format(path=path)
        )


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


def make_private_folder(folder: Path, cannot: str) -> None:
    """Create ``folder`` and its parents, readable by this user only (an existing one is kept
    as it is); else raise StorageError with ``cannot``, which may name {folder} and {reason}."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageError(cannot.format(folder=folder, reason=error.strerror)) from error


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
    checked: bool = False,
    check_later: bool = False,
) -> Database:
    """Open (creating if needed) the diary in ``data_dir``, private to this user.

    A missing or empty diary beside existing backups is not silently replaced by a new one:
    that raises DiaryMissingError, so the patient can choose to restore (or, with
    ``allow_new``, to start afresh).
    """
    data_dir = Path(data_dir)
    make_private_folder(
        data_dir, translate("Storage", "Cannot create the data folder {folder}: {reason}.")
    )
    _refuse_read_only(data_dir)
    path = data_dir / DATABASE_FILENAME
    _refuse_non_file(path)
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
    return Database(path, before_migration, checked=checked, check_later=check_later)
