import sqlite3
import stat
import sys
from datetime import date, time

import pytest

from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.storage import database as database_module
from recovery_tracker.storage.database import (
    DATABASE_FILENAME,
    DamagedDatabaseError,
    Database,
    NewerDatabaseError,
    StorageError,
)
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.migrations import USER_VERSION

# Version 1 of the schema as it shipped, written out by hand (not imported) so that later
# changes to migrations.py cannot silently change what an "old file" looks like.
VERSION_1_SCHEMA = """
CREATE TABLE injections (id INTEGER PRIMARY KEY, date TEXT NOT NULL, site TEXT NOT NULL,
    side TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, clinic TEXT NOT NULL DEFAULT '',
    guidance TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE INDEX injections_by_date ON injections (date);
CREATE TABLE checkins (id INTEGER PRIMARY KEY, date TEXT NOT NULL, time TEXT NOT NULL,
    pain INTEGER NOT NULL, soreness INTEGER, enjoyment_interference INTEGER,
    activity_interference INTEGER, sleep INTEGER, notes TEXT NOT NULL DEFAULT '');
CREATE INDEX checkins_by_moment ON checkins (date, time);
INSERT INTO injections VALUES (1, '2026-09-25', 'Lumbar facet joint', 'Both sides', 'PRP',
    'Dr. Lee', 'X-ray / fluoroscopy', '');
INSERT INTO checkins VALUES (1, '2026-09-20', '08:00', 6, NULL, 5, 6, 4, 'baseline week');
PRAGMA user_version = 1;
"""


def test_a_version_4_diary_gets_the_allowed_medicines_column_and_keeps_its_plans(tmp_path):
    path = tmp_path / DATABASE_FILENAME
    with sqlite3.connect(path) as old:
        old.executescript(VERSION_1_SCHEMA)
    # Bring it to version 4 with the migrations as they shipped, then add a plan.
    with sqlite3.connect(path) as old:
        for version in (2, 3, 4):
            old.executescript(database_module.MIGRATIONS[version])
        old.execute(
            "INSERT INTO advice_rules (injection_id, title, category, start_day, end_day, avoid)"
            " VALUES (1, 'No NSAIDs', 'medication', -7, 14, 'nsaid')"
        )
        old.execute("PRAGMA user_version = 4")
    diary = Diary(Database(path))
    try:
        assert diary.database.user_version == USER_VERSION
        [rule] = diary.advice.rules_for(1)
        assert (rule.title, rule.avoid, rule.allowed) == ("No NSAIDs", ("nsaid",), ())
    finally:
        diary.close()


def test_a_new_diary_has_the_current_schema_and_safe_pragmas(diary):
    db = diary.database
    assert db.user_version == USER_VERSION
    assert db.query("PRAGMA foreign_keys")[0][0] == 1
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA synchronous")[0][0] == 2  # FULL


def test_an_old_version_file_is_migrated_and_keeps_its_entries(tmp_path):
    path = tmp_path / DATABASE_FILENAME
    with sqlite3.connect(path) as old:
        old.executescript(VERSION_1_SCHEMA)
    diary = Diary(Database(path))
    try:
        assert diary.database.user_version == USER_VERSION
        [injection] = diary.injections.list()
        assert (injection.date, injection.clinic) == (date(2026, 9, 25), "Dr. Lee")
        [checkin] = diary.checkins.list()
        assert (checkin.pain, checkin.sleep, checkin.notes) == (6, 4, "baseline week")
    finally:
        diary.close()


def test_a_failing_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / DATABASE_FILENAME
    Database(path).close()
    broken = {
        **database_module.MIGRATIONS,
        USER_VERSION + 1: "CREATE TABLE x (a); SELECT nonsense(",
    }
    monkeypatch.setattr(database_module, "MIGRATIONS", broken)
    monkeypatch.setattr(database_module, "USER_VERSION", USER_VERSION + 1)
    with pytest.raises(StorageError):
        Database(path)
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION
        tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
        assert "x" not in tables


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / DATABASE_FILENAME
    with sqlite3.connect(path) as newer:
        newer.execute("CREATE TABLE future (x)")
        newer.execute(f"PRAGMA user_version = {USER_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Database(path)
    assert path.read_bytes() == before


def test_a_text_file_in_place_of_the_diary_is_reported_as_damaged(tmp_path):
    path = tmp_path / DATABASE_FILENAME
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        Database(path)


def test_a_failed_write_inside_a_transaction_leaves_nothing_behind(diary):
    with pytest.raises(StorageError), diary.database.transaction() as connection:
        connection.execute(
            "INSERT INTO injections (date, site, kind) VALUES ('2026-11-01', 'Knee', 'PRP')"
        )
        connection.execute(
            "INSERT INTO checkins (date, time, pain) VALUES ('2026-11-01', '08:00', 11)"
        )
    assert diary.injections.list() == []
    assert diary.checkins.list() == []


def test_the_schema_refuses_impossible_scores_even_past_validation(diary):
    with pytest.raises(StorageError):
        diary.checkins.add(CheckIn(date=date(2026, 11, 1), time=time(8, 0), pain=11))
    assert diary.checkins.count() == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_data_folder_and_diary_are_private_to_the_user(diary, data_dir):
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / DATABASE_FILENAME).stat().st_mode) == 0o600


def test_hostile_text_is_stored_verbatim_not_executed(diary):
    hostile = '\'); DROP TABLE checkins; -- "quoted" 😖 ' + "x" * 10_000
    diary.injections.add(Injection(date=date(2026, 11, 1), site=hostile[:50], kind="PRP"))
    diary.checkins.add(CheckIn(date=date(2026, 11, 1), time=time(8, 0), pain=4, notes=hostile))
    [stored] = diary.checkins.list()
    assert stored.notes == hostile
    assert diary.injections.list()[0].site == hostile[:50]


def test_our_files_are_marked_new_and_migrated_alike(diary, tmp_path):
    from recovery_tracker.storage.migrations import APPLICATION_ID

    assert diary.database.application_id == APPLICATION_ID
    path = tmp_path / "old" / DATABASE_FILENAME
    path.parent.mkdir()
    with sqlite3.connect(path) as old:
        old.executescript(VERSION_1_SCHEMA)
    with Database(path) as migrated:
        assert migrated.application_id == APPLICATION_ID
        assert migrated.user_version == USER_VERSION


def test_a_private_folder_is_made_for_this_user_only_or_said_why_not(tmp_path):
    from recovery_tracker.storage.database import make_private_folder

    folder = tmp_path / "a" / "b"
    make_private_folder(folder, "Cannot create {folder}: {reason}.")
    assert folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) == 0o700
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match=r"^Cannot create .*file[/\\]c: .+\.$"):
        make_private_folder(blocker / "c", "Cannot create {folder}: {reason}.")
