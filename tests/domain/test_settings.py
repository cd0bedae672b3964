"""The diary's settings: one typed object, its keys and their stored text declared once."""

from datetime import datetime, time

from recovery_tracker.domain.settings import MOVING_SETTINGS, PLAN_SETTINGS, DiarySettings


def test_settings_come_back_from_their_stored_text_as_they_went_in():
    settings = DiarySettings(
        treatment_area="Lower back",
        plan_template="PRP (platelet-rich plasma)",
        avoid_before=10,
        avoid_after=42,
        first_start_done=True,
        reminder_enabled=False,
        reminder_time=time(19, 30),
        report_patient_name="Tom Runner",
        chart_range="custom:2026-10-01:2026-11-01",
        told_about_background=True,
        reminders_shown=("log:2026-11-20", "appointment:3"),
        last_seen=datetime(2026, 11, 20, 21, 5),
    )
    assert DiarySettings.from_text(settings.as_text()) == settings


def test_the_stored_text_is_what_older_versions_wrote():
    text = DiarySettings(
        avoid_before=7, reminder_time=time(8, 0), first_start_done=True, reminders_shown=("a",)
    ).as_text()
    assert text["avoid_before"] == "7"
    assert text["reminder_time"] == "08:00"
    assert text["first_start_done"] == "1"
    assert text["reminders_shown"] == '["a"]'
    assert "treatment_area" not in text  # no value: nothing stored


def test_a_missing_or_unreadable_setting_is_its_default():
    settings = DiarySettings.from_text(
        {
            "avoid_before": "ten",
            "reminder_time": "25:99",
            "reminders_shown": "{not json",
            "last_seen": "yesterday",
            "an_old_key": "ignored",
        }
    )
    assert settings == DiarySettings()
    assert settings.reminder_enabled and settings.reminder_time == time(20, 0)


def test_every_key_the_csv_exchange_moves_is_a_declared_setting():
    declared = set(DiarySettings().as_text()) | set(DiarySettings.__dataclass_fields__)
    assert set(MOVING_SETTINGS) <= declared and set(PLAN_SETTINGS) <= set(MOVING_SETTINGS)


def test_a_stored_text_is_valid_only_as_the_app_itself_would_store_it():
    from recovery_tracker.domain.settings import is_valid_text

    assert is_valid_text("avoid_before", "10") and not is_valid_text("avoid_before", "3651")
    assert is_valid_text("reminder_enabled", "0") and not is_valid_text("reminder_enabled", "yes")
    assert is_valid_text("reminder_time", "07:30") and not is_valid_text("reminder_time", "7:30")
    assert is_valid_text("report_patient_name", "Tom") and not is_valid_text(
        "report_patient_name", "x" * 201
    )
    # every value the app writes passes
    written = DiarySettings(avoid_before=3650, reminder_time=time(23, 59)).as_text()
    assert all(is_valid_text(key, text) for key, text in written.items())
