"""Backups of the diary with SQLite's online backup API, and putting one back.

Backups live in ``backups/`` beside the diary: one a day at start, one before every migration,
CSV import and restore, and one each time a young diary has doubled its entries; rotated to
the last 7 daily and 4 weekly. Nothing here ever deletes or overwrites the patient's diary: a
file being replaced, or found damaged, is kept aside under a new name.

Every file is written under a temporary name and renamed when complete, so a process killed
half-way leaves the old file or the new one, never half of one; the temporary files of a
killed process are removed by the next backup or restore.

Which backup is newest is decided by what it holds (its newest entry, then its number of
entries), then by when the file was written: the date in a file's name is only what the clock
said, and one start with the clock years ahead must not make a nearly empty backup "newest".
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.storage.database import DATABASE_FILENAME, Database, StorageError

BACKUP_DIR = "backups"
KEEP_DAILY, KEEP_WEEKLY = 7, 4
# Reasons of which only the newest few are kept; the others not listed here (manual,
# before-restore) are the patient's to remove.
KEEP_NEWEST = {"migration": 3, "new-entries": 3, "before-import": 5}
_STAMP = "%Y%m%d-%H%M%S"
_PARTIAL, _RESTORING = ".partial", ".restoring"
# This process's temporary files still in use: backups being written (on the background
# thread, an import's backup; on the window's, the daily one) and copies made by
# prepare_restore() not yet put in place. Another backup must not take them for leftovers.
_IN_USE: set[Path] = set()
SIDE_FILES = ("-wal", "-shm", "-journal")


# Why a backup was made; part of its file name, and shown (translated) in the restore list.
REASONS = (
    QT_TRANSLATE_NOOP("Backups", "daily"),
    QT_TRANSLATE_NOOP("Backups", "migration"),
    QT_TRANSLATE_NOOP("Backups", "manual"),
    QT_TRANSLATE_NOOP("Backups", "before-restore"),
    QT_TRANSLATE_NOOP("Backups", "before-import"),
    QT_TRANSLATE_NOOP("Backups", "new-entries"),
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file and what it holds, for the restore dialog."""

    path: Path
    created: datetime
    reason: str  # one of REASONS
    checkins: int
    injections: int
    newest_entry: datetime | None = None  # the latest check-in or injection it holds
    written: datetime | None = None  # the file's modification time

    @property
    def entries(self) -> int:
        return self.checkins + self.injections

    def order(self) -> tuple[datetime, int, datetime]:
        """Sort key, larger = newer: what it holds first, then when it was written."""
        return (
            self.newest_entry or datetime.min,
            self.entries,
            self.written or self.created,
        )

    def describe(self) -> str:
        text = translate("Backups", "{when} ({reason}): {contents}").format(
            when=format_moment(self.created),
            reason=translate("Backups", self.reason),
            contents=self.describe_contents(),
        )
        if self.name_disagrees():
            text += translate("Backups", " (file written {when})").format(
                when=format_moment(self.written or self.created)
            )
        return text

    def describe_contents(self) -> str:
        text = translate("Backups", "{checkins}, {injections}").format(
            checkins=translate("Backups", "%n check-in(s)", None, self.checkins),
            injections=translate("Backups", "%n injection(s)", None, self.injections),
        )
        if self.newest_entry is not None:
            text += translate("Backups", "; newest entry {day}").format(
                day=format_date(self.newest_entry.date(), DateStyle.DAY_YEAR)
            )
        return text

    def name_disagrees(self) -> bool:
        """The date in the name and the file's own differ (a wrong clock, a copied file)."""
        return self.written is not None and abs(self.written - self.created) > timedelta(hours=1)


