"""Migration 5 (events, leg pain) on a real file, and the events repository round trip."""

import sqlite3
from datetime import date, time

import pytest

from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.database import DATABASE_FILENAME, Database, StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.migrations import USER_VERSION
from recovery_tracker.storage.sql import NotFoundError

# Version 4 of the schema as it shipped, written out by hand (not imported from
# migrations.py), so that later changes there cannot change what an "old file" looks like.
VERSION_4_SCHEMA = """
CREATE TABLE injections (id INTEGER PRIMARY KEY, date TEXT NOT NULL, site TEXT NOT NULL,
    side TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, clinic TEXT NOT NULL DEFAULT '',
    guidance TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE INDEX injections_by_date ON injections (date);
CREATE TABLE checkins (id INTEGER PRIMARY KEY, date TEXT NOT NULL, time TEXT NOT NULL,
    pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10), soreness INTEGER,
    enjoyment_interference INTEGER, activity_interference INTEGER, sleep INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    for_doctor INTEGER NOT NULL DEFAULT 0 CHECK (for_doctor IN (0, 1)));
CREATE INDEX checkins_by_moment ON checkins (date, time);
CREATE TABLE advice_rules (id INTEGER PRIMARY KEY,
    injection_id INTEGER NOT NULL REFERENCES injections (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL, advice TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL, start_day INTEGER, end_day INTEGER, avoid TEXT NOT NULL DEFAULT '');
CREATE TABLE medications (id INTEGER PRIMARY KEY, date TEXT NOT NULL, time TEXT NOT NULL,
    name TEXT NOT NULL, dose TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '');
CREATE TABLE appointments (id INTEGER PRIMARY KEY, starts_at TEXT NOT NULL,
    clinician TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '');
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE impressions (id INTEGER PRIMARY KEY, date TEXT NOT NULL UNIQUE,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 7));
INSERT INTO injections VALUES (1, '2026-09-25', 'Lumbar facet joint', 'Both sides', 'PRP',
    'Dr. Lee', 'X-ray / fluoroscopy', '');
INSERT INTO checkins VALUES (1, '2026-09-20', '08:00', 6, NULL, 5, 6, 4, 'baseline week', 1);
INSERT INTO impressions VALUES (1, '2026-10-02', 3);
PRAGMA user_version = 4;
"""


def test_a_version_4_file_gains_events_and_leg_pain_and_keeps_its_entries(tmp_path):
    path = tmp_path / DATABASE_FILENAME
    with sqlite3.connect(path) as old:
        old.executescript(VERSION_4_SCHEMA)
    diary = Diary(Database(path))
    try:
        assert diary.database.user_version == USER_VERSION >= 5
        [checkin] = diary.checkins.list()
        assert (checkin.pain, checkin.notes, checkin.for_doctor) == (6, "baseline week", True)
        assert checkin.leg_pain is None
        assert diary.events.list() == []
        [impression] = diary.impressions.list()
        assert impression.score == 3
    finally:
        diary.close()


def test_an_event_goes_in_and_comes_back_exactly(diary):
    event = AdverseEvent(
        date(2026, 11, 20),
        "other",
        "severe",
        time=time(23, 15),
        other="rash 'x'; DROP TABLE events;--",
        contacted_clinic=True,
        notes="called the night line\nthey said: come in tomorrow",
    )
    saved = diary.events.add(event)
    assert saved.id is not None
    assert diary.events.list() == [saved]
    changed = diary.events.update(AdverseEvent(saved.date, "fever", "mild", notes="", id=saved.id))
    assert diary.events.list() == [changed]
    diary.events.delete(saved.id)
    assert diary.events.list() == []
    diary.events.restore(changed)
    assert diary.events.list() == [changed]


def test_events_are_listed_in_time_order_and_by_period(diary):
    later = diary.events.add(AdverseEvent(date(2026, 11, 21), "headache", "mild"))
    earlier = diary.events.add(AdverseEvent(date(2026, 11, 2), "swelling", "moderate"))
    assert diary.events.list() == [earlier, later]
    assert diary.events.list(start=date(2026, 11, 10)) == [later]


def test_updating_a_deleted_event_says_so(diary):
    saved = diary.events.add(AdverseEvent(date(2026, 11, 2), "swelling", "moderate"))
    diary.events.delete(saved.id)
    with pytest.raises(NotFoundError):
        diary.events.update(saved)


def test_the_schema_refuses_unknown_severities_even_past_validation(diary):
    with pytest.raises(StorageError, match="severity"):
        diary.events.add(AdverseEvent(date(2026, 11, 2), "fever", "awful"))
    assert diary.events.list() == []


def test_leg_pain_is_stored_and_summarised_per_day(diary):
    diary.checkins.add(CheckIn(date(2026, 11, 2), time(8, 0), pain=5, leg_pain=7))
    diary.checkins.add(CheckIn(date(2026, 11, 2), time(20, 0), pain=4, leg_pain=3))
    diary.checkins.add(CheckIn(date(2026, 11, 2), time(21, 0), pain=4))
    assert [c.leg_pain for c in diary.checkins.list()] == [7, 3, None]
    [day] = diary.checkins.daily_summaries()
    assert day.scores["leg_pain"] == (5.0, 3, 7)
