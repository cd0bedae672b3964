"""Events the patient logs (fever, swelling, ...): what is accepted and what is refused."""

from datetime import date, datetime, time

import pytest

from recovery_tracker.domain.events import (
    EVENT_KINDS,
    SEVERITIES,
    AdverseEvent,
    events_between,
    validate_event,
)
from recovery_tracker.domain.validation import ValidationError

NOW = datetime(2026, 11, 24, 18, 5)


def test_a_complete_event_is_accepted_with_every_field():
    event = validate_event(
        {
            "date": "2026-11-23",
            "time": "21:30",
            "kind": "fever",
            "severity": "moderate",
            "contacted_clinic": True,
            "notes": "38.2 °C in the evening",
        },
        now=NOW,
    )
    assert event == AdverseEvent(
        date=date(2026, 11, 23),
        time=time(21, 30),
        kind="fever",
        severity="moderate",
        contacted_clinic=True,
        notes="38.2 °C in the evening",
    )
    assert event.label == "Fever"


def test_the_time_is_optional():
    event = validate_event({"date": "2026-11-20", "kind": "bruising", "severity": "mild"}, now=NOW)
    assert event.time is None and event.contacted_clinic is False


def test_every_problem_is_named_at_once():
    with pytest.raises(ValidationError) as raised:
        validate_event(
            {"date": "2026-11-25", "kind": "hiccups", "severity": "awful", "notes": "\x00"},
            now=NOW,
        )
    assert set(raised.value.errors) == {"date", "kind", "severity", "notes"}
    assert "future" in raised.value.errors["date"]


def test_a_time_later_than_now_today_is_refused():
    with pytest.raises(ValidationError) as raised:
        validate_event(
            {"date": "2026-11-24", "time": "19:00", "kind": "headache", "severity": "severe"},
            now=NOW,
        )
    assert set(raised.value.errors) == {"time"}


def test_other_needs_a_short_description_and_shows_it():
    with pytest.raises(ValidationError) as raised:
        validate_event({"date": "2026-11-24", "kind": "other", "severity": "mild"}, now=NOW)
    assert set(raised.value.errors) == {"other"}
    with pytest.raises(ValidationError):
        validate_event(
            {"date": "2026-11-24", "kind": "other", "other": "x" * 81, "severity": "mild"},
            now=NOW,
        )
    event = validate_event(
        {"date": "2026-11-24", "kind": "other", "other": " itchy rash ", "severity": "mild"},
        now=NOW,
    )
    assert event.other == "itchy rash" and event.label == "itchy rash"


def test_a_description_is_dropped_when_the_kind_is_not_other():
    event = validate_event(
        {"date": "2026-11-24", "kind": "swelling", "other": "left over", "severity": "mild"},
        now=NOW,
    )
    assert event.other == ""


def test_kinds_and_severities_are_the_ones_the_brief_names():
    assert [k for k, _ in EVENT_KINDS] == [
        "fever",
        "swelling",
        "more_pain",
        "headache",
        "numbness",
        "bruising",
        "other",
    ]
    assert [s for s, _ in SEVERITIES] == ["mild", "moderate", "severe"]


def test_events_between_keeps_the_period_in_time_order():
    late = AdverseEvent(date(2026, 11, 3), "fever", "mild", time=time(22, 0))
    early = AdverseEvent(date(2026, 11, 3), "swelling", "mild", time=time(8, 0))
    undated = AdverseEvent(date(2026, 11, 3), "bruising", "mild")
    outside = AdverseEvent(date(2026, 10, 1), "headache", "mild")
    assert events_between(
        [late, outside, early, undated], date(2026, 11, 1), date(2026, 11, 5)
    ) == [
        undated,
        early,
        late,
    ]
