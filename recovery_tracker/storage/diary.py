"""A diary: one open database with its repositories, the handle the app passes around."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from recovery_tracker.domain.medications import MedicineList
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import Database, open_diary
from recovery_tracker.storage.events import EventRepository
from recovery_tracker.storage.plans import (
    AdviceRepository,
    AppointmentRepository,
    ImpressionRepository,
    MedicationRepository,
    SettingsRepository,
)
from recovery_tracker.storage.repositories import CheckInRepository, InjectionRepository


class Diary:
    def __init__(self, database: Database) -> None:
        self.database = database
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
        cls, data_dir: Path, now: Callable[[], datetime] = datetime.now, allow_new: bool = False
    ) -> Diary:
        """Open the diary; a file that needs migrating is backed up first."""

        def backup_first(connection: sqlite3.Connection) -> None:
            backups.make_backup(connection, data_dir, "migration", now())

        return cls(open_diary(data_dir, before_migration=backup_first, allow_new=allow_new))

    def daily_backup_if_due(self, now: datetime) -> Path | None:
        """The first start of each day keeps a copy; old copies are rotated away."""
        if backups.has_backup_on(self.data_dir, now.date()):
            return None
        with self.database.read_connection() as connection:
            path = backups.make_backup(connection, self.data_dir, "daily", now)
        backups.rotate(self.data_dir)
        return path

    def backup_now(self, now: datetime, reason: str = "manual") -> Path:
        with self.database.read_connection() as connection:
            return backups.make_backup(connection, self.data_dir, reason, now)

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def data_dir(self) -> Path:
        return self.database.path.parent

    def snapshot(self, medicines: MedicineList | None = None) -> DiarySnapshot:
        injections = self.injections.list()
        return DiarySnapshot(
            injections=injections,
            checkins=self.checkins.list(),
            plans=self.advice.plans(injections),
            medications=self.medications.list(),
            appointments=self.appointments.list(),
            medicines=medicines,
            impressions=self.impressions.list(),
            events=self.events.list(),
        )

    def close(self) -> None:
        self.database.close()
