"""The diary as the window sees it: each write goes through here and announces itself.

Views never poll: they follow ``changed`` (the qutebrowser pattern), so a save in the Today
panel updates History, Treatments, the advice and the chart at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from recovery_tracker.domain.advice import AdviceRule, AdviceTemplate, Plan, default_template_for
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.conflicts import MedicineCheck, check_medicine
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.reminders import ReminderSettings
from recovery_tracker.domain.snapshot import DiarySnapshot
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


class _Deletion(QUndoCommand):
    """A deletion already done; undo puts the entry back with its old id, redo deletes again.

    A storage error during undo or redo is reported in ``failed`` instead of escaping into
    Qt's event loop, and the diary stays as it was.
    """

    def __init__(self, text: str, delete, restore, diary: LiveDiary) -> None:  # type: ignore[no-untyped-def]
        super().__init__(text)
        self._delete, self._restore, self._diary = delete, restore, diary
        self._done = True  # push() calls redo() at once; the deletion already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._diary.run_undo_step(self._delete)

    def undo(self) -> None:
        self._diary.run_undo_step(self._restore)


class LiveDiary(QObject):
    changed = Signal()
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
        return self._cached("checkins", self.diary.checkins.list)  # type: ignore[no-any-return]

    def plans(self) -> list[Plan]:
        return self._cached("plans", lambda: self.diary.advice.plans(self.injections()))  # type: ignore[no-any-return]

    def medications(self) -> list[MedicationDose]:
        return self._cached("medications", self.diary.medications.list)  # type: ignore[no-any-return]

    def snapshot(self) -> DiarySnapshot:
        return self._cached(  # type: ignore[no-any-return]
            "snapshot",
            lambda: DiarySnapshot(
                self.injections(),
                self.checkins(),
                self.plans(),
                self.medications(),
                self.appointments(),
                self.medicines,
            ),
        )

    def appointments(self) -> list[Appointment]:
        return self._cached("appointments", self.diary.appointments.list)  # type: ignore[no-any-return]

    # --- check-ins -----------------------------------------------------------------------
    def save_checkin(self, raw: Mapping[str, object]) -> CheckIn:
        """Validate and store (add, or update when ``raw`` has an id). Raises on bad input."""
        checkin = validate_checkin(raw, now=self.clock())
        repository = self.diary.checkins
        saved = repository.update(checkin) if checkin.id else repository.add(checkin)
        self._after_write()
        return saved

    def delete_checkin(self, checkin_id: int) -> None:
        checkin = self.diary.checkins.get(checkin_id)
        self._undoable_delete(
            f"Delete check-in of {checkin.date:%d %b} {checkin.time:%H:%M}",
            lambda: self.diary.checkins.delete(checkin_id),
            lambda: self.diary.checkins.restore(checkin),
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
        self._after_write()
        return saved

    def default_rules(self, kind: str) -> tuple[AdviceRule, ...]:
        template = default_template_for(kind, self.templates)
        return template.rules if template else ()

    def delete_injection(self, injection_id: int) -> None:
        injection = self.diary.injections.get(injection_id)
        rules = self.diary.advice.rules_for(injection_id)  # deleted with it; back with it
        self._undoable_delete(
            f"Delete injection of {injection.date:%d %b %Y}",
            lambda: self.diary.injections.delete(injection_id),
            lambda: self.diary.advice.restore_injection_with_plan(injection, rules),
        )

    def save_plan(self, injection_id: int, rules: Sequence[AdviceRule]) -> None:
        self.diary.advice.replace_rules(injection_id, rules)
        self._after_write()

    # --- medicines -------------------------------------------------------------------------
    def check_medicine(self, name: str, dose: str, day: date) -> MedicineCheck:
        return check_medicine(name, dose, day, self.plans(), self.medicines)

    def save_medication(self, raw: Mapping[str, object]) -> MedicationDose:
        dose = validate_medication(raw, now=self.clock())
        repository = self.diary.medications
        saved = repository.update(dose) if dose.id else repository.add(dose)
        self._after_write()
        return saved

    def delete_medication(self, dose_id: int) -> None:
        dose = next(d for d in self.medications() if d.id == dose_id)
        self._undoable_delete(
            f"Delete {dose.name} of {dose.date:%d %b}",
            lambda: self.diary.medications.delete(dose_id),
            lambda: self.diary.medications.restore(dose),
        )

    def recent_medicine_names(self) -> list[str]:
        return self.diary.medications.recent_names()

    # --- appointments ----------------------------------------------------------------------
    def save_appointment(self, raw: Mapping[str, object]) -> Appointment:
        appointment = validate_appointment(raw)
        repository = self.diary.appointments
        saved = repository.update(appointment) if appointment.id else repository.add(appointment)
        self._after_write()
        return saved

    def delete_appointment(self, appointment_id: int) -> None:
        appointment = next(a for a in self.appointments() if a.id == appointment_id)
        self._undoable_delete(
            f"Delete appointment of {appointment.starts_at:%d %b}",
            lambda: self.diary.appointments.delete(appointment_id),
            lambda: self.diary.appointments.restore(appointment),
        )

    # --- undo --------------------------------------------------------------------------------
    def _undoable_delete(
        self, text: str, delete: Callable[[], None], restore: Callable[[], None]
    ) -> None:
        """Delete now (errors reach the caller), then let Edit > Undo bring it back."""
        delete()
        self._after_write()
        self.undo_stack.push(_Deletion(text, delete, restore, self))

    # --- reminder settings -----------------------------------------------------------------
    def reminder_settings(self) -> ReminderSettings:
        settings = self.diary.settings
        enabled = settings.get("reminder_enabled", "1") == "1"
        try:
            at = time.fromisoformat(settings.get("reminder_time", "20:00") or "20:00")
        except ValueError:
            at = time(20, 0)
        return ReminderSettings(enabled, at)

    def save_reminder_settings(self, reminder: ReminderSettings) -> None:
        self.diary.settings.set("reminder_enabled", "1" if reminder.enabled else "0")
        self.diary.settings.set("reminder_time", reminder.at.strftime("%H:%M"))
        self.changed.emit()

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

    def run_undo_step(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (StorageError, sqlite3.Error) as error:
            self.failed.emit(f"That could not be undone: {error}")
        self._after_write()

    def reload(self) -> None:
        """After a write that bypassed this object (an import): every view reads again."""
        self._after_write()

    def _after_write(self) -> None:
        self._cache.clear()
        self.changed.emit()
