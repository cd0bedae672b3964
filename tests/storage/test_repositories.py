from dataclasses import replace
from datetime import date, time

import pytest

from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.sql import NotFoundError


def test_injections_round_trip_and_list_in_date_order(diary):
    later = diary.injections.add(
        Injection(date=date(2026, 11, 6), site="Knee", side="Left", kind="PRP", clinic="Dr. A")
    )
    earlier = diary.injections.add(
        Injection(date=date(2026, 10, 1), site="Knee", kind="Corticosteroid", guidance="Ultrasound")
    )
    assert later.id is not None and earlier.id is not None
    assert diary.injections.list() == [earlier, later]
    assert diary.injections.get(later.id) == later


def test_injection_update_and_delete(diary):
    injection = diary.injections.add(Injection(date=date(2026, 11, 6), site="Knee"))
    changed = replace(injection, site="Shoulder", notes="right side")
    diary.injections.update(changed)
    assert diary.injections.get(injection.id) == changed
    diary.injections.delete(injection.id)
    assert diary.injections.list() == []
    with pytest.raises(NotFoundError):
        diary.injections.update(changed)
    with pytest.raises(NotFoundError):
        diary.injections.get(injection.id)


def test_checkins_round_trip_every_field(diary):
    full = CheckIn(
        date=date(2026, 11, 7),
        time=time(20, 15),
        pain=4,
        soreness=7,
        enjoyment_interference=3,
        activity_interference=5,
        sleep=6,
        notes="evening",
    )
    stored = diary.checkins.add(full)
    assert diary.checkins.list() == [stored]
    assert replace(stored, id=None) == full


def test_checkins_list_in_time_order_and_by_date_range(diary):
    for day, at in ((3, 20), (1, 8), (3, 8), (2, 12)):
        diary.checkins.add(CheckIn(date=date(2026, 11, day), time=time(at, 0), pain=day))
    listed = diary.checkins.list()
    assert [(c.date.day, c.time.hour) for c in listed] == [(1, 8), (2, 12), (3, 8), (3, 20)]
    ranged = diary.checkins.list(start=date(2026, 11, 2), end=date(2026, 11, 2))
    assert [c.date.day for c in ranged] == [2]


def test_checkin_update_and_delete(diary):
    stored = diary.checkins.add(CheckIn(date=date(2026, 11, 7), time=time(8, 0), pain=4))
    diary.checkins.update(replace(stored, pain=2, notes="better"))
    assert diary.checkins.get(stored.id).pain == 2
    diary.checkins.delete(stored.id)
    assert diary.checkins.count() == 0
    with pytest.raises(NotFoundError):
        diary.checkins.update(stored)


def test_saved_entries_are_there_after_reopening(diary, data_dir):
    diary.checkins.add(CheckIn(date=date(2026, 11, 7), time=time(8, 0), pain=4))
    diary.injections.add(Injection(date=date(2026, 11, 6), site="Knee"))
    diary.close()
    reopened = Diary.open(data_dir)
    try:
        assert reopened.checkins.count() == 1
        assert len(reopened.injections.list()) == 1
    finally:
        reopened.close()


def test_the_first_day_logged_without_reading_the_checkins(diary):
    assert diary.checkins.first_date() is None
    for day in (date(2026, 3, 9), date(2025, 12, 30), date(2026, 1, 2)):
        diary.checkins.add(CheckIn(date=day, time=time(8), pain=4))
    assert diary.checkins.first_date() == date(2025, 12, 30)
