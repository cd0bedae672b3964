"""Backups of the diary with SQLite's online backup API, and putting one back.

Backups live in ``backups/`` beside the diary: one a day at start and one before every
migration, rotated to the last 7 daily and 4 weekly. Nothing here ever deletes or overwrites
the patient's diary: a file being replaced, or found damaged, is moved aside under a new name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.storage.database import DATABASE_FILENAME, StorageError

BACKUP_DIR = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MIGRATION = 7, 4, 3
_STAMP = "%Y%m%d-%H%M%S"
SIDE_FILES = ("-wal", "-shm", "-journal")


# Why a backup was made; part of its file name, and shown (translated) in the restore list.
REASONS = (
    QT_TRANSLATE_NOOP("Backups", "daily"),
    QT_TRANSLATE_NOOP("Backups", "migration"),
    QT_TRANSLATE_NOOP("Backups", "manual"),
    QT_TRANSLATE_NOOP("Backups", "before-restore"),
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str  # one of REASONS
    checkins: int
    injections: int

    @property
    def entries(self) -> int:
        return self.checkins + self.injections

    def describe(self) -> str:
        return translate("Backups", "{when} ({reason}): {checkins}, {injections}").format(
            when=f"{format_date(self.created.date(), DateStyle.DAY_YEAR)}, {self.created:%H:%M}",
            reason=translate("Backups", self.reason),
            checkins=translate("Backups", "%n check-in(s)", None, self.checkins),
            injections=translate("Backups", "%n injection(s)", None, self.injections),
        )


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def make_backup(source: sqlite3.Connection, data_dir: Path, reason: str, now: datetime) -> Path:
    """Copy the open database, consistently, into backups/ (0600, written then renamed)."""
    folder = backup_dir(data_dir)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        final = folder / f"diary-{now.strftime(_STAMP)}-{reason}.sqlite3"
        temporary = final.with_suffix(".partial")
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        target = sqlite3.connect(temporary)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            target.close()
        os.replace(temporary, final)
        return final
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(UnboundLocalError, OSError):
            temporary.unlink(missing_ok=True)
        raise StorageError(
            translate("Backups", "The backup could not be written to {folder}: {error}.").format(
                folder=folder, error=error
            )
        ) from error


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    parts = path.stem.split("-")  # diary-YYYYmmdd-HHMMSS-reason
    if len(parts) < 4 or parts[0] != "diary":
        return None
    try:
        return datetime.strptime(f"{parts[1]}-{parts[2]}", _STAMP), "-".join(parts[3:])
    except ValueError:
        return None


def inspect_backup(path: Path) -> BackupInfo | None:
    """Read a backup (read-only); None if it is not a sound diary."""
    parsed = _parse_name(path)
    if parsed is None:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            checkins = connection.execute("SELECT count(*) FROM checkins").fetchone()[0]
            injections = connection.execute("SELECT count(*) FROM injections").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return BackupInfo(path, parsed[0], parsed[1], checkins, injections)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Sound backups, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    infos = [inspect_backup(p) for p in folder.glob("diary-*.sqlite3")]
    return sorted((i for i in infos if i), key=lambda i: i.created, reverse=True)


def newest_backup(data_dir: Path) -> BackupInfo | None:
    backups = list_backups(data_dir)
    return backups[0] if backups else None


def has_backup_on(data_dir: Path, day: date) -> bool:
    folder = backup_dir(data_dir)
    return (
        any(
            (parsed := _parse_name(p)) and parsed[0].date() == day and parsed[1] == "daily"
            for p in folder.glob("diary-*.sqlite3")
        )
        if folder.is_dir()
        else False
    )


def rotate(data_dir: Path) -> list[Path]:
    """Keep the newest daily backup of each of the last 7 days that have one, the newest of
    each of the 4 weeks before those, and the last 3 pre-migration backups. Returns removed."""
    named = [
        (parsed, p)
        for p in backup_dir(data_dir).glob("diary-*.sqlite3")
        if (parsed := _parse_name(p))
    ]
    named.sort(key=lambda item: item[0][0], reverse=True)
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    migrations = 0
    for (created, reason), path in named:
        if reason == "migration":
            if migrations < KEEP_MIGRATION:
                keep.add(path)
                migrations += 1
            continue
        if reason != "daily":
            keep.add(path)  # manual and before-restore copies are the patient's to remove
            continue
        day, week = created.date(), tuple(created.isocalendar())[:2]
        if len(days) < KEEP_DAILY and day not in days:
            days.append(day)
            keep.add(path)
        elif day not in days and week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)  # type: ignore[arg-type]  # older than the dailies: one a week
            keep.add(path)
    removed = [path for _parsed, path in named if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def move_aside(data_dir: Path, label: str, now: datetime) -> Path | None:
    """Rename the diary (and its WAL side files) out of the way; None if there is none."""
    diary = Path(data_dir) / DATABASE_FILENAME
    if not diary.exists():
        return None
    aside = diary.with_name(f"{DATABASE_FILENAME}.{label}-{now.strftime(_STAMP)}")
    try:
        os.replace(diary, aside)
        for suffix in SIDE_FILES:
            side = diary.with_name(DATABASE_FILENAME + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
    except OSError as error:
        raise StorageError(
            translate("Backups", "The diary file could not be moved aside: {reason}.").format(
                reason=error.strerror
            )
        ) from error
    return aside


def restore(data_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of the diary. The current diary (if any) is kept aside first;
    returns where it went. The diary must be closed."""
    aside = move_aside(data_dir, "replaced", now)
    target = Path(data_dir) / DATABASE_FILENAME
    try:
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open(backup, "rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        raise StorageError(
            translate("Backups", "The backup could not be restored: {reason}.").format(
                reason=error.strerror
            )
        ) from error
    return aside
