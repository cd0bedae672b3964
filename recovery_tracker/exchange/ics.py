"""Appointments and advice windows as an iCalendar file (RFC 5545) for phone and desktop calendars.

Appointments are timed events in floating local time (the patient's own clock, as entered),
each with alarms the day before and two hours before. Advice windows are all-day events.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from recovery_tracker import __version__
from recovery_tracker.domain.advice import ActiveAdvice, advice_windows
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.text import DateStyle, format_date, translate
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.files import write_private_file

APPOINTMENT_MINUTES = 30
OPEN_ENDED_DAYS = 28  # an open-ended rule is shown for four weeks, then the calendar stops


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ")


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def _uid(*parts: object) -> str:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:24]
    return f"{digest}@recovery-tracker"


def appointment_event(appointment: Appointment, stamp: str) -> list[str]:
    end = appointment.starts_at + timedelta(minutes=APPOINTMENT_MINUTES)
    description = appointment.questions.strip()
    if description:
        description = translate("Calendar", "Questions to ask:") + "\n" + description
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_uid('appointment', appointment.id, appointment.starts_at)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{_local(appointment.starts_at)}",
        f"DTEND:{_local(end)}",
        f"SUMMARY:{escape_text(appointment.title())}",
    ]
    if appointment.place:
        lines.append(f"LOCATION:{escape_text(appointment.place)}")
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    for trigger, words in (
        ("-P1D", translate("Calendar", "{appointment} tomorrow")),
        ("-PT2H", translate("Calendar", "{appointment} in two hours")),
    ):
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{trigger}",
            f"DESCRIPTION:{escape_text(words.format(appointment=appointment.title()))}",
            "END:VALARM",
        ]
    return [*lines, "END:VEVENT"]


def advice_event(window: ActiveAdvice, stamp: str) -> list[str] | None:
    start = window.start or window.injection.date
    last = window.end or (start + timedelta(days=OPEN_ENDED_DAYS - 1))
    rule = window.rule
    summary = (
        translate("Calendar", "{rule} (planned injection)").format(rule=rule.title)
        if window.injection.planned
        else translate("Calendar", "{rule} (injection {number})").format(
            rule=rule.title, number=window.injection_number
        )
    )
    alarm: list[str] = []
    if window.injection.planned and start < window.injection.date:
        # Before a booked injection the phone says so on the window's first morning (9:00):
        # the patient may not open the app that week.
        alarm = _morning_alarm(
            "PT9H",
            translate("Calendar", "From today: {rule}. Your injection is on {day}.").format(
                rule=rule.title, day=format_date(window.injection.date, DateStyle.LONG_NO_YEAR)
            ),
        )
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid('advice', window.injection.id, rule.title, start, last)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(start)}",
        f"DTEND;VALUE=DATE:{_day(last + timedelta(days=1))}",  # DTEND is exclusive
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(rule.advice or rule.title)}",
        "TRANSP:TRANSPARENT",
        *alarm,
        "END:VEVENT",
    ]


def planned_injection_event(injection: Injection, stamp: str) -> list[str]:
    """The booked day, all day, with a reminder on the morning before."""
    summary = translate("Calendar", "Planned injection: {kind}, {site}").format(
        kind=translate("Choices", injection.kind), site=translate("Choices", injection.site)
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_uid('planned', injection.id, injection.date)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(injection.date)}",
        f"DTEND;VALUE=DATE:{_day(injection.date + timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if injection.clinic:
        lines.append(f"LOCATION:{escape_text(injection.clinic)}")
    words = translate("Calendar", "Your injection is tomorrow")
    return [*lines, *_morning_alarm("-PT15H", words), "END:VEVENT"]  # 9:00 the day before


def _morning_alarm(trigger: str, words: str) -> list[str]:
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:{trigger}",
        f"DESCRIPTION:{escape_text(words)}",
        "END:VALARM",
    ]


def build_calendar(
    appointments: Sequence[Appointment],
    windows: Iterable[ActiveAdvice],
    now: datetime,
    planned: Sequence[Injection] = (),
) -> str:
    stamp = _stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Recovery Tracker//Recovery Tracker {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Recovery Tracker",
    ]
    for appointment in appointments:
        lines += appointment_event(appointment, stamp)
    for injection in planned:
        lines += planned_injection_event(injection, stamp)
    for window in windows:
        event = advice_event(window, stamp)
        if event:
            lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_ics(diary: Diary, path: Path, now: datetime) -> int:
    """Write appointments and advice windows to ``path``; returns the number of events."""
    appointments = diary.appointments.list()
    injections = diary.injections.list()
    windows = advice_windows(diary.advice.plans(injections))  # planned ones' windows too
    planned = [i for i in injections if i.planned]
    text = build_calendar(appointments, windows, now, planned)
    write_private_file(path, text.encode("utf-8"))
    return len(appointments) + len(windows) + len(planned)
