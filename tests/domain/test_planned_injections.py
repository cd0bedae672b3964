"""Planned injections in the domain: what may be planned, and how their windows count."""

from __future__ import annotations

from datetime import date

import pytest

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan, advice_windows
from recovery_tracker.domain.conflicts import check_medicine
from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.domain.validation import ValidationError, validate_injection
from recovery_tracker.storage.resources import medicine_list

TODAY = date(2026, 11, 24)
NO_NSAIDS = AdviceRule(
    "No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, avoid=("nsaid",)
)


def test_an_injection_is_done_unless_said_planned():
    injection = validate_injection({"date": TODAY, "site": "Knee"}, today=TODAY)
    assert injection.status is InjectionStatus.DONE and not injection.planned
    blank = validate_injection({"date": TODAY, "site": "Knee", "status": ""}, today=TODAY)
    assert blank.status is InjectionStatus.DONE


def test_a_planned_injection_may_be_in_the_future_up_to_two_years():
    planned = validate_injection(
        {"date": date(2026, 12, 3), "site": "Lower back", "status": "planned"}, today=TODAY
    )
    assert planned.planned and planned.date == date(2026, 12, 3)
    assert validate_injection(
        {"date": date(2028, 11, 24), "site": "Knee", "status": "planned"}, today=TODAY
    ).planned
    with pytest.raises(ValidationError) as too_far:
        validate_injection(
            {"date": date(2028, 11, 25), "site": "Knee", "status": "planned"}, today=TODAY
        )
    assert "two years" in too_far.value.errors["date"]


def test_a_planned_date_cannot_be_in_the_past_when_entered_but_may_be_when_imported():
    raw = {"date": date(2026, 11, 20), "site": "Knee", "status": "planned"}
    with pytest.raises(ValidationError) as past:
        validate_injection(raw, today=TODAY)
    assert "past" in past.value.errors["date"]
    assert validate_injection(raw, today=TODAY, earliest_planned=date(1900, 1, 1)).planned


def test_a_done_injection_still_cannot_be_in_the_future():
    with pytest.raises(ValidationError) as future:
        validate_injection({"date": date(2026, 12, 3), "site": "Knee"}, today=TODAY)
    assert "future" in future.value.errors["date"]


def test_an_unknown_status_is_refused_with_a_sentence():
    with pytest.raises(ValidationError) as wrong:
        validate_injection({"date": TODAY, "site": "Knee", "status": "maybe"}, today=TODAY)
    assert "planned" in wrong.value.errors["status"]


def test_a_planned_injection_windows_count_from_its_date_and_it_gets_no_number():
    done = Injection(date(2026, 10, 1), "Knee", id=1)
    planned = Injection(date(2026, 12, 3), "Knee", status=InjectionStatus.PLANNED, id=2)
    windows = advice_windows([Plan(done, (NO_NSAIDS,)), Plan(planned, (NO_NSAIDS,))])
    ahead = next(w for w in windows if w.injection.planned)
    assert (ahead.start, ahead.end) == (date(2026, 11, 26), date(2026, 12, 17))
    assert ahead.injection_number == 0
    assert next(w for w in windows if not w.injection.planned).injection_number == 1


def test_a_medicine_before_a_planned_injection_gets_the_warning_naming_it():
    planned = Injection(date(2026, 12, 3), "Knee", status=InjectionStatus.PLANNED, id=2)
    check = check_medicine(
        "Advil", "", date(2026, 11, 28), [Plan(planned, (NO_NSAIDS,))], medicine_list()
    )
    assert check.breaks_a_rule
    message = check.message(date(2026, 11, 28))
    assert "planned injection of Thursday 3 December" in message
    assert "No anti-inflammatories" in message