def format_moment(moment: datetime) -> str:
    return f"{format_date(moment.date(), DateStyle.DAY_YEAR)}, {moment:%H:%M}"


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _free_name(folder: Path, reason: str, now: datetime) -> Path:
    """The backup's file name, a second later for each one of the same reason already made at
    that moment: the clock counts whole minutes, and a second import within the minute
    replaced the first one's backup (the diary as it was before both). A young diary's
    backups follow its growth: the newest of a minute replaces the others, as it holds them."""
    if reason == "new-entries":
        return folder / f"diary-{now.strftime(_STAMP)}-{reason}.sqlite3"
    for seconds in range(60 * 60):
        stamp = (now + timedelta(seconds=seconds)).strftime(_STAMP)
        final = folder / f"diary-{stamp}-{reason}.sqlite3"
        if not final.exists():
            return final
    return final  # an hour of backups in one minute: the last name is reused


def make_backup(source: sqlite3.Connection, data_dir: Path, reason: str, now: datetime) -> Path:
    """Copy the open database, consistently, into backups/ (0600, written then renamed)."""
    folder = backup_dir(data_dir)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        remove_leftovers(data_dir)
        final = _free_name(folder, reason, now)
        _copy_database(source, final)
        return final
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            translate("Backups", "The backup could not be written to {folder}: {error}.").format(
                folder=folder, error=error
            )
        ) from error


