from datetime import date, datetime, time

import pytest

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import Injection
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.sql import NotFoundError

RULES = (
    AdviceRule("No NSAIDs", "none", AdviceCategory.MEDICATION, -7, 14, ("corticosteroid", "nsaid")),
    AdviceRule("Rest", "", AdviceCategory.ACTIVITY, 0, None),
)


def test_an_injection_and_its_plan_are_saved_together_and_deleted_together(diary):
    injection = diary.advice.add_injection_with_plan(
        Injection(date=date(2026, 11, 10), site="Knee"), RULES
    )
    stored = diary.advice.rules_for(injection.id)
    assert [(r.title, r.start_day, r.end_day, r.avoid) for r in stored] == [
        ("No NSAIDs", -7, 14, ("corticosteroid", "nsaid")),
        ("Rest", 0, None, ()),
    ]
    [plan] = diary.advice.plans(diary.injections.list())
    assert plan.injection == injection and len(plan.rules) == 2
    diary.injections.delete(injection.id)
    assert diary.database.query("SELECT count(*) FROM advice_rules")[0][0] == 0


def test_replacing_a_plan_is_all_or_nothing(diary):
    injection = diary.advice.add_injection_with_plan(
        Injection(date=date(2026, 11, 10), site="Knee"), RULES
    )
    diary.advice.replace_rules(injection.id, RULES[1:])
    assert [r.title for r in diary.advice.rules_for(injection.id)] == ["Rest"]
    impossible = AdviceRule("Bad", "", AdviceCategory.OTHER, 5, 1)  # the schema refuses it
    with pytest.raises(StorageError):
        diary.advice.replace_rules(injection.id, [RULES[0], impossible])
    assert [r.title for r in diary.advice.rules_for(injection.id)] == ["Rest"]
    with pytest.raises(NotFoundError):
        diary.advice.replace_rules(9999, RULES)


def test_medicines_round_trip_and_recent_names_come_newest_first(diary):
    for day, name in ((1, "Advil"), (2, "Tylenol"), (3, "advil"), (3, "Vitamin D")):
        diary.medications.add(MedicationDose(date(2026, 11, day), time(8, 0), name, "1 tab"))
    assert [m.name for m in diary.medications.list(start=date(2026, 11, 2))] == [
        "Tylenol",
        "advil",
        "Vitamin D",
    ]
    assert [n.lower() for n in diary.medications.recent_names()] == [
        "vitamin d",
        "advil",
        "tylenol",
    ]


def test_appointments_round_trip(diary):
    visit = diary.appointments.add(
        Appointment(datetime(2026, 12, 22, 9, 15), "Dr. Lee", "Spine Clinic", "Second shot?")
    )
    assert diary.appointments.list() == [visit]
    diary.appointments.delete(visit.id)
    assert diary.appointments.list() == []


def test_settings_are_stored_in_the_diary(diary, data_dir):
    assert diary.settings.get("reminder_time", "20:00") == "20:00"
    diary.settings.set("reminder_time", "19:30")
    diary.settings.set("reminder_time", "21:00")
    assert diary.settings.get("reminder_time") == "21:00"


def test_the_medicines_a_doctor_allows_are_stored_with_the_plan(diary):
    allowing = AdviceRule(
        "No NSAIDs",
        "",
        AdviceCategory.MEDICATION,
        -7,
        14,
        ("nsaid",),
        allowed=("celecoxib", "low-dose aspirin"),
    )
    injection = diary.advice.add_injection_with_plan(
        Injection(date=date(2026, 11, 10), site="Knee"), (allowing, RULES[1])
    )
    stored = diary.advice.rules_for(injection.id)
    assert [r.allowed for r in stored] == [("celecoxib", "low-dose aspirin"), ()]
    [plan] = diary.advice.plans(diary.injections.list())
    assert plan.rules[0].allowed == ("celecoxib", "low-dose aspirin")
