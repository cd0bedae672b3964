from datetime import date, datetime, time

from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.reminders import ReminderSettings, due_reminders

SETTINGS = ReminderSettings(enabled=True, at=time(20, 0))
TODAY = date(2026, 11, 24)


def keys(now, logged=(), appointments=(), shown=(), last_seen=None, settings=SETTINGS):
    return [
        r.key
        for r in due_reminders(
            now, settings, set(logged), list(appointments), set(shown), last_seen
        )
    ]


def test_the_daily_reminder_is_due_from_its_time_until_today_is_logged():
    assert keys(datetime(2026, 11, 24, 19, 59)) == []
    assert keys(datetime(2026, 11, 24, 20, 0)) == ["log:2026-11-24"]
    assert keys(datetime(2026, 11, 24, 23, 0), logged=[TODAY]) == []
    assert keys(datetime(2026, 11, 24, 21, 0), shown=["log:2026-11-24"]) == []
    assert keys(datetime(2026, 11, 24, 21, 0), settings=ReminderSettings(False)) == []


def test_missed_days_are_reported_on_the_next_start():
    logged = [date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 22)]
    reminders = due_reminders(
        datetime(2026, 11, 24, 9, 0), SETTINGS, set(logged), [], set(), datetime(2026, 11, 20, 21)
    )
    [missed] = reminders
    assert missed.missed and "Sat 21 Nov, Mon 23 Nov" in missed.message


def test_a_week_away_counts_every_missed_day_from_the_day_last_seen():
    """Last seen on Monday morning before logging, back on the next Tuesday: Monday is the
    first missed day (it was left out when the gap was longer than a week)."""
    logged = [date(2026, 11, 15)]
    [missed] = due_reminders(
        datetime(2026, 11, 24, 9, 0), SETTINGS, set(logged), [], set(), datetime(2026, 11, 16, 9)
    )
    assert missed.message.startswith("No check-in on 8 days between Mon 16 Nov and Mon 23 Nov.")


def test_up_to_a_week_of_missed_days_is_listed_by_name():
    [missed] = due_reminders(
        datetime(2026, 11, 24, 9, 0),
        SETTINGS,
        {date(2026, 11, 16)},
        [],
        set(),
        datetime(2026, 11, 17, 9),
    )
    assert missed.message.startswith(
        "No check-in on 7 days: Tue 17 Nov, Wed 18 Nov, Thu 19 Nov, Fri 20 Nov, Sat 21 Nov, "
        "Sun 22 Nov, Mon 23 Nov. If you remember"
    )


def test_a_long_absence_is_counted_not_listed_day_by_day():
    [missed] = due_reminders(
        datetime(2026, 11, 24, 9, 0),
        SETTINGS,
        {date(2026, 10, 31), date(2026, 11, 10)},  # one day back-filled meanwhile
        [],
        set(),
        datetime(2026, 10, 31, 21),
    )
    assert missed.message.startswith("No check-in on 22 days between Sun 1 Nov and Mon 23 Nov."), (
        missed.message
    )


def test_a_new_diary_has_missed_nothing():
    assert keys(datetime(2026, 11, 24, 9, 0), last_seen=None) == []


def test_appointment_reminders_the_day_before_and_on_the_day():
    visit = Appointment(datetime(2026, 11, 26, 10, 30), "Dr. Lee", "Spine Clinic", "Q1\nQ2", id=4)
    assert keys(datetime(2026, 11, 24, 9, 0), logged=[TODAY], appointments=[visit]) == []
    day_before = due_reminders(
        datetime(2026, 11, 25, 8, 0), SETTINGS, {TODAY}, [visit], set(), None
    )
    assert [r.key for r in day_before] == ["appointment:4:day-before"]
    assert "Tomorrow at 10:30 at Spine Clinic. You noted 2 questions" in day_before[0].message
    assert keys(datetime(2026, 11, 26, 7, 0), appointments=[visit]) == ["appointment:4:today"]
    assert keys(datetime(2026, 11, 26, 11, 0), appointments=[visit]) == []  # over


# --- reminders from the doctor's plan ----------------------------------------------------

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan  # noqa: E402
from recovery_tracker.domain.models import Injection  # noqa: E402

NO_NSAIDS = AdviceRule(
    "No anti-inflammatories",
    "Use paracetamol if your doctor agreed.",
    AdviceCategory.MEDICATION,
    -7,
    14,
    ("nsaid",),
    id=5,
)


def _plan_reminders(now: datetime, injection_day: date) -> list[str]:
    plan = Plan(Injection(injection_day, "Lumbar facet", id=1), (NO_NSAIDS,))
    due = due_reminders(now, ReminderSettings(enabled=False), set(), [], set(), None, [plan])
    return [f"{r.title} | {r.message}" for r in due]


def test_a_window_before_a_booked_injection_is_reminded_on_its_first_day():
    texts = _plan_reminders(datetime(2026, 11, 26, 9, 0), date(2026, 12, 3))
    assert texts == [
        "From today: No anti-inflammatories | Your injection is in 7 days, on 3 December. "
        "Use paracetamol if your doctor agreed."
    ]


def test_the_day_before_an_injection_is_reminded():
    texts = _plan_reminders(datetime(2026, 12, 2, 9, 0), date(2026, 12, 3))
    assert texts[0].startswith("Your injection is tomorrow | PRP, Lumbar facet, 3 December")


def test_the_last_day_of_a_window_is_worded_as_the_plan_says_never_as_permission():
    texts = _plan_reminders(datetime(2026, 12, 17, 9, 0), date(2026, 12, 3))
    assert texts == [
        "Last day today: No anti-inflammatories | Your plan: from 7 days before to 14 days "
        "after. Use paracetamol if your doctor agreed."
    ]
    assert "again" not in texts[0]


def test_no_plan_reminder_on_an_ordinary_day():
    assert _plan_reminders(datetime(2026, 12, 10, 9, 0), date(2026, 12, 3)) == []
