"""Planned injections in the file: migration 7 and the status column."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.storage import database as database_module
from recovery_tracker.storage.database import DATABASE_FILENAME, Database, StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.migrations import USER_VERSION
from tests.storage.test_database import VERSION_1_SCHEMA


def test_a_version_6_diary_gets_the_status_column_and_its_injections_stay_done(tmp_path):
    path = tmp_path / DATABASE_FILENAME
    with sqlite3.connect(path) as old:
        old.executescript(VERSION_1_SCHEMA)
    with sqlite3.connect(path) as old:  # to version 6 with the migrations as they shipped
        for version in range(2, 7):
            old.executescript(database_module.MIGRATIONS[version])
        old.execute("PRAGMA user_version = 6")
    diary = Diary(Database(path))
    try:
        assert diary.database.user_version == USER_VERSION >= 7
        [injection] = diary.injections.list()
        assert injection.status is InjectionStatus.DONE
        assert (injection.date, injection.clinic) == (date(2026, 9, 25), "Dr. Lee")
    finally:
        diary.close()


def test_a_planned_injection_is_stored_and_read_back_as_planned(diary):
    planned = Injection(date(2026, 12, 3), "Lower back", status=InjectionStatus.PLANNED)
    saved = diary.advice.add_injection_with_plan(planned, ())
    assert diary.injections.get(saved.id) == saved
    diary.injections.update(
        Injection(saved.date, saved.site, status=InjectionStatus.DONE, id=saved.id)
    )
    assert diary.injections.get(saved.id).status is InjectionStatus.DONE


def test_the_schema_refuses_a_status_that_is_neither(diary):
    with pytest.raises(StorageError), diary.database.transaction() as connection:
        connection.execute(
            "INSERT INTO injections (date, site, kind, status) "
            "VALUES ('2026-12-03', 'Knee', 'PRP', 'maybe')"
        )
