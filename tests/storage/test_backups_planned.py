"""A booked day is no entry a backup holds: it must not make an old backup look newest."""

from __future__ import annotations

from datetime import date, datetime, time

from recovery_tracker.domain.models import CheckIn, Injection, InjectionStatus
from recovery_tracker.storage import backups

NOW = datetime(2026, 11, 24, 8, 30)


def test_a_backup_holding_a_later_cancelled_booking_is_not_taken_for_the_newest(diary, data_dir):
    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    booked = diary.advice.add_injection_with_plan(
        Injection(date(2027, 6, 1), "Knee", status=InjectionStatus.PLANNED), ()
    )
    with_booking = diary.backup_now(NOW, "manual")
    diary.injections.delete(booked.id)  # cancelled
    diary.checkins.add(CheckIn(date(2026, 11, 20), time(8), 3))
    later = diary.backup_now(NOW, "daily")
    found = {info.path: info for info in backups.list_backups(data_dir)}
    assert found[with_booking].newest_entry == datetime(2026, 11, 1, 8, 0)
    assert backups.newest_backup(data_dir).path == later
