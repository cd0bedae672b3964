"""Which reminders are due now. Pure: the caller passes the time, so tests never sleep."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from recovery_tracker.domain.advice import ActiveAdvice, Plan, advice_windows, describe_window
from recovery_tracker.domain.text import (
    QT_TRANSLATE_NOOP,
    DateStyle,
    format_date,
    single_full_stop,
    translate,
)

if TYPE_CHECKING:
    # Only named: the appointments come from the caller; the first start's assistant, which
    # asks for the reminder's time before the first paint, need not make their class.
    from recovery_tracker.domain.appointments import Appointment

MISSED_DAYS_LISTED = 7  # more missed days are counted, not named one by one


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """Whether, and at what time, the daily check-in reminder comes."""

    enabled: bool = True
    at: time = time(20, 0)


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder to show once: a check-in due or missed, an injection or a window coming."""

    key: str  # stable per occasion, so each is shown once
    title: str
    message: str
    missed: bool = False


DAILY_LOG = "log:"  # the daily check-in reminder's key: log:<day>


def daily_log_key(day: date) -> str:
    return f"{DAILY_LOG}{day.isoformat()}"


def due_reminders(
    now: datetime,
    settings: ReminderSettings,
    days_with_checkins: Collection[date],
    appointments: Sequence[Appointment],
    already_shown: Collection[str],
    last_seen: datetime | None,
    plans: Sequence[Plan] = (),
) -> list[Reminder]:
    due = _daily_log(now, settings, days_with_checkins, last_seen)
    due += _appointment_reminders(now, appointments)
    due += _plan_reminders(now, plans)
    return [r for r in due if r.key not in already_shown]


def _plan_reminders(now: datetime, plans: Sequence[Plan]) -> list[Reminder]:
    """The day before an injection, the first day of a window that starts before it, and the
    last day of a window, each worded as the plan says: the doctor's plan decides what comes
    after a window, so the app never says "you may take ... again"."""
    today = now.date()
    reminders = []
    injections = {plan.injection for plan in plans}
    for injection in sorted(injections, key=lambda i: i.date):
        if (injection.date - today).days == 1:
            reminders.append(
                Reminder(
                    f"injection:{injection.id}:{injection.date.isoformat()}:day-before",
                    translate("Reminders", "Your injection is tomorrow"),
                    translate("Reminders", "{kind}, {site}, {day}.").format(
                        kind=injection.kind,
                        site=injection.site,
                        day=format_date(injection.date, DateStyle.LONG_NO_YEAR),
                    ),
                )
            )
    for window in advice_windows(plans):
        if (
            window.start is not None
            and window.start == today
            and window.start < window.injection.date
        ):
            reminders.append(_window_reminder(window, "starts", today))
        if window.end is not None and window.end == today and window.rule.end_day is not None:
            reminders.append(_window_reminder(window, "ends", today))
    return reminders


def _window_reminder(window: ActiveAdvice, change: str, today: date) -> Reminder:
    rule = window.rule
    key = f"window:{window.injection.id}:{rule.id or rule.title}:{change}:{today.isoformat()}"
    period = describe_window(rule.start_day, rule.end_day)
    if change == "starts":
        days = (window.injection.date - today).days
        title = translate("Reminders", "From today: {title}").format(title=rule.title)
        lead = translate(
            "Reminders", "Your injection is in %n day(s), on {day}.", None, days
        ).format(day=format_date(window.injection.date, DateStyle.LONG_NO_YEAR))
    else:
        title = translate("Reminders", "Last day today: {title}").format(title=rule.title)
        lead = translate("Reminders", "Your plan: {period}.").format(period=period)
    advice = rule.advice.strip()
    return Reminder(key, title, f"{lead} {advice}".strip() if advice else lead)


