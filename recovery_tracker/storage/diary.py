"""A diary: one open database with its repositories, the handle the app passes around."""

from __future__ import annotations

from pathlib import Path

from recovery_tracker.domain.medications import MedicineList
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.storage.database import Database, open_diary
from recovery_tracker.storage.plans import (
    AdviceRepository,
    AppointmentRepository,
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

    @classmethod
    def open(cls, data_dir: Path) -> Diary:
        return cls(open_diary(data_dir))

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
        )

    def close(self) -> None:
        self.database.close()
