"""Settings through the service: typed, written only where they changed, and announced to
the views only when a view shows them."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from recovery_tracker.domain.reminders import ReminderSettings
from recovery_tracker.service.changes import SETTINGS
from recovery_tracker.service.diary_service import DiaryService
from tests.conftest import NOW


@pytest.fixture
def service(diary) -> DiaryService:
    return DiaryService(diary, clock=lambda: NOW)


def test_saved_settings_are_read_back_typed_from_the_diary_file(service):
    service.save_settings(
        replace(service.settings(), avoid_before=10, avoid_after=42, chart_range="30")
    )
    assert service.diary.settings.get("avoid_before") == "10"
    assert service.diary.settings.get("chart_range") == "30"
    settings = service.settings()
    assert (settings.avoid_before, settings.avoid_after, settings.chart_range) == (10, 42, "30")


def test_only_changed_settings_are_written(service):
    service.save_settings(replace(service.settings(), report_patient_name="Tom"))
    assert service.diary.settings.all() == {"report_patient_name": "Tom"}  # defaults stay out


def test_views_hear_of_settings_they_show_but_not_of_remembered_choices(service):
    heard: list[frozenset[str]] = []
    service.listeners.subscribe(heard.append)
    service.save_settings(replace(service.settings(), chart_range="all"))
    service.save_settings(replace(service.settings(), chart_range="all"))  # no change
    assert heard == []
    service.save_settings(replace(service.settings(), treatment_area="Lower back"))
    assert heard == [frozenset({SETTINGS})]
    assert service.leg_pain_applies()


def test_reminder_settings_are_the_typed_settings(service):
    service.save_reminder_settings(ReminderSettings(False, time(7, 15)))
    settings = service.settings()
    assert (settings.reminder_enabled, settings.reminder_time) == (False, time(7, 15))
    assert service.reminder_settings() == ReminderSettings(False, time(7, 15))


def test_the_first_start_is_offered_until_it_is_done(service):
    assert service.first_start_needed()
    service.save_settings(replace(service.settings(), first_start_done=True))
    assert not service.first_start_needed()
    assert service.diary.settings.get("first_start_done") == "1"
