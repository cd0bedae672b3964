"""The diary as the window sees it: a thin Qt adapter over the Qt-free ``DiaryService``.

Every call is forwarded to the service; the service's change events come back out as the
``changed`` signal. Views never poll: they follow ``changed`` (the qutebrowser pattern), so a
save in the Today panel updates History, Treatments, the advice and the chart at once. The
one thing polled is the file itself: another program (``recovery-tracker import csv``) may
write to the diary while the window is open, and the window must then show what is there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from recovery_tracker.domain.advice import AdviceRule, AdviceTemplate, Plan
from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.collection import sweep_kept_again
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import DailySummary
from recovery_tracker.domain.settings import DiarySettings
from recovery_tracker.domain.text import translate
from recovery_tracker.service.changes import (
    APPOINTMENTS,
    CHECKINS,
    DIARY_FILE,
    EVENTS,
    EVERYTHING,
    IMPRESSIONS,
    INJECTIONS,
    MEDICATIONS,
    SETTINGS,
)
from recovery_tracker.service.diary_service import (
    DiaryRead,
    DiaryService,
    PlannedOutcome,
)
from recovery_tracker.storage.backups import BackupInfo
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary

if TYPE_CHECKING:
    # Only named here: the Today form reads no appointments, events, medicine checks or
    # names, reminders or snapshot, so their modules load after the first paint.
    from recovery_tracker.domain.appointments import Appointment
    from recovery_tracker.domain.conflicts import MedicineCheck
    from recovery_tracker.domain.events import AdverseEvent
    from recovery_tracker.domain.medicine_list import MedicineList
    from recovery_tracker.domain.reminders import ReminderSettings
    from recovery_tracker.domain.snapshot import DiarySnapshot

    # Only named here: CSV code loads when a CSV is imported, not before the first paint.
    from recovery_tracker.exchange.csv_folder import ImportResult

    # Nor the background thread's code (socket, queue, thread pool: ~6 ms).
    from recovery_tracker.ui.background import BackgroundTask

__all__ = [
    "APPOINTMENTS",
    "CHECKINS",
    "DIARY_FILE",
    "EVENTS",
    "EVERYTHING",
    "IMPRESSIONS",
    "INJECTIONS",
    "MEDICATIONS",
    "SETTINGS",
    "LiveDiary",
]

OUTSIDE_CHANGES_POLL_MS = 1000  # how soon the window shows what another program wrote


class LiveDiary(QObject):
    changed = Signal(object)  # frozenset of the kinds that changed
    failed = Signal(str)  # a sentence, when an undo or redo could not be done
    # A StorageError met reading the diary where it cannot be raised (inside a call from Qt,
    # on the background thread): the window says it (MainWindow.tell_unreadable).
    unreadable = Signal(object)

    def __init__(
        self, diary: Diary, clock: Clock = system_clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = DiaryService(diary, clock)
        self.service.listeners.subscribe(self.changed.emit)
        # The lists read after an import or a restore are frozen out of the collector's
        # sweeps (service.read_apart): once this diary's window is gone they may be garbage.
        self.destroyed.connect(lambda *_: sweep_kept_again())
        self._outside_read: BackgroundTask | None = None  # another program's write, read apart
        # See when_written_apart(): calls, each with the object that must still exist.
        self._after_apart: list[tuple[QObject, Callable[[], None]]] = []
        self._poll = QTimer(self)
        self._poll.setInterval(OUTSIDE_CHANGES_POLL_MS)
        self._poll.timeout.connect(self.look_for_outside_changes)
        self._poll.start()

    # --- what the service holds (views never see storage itself) -----------------------------
    @property
    def path(self) -> Path:
        """The diary file (a new one after a restore)."""
        return self.service.path

    @property
    def data_dir(self) -> Path:
        return self.service.data_dir

    @property
    def clock(self) -> Clock:
        return self.service.clock

    @property
    def templates(self) -> list[AdviceTemplate]:
        return self.service.templates

    @property
    def template_problems(self) -> list[str]:
        return self.service.template_problems

    @property
    def medicines(self) -> MedicineList:
        return self.service.medicines

    def today(self) -> date:
        return self.service.today()

    # --- reads ---------------------------------------------------------------------------------
    def injections(self) -> list[Injection]:
        return self.service.injections()

    def checkins(self) -> list[CheckIn]:
        return self.service.checkins()

    def days(self) -> list[DailySummary]:
        return self.service.days()

    def first_checkin_date(self) -> date | None:
        return self.service.first_checkin_date()

    def checkins_on(self, day: date) -> list[CheckIn]:
        return self.service.checkins_on(day)

    def medications_on(self, day: date) -> list[MedicationDose]:
        return self.service.medications_on(day)

    def medicine_checks(self) -> list[MedicineCheck]:
        return self.service.medicine_checks()

    def plans(self) -> list[Plan]:
        return self.service.plans()

    def plans_around(self, day: date) -> list[Plan]:
        return self.service.plans_around(day)

    def medications(self) -> list[MedicationDose]:
        return self.service.medications()

    def snapshot(self) -> DiarySnapshot:
        return self.service.snapshot()

    def checkins_for_background(self) -> Callable[[], list[CheckIn]]:
        return self.service.checkins_for_background()

    def check_export_target(self, path: Path) -> None:
        self.service.check_export_target(path)

    def events(self) -> list[AdverseEvent]:
        return self.service.events()

    def leg_pain_applies(self) -> bool:
        return self.service.leg_pain_applies()

    def save_event(self, raw: Mapping[str, object]) -> AdverseEvent:
        return self.service.save_event(raw)

    def delete_event(self, event_id: int) -> None:
        self.service.delete_event(event_id)

    def read_everything(self, *, checkins: bool = True) -> dict[str, object]:
        """Every list the views read, for the background thread at start-up (see the
        service's read_everything)."""
        return self.service.read_everything(checkins=checkins)

    def adopt(self, lists: Mapping[str, object]) -> None:
        """Keep lists from read_everything() as if read here. Only call it when nothing was
        written since they were read (the caller follows ``changed``)."""
        self.service.adopt(lists)

    def impressions(self) -> list[Impression]:
        return self.service.impressions()

    def impression_due(self) -> bool:
        return self.service.impression_due()

    def appointments(self) -> list[Appointment]:
        return self.service.appointments()

    def recent_medicine_names(self) -> list[str]:
        return self.service.recent_medicine_names()

    def check_medicine(self, name: str, dose: str, day: date) -> MedicineCheck:
        return self.service.check_medicine(name, dose, day)

    def default_rules(self, kind: str) -> tuple[AdviceRule, ...]:
        return self.service.default_rules(kind)

    def reminder_settings(self) -> ReminderSettings:
        return self.service.reminder_settings()

    def first_start_needed(self) -> bool:
        return self.service.first_start_needed()

    def settings(self) -> DiarySettings:
        return self.service.settings()

    def count_checkins(self) -> int:
        return self.service.count_checkins()

    def rules_for(self, injection_id: int) -> list[AdviceRule]:
        return self.service.rules_for(injection_id)

    def list_backups(self) -> list[BackupInfo]:
        return self.service.list_backups()

    # --- writes --------------------------------------------------------------------------------
    def save_impression(self, score: object) -> Impression:
        return self.service.save_impression(score)

    def save_checkin(self, raw: Mapping[str, object]) -> CheckIn:
        return self.service.save_checkin(raw)

    def delete_checkin(self, checkin_id: int) -> None:
        self.service.delete_checkin(checkin_id)

    def save_injection(
        self, raw: Mapping[str, object], rules: Sequence[AdviceRule] | None = None
    ) -> Injection:
        return self.service.save_injection(raw, rules)

    def delete_injection(self, injection_id: int) -> None:
        self.service.delete_injection(injection_id)

    def planned_injections(self) -> list[Injection]:
        return self.service.planned_injections()

    def planned_to_confirm(self) -> list[Injection]:
        return self.service.planned_to_confirm()

    def mark_planned_asked(self, injection_id: int) -> None:
        self.service.mark_planned_asked(injection_id)

    def confirm_planned(
        self, injection_id: int, outcome: PlannedOutcome, new_day: date | None = None
    ) -> Injection | None:
        return self.service.confirm_planned(injection_id, outcome, new_day)

    def save_plan(self, injection_id: int, rules: Sequence[AdviceRule]) -> None:
        self.service.save_plan(injection_id, rules)

    def save_medication(self, raw: Mapping[str, object]) -> MedicationDose:
        return self.service.save_medication(raw)

    def delete_medication(self, dose_id: int) -> None:
        self.service.delete_medication(dose_id)

    def save_appointment(self, raw: Mapping[str, object]) -> Appointment:
        return self.service.save_appointment(raw)

    def delete_appointment(self, appointment_id: int) -> None:
        self.service.delete_appointment(appointment_id)

    def save_reminder_settings(self, reminder: ReminderSettings) -> None:
        self.service.save_reminder_settings(reminder)

    def save_settings(self, settings: DiarySettings) -> None:
        self.service.save_settings(settings)

    def daily_backup_if_due(self) -> None:
        self.service.daily_backup_if_due()

    def save_copy(self, path: Path) -> BackupInfo:
        return self.service.save_copy(path)

    def checkpoint(self) -> None:
        self.service.checkpoint()

    def export_csv(self, folder: Path) -> dict[str, int]:
        return self.service.export_csv(folder)

    def export_ics(self, path: Path) -> int:
        return self.service.export_ics(path)

    def unreadable_met(self, error: StorageError) -> None:
        """Tell ``unreadable`` on a later turn: the caller is in the middle of a call from Qt
        (a table's row count), where a notice must not be built."""
        QTimer.singleShot(0, self, lambda: self.unreadable.emit(error))

    def close(self) -> None:
        self.service.close()

    def restore_backup(self, backup: Path) -> None:
        self.service.restore_backup(backup)

    def prepare_restore(self, backup: Path) -> Path:
        return self.service.prepare_restore(backup)

    def put_restored(self, prepared: Path) -> None:
        self.service.put_restored(prepared)

    def read_apart(self) -> DiaryRead:
        return self.service.read_apart()

    @contextmanager
    def writing_apart(self) -> Iterator[None]:
        """See the service's; what waited for it (when_written_apart) comes on the next turn
        of the event loop, after the caller's reload."""
        try:
            with self.service.writing_apart():
                yield
        finally:
            waiting, self._after_apart = self._after_apart, []
            for owner, call in waiting:
                QTimer.singleShot(0, owner, call)  # not made if the owner went meanwhile

    def is_written_apart(self) -> bool:
        """An import or a restore is writing the whole diary on the background thread."""
        return self.service.is_written_apart()

    def when_written_apart(self, owner: QObject, call: Callable[[], None]) -> None:
        """``call`` once the diary is no longer written apart (at once if it is not), if
        ``owner`` (the view asking) still exists then."""
        if self.is_written_apart():
            self._after_apart.append((owner, call))
        else:
            call()

    def import_csv(self, folder: Path) -> ImportResult:
        return self.service.import_csv(folder)

    def export_csv_apart(self, folder: Path) -> dict[str, int]:
        return self.service.export_csv_apart(folder)

    def import_csv_apart(self, folder: Path) -> tuple[ImportResult, DiaryRead]:
        return self.service.import_csv_apart(folder)

    # --- undo, redo, and changes made elsewhere ------------------------------------------------
    def undo(self) -> None:
        self.run_undo_step(self.service.undo)

    def redo(self) -> None:
        self.run_undo_step(self.service.redo)

    def undo_text(self) -> str | None:
        return self.service.undo_text()

    def redo_text(self) -> str | None:
        return self.service.redo_text()

    def run_undo_step(
        self, step: Callable[[], object], kinds: set[str] | frozenset[str] = EVERYTHING
    ) -> None:
        """Run an undo or redo; a storage error becomes ``failed`` instead of escaping into
        Qt's event loop (the service has then read everything again)."""
        try:
            step()
        except StorageError as error:
            self.failed.emit(
                translate("Undo", "That could not be undone: {error}").format(error=error)
            )

    def reload(self, read: DiaryRead | None = None) -> None:
        """After a write that bypassed this object (an import): every view reads again (the
        lists in ``read``, if it was made after that write)."""
        self.service.reload(read)

    def notice_outside_changes(self) -> bool:
        """Show what another program wrote to the diary, at once (on window activation).
        While the poll's read of it runs, that read shows it."""
        if self._outside_read is not None:
            return False
        return self.service.notice_outside_changes()

    def look_for_outside_changes(self) -> None:
        """The poll, and the window's activation: what another program committed
        (`recovery-tracker import csv` in a terminal) is read on the background thread, and
        the views take those lists. Read here, years of entries held the window 100-300 ms
        (the patient clicking the window, back from the terminal, met that wait)."""
        if self._outside_read is not None:
            return  # one read at a time: the next poll looks again
        version = self.service.outside_commit()
        if version is None:
            return
        from recovery_tracker.ui.background import BackgroundTask  # see TYPE_CHECKING above

        task = BackgroundTask(self.service.read_apart, self)
        task.finished.connect(lambda read: self._take_outside_read(read, version))
        task.failed.connect(lambda _error: self._take_outside_read(None, version))
        self._outside_read = task
        task.start()

    def _take_outside_read(self, read: DiaryRead | None, version: int) -> None:
        if self._outside_read is not None:
            self._outside_read.deleteLater()
        self._outside_read = None
        self.service.reload(read, seen=version)  # without a read (it failed): read here