def _copy_database(source: sqlite3.Connection, final: Path) -> None:
    """SQLite's backup API into a private temporary file beside ``final``, then a rename: a
    process killed half-way leaves a ``*.<pid>.partial`` file, never a half ``final``."""
    temporary = final.with_name(f"{final.name}.{os.getpid()}{_PARTIAL}")
    _IN_USE.add(temporary)
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        target = sqlite3.connect(temporary)
        try:
            # No syncing while the temporary file is written (it is not anyone's diary yet):
            # it is synced once, whole, before the rename. Halves the time a backup takes.
            target.execute("PRAGMA synchronous = OFF")
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            target.close()
        _fsync(temporary)
        os.replace(temporary, final)
        _fsync(final.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        _IN_USE.discard(temporary)


def _fsync(path: Path) -> None:
    """Wait until ``path`` is on disk; for a folder, its entries (so a rename is). Windows
    cannot open folders and makes renames durable itself."""
    if path.is_dir() and sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Delete the temporary files of backups and restores whose process died (a killed
    backup of a large diary left 83 MB behind). Those of a process still running stay."""
    data_dir = Path(data_dir)
    candidates = [*backup_dir(data_dir).glob(f"*{_PARTIAL}"), *data_dir.glob(f".*{_RESTORING}")]
    removed = []
    for path in candidates:
        if _owner_alive(path):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _owner_alive(path: Path) -> bool:
    if path in _IN_USE:
        return True  # being written by another thread, or a restore between its two halves
    owner = path.name.rsplit(".", 2)[-2] if path.name.count(".") >= 2 else ""
    if not owner.isdigit() or int(owner) == os.getpid():
        return False  # our own leftovers are never in use: we are not writing one now
    if sys.platform == "win32":  # os.kill(pid, 0) would interrupt it there: go by age
        with contextlib.suppress(OSError):
            return time.time() - path.stat().st_mtime < 3600
        return False
    try:
        os.kill(int(owner), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal
    return True


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
            checkins, injections, newest = _contents(connection)
        finally:
            connection.close()
        written = datetime.fromtimestamp(path.stat().st_mtime)
    except (sqlite3.Error, OSError):
        return None
    return BackupInfo(path, parsed[0], parsed[1], checkins, injections, newest, written)


def _contents(connection: sqlite3.Connection) -> tuple[int, int, datetime | None]:
    """Check-ins, injections, and the moment of the newest of them (both by index)."""
    checkins = connection.execute("SELECT count(*) FROM checkins").fetchone()[0]
    injections = connection.execute("SELECT count(*) FROM injections").fetchone()[0]
    moments = []
    last = connection.execute(
        "SELECT date, time FROM checkins ORDER BY date DESC, time DESC LIMIT 1"
    ).fetchone()
    if last is not None:
        moments.append(_parse_moment(f"{last[0]} {last[1]}"))
    # A booked day (version 7 on) is no entry yet: a backup holding one that was later
    # cancelled must not outrank the newer backups.
    columns = {row[1] for row in connection.execute("PRAGMA table_info(injections)")}
    given = " WHERE status = 'done'" if "status" in columns else ""
    (injected,) = connection.execute(f"SELECT max(date) FROM injections{given}").fetchone()
    if injected is not None:
        moments.append(_parse_moment(f"{injected} 00:00"))
    found = [moment for moment in moments if moment is not None]
    return int(checkins), int(injections), max(found) if found else None


def _parse_moment(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        return None


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Sound backups, newest first: by what they hold, then by when they were written."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    infos = [inspect_backup(p) for p in folder.glob("diary-*.sqlite3")]
    return sorted((i for i in infos if i), key=BackupInfo.order, reverse=True)


def newest_backup(data_dir: Path) -> BackupInfo | None:
    backups = list_backups(data_dir)
    return backups[0] if backups else None


def entries_in_last_written(data_dir: Path) -> int | None:
    """Entries in the backup file written last (no integrity check: cheap enough to ask on
    a save); None when there is no backup."""
    files = list(backup_dir(data_dir).glob("diary-*.sqlite3"))
    if not files:
        return None
    try:
        last = max(files, key=lambda p: p.stat().st_mtime)
        connection = sqlite3.connect(f"file:{last}?mode=ro", uri=True)
        try:
            checkins, injections, _newest = _contents(connection)
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return 0
    return checkins + injections


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
    each of the 4 weeks before those, and the newest few of the reasons in KEEP_NEWEST.
    Returns the removed files."""
    named = [
        (parsed, p)
        for p in backup_dir(data_dir).glob("diary-*.sqlite3")
        if (parsed := _parse_name(p))
    ]
    named.sort(key=lambda item: item[0][0], reverse=True)
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    kept_of: dict[str, int] = {}
    for (created, reason), path in named:
        if reason in KEEP_NEWEST:
            if kept_of.get(reason, 0) < KEEP_NEWEST[reason]:
                keep.add(path)
                kept_of[reason] = kept_of.get(reason, 0) + 1
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
    aside = _free_aside_name(diary, label, now)
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


def _free_aside_name(diary: Path, label: str, now: datetime) -> Path:
    """A name no diary kept aside has yet: named by the second, a second one in the same
    second took the first's name. Then the hard link failed, the diary itself was renamed
    away until its replacement came (killed meanwhile: no diary at the next start), and the
    first one kept aside was written over."""
    stem = f"{DATABASE_FILENAME}.{label}-{now.strftime(_STAMP)}"
    aside, number = diary.with_name(stem), 1
    while aside.exists() or any(aside.with_name(aside.name + s).exists() for s in SIDE_FILES):
        number += 1
        aside = diary.with_name(f"{stem}-{number}")
    return aside


def restore(data_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of the diary; returns where the current diary (if any) was
    kept. The diary must be closed (the command line holds the window's lock for this).

    A sound current diary is first backed up ("before-restore"). The backup is copied to a
    temporary file beside the diary, which then replaces it in one rename: killed at any
    moment, the diary file is the old one or the restored one, whole.
    """
    return finish_restore(data_dir, prepare_restore(data_dir, backup, now), now)


def prepare_restore(data_dir: Path, backup: Path, now: datetime) -> Path:
    """The slow half of restore(), which the open diary may stay open for (the window runs it
    on a background thread): the "before-restore" backup, and the backup copied beside the
    diary. Returns the copy, for finish_restore()."""
    data_dir = Path(data_dir)
    remove_leftovers(data_dir)
    _back_up_if_sound(data_dir, now)
    temporary = data_dir / f".{DATABASE_FILENAME}.{os.getpid()}{_RESTORING}"
    # In use from its first byte: a backup made meanwhile (the window's daily one) clears
    # this process's leftovers, and took the copy being written for one.
    _IN_USE.add(temporary)
    try:
        try:
            fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out, open(backup, "rb") as source:
                shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
        except OSError as error:
            raise _not_restored(error) from error
        _ready_to_open(temporary)
    except BaseException:
        _IN_USE.discard(temporary)
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _ready_to_open(copy: Path) -> None:
    """Everything opening the restored diary costs, done on the copy here, off the window's
    thread: its pages checked (quick_check reads them all, 20 ms at 30 years), any
    migration, and WAL mode (a backup is a single file in DELETE mode). A damaged backup is
    refused here, before the diary is replaced. The window then opens it with
    ``checked=True``."""
    Database(copy).close()


def finish_restore(data_dir: Path, prepared: Path, now: datetime) -> Path | None:
    """The quick half of restore(), with the diary closed: the copy made by prepare_restore()
    replaces it in one rename. Returns where the diary as it was is kept."""
    data_dir = Path(data_dir)
    try:
        aside = _keep_aside(data_dir, "replaced", now)
        os.replace(prepared, data_dir / DATABASE_FILENAME)
        _fsync(data_dir)
    except OSError as error:
        prepared.unlink(missing_ok=True)
        raise _not_restored(error) from error
    finally:
        _IN_USE.discard(prepared)
    return aside


def _not_restored(error: OSError) -> StorageError:
    return StorageError(
        translate("Backups", "The backup could not be restored: {reason}.").format(
            reason=error.strerror
        )
    )


def _back_up_if_sound(data_dir: Path, now: datetime) -> None:
    """A copy of the diary about to be replaced, in the list of backups, when it can be
    read; a damaged one is only kept aside (reading it could be refused, or change it)."""
    diary = data_dir / DATABASE_FILENAME
    if not diary.exists() or diary.stat().st_size == 0:
        return
    with contextlib.suppress(sqlite3.Error, StorageError, OSError):
        source = sqlite3.connect(f"file:{diary}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                make_backup(source, data_dir, "before-restore", now)
        finally:
            source.close()


def _keep_aside(data_dir: Path, label: str, now: datetime) -> Path | None:
    """Give the diary a second name (a hard link, so the diary name never stops pointing at
    a whole file) and move its WAL side files, which belong to it, along."""
    diary = data_dir / DATABASE_FILENAME
    if not diary.exists():
        return None
    aside = _free_aside_name(diary, label, now)
    try:
        os.link(diary, aside)
    except OSError:
        return move_aside(data_dir, label, now)  # no hard links here: a plain rename
    for suffix in SIDE_FILES:
        side = diary.with_name(DATABASE_FILENAME + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def save_copy(database: Database, data_dir: Path, target: Path) -> BackupInfo:
    """A whole, consistent copy of the open diary (every save, including those still in the
    WAL) at ``target``, for the patient to keep: private, written then renamed. Refuses a
    target inside the diary folder, where it could replace the diary or be taken for it."""
    target = Path(target).expanduser()
    folder = Path(data_dir).resolve()
    resolved = target.parent.resolve() / target.name
    if resolved == folder or folder in resolved.parents:
        raise StorageError(
            translate(
                "Backups",
                "Please choose a place outside the diary folder ({folder}) for the copy: "
                "inside it, the copy could be taken for the diary itself.",
            ).format(folder=folder)
        )
    if target.is_dir():
        raise StorageError(
            translate("Backups", "{path} is a folder; please give a file name.").format(path=target)
        )
    database.check_pages()  # a damaged diary is not handed out as a good copy
    try:
        with database.read_connection() as source:
            _copy_database(source, resolved)
            checkins, injections, newest = _contents(source)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            translate("Backups", "The copy could not be written to {path}: {error}.").format(
                path=target, error=error
            )
        ) from error
    written = datetime.fromtimestamp(resolved.stat().st_mtime)
    return BackupInfo(target, written, "manual", checkins, injections, newest, written)
