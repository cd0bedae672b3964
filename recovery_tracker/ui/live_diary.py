"""The diary as the window sees it: each write goes through here and announces itself.

Views never poll: they follow ``changed`` (the qutebrowser pattern), so a save in the Today
panel updates History, Treatments, the advice and the chart at once.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Sequence as SequenceABC
from dataclasses import replace
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from recovery_tracker.domain.advice import AdviceRule, AdviceTemplate, Plan, default_template_for
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.conflicts import MedicineCheck, check_medicine, check_medicines
from recovery_tracker.domain.impression import Impression, impression_due, validate_score
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import DailySummary
from recovery_tracker.domain.reminders import ReminderSettings
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.text import DateStyle, format_date, translate
from recovery_tracker.domain.validation import (
    validate_appointment,
    validate_checkin,
    validate_injection,
    validate_medication,
)
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates, medicine_list

FIRST_START_DONE = "first_start_done"  # set by the first-start assistant, finished or skipped

# What a write changed; views refresh only for the kinds they show.
CHECKINS, INJECTIONS, MEDICATIONS, APPOINTMENTS, SETTINGS, IMPRESSIONS = (
    "checkins",
    "injections",
    "medications",
    "appointments",
    "settings",
    "impressions",
)
EVERYTHING = frozenset((CHECKINS, INJECTIONS, MEDICATIONS, APPOINTMENTS, SETTINGS, IMPRESSIONS))
# Cached reads that go stale when a kind changes (plans belong to injections).
_STALE = {
    CHECKINS: ("snapshot",),
    INJECTIONS: ("injections", "plans", "checks", "snapshot"),
    MEDICATIONS: ("medications", "checks", "snapshot"),
    APPOINTMENTS: ("appointments", "snapshot"),
    SETTINGS: (),
    IMPRESSIONS: ("impressions", "snapshot"),
}


class _Deletion(QUndoCommand):
    """A deletion already done; undo puts the entry back with its old id, redo deletes again.

    A storage error during undo or redo is reported in ``failed`` instead of escaping into
    Qt's event loop, and the diary stays as it was.
    """

    def __init__(self, text: str, delete, restore, kinds: set[str], diary: LiveDiary) -> None:  # type: ignore[no-untyped-def]
        super().__init__(text)
        self._delete, self._restore, self._diary = delete, restore, diary
        self._kinds = kinds
        self._done = True  # push() calls redo() at once; the deletion already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._diary.run_undo_step(self._delete, self._kinds)

    def undo(self) -> None:
        self._diary.run_undo_step(self._restore, self._kinds)


class _LazyCheckins(SequenceABC[CheckIn]):
    """The check-ins for a snapshot, read only if something asks (the report does; the charts,
    which use daily summaries, do not)."""

    def __init__(self, diary: LiveDiary) -> None:
        self._diary = diary
        self._items: list[CheckIn] | None = None

    def _all(self) -> list[CheckIn]:
        if self._items is None:
            self._items = list(self._diary.checkins())
        return self._items

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())


def _moment(checkin: CheckIn) -> tuple[date, time, int]:
    return checkin.date, checkin.time, checkin.id or 0


class LiveDiary(QObject):
    changed = Signal(object)  # frozenset of the kinds that changed
    failed = Signal(str)  # a sentence, when an undo or redo could not be done

    def __init__(self, diary: Diary, clock: Clock = system_clock, parent: QObject | None = None):
        super().__init__(parent)
        self.diary = diary
        self.clock = clock
        loaded = load_templates(diary.data_dir)
        self.templates: list[AdviceTemplate] = loaded.templates
        self.template_problems: list[str] = loaded.problems
        self.medicines = medicine_list()
        self._cache: dict[str, object] = {}
        # Deletions can be undone until the app closes (Edit > Undo, Ctrl+Z).
        self.undo_stack = QUndoStack(self)

    def today(self) -> date:
        return self.clock().date()

    # Reads are cached until the next write: several views read the same lists per change.
    def _cached(self, key: str, load):  # type: ignore[no-untyped-def]
        if key not in self._cache:
            self._cache[key] = load()
        return self._cache[key]

    def injections(self) -> list[Injection]:
        return self._cached("injections", self.diary.injections.list)  # type: ignore[no-any-return]

    def checkins(self) -> list[CheckIn]:
        """All check-ins in time order. Kept up to date in place on each save, so a save never
        reads years of entries back from the file."""
        return self._cached("checkins", self.diary.checkins.list)  # type: ignore[no-any-return]

    def days(self) -> list[DailySummary]:
        """Daily summaries for the charts: from SQLite at first, then kept up to date one day
        at a time as check-ins are saved or deleted."""
        return self._cached("days", self.diary.checkins.daily_summaries)  # type: ignore[no-any-return]

    def _refresh_day(self, day: date) -> None:
        days: list[DailySummary] | None = self._cache.get("days")  # type: ignore[assignment]
        if days is None:
            return
        index = bisect.bisect_left(days, day, key=lambda d: d.date)
        if index < len(days) and days[index].date == day:
            del days[index]
        fresh = self.diary.checkins.daily_summaries(day, day)
        if fresh:
            days.insert(index, fresh[0])

    def checkins_on(self, day: date) -> list[CheckIn]:
        """One day's check-ins, without reading the whole diary when it is not loaded yet."""
        cached = self._cache.get("checkins")
        if cached is not None:
            return [c for c in cached if c.date == day]  # type: ignore[attr-defined]
        return self.diary.checkins.list(start=day, end=day)

    def medications_on(self, day: date) -> list[MedicationDose]:
        """One day's medicines, without reading them all when they are not loaded yet."""
        cached = self._cache.get("medications")
        if cached is not None:
            return [d for d in cached if d.date == day]  # type: ignore[attr-defined]
        return self.diary.medications.list(start=day, end=day)

    def _put_checkin(self, checkin: CheckIn) -> None:
        cached = self._cache.get("checkins")
        if cached is None:
            return
        entries: list[CheckIn] = cached  # type: ignore[assignment]
        for index, entry in enumerate(entries):
            if entry.id == checkin.id:
                del entries[index]
                break
        bisect.insort(entries, checkin, key=_moment)

    def _drop_checkin(self, checkin_id: int) -> None:
        cached = self._cache.get("checkins")
        if cached is not None:
            cached[:] = [c for c in cached if c.id != checkin_id]  # type: ignore[index]

    def medicine_checks(self) -> list[MedicineCheck]:
        """One check per medication, in the same order; kept until medicines or plans change."""
        return self._cached(  # type: ignore[no-any-return]
            "checks", lambda: check_medicines(self.medications(), self.plans(), self.medicines)
        )

    def plans(self) -> list[Plan]:
        return self._cached("plans", lambda: self.diary.advice.plans(self.injections()))  # type: ignore[no-any-return]

    def medications(self) -> list[MedicationDose]:
        return self._cached("medications", self.diary.medications.list)  # type: ignore[no-any-return]

    def snapshot(self) -> DiarySnapshot:
        return self._cached(  # type: ignore[no-any-return]
            "snapshot",
            lambda: DiarySnapshot(
                self.injections(),
                _LazyCheckins(self),
                self.plans(),
                self.medications(),
                self.appointments(),
                self.medicines,
                self.medicine_checks(),
                self.days(),
                self.impressions(),
            ),
        )

    def read_everything(self) -> dict[str, object]:
        """Every list the views read, straight from the file, for the cache. Used on the
        background thread at start-up (the connection allows it), so the window's thread
        does not spend a tenth of a second per ten years reading; touches no cache."""
        diary = self.diary
        injections = diary.injections.list()
        plans = diary.advice.plans(injections)
        medications = diary.medications.list()
        return {
            "injections": injections,
            "plans": plans,
            "medications": medications,
            "checks": check_medicines(medications, plans, self.medicines),
            "days": diary.checkins.daily_summaries(),
            "checkins": diary.checkins.list(),
            "appointments": diary.appointments.list(),
            "impressions": diary.impressions.list(),
        }

    def adopt(self, lists: Mapping[str, object]) -> None:
        """Keep lists from read_everything() as if read here. Only call it when nothing was
        written since they were read (the caller follows ``changed``)."""
        for key, value in lists.items():
            self._cache.setdefault(key, value)

    def impressions(self) -> list[Impression]:
        return self._cached("impressions", self.diary.impressions.list)  # type: ignore[no-any-return]

    def impression_due(self) -> bool:
        return impression_due(self.today(), self.impressions(), bool(self.injections()))

    def save_impression(self, score: object) -> Impression:
        saved = self.diary.impressions.save(Impression(self.today(), validate_score(score)))
        self._after_write({IMPRESSIONS})
        return saved

    def appointments(self) -> list[Appointment]:
        return self._cached("appointments", self.diary.appointments.list)  # type: ignore[no-any-return]

    # --- check-ins -----------------------------------------------------------------------
    def save_checkin(self, raw: Mapping[str, object]) -> CheckIn:
        """Validate and store (add, or update when ``raw`` has an id). Raises on bad input."""
        checkin = validate_checkin(raw, now=self.clock())
        repository = self.diary.checkins
        before = (
            next((c for c in self.checkins() if c.id == checkin.id), None) if checkin.id else None
        )
        saved = repository.update(checkin) if checkin.id else repository.add(checkin)
        self._put_checkin(saved)
        for day in {saved.date, before.date if before else saved.date}:
            self._refresh_day(day)
        self._after_write({CHECKINS})
        return saved

    def delete_checkin(self, checkin_id: int) -> None:
        checkin = self.diary.checkins.get(checkin_id)
        self._undoable_delete(
            translate("Undo", "Delete check-in of {day} {time}").format(
                day=format_date(checkin.date, DateStyle.SHORT_NO_YEAR), time=f"{checkin.time:%H:%M}"
            ),
            lambda: (
                self.diary.checkins.delete(checkin_id),
                self._drop_checkin(checkin_id),
                self._refresh_day(checkin.date),
            ),
            lambda: (
                self.diary.checkins.restore(checkin),
                self._put_checkin(checkin),
                self._refresh_day(checkin.date),
            ),
            {CHECKINS},
        )

    # --- injections and their plans -----------------------------------------------------
    def save_injection(
        self, raw: Mapping[str, object], rules: Sequence[AdviceRule] | None = None
    ) -> Injection:
        """A new injection gets ``rules``, or else its kind's default template."""
        injection = validate_injection(raw, today=self.today())
        if injection.id:
            saved = self.diary.injections.update(injection)
        else:
            plan = self.default_rules(injection.kind) if rules is None else rules
            saved = self.diary.advice.add_injection_with_plan(injection, plan)
        self._after_write({INJECTIONS})
        return saved

    def default_rules(self, kind: str) -> tuple[AdviceRule, ...]:
        """The kind's template, or the plan chosen in the first-start assistant for it, with
        the days the doctor gave for avoiding medicines."""
        settings = self.diary.settings
        template = default_template_for(kind, self.templates)
        chosen = settings.get("plan_template")
        if chosen and template is not None and template.name == chosen:
            before, after = settings.get("avoid_before"), settings.get("avoid_after")
            if before and after and before.isdigit() and after.isdigit():
                return tuple(
                    replace(rule, start_day=-int(before), end_day=int(after))
                    if rule.avoid
                    else rule
                    for rule in template.rules
                )
        return template.rules if template else ()

    def delete_injection(self, injection_id: int) -> None:
        injection = self.diary.injections.get(injection_id)
        rules = self.diary.advice.rules_for(injection_id)  # deleted with it; back with it
        self._undoable_delete(
            translate("Undo", "Delete injection of {day}").format(
                day=format_date(injection.date, DateStyle.SHORT)
            ),
            lambda: self.diary.injections.delete(injection_id),
            lambda: self.diary.advice.restore_injection_with_plan(injection, rules),
            {INJECTIONS},
        )

    def save_plan(self, injection_id: int, rules: Sequence[AdviceRule]) -> None:
        self.diary.advice.replace_rules(injection_id, rules)
        self._after_write({INJECTIONS})

    # --- medicines -------------------------------------------------------------------------
    def check_medicine(self, name: str, dose: str, day: date) -> MedicineCheck:
        return check_medicine(name, dose, day, self.plans(), self.medicines)

    def save_medication(self, raw: Mapping[str, object]) -> MedicationDose:
        dose = validate_medication(raw, now=self.clock())
        repository = self.diary.medications
        saved = repository.update(dose) if dose.id else repository.add(dose)
        self._after_write({MEDICATIONS})
        return saved

    def delete_medication(self, dose_id: int) -> None:
        dose = next(d for d in self.medications() if d.id == dose_id)
        self._undoable_delete(
            translate("Undo", "Delete {medicine} of {day}").format(
                medicine=dose.name, day=format_date(dose.date, DateStyle.SHORT_NO_YEAR)
            ),
            lambda: self.diary.medications.delete(dose_id),
            lambda: self.diary.medications.restore(dose),
            {MEDICATIONS},
        )

    def recent_medicine_names(self) -> list[str]:
        return self.diary.medications.recent_names()

    # --- appointments ----------------------------------------------------------------------
    def save_appointment(self, raw: Mapping[str, object]) -> Appointment:
        appointment = validate_appointment(raw)
        repository = self.diary.appointments
        saved = repository.update(appointment) if appointment.id else repository.add(appointment)
        self._after_write({APPOINTMENTS})
        return saved

    def delete_appointment(self, appointment_id: int) -> None:
        appointment = next(a for a in self.appointments() if a.id == appointment_id)
        self._undoable_delete(
            translate("Undo", "Delete appointment of {day}").format(
                day=format_date(appointment.starts_at.date(), DateStyle.SHORT_NO_YEAR)
            ),
            lambda: self.diary.appointments.delete(appointment_id),
            lambda: self.diary.appointments.restore(appointment),
            {APPOINTMENTS},
        )

    # --- undo --------------------------------------------------------------------------------
    def _undoable_delete(
        self,
        text: str,
        delete: Callable[[], object],
        restore: Callable[[], object],
        kinds: set[str],
    ) -> None:
        """Delete now (errors reach the caller), then let Edit > Undo bring it back."""
        delete()
        self._after_write(kinds)
        self.undo_stack.push(_Deletion(text, delete, restore, kinds, self))

    # --- reminder settings -----------------------------------------------------------------
    def reminder_settings(self) -> ReminderSettings:
        settings = self.diary.settings
        enabled = settings.get("reminder_enabled", "1") == "1"
        try:
            at = time.fromisoformat(settings.get("reminder_time", "20:00") or "20:00")
        except ValueError:
            at = time(20, 0)
        return ReminderSettings(enabled, at)

    def first_start_needed(self) -> bool:
        """A diary never set up and still empty: worth offering the first-start assistant."""
        return (
            self.diary.settings.get(FIRST_START_DONE) is None
            and not self.injections()
            and self.diary.checkins.count() == 0
        )

    def save_reminder_settings(self, reminder: ReminderSettings) -> None:
        self.diary.settings.set("reminder_enabled", "1" if reminder.enabled else "0")
        self.diary.settings.set("reminder_time", reminder.at.strftime("%H:%M"))
        self._after_write({SETTINGS})

    def restore_backup(self, backup: Path) -> None:
        """Put a backup in place of the diary (the current file is kept aside) and reopen."""
        data_dir = self.diary.data_dir
        now = self.clock()
        self.diary.backup_now(now, "before-restore")
        self.diary.close()
        try:
            backups.restore(data_dir, backup, now)
        finally:
            self.diary = Diary.open(data_dir, now=self.clock)
        self._after_write()

    def run_undo_step(self, step: Callable[[], object], kinds: set[str]) -> None:
        try:
            step()
        except (StorageError, sqlite3.Error) as error:
            self.failed.emit(
                translate("Undo", "That could not be undone: {error}").format(error=error)
            )
            kinds = set(EVERYTHING)  # read everything again: the lists may be off now
            self._cache.pop("checkins", None)
            self._cache.pop("days", None)
        self._after_write(kinds)

    def reload(self) -> None:
        """After a write that bypassed this object (an import): every view reads again."""
        self._after_write()

    def _after_write(self, kinds: set[str] | frozenset[str] = EVERYTHING) -> None:
        for kind in kinds:
            for key in _STALE[kind]:
                self._cache.pop(key, None)
        if kinds == EVERYTHING:
            self._cache.clear()
        self.changed.emit(frozenset(kinds))
