"""A diary: one open database with its repositories, the handle the app passes around."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_tracker.storage import backups
from recovery_tracker.storage.advice import AdviceRepository
from recovery_tracker.storage.appointments import AppointmentRepository
from recovery_tracker.storage.checkins import CheckInRepository
from recovery_tracker.storage.database import DATABASE_FILENAME, Database, StorageError, open_diary
from recovery_tracker.storage.events import EventRepository
from recovery_tracker.storage.impressions import ImpressionRepository
from recovery_tracker.storage.injections import InjectionRepository
from recovery_tracker.storage.medications import MedicationRepository
from recovery_tracker.storage.settings import SettingsRepository

if TYPE_CHECKING:
    # Imported where used: the window's first paint reads neither every list nor a snapshot
    # (the medicine checks', the snapshot's and the classifier's modules take ~5 ms to load).
    from recovery_tracker.domain.medicine_list import MedicineList
    from recovery_tracker.domain.snapshot import DiarySnapshot

# The WAL is copied into the diary file after this many saves (and by the window every few
# minutes, and on close), so that copying the one file diary.sqlite3 never misses more.
CHECKPOINT_EVERY_COMMITS = 50
# Until its backups hold this many entries, a diary is backed up each time its entries have
# doubled since the last backup: a new diary's first start leaves only an empty backup, and
# weeks of back-filling on the first day must not wait for the next day's.
YOUNG_DIARY_ENTRIES = 200
_UNKNOWN = -1


class Diary:
    def __init__(self, database: Database, now: Callable[[], datetime] = datetime.now) -> None:
        self.database = database
        self._now = now
        self._commits = 0
        self._protected = _UNKNOWN  # entries in the newest backup, read on the first save
        database.after_commit = self._after_commit
        self.injections = InjectionRepository(database)
        self.checkins = CheckInRepository(database)
        self.advice = AdviceRepository(database)
        self.medications = MedicationRepository(database)
        self.appointments = AppointmentRepository(database)
        self.settings = SettingsRepository(database)
        self.impressions = ImpressionRepository(database)
        self.events = EventRepository(database)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        now: Callable[[], datetime] = datetime.now,
        allow_new: bool = False,
        checked: bool = False,
        check_later: bool = False,
    ) -> Diary:
        """Open the diary; a file that needs migrating is backed up first. ``checked`` and
        ``check_later``: see Database."""

        def backup_first(connection: sqlite3.Connection) -> None:
            backups.make_backup(connection, data_dir, "migration", now())

        diary = cls(
            open_diary(
                data_dir,
                before_migration=backup_first,
                allow_new=allow_new,
                checked=checked,
                check_later=check_later,
            ),
            now,
        )
        backups.remove_leftovers(data_dir)  # of a backup or restore killed last time
        return diary

    @classmethod
    def open_for_reading(cls, data_dir: Path) -> Diary:
        """Another process's look at the diary the window has opened (so checked and
        migrated): nothing is made, migrated, backed up or cleared away, and it never writes."""
        return cls(Database(Path(data_dir) / DATABASE_FILENAME, checked=True, read_only=True))

    def read_lists(
        self,
        medicines: MedicineList,
        *,
        checkins: bool,
        day_scores: Collection[str] | None = None,
        every_check: bool = True,
    ) -> dict[str, object]:
        """Every list the views read (see DiaryService.read_everything); also read by the first
        chart's own process (ui/chart_process.py), which must see what the window does. That
        one reads of each day only the scores its charts draw (``day_scores``), and of the
        medicine checks only the days a dose broke a rule (``every_check=False``:
        "rule_breaking_days" instead of "checks"), all a chart draws of them."""
        # Not before the first paint: the window reads every list after it (and the first
        # chart's own process reads them in that process).
        from recovery_tracker.domain.conflicts import check_medicines, rule_breaking_days

        injections = self.injections.list()
        plans = self.advice.plans(injections)
        medications = self.medications.list()
        lists: dict[str, object] = {
            "injections": injections,
            "plans": plans,
            "medications": medications,
            "appointments": self.appointments.list(),
            "impressions": self.impressions.list(),
            "events": self.events.list(),
        }
        if every_check:
            lists["checks"] = check_medicines(medications, plans, medicines)
        else:
            lists["rule_breaking_days"] = rule_breaking_days(medications, plans, medicines)
        lists["days"] = self.checkins.daily_summaries(fields=day_scores)
        if checkins:
            lists["checkins"] = self.checkins.list()
        return lists

    def daily_backup_if_due(self, now: datetime) -> Path | None:
        """The first start of each day keeps a copy; old copies are rotated away."""
        if backups.has_backup_on(self.data_dir, now.date()):
            return None
        path = self.backup_now(now, "daily")
        backups.rotate(self.data_dir)
        return path

    def backup_now(self, now: datetime, reason: str = "manual") -> Path:
        with self.database.read_connection() as connection:
            return self._backup_from(connection, now, reason)

    def backup_committed(self, now: datetime, reason: str) -> Path:
        """A backup of the diary as last committed, made while this connection holds a write
        transaction (SQLite's backup API on the connection in that transaction never ends):
        through a connection of its own, which WAL lets read meanwhile."""
        try:
            reader = sqlite3.connect(self.database.path, check_same_thread=False)
        except sqlite3.Error as error:
            raise StorageError(str(error)) from error
        with closing(reader):
            return self._backup_from(reader, now, reason)

    def _backup_from(self, connection: sqlite3.Connection, now: datetime, reason: str) -> Path:
        self.database.check_pages()  # a damaged diary never pushes a sound backup out
        entries = self._entries()
        path = backups.make_backup(connection, self.data_dir, reason, now)
        self._protected = entries
        return path

    def checkpoint(self) -> None:
        """Bring the diary file up to date with the WAL (see CHECKPOINT_EVERY_COMMITS). A file
        busy or closed right now is brought up to date at the next checkpoint."""
        with suppress(sqlite3.Error):
            self.database.checkpoint()

    def _entries(self) -> int:
        return self.checkins.count() + int(
            self.database.query("SELECT count(*) FROM injections")[0][0]
        )

    def _after_commit(self) -> None:
        # The save itself is committed: nothing here may make it look failed.
        self._commits += 1
        try:
            if self._commits % CHECKPOINT_EVERY_COMMITS == 0:
                self.database.checkpoint()
            self._protect_young_diary()
        except (StorageError, sqlite3.Error, OSError):
            pass  # the daily backup at the next start reports a backup problem

    def _protect_young_diary(self) -> None:
        if self._protected == _UNKNOWN:
            found = backups.entries_in_last_written(self.data_dir)
            # No backup at all: this folder is not (yet) looked after by the app, e.g. a
            # bulk import into a new folder or a test; the window's first backup starts it.
            self._protected = YOUNG_DIARY_ENTRIES if found is None else found
        if self._protected >= YOUNG_DIARY_ENTRIES:
            return
        if self._entries() >= max(1, 2 * self._protected):
            self.backup_now(self._now(), "new-entries")
            backups.rotate(self.data_dir)

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def data_dir(self) -> Path:
        return self.database.path.parent

    def snapshot(self, medicines: MedicineList | None = None) -> DiarySnapshot:
        from recovery_tracker.domain.snapshot import DiarySnapshot  # not before first paint

        injections = self.injections.list()
        return DiarySnapshot(
            injections=[i for i in injections if not i.planned],  # as DiaryService.snapshot
            planned=[i for i in injections if i.planned],
            checkins=self.checkins.list(),
            plans=self.advice.plans(injections),
            medications=self.medications.list(),
            appointments=self.appointments.list(),
            medicines=medicines,
            impressions=self.impressions.list(),
            events=self.events.list(),
        )

    def close(self, checkpoint: bool = True) -> None:
        self.database.close(checkpoint)
