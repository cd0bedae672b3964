"""The diary service without Qt: one undo history over every kind of change."""

from __future__ import annotations

from datetime import date, time

import pytest

from recovery_tracker.service.changes import CHECKINS, EVERYTHING, IMPRESSIONS, INJECTIONS
from recovery_tracker.service.diary_service import DiaryService
from recovery_tracker.storage.database import StorageError
from tests.conftest import NOW


@pytest.fixture
def service(diary) -> DiaryService:
    return DiaryService(diary, clock=lambda: NOW)


def _contents(service: DiaryService) -> tuple[object, ...]:
    """Everything in the file, read through the repositories (ids of plan rules aside:
    a replaced plan gets new row ids)."""
    diary = service.diary
    injections = diary.injections.list()
    rules = [
        [(r.title, r.start_day, r.end_day, r.avoid) for r in plan.rules]
        for plan in diary.advice.plans(injections)
    ]
    return (
        injections,
        rules,
        diary.checkins.list(),
        diary.medications.list(),
        diary.appointments.list(),
        [(i.date, i.score) for i in diary.impressions.list()],
    )


def test_every_kind_of_change_undoes_and_redoes_in_one_history(service):
    states = [_contents(service)]
    checkin = service.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    states.append(_contents(service))
    service.save_checkin({"id": checkin.id, "date": date(2026, 11, 21), "time": time(9), "pain": 3})
    states.append(_contents(service))
    injection = service.save_injection({"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP"})
    states.append(_contents(service))
    service.save_injection({"id": injection.id, "date": date(2026, 11, 11), "site": "Hip"})
    states.append(_contents(service))
    [plan] = service.plans()
    service.save_plan(injection.id, plan.rules[:1])
    states.append(_contents(service))
    dose = service.save_medication({"date": date(2026, 11, 20), "time": time(9), "name": "Tylenol"})
    states.append(_contents(service))
    service.save_medication(
        {"id": dose.id, "date": date(2026, 11, 20), "time": time(9), "name": "Advil"}
    )
    states.append(_contents(service))
    visit = service.save_appointment({"date": date(2026, 12, 2), "time": time(10)})
    states.append(_contents(service))
    service.save_appointment({"id": visit.id, "date": date(2026, 12, 3), "time": time(11)})
    states.append(_contents(service))
    service.save_impression(3)
    states.append(_contents(service))
    service.save_impression(2)  # the same day: replaces the first answer
    states.append(_contents(service))
    service.delete_appointment(visit.id)
    states.append(_contents(service))
    service.delete_medication(dose.id)
    states.append(_contents(service))
    service.delete_injection(injection.id)
    states.append(_contents(service))
    service.delete_checkin(checkin.id)
    states.append(_contents(service))
    assert len(set(map(repr, states))) == len(states)  # every step changed the file

    for expected in reversed(states[:-1]):
        assert service.undo()
        assert _contents(service) == expected
    assert not service.undo()
    for expected in states[1:]:
        assert service.redo()
        assert _contents(service) == expected
    assert not service.redo()


def test_menu_texts_name_the_step(service):
    assert service.undo_text() is None
    checkin = service.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    assert service.undo_text() == "Save check-in of 20 Nov 08:00"
    service.delete_checkin(checkin.id)
    assert service.undo_text() == "Delete check-in of 20 Nov 08:00"
    service.undo()
    assert service.redo_text() == "Delete check-in of 20 Nov 08:00"
    service.save_impression(4)  # a new change: the undone deletion cannot come back
    assert service.redo_text() is None
    assert service.undo_text() == "Weekly answer of 24 Nov 2026"


def test_listeners_hear_once_per_change_when_reads_are_already_up_to_date(service):
    heard: list[tuple[frozenset[str], int, str | None]] = []
    service.listeners.subscribe(
        lambda kinds: heard.append((kinds, len(service.days()), service.undo_text()))
    )
    service.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    service.save_injection({"date": date(2026, 11, 10), "site": "Knee"})
    service.save_impression(3)
    service.undo()
    assert heard == [
        (frozenset({CHECKINS}), 1, "Save check-in of 20 Nov 08:00"),
        (frozenset({INJECTIONS}), 1, "Record injection of 10 Nov 2026"),
        (frozenset({IMPRESSIONS}), 1, "Weekly answer of 24 Nov 2026"),
        (frozenset({IMPRESSIONS}), 1, "Record injection of 10 Nov 2026"),
    ]


def test_an_import_starts_the_history_afresh(service, tmp_path):
    service.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "checkins.csv").write_text("date,time,pain\n2026-11-21,08:00,4\n", encoding="utf-8")
    heard: list[frozenset[str]] = []
    service.listeners.subscribe(heard.append)
    service.import_csv(folder)
    assert heard == [EVERYTHING]
    assert service.undo_text() is None
    assert [c.pain for c in service.checkins()] == [6, 4]


def test_a_failed_undo_leaves_the_diary_as_it_was_and_empties_the_history(service):
    saved = service.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    service.save_checkin({"date": date(2026, 11, 21), "time": time(8), "pain": 5})
    service.delete_checkin(saved.id)
    service.diary.checkins.restore(saved)  # the id is taken again behind the service's back
    with pytest.raises(StorageError):
        service.undo()
    assert service.undo_text() is None
    assert service.checkins() == service.diary.checkins.list()
    assert len(service.checkins()) == 2
