"""Planned injections through the service: one place decides what counts as a session."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from recovery_tracker.domain.models import InjectionStatus
from recovery_tracker.domain.validation import ValidationError
from recovery_tracker.service.diary_service import DiaryService, PlannedOutcome
from tests.conftest import NOW

PLANNED_DAY = date(2026, 12, 1)  # a week after NOW


@pytest.fixture
def service(diary) -> DiaryService:
    return DiaryService(diary, clock=lambda: NOW)


def _plan_ahead(service: DiaryService, day: date = PLANNED_DAY):
    return service.save_injection({"date": day, "site": "Lower back", "status": "planned"})


def test_a_planned_injection_is_no_session_but_its_plan_is_in_force(service):
    done = service.save_injection({"date": date(2026, 10, 1), "site": "Lower back"})
    planned = _plan_ahead(service)
    assert service.injections() == [done]
    assert service.planned_injections() == [planned]
    assert {p.injection for p in service.plans()} == {done, planned}
    snapshot = service.snapshot()
    assert snapshot.injections == [done] and snapshot.planned == [planned]
    check = service.check_medicine("Ibuprofen", "", date(2026, 11, 26))
    assert any(w.injection == planned for w in check.broken_rules)


def test_two_injections_on_the_same_day_are_refused(service):
    _plan_ahead(service)
    with pytest.raises(ValidationError) as same_day:
        service.save_injection({"date": PLANNED_DAY, "site": "Knee", "status": "planned"})
    assert "already" in same_day.value.errors["date"]
    done = service.save_injection({"date": date(2026, 11, 1), "site": "Knee"})
    service.save_injection({"id": done.id, "date": date(2026, 11, 1), "site": "Hip"})  # itself


def _later(service: DiaryService, moment: datetime) -> DiaryService:
    return DiaryService(service.diary, clock=lambda: moment)


def test_a_passed_planned_day_is_asked_about_once(service):
    planned = _plan_ahead(service)
    assert service.planned_to_confirm() == []  # not yet passed
    after = _later(service, datetime(2026, 12, 2, 9, 0))
    assert after.planned_to_confirm() == [planned]
    after.mark_planned_asked(planned.id)
    assert after.planned_to_confirm() == []


def test_it_happened_makes_it_day_0_and_undo_makes_it_planned_again(service):
    planned = _plan_ahead(service)
    after = _later(service, datetime(2026, 12, 2, 9, 0))
    after.confirm_planned(planned.id, PlannedOutcome.HAPPENED)
    [done] = after.injections()
    assert (done.date, done.status) == (PLANNED_DAY, InjectionStatus.DONE)
    assert after.planned_injections() == []
    after.save_checkin({"date": date(2026, 12, 2), "time": time(8), "pain": 5})
    after.undo()
    after.undo()
    assert after.planned_injections() == [planned] and after.injections() == []


def test_moved_moves_the_windows_with_it(service):
    planned = _plan_ahead(service)
    after = _later(service, datetime(2026, 12, 2, 9, 0))
    after.confirm_planned(planned.id, PlannedOutcome.MOVED, date(2026, 12, 10))
    [moved] = after.planned_injections()
    assert moved.date == date(2026, 12, 10)
    [plan] = after.plans()
    window = next(w for w in after.snapshot().windows if w.rule.avoid)
    assert window.start == date(2026, 12, 10) + __import__("datetime").timedelta(
        window.rule.start_day
    )
    assert plan.injection == moved
    assert after.planned_to_confirm() == []  # its new day has not passed
    with pytest.raises(ValidationError):
        after.confirm_planned(moved.id, PlannedOutcome.MOVED, date(2026, 11, 30))


def test_cancelled_takes_it_and_its_windows_away_and_undo_brings_them_back(service):
    planned = _plan_ahead(service)
    rules = service.plans()[0].rules
    after = _later(service, datetime(2026, 12, 2, 9, 0))
    after.confirm_planned(planned.id, PlannedOutcome.CANCELLED)
    assert after.planned_injections() == [] and after.plans() == []
    assert after.snapshot().windows == []
    after.undo()
    assert after.planned_injections() == [planned]
    assert after.plans()[0].rules == rules


def test_a_booked_spine_injection_asks_for_leg_pain_in_the_baseline_week(service):
    assert not service.leg_pain_applies()
    _plan_ahead(service)  # Lower back
    assert service.leg_pain_applies()


def test_the_command_line_snapshot_splits_planned_from_done_as_the_service_does(service):
    done = service.save_injection({"date": date(2026, 10, 1), "site": "Knee"})
    planned = _plan_ahead(service)
    snapshot = service.diary.snapshot()
    assert (snapshot.injections, snapshot.planned) == ([done], [planned])


def test_a_diary_with_only_a_booking_is_in_use_and_not_offered_the_assistant_again(service):
    assert service.first_start_needed()
    _plan_ahead(service)
    assert not service.first_start_needed()


def test_lists_read_in_the_background_keep_bookings_out_of_the_sessions(diary):
    """The first chart reads every list on a thread of its own and the service adopts them:
    a booking among the injections read there is no session either."""
    writer = DiaryService(diary, clock=lambda: NOW)
    done = writer.save_injection({"date": date(2026, 10, 1), "site": "Lower back"})
    planned = _plan_ahead(writer)
    fresh = DiaryService(diary, clock=lambda: NOW)  # nothing read yet, as at start-up
    fresh.adopt(writer.read_everything())
    assert fresh.injections() == [done]
    assert fresh.planned_injections() == [planned]
    assert fresh.snapshot().injections == [done]
