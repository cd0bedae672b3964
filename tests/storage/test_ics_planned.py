"""The calendar file carries a planned injection and the first day of each window before it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule
from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.exchange.ics import export_ics

NOW = datetime(2026, 11, 24, 18, 5)
NO_NSAIDS = AdviceRule(
    "No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, avoid=("nsaid",)
)
REST = AdviceRule("Relative rest", "", AdviceCategory.ACTIVITY, 0, 2)


def test_the_planned_day_and_the_windows_before_it_remind_the_phone(diary, tmp_path):
    booked = Injection(
        date(2026, 12, 3), "Lower back", clinic="Spine Clinic", status=InjectionStatus.PLANNED
    )
    diary.advice.add_injection_with_plan(booked, (NO_NSAIDS, REST))
    path = tmp_path / "calendar.ics"
    assert export_ics(diary, path, NOW) == 3
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e for e in events}

    day = by_summary["Planned injection: PRP, Lower back"]
    assert day.decoded("DTSTART") == date(2026, 12, 3)
    assert str(day["LOCATION"]) == "Spine Clinic"
    [alarm] = day.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(hours=15)  # 9:00 the day before

    nsaid = by_summary["No anti-inflammatories (planned injection)"]
    assert nsaid.decoded("DTSTART") == date(2026, 11, 26)  # its first day, 7 days before
    [first_morning] = nsaid.walk("VALARM")
    assert first_morning.decoded("TRIGGER") == timedelta(hours=9)
    assert "Your injection is on 3 December" in str(first_morning["DESCRIPTION"])

    rest = by_summary["Relative rest (planned injection)"]
    assert rest.walk("VALARM") == []  # starts on the day itself: the day's own reminder says it
