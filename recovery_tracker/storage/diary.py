"""A diary: one open database with its repositories, the handle the app passes around."""

from __future__ import annotations

from pathlib import Path

from recovery_tracker.storage.database import Database, open_diary
from recovery_tracker.storage.repositories import CheckInRepository, InjectionRepository


class Diary:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.injections = InjectionRepository(database)
        self.checkins = CheckInRepository(database)

    @classmethod
    def open(cls, data_dir: Path) -> Diary:
        return cls(open_diary(data_dir))

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
