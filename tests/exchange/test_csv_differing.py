"""Moving a diary between two computers: an entry edited on one is never added twice."""

from datetime import date, datetime, time

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.exchange.csv_folder import export_csv, import_csv
from recovery_tracker.storage.bulk import DiaryContent, insert_content
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates

NOW = datetime(2026, 11, 24, 18, 5)
TEMPLATES = load_templates().templates
RULE = AdviceRule("No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",))


def _exported(tmp_path, content: DiaryContent):
    source = Diary.open(tmp_path / "other-computer")
    insert_content(source, content)
    export_csv(source, tmp_path / "csv")
    source.close()
    return tmp_path / "csv"


def test_an_entry_edited_on_the_other_computer_is_not_added_twice(tmp_path, diary):
    folder = _exported(
        tmp_path,
        DiaryContent(
            checkins=[CheckIn(date(2026, 11, 20), time(8, 0), 4)],
            medications=[MedicationDose(date(2026, 11, 20), time(9, 0), "Paracetamol", "1 g")],
            appointments=[Appointment(datetime(2026, 12, 1, 10, 30), clinician="Dr Lee")],
            events=[AdverseEvent(date(2026, 11, 19), "fever", "moderate")],
        ),
    )
    insert_content(
        diary,
        DiaryContent(
            checkins=[CheckIn(date(2026, 11, 20), time(8, 0), 5)],
            medications=[MedicationDose(date(2026, 11, 20), time(9, 0), "Paracetamol", "500 mg")],
            appointments=[Appointment(datetime(2026, 12, 1, 10, 30), clinician="Dr Li")],
            events=[AdverseEvent(date(2026, 11, 19), "fever", "mild")],
        ),
    )
    result = import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert [c.pain for c in diary.checkins.list()] == [5]
    assert [m.dose for m in diary.medications.list()] == ["500 mg"]
    assert [a.clinician for a in diary.appointments.list()] == ["Dr Li"]
    assert [e.severity for e in diary.events.list()] == ["mild"]
    sentence = result.sentence()
    assert sentence.startswith("Imported nothing new.")
    assert "4 entries differ from your diary and were left as they are in your diary" in sentence
    for listed in (
        "check-in 2026-11-20 08:00",
        "medicine Paracetamol 2026-11-20 09:00",
        "appointment 2026-12-01 10:30",
        "event 2026-11-19",
    ):
        assert listed in sentence


def test_a_second_entry_at_another_moment_is_still_added(tmp_path, diary):
    folder = _exported(
        tmp_path,
        DiaryContent(
            checkins=[
                CheckIn(date(2026, 11, 20), time(8, 0), 5),
                CheckIn(date(2026, 11, 20), time(20, 0), 3),
            ],
            medications=[
                MedicationDose(date(2026, 11, 20), time(9, 0), "Paracetamol"),
                MedicationDose(date(2026, 11, 20), time(9, 0), "Omeprazole"),
            ],
            events=[
                AdverseEvent(date(2026, 11, 19), "fever", "mild"),
                AdverseEvent(date(2026, 11, 19), "headache", "mild"),
            ],
        ),
    )
    insert_content(
        diary,
        DiaryContent(
            checkins=[CheckIn(date(2026, 11, 20), time(8, 0), 5)],
            medications=[MedicationDose(date(2026, 11, 20), time(9, 0), "Paracetamol")],
            events=[AdverseEvent(date(2026, 11, 19), "fever", "mild")],
        ),
    )
    result = import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert +result.added == {"check-ins": 1, "medicines": 1, "events": 1}
    assert "differ" not in result.sentence()


def test_a_changed_advice_plan_is_named_not_silently_dropped(tmp_path, diary):
    knee = Injection(date(2026, 11, 1), "Knee")
    changed = AdviceRule(
        "No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 28, ("nsaid",)
    )
    folder = _exported(tmp_path, DiaryContent(injections=[(knee, [changed])]))
    insert_content(diary, DiaryContent(injections=[(knee, [RULE])]))
    result = import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    [plan] = diary.advice.plans(diary.injections.list())
    assert [r.end_day for r in plan.rules] == [14]
    assert "advice plan of the injection of 2026-11-01" in result.sentence()
    assert (
        "1 entry differs from your diary and was left as it is in your diary" in result.sentence()
    )


