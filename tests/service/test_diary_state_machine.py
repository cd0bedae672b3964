"""Whatever the patient does, in any order, the window's data layer tells the truth.

A Hypothesis state machine saves, edits and deletes every kind of entry, changes plans,
undoes, redoes, imports CSV and lets another program write at random, and after every
step compares what the window's data layer (LiveDiary and the service behind it) reports
with a fresh read of the file through a new connection (issue 12 §3).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from recovery_tracker.domain.models import CheckIn, InjectionStatus
from recovery_tracker.domain.validation import ValidationError
from recovery_tracker.service.diary_service import PlannedOutcome
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.live_diary import LiveDiary

NOW = datetime(2026, 11, 24, 18, 5)
FIRST_DAY = date(2026, 11, 1)
days = st.integers(min_value=0, max_value=20).map(lambda n: FIRST_DAY + timedelta(days=n))
hours = st.integers(min_value=6, max_value=22).map(lambda h: time(h, 0))
scores = st.integers(min_value=0, max_value=10)
# Days a patient books an injection for: from today (NOW) to three weeks ahead.
booked_days = st.integers(min_value=0, max_value=20).map(lambda n: NOW.date() + timedelta(days=n))

# Two folders a patient might import: one overlaps with what the machine saves by hand.
CSV_FOLDERS = {
    "checkins": {
        "checkins.csv": "date,time,pain,soreness\n2026-11-03,08:00,5,2\n2026-11-04,09:00,4,\n",
    },
    "treatment": {
        "injections.csv": "date,site,kind\n2026-11-02,Lower back,PRP\n",
        "medications.csv": "date,time,name\n2026-11-05,10:00,Ibuprofen\n",
    },
}
EXAMPLES = 300
STEPS = 50


def _one_a_day(save, *args) -> None:  # type: ignore[no-untyped-def]
    """Two injections on one day are refused before anything is written: the file is as it
    was, which the invariant checks like any other step."""
    with contextlib.suppress(ValidationError):
        save(*args)


class DiaryMachine(RuleBasedStateMachine):
    runs = 0  # examples run, for the report

    def __init__(self) -> None:
        super().__init__()
        DiaryMachine.runs += 1
        # In memory where there is such a folder: thousands of fsyncs cost time, not truth.
        memory = Path("/dev/shm")
        self.folder = Path(
            tempfile.mkdtemp(prefix="rt-machine-", dir=memory if memory.is_dir() else None)
        )
        self.data_dir = self.folder / "data"
        self.live = LiveDiary(Diary.open(self.data_dir), clock=lambda: NOW)
        # A second connection of its own: each query reads what is committed in the file now.
        self.in_file = Diary.open(self.data_dir)
        for name, files in CSV_FOLDERS.items():
            (self.folder / name).mkdir()
            for file_name, text in files.items():
                (self.folder / name / file_name).write_text(text, encoding="utf-8")

    def teardown(self) -> None:
        self.live.close()
        self.in_file.close()
        self.live.deleteLater()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _ids(self, kind: str) -> list[int]:
        return [entry.id for entry in getattr(self.in_file, kind).list()]

    # --- check-ins (where the days on the chart come from) ---------------------------------
    @rule(day=days, at=hours, pain=scores)
    def save_checkin(self, day: date, at: time, pain: int) -> None:
        self.live.save_checkin({"date": day, "time": at, "pain": pain})

    @precondition(lambda self: self.in_file.checkins.count())
    @rule(data=st.data(), day=days, at=hours, pain=scores)
    def edit_checkin(self, data: st.DataObject, day: date, at: time, pain: int) -> None:
        checkin_id = data.draw(st.sampled_from(self._ids("checkins")))
        self.live.save_checkin({"id": checkin_id, "date": day, "time": at, "pain": pain})

    @precondition(lambda self: self.in_file.checkins.count())
    @rule(data=st.data())
    def delete_checkin(self, data: st.DataObject) -> None:
        self.live.delete_checkin(data.draw(st.sampled_from(self._ids("checkins"))))

    # --- everything else a patient changes, as one rule so check-ins keep their share -------
    @rule(data=st.data(), day=days)
    def change_treatment(self, data: st.DataObject, day: date) -> None:
        live = self.live
        injections = self._ids("injections")
        medications = self._ids("medications")
        plans = [plan for plan in live.plans() if plan.rules]
        appointments = self._ids("appointments")
        events = self._ids("events")
        choices = ["injection", "medication", "appointment", "impression", "event"]
        choices += ["edit event", "delete event"] if events else []
        choices += ["plan injection"]
        choices += ["edit injection", "delete injection"] if injections else []
        choices += ["confirm planned"] if live.planned_injections() else []
        choices += ["edit medication", "delete medication"] if medications else []
        choices += ["edit appointment", "delete appointment"] if appointments else []
        choices += ["shorten plan"] if plans else []
        choice = data.draw(st.sampled_from(choices))
        if choice == "injection":
            kind = data.draw(st.sampled_from(["PRP", "Corticosteroid"]))
            _one_a_day(live.save_injection, {"date": day, "site": "Knee", "kind": kind})
        elif choice == "plan injection":
            booked = {"date": data.draw(booked_days), "site": "Knee", "status": "planned"}
            _one_a_day(live.save_injection, booked)
        elif choice == "confirm planned":
            injection = data.draw(st.sampled_from(live.planned_injections()))
            outcome = data.draw(st.sampled_from(list(PlannedOutcome)))
            _one_a_day(live.confirm_planned, injection.id, outcome, data.draw(booked_days))
        elif choice == "edit injection":
            injection_id = data.draw(st.sampled_from(injections))
            _one_a_day(live.save_injection, {"id": injection_id, "date": day, "site": "Lower back"})
        elif choice == "delete injection":
            live.delete_injection(data.draw(st.sampled_from(injections)))
        elif choice == "shorten plan":
            plan = data.draw(st.sampled_from(plans))
            live.save_plan(plan.injection.id, plan.rules[:-1])
        elif choice == "medication":
            name = data.draw(st.sampled_from(["Ibuprofen", "Tylenol"]))
            live.save_medication({"date": day, "time": time(9), "name": name})
        elif choice == "edit medication":
            dose_id = data.draw(st.sampled_from(medications))
            live.save_medication({"id": dose_id, "date": day, "time": time(20), "name": "Advil"})
        elif choice == "delete medication":
            live.delete_medication(data.draw(st.sampled_from(medications)))
        elif choice == "appointment":
            live.save_appointment({"date": day, "time": time(10), "clinician": "Dr. Lee"})
        elif choice == "edit appointment":
            visit_id = data.draw(st.sampled_from(appointments))
            live.save_appointment({"id": visit_id, "date": day, "time": time(11)})
        elif choice == "delete appointment":
            live.delete_appointment(data.draw(st.sampled_from(appointments)))
        elif choice == "event":
            live.save_event({"date": day, "kind": "fever", "severity": "mild"})
        elif choice == "edit event":
            event_id = data.draw(st.sampled_from(events))
            live.save_event({"id": event_id, "date": day, "kind": "swelling", "severity": "severe"})
        elif choice == "delete event":
            live.delete_event(data.draw(st.sampled_from(events)))
        else:
            live.save_impression(data.draw(st.integers(min_value=1, max_value=7)))

    # --- undo, redo, import -------------------------------------------------------------------
    @rule()
    def undo(self) -> None:
        self.live.undo()

    @rule()
    def redo(self) -> None:
        self.live.redo()

    @rule(name=st.sampled_from(sorted(CSV_FOLDERS)))
    def import_csv_in_window(self, name: str) -> None:
        # As File > Import diary from CSV does it.
        self.live.import_csv(self.folder / name)

    @rule(day=days, pain=scores)
    def another_program_saves(self, day: date, pain: int) -> None:
        # e.g. `recovery-tracker import csv` while the window is open; the window's poll
        # (every second, and on activation) is what this calls.
        self.in_file.checkins.add(CheckIn(date=day, time=time(7), pain=pain))
        self.live.notice_outside_changes()

    # --- the truth ----------------------------------------------------------------------------
    @invariant()
    def window_reports_what_the_file_holds(self) -> None:
        fresh = self.in_file
        every_injection = fresh.injections.list()
        injections = [i for i in every_injection if i.status is InjectionStatus.DONE]
        planned = [i for i in every_injection if i.status is InjectionStatus.PLANNED]
        checkins = fresh.checkins.list()
        days = fresh.checkins.daily_summaries()
        plans = fresh.advice.plans(every_injection)  # planned ones' windows count too
        medications = fresh.medications.list()
        impressions = fresh.impressions.list()
        appointments = fresh.appointments.list()
        events = fresh.events.list()
        live = self.live
        assert live.checkins() == checkins
        assert live.days() == days
        assert live.injections() == injections
        assert live.planned_injections() == planned
        assert live.plans() == plans
        assert live.medications() == medications
        assert live.impressions() == impressions
        assert live.appointments() == appointments
        assert live.events() == events
        snapshot = live.snapshot()
        assert snapshot.injections == injections
        assert snapshot.planned == planned
        assert list(snapshot.checkins) == checkins
        assert snapshot.days == days
        assert snapshot.plans == plans
        assert snapshot.medications == medications
        assert snapshot.impressions == impressions
        assert snapshot.appointments == appointments
        assert list(snapshot.events) == events
        assert len(live.medicine_checks()) == len(medications)


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_the_window_never_reports_a_diary_other_than_the_file(qapp) -> None:
    run_state_machine_as_test(
        DiaryMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            database=None,
        ),
    )
    print(f"state machine: {DiaryMachine.runs} examples of up to {STEPS} steps")
