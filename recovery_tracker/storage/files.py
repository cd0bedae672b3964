"""Writing files the patient exports: private (0600), never half-written, never over the diary.

Every export (report PDF, chart, CSV folder, calendar file) goes through ``write_private_file``,
and so through ``refuse_diary_target``: a mistyped ``--out`` or a file dialog pointed at the
data folder must not turn the diary into a calendar file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import DATABASE_FILENAME, StorageError

# The diary, SQLite's side files and the window's lock (ui/single_instance.py), by name.
PROTECTED_NAMES = frozenset(
    {
        DATABASE_FILENAME,
        *(DATABASE_FILENAME + suffix for suffix in ("-wal", "-shm", "-journal")),
        ".recovery-tracker.lock",
    }
)
BACKUPS_FOLDER = "backups"
_SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_diary_target(path: Path) -> None:
    """Raise StorageError (a sentence) if writing ``path`` could destroy the diary.

    Refused: the diary file, its -wal/-shm/-journal files and the lock file (by name, in any
    folder), anything in a ``backups`` folder beside a diary, and any existing SQLite
    database (a moved-aside diary, a backup copy). Public so that every writer, including
    the backup copy, can apply the same rule.
    """
    path = Path(path)
    try:
        where = path.parent.resolve() / path.name  # "../data/diary.sqlite3", symlinked folders
    except (OSError, RuntimeError):
        where = path.absolute()
    if where.name in PROTECTED_NAMES or _inside_backups(where) or _is_sqlite_file(where):
        raise StorageError(
            translate(
                "Files",
                "{path} is your diary, one of its backups or a file it needs; nothing was "
                "written. Please choose another name or folder.",
            ).format(path=path)
        )


def _inside_backups(path: Path) -> bool:
    for folder in (path, *path.parents):
        if folder.name == BACKUPS_FOLDER and (folder.parent / DATABASE_FILENAME).exists():
            return True
    return False


def _is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:  # missing, a folder, unreadable: nothing of ours to lose
        return False


def make_private_target(path: Path) -> None:
    """Make ``path`` an empty file only its owner can read, for another writer to fill (Qt's
    print-to-file): that writer keeps the permissions of the file it finds."""
    path = Path(path)
    refuse_diary_target(path)
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT
    except OSError as error:
        raise StorageError(
            translate("Storage", "Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from error


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a crash leaves the old file or the new one."""
    path = Path(path)
    refuse_diary_target(path)
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise StorageError(
            translate("Storage", "Cannot write to {folder}: {reason}.").format(
                folder=path.parent, reason=error.strerror
            )
        ) from error
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates the file 0600
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StorageError(
            translate("Storage", "Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from error