def test_settings_kept_from_the_diary_are_named_where_the_folders_differ(tmp_path, diary):
    source = Diary.open(tmp_path / "other-computer")
    for key, value in {
        "reminder_time": "08:30",
        "reminder_enabled": "0",
        "report_patient_name": "M. Example",
        "treatment_area": "Knee",
        "avoid_after": "42",
    }.items():
        source.settings.set(key, value)
    export_csv(source, tmp_path / "csv")
    source.close()
    for key, value in {
        "reminder_time": "20:00",
        "reminder_enabled": "1",
        "report_patient_name": "Maria",
        "treatment_area": "Knee",
    }.items():
        diary.settings.set(key, value)
    result = import_csv(diary, tmp_path / "csv", now=NOW, templates=TEMPLATES)
    assert diary.settings.get("reminder_time") == "20:00"  # the diary's own, kept
    assert diary.settings.get("avoid_after") == "42"  # not set here: filled in
    assert result.sentence() == (
        "Imported 1 setting. Your own settings were kept where the folder's differ: daily "
        "reminder (yours on, the folder's off); daily reminder time (yours 20:00, the "
        "folder's 08:30); name on the report (yours “Maria”, the folder's “M. Example”)."
    )


def test_the_same_injection_with_another_note_is_one_injection_named_as_differing(tmp_path, diary):
    """Same day and site, a note added on the other computer: it used to come in as a second
    injection that day (two day 0s, the series renumbered)."""
    folder = _exported(
        tmp_path,
        DiaryContent(
            injections=[
                (Injection(date(2026, 11, 1), "Knee", notes="Dr Lee, left knee"), [RULE]),
                (Injection(date(2026, 11, 15), "Knee"), [RULE]),  # a new one: added
            ]
        ),
    )
    insert_content(diary, DiaryContent(injections=[(Injection(date(2026, 11, 1), "knee"), [RULE])]))
    result = import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert [(i.date, i.notes) for i in diary.injections.list()] == [
        (date(2026, 11, 1), ""),  # the diary's own version stays
        (date(2026, 11, 15), ""),
    ]
    assert result.added["injections"] == 1
    sentence = result.sentence()
    assert "1 entry differs from your diary and was left as it is in your diary" in sentence
    assert "- injection 2026-11-01 (Knee)" in sentence


def test_a_medicine_written_in_other_letters_at_the_same_moment_is_named_not_added(tmp_path, diary):
    """The duplicate check compares the values stored: the same dose is skipped, and the
    same medicine at the same moment written in other letters is one entry that differs."""
    folder = _exported(
        tmp_path,
        DiaryContent(
            checkins=[CheckIn(date(2026, 11, 20), time(8, 0), 4, notes="ok", for_doctor=True)],
            medications=[
                MedicationDose(date(2026, 11, 20), time(9, 0), "paracetamol", "1 g"),
                MedicationDose(date(2026, 11, 20), time(9, 0), "Omeprazole", "20 mg"),
                MedicationDose(date(2026, 11, 21), time(9, 0), "Omeprazole", "20 mg"),
            ],
        ),
    )
    insert_content(
        diary,
        DiaryContent(
            checkins=[CheckIn(date(2026, 11, 20), time(8, 0), 4, notes="ok", for_doctor=True)],
            medications=[
                MedicationDose(date(2026, 11, 20), time(9, 0), "Paracetamol", "1 g"),
                MedicationDose(date(2026, 11, 20), time(9, 0), "Omeprazole", "20 mg"),
            ],
        ),
    )
    result = import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert +result.added == {"medicines": 1}
    assert +result.skipped == {"check-ins": 1, "medicines": 1}
    assert "medicine paracetamol 2026-11-20 09:00" in result.sentence()
    assert [m.name for m in diary.medications.list()].count("Omeprazole") == 2