def _daily_log(
    now: datetime, settings: ReminderSettings, logged: Collection[date], last_seen: datetime | None
) -> list[Reminder]:
    if not settings.enabled:
        return []
    reminders = []
    today = now.date()
    if now.time() >= settings.at and today not in logged:
        reminders.append(
            Reminder(
                daily_log_key(today),
                translate("Reminders", "Time for your check-in"),
                translate(
                    "Reminders",
                    "How are you today? Log your pain and soreness in Recovery Tracker.",
                ),
            )
        )
    missed = _missed_days(today, logged, last_seen)
    if missed:
        reminders.append(
            Reminder(
                f"missed:{today.isoformat()}",
                translate("Reminders", "Days without a check-in"),
                _missed_sentence(missed)
                + " "
                + translate(
                    "Reminders",
                    "If you remember how you were, you can still add them: change the date in "
                    "the Today form.",
                ),
                missed=True,
            )
        )
    return reminders


def _missed_sentence(missed: Sequence[date]) -> str:
    """Up to a week's days by name; a longer absence by its count and its first and last day."""
    if len(missed) <= MISSED_DAYS_LISTED:
        sentence = translate(
            "Reminders", "No check-in on %n day(s): {days}.", None, len(missed)
        ).format(days=", ".join(format_date(d, DateStyle.DAY) for d in missed))
    else:
        sentence = translate(
            "Reminders", "No check-in on %n day(s) between {first} and {last}.", None, len(missed)
        ).format(
            first=format_date(missed[0], DateStyle.DAY),
            last=format_date(missed[-1], DateStyle.DAY),
        )
    return single_full_stop(sentence)  # both end on a date


def _missed_days(today: date, logged: Collection[date], last_seen: datetime | None) -> list[date]:
    """Days without a check-in from the day the app last ran (its reminder may not have come
    yet) to yesterday. All of them: a cut-off at a week used to drop the first missed day of
    an absence of eight days."""
    if last_seen is None or not logged:
        return []  # a new diary has nothing to have missed
    start = max(last_seen.date(), min(logged))
    return [
        start + timedelta(days=i)
        for i in range((today - start).days)
        if start + timedelta(days=i) not in logged
    ]


# Reminded the day before and on the day: days before -> (the reminder's key, title, when).
_APPOINTMENT_DAYS = {
    1: (
        "day-before",
        QT_TRANSLATE_NOOP("Reminders", "{appointment} tomorrow"),
        QT_TRANSLATE_NOOP("Reminders", "Tomorrow at {time}"),
    ),
    0: (
        "today",
        QT_TRANSLATE_NOOP("Reminders", "{appointment} today"),
        QT_TRANSLATE_NOOP("Reminders", "Today at {time}"),
    ),
}


def _appointment_reminders(now: datetime, appointments: Sequence[Appointment]) -> list[Reminder]:
    reminders = []
    for appointment in appointments:
        if appointment.id is None or appointment.starts_at <= now:
            continue
        day = _APPOINTMENT_DAYS.get((appointment.starts_at.date() - now.date()).days)
        if day is None:
            continue
        key, title, when = day
        reminders.append(
            Reminder(
                f"appointment:{appointment.id}:{key}",
                translate("Reminders", title).format(appointment=appointment.title()),
                _when(translate("Reminders", when), f"{appointment.starts_at:%H:%M}", appointment)
                + _questions_line(appointment),
            )
        )
    return reminders


def _questions_line(appointment: Appointment) -> str:
    count = len([q for q in appointment.questions.splitlines() if q.strip()])
    if not count:
        return ""
    return " " + translate("Reminders", "You noted %n question(s) to ask.", None, count)


def _when(day_and_time: str, at: str, appointment: Appointment) -> str:
    """ "Tomorrow at 09:30 at Spine Clinic." """
    when = day_and_time.format(time=at)
    if appointment.place:
        return translate("Reminders", "{when} at {place}.").format(
            when=when, place=appointment.place
        )
    return translate("Reminders", "{when}.").format(when=when)
