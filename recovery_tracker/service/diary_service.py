"""Every use case of the diary, the way the window (and anything else) runs it.

Each write validates, stores, goes on the one undo history, updates the cached reads and
tells the listeners which kinds of entry changed. Nothing here knows of Qt or SQL.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import date, time
from enum import StrEnum
from functools import partial, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Generic, ParamSpec, Protocol, TypeVar

from recovery_tracker.domain.advice import (
    COMING_UP_DAYS,
    AdviceRule,
    AdviceTemplate,
    Plan,
    default_template_for,
    plan_for_new_injection,
)
from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.collection import collection_paused, paused_then_kept
from recovery_tracker.domain.impression import Impression, impression_due, validate_score
from recovery_tracker.domain.leg_pain import leg_pain_applies
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection, InjectionStatus
from recovery_tracker.domain.recovery import DailySummary
from recovery_tracker.domain.settings import REMEMBERED_ONLY, DiarySettings
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.validation import (
    refuse_same_day,
    validate_appointment,
    validate_checkin,
    validate_injection,
    validate_medication,
)
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
    ChangeListeners,
)
from recovery_tracker.service.history import History, Step
from recovery_tracker.service.reads import CachedReads, LazyCheckins
from recovery_tracker.storage import backups
from recovery_tracker.storage.backups import BackupInfo
from recovery_tracker.storage.database import DamagedDatabaseError, StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.files import refuse_diary_target
from recovery_tracker.storage.resources import load_templates, medicine_list

if TYPE_CHECKING:
    # Imported where used: the window's first paint need not wait for CSV and calendar code.
    # Nor for the modules (and their dataclasses, ~0.8 ms each to make) of what the Today form
    # never reads: appointments, events, medicine checks and names, reminders and the
    # whole-diary snapshot the chart and the report read.
    from recovery_tracker.domain.appointments import Appointment
    from recovery_tracker.domain.conflicts import MedicineCheck
    from recovery_tracker.domain.events import AdverseEvent
    from recovery_tracker.domain.medicine_list import MedicineList
    from recovery_tracker.domain.reminders import ReminderSettings
    from recovery_tracker.domain.snapshot import DiarySnapshot
    from recovery_tracker.exchange.csv_folder import CsvFolder, ImportResult

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")
_FileIdentity = tuple[int, int] | None  # (device, inode) of the diary file; None if missing

FILE_REPLACED = QT_TRANSLATE_NOOP(
    "Service",
    "Your diary file was moved or replaced by another program while this window was open, "
    "so this was not saved. The window now shows the diary as it is; please save again.",
)
FILE_GONE = QT_TRANSLATE_NOOP(
    "Service",
    "Your diary file was moved away by another program while this window was open, so this "
    "was not saved. Close Recovery Tracker and start it again.",
)


class DiaryRead:
    """The lists of read_everything(), read on a background thread, and how many changes of
    entries had been told when the read began (reload() takes the lists only if no change of
    an entry came since: a setting the window saved meanwhile is not in them).

    A plain class (as _EntryKind): a @dataclass's generated methods take ~0.8 ms to make,
    before the window's first paint, and nothing compares or prints a read."""

    __slots__ = ("lists", "told")

    def __init__(self, lists: Mapping[str, object], told: int) -> None:
        self.lists = lists
        self.told = told


def _announced_once(method: Callable[P, R]) -> Callable[P, R]:
    """Listeners hear of a use case's changes once, when it is over: then the cached reads
    and the undo history already say what the diary holds."""

    @wraps(method)
    def announcing(*args: P.args, **kwargs: P.kwargs) -> R:
        service = args[0]
        assert isinstance(service, DiaryService)
        if service._unannounced is not None:  # inside another use case: it announces
            return method(*args, **kwargs)
        service._unannounced = set()
        try:
            return method(*args, **kwargs)
        finally:
            kinds, service._unannounced = service._unannounced, None
            if kinds:
                service.listeners.notify(kinds)

    return announcing


class DiaryService:
    def __init__(self, diary: Diary, clock: Clock = system_clock) -> None:
        self.diary = diary
        self.clock = clock
        loaded = load_templates(diary.data_dir)
        self.templates: list[AdviceTemplate] = loaded.templates
        self.template_problems: list[str] = loaded.problems
        self.listeners = ChangeListeners()
        # Every change made here can be undone until the app closes (Edit > Undo, Ctrl+Z).
        self.history = History()
        self._reads = CachedReads()
        self._unannounced: set[str] | None = None  # changes not yet told, while a use case runs
        self._apart = 0  # whole-diary writes running on a background thread (writing_apart)
        self._opened_file, self._seen_version = self._file_identity(), diary.database.data_version()

    @property
    def medicines(self) -> MedicineList:
        """The shipped medicine names, read (once) when first needed: not before the first
        paint, which never needs them (a few ms of CSV parsing at every start)."""
        return medicine_list()

    def today(self) -> date:
        return self.clock().date()

    # --- reads (cached until a write changes them) -------------------------------------------
    def injections(self) -> list[Injection]:
        """The injections given: the sessions. A planned one joins them only once the patient
        says it happened, so no view can number, chart or count a booking (issue 16)."""
        if self._reads.injections is None:
            self._reads.injections = [i for i in self._all_injections() if not i.planned]
        return self._reads.injections

    def planned_injections(self) -> list[Injection]:
        """Injections booked ahead, in date order (their plans are in ``plans()``)."""
        if self._reads.planned is None:
            self._reads.planned = [i for i in self._all_injections() if i.planned]
        return self._reads.planned

    def _all_injections(self) -> list[Injection]:
        if self._reads.all_injections is None:
            self._reads.all_injections = self.diary.injections.list()
        return self._reads.all_injections

    def checkins(self) -> list[CheckIn]:
        """All check-ins in time order."""
        if self._reads.checkins is None:
            self._reads.checkins = self.diary.checkins.list()
        return self._reads.checkins

    def first_checkin_date(self) -> date | None:
        """The first day logged, without reading every day when they are not read yet."""
        if self._reads.days is not None:
            return self._reads.days[0].date if self._reads.days else None
        return self.diary.checkins.first_date()

    def days(self) -> list[DailySummary]:
        """Daily summaries for the charts, worked out by SQLite."""
        if self._reads.days is None:
            self._reads.days = self.diary.checkins.daily_summaries()
        return self._reads.days

    def checkins_on(self, day: date) -> list[CheckIn]:
        """One day's check-ins, without reading the whole diary when it is not loaded yet."""
        if self._reads.checkins is not None:
            return [c for c in self._reads.checkins if c.date == day]
        return self.diary.checkins.list(start=day, end=day)

    def medications_on(self, day: date) -> list[MedicationDose]:
        """One day's medicines, without reading them all when they are not loaded yet."""
        if self._reads.medications is not None:
            return [d for d in self._reads.medications if d.date == day]
        return self.diary.medications.list(start=day, end=day)

    def plans(self) -> list[Plan]:
        """Every injection's plan, planned ones too: their windows count from the booked day."""
        if self._reads.plans is None:
            self._reads.plans = self.diary.advice.plans(self._all_injections())
        return self._reads.plans

    def plans_around(self, day: date) -> list[Plan]:
        """The plans as far as Today's advice on ``day`` needs them (advice_around): all of
        them once read, else only the rules it can name. Before the first paint, the 720
        rules of 30 years took 6 ms to read; about ten of them matter on a given day."""
        if self._reads.plans is not None:
            return self._reads.plans
        return self.diary.advice.plans_around(self._all_injections(), day, COMING_UP_DAYS)

    def medications(self) -> list[MedicationDose]:
        if self._reads.medications is None:
            self._reads.medications = self.diary.medications.list()
        return self._reads.medications

    def medicine_checks(self) -> list[MedicineCheck]:
        """One check per medication, in the same order."""
        from recovery_tracker.domain.conflicts import check_medicines  # not before first paint

        if self._reads.checks is None:
            self._reads.checks = check_medicines(self.medications(), self.plans(), self.medicines)
        return self._reads.checks

    def appointments(self) -> list[Appointment]:
        if self._reads.appointments is None:
            self._reads.appointments = self.diary.appointments.list()
        return self._reads.appointments

    def events(self) -> list[AdverseEvent]:
        if self._reads.events is None:
            self._reads.events = self.diary.events.list()
        return self._reads.events

    def read_everything(self, *, checkins: bool = True) -> dict[str, object]:
        """Every list the views read, straight from the file, on a connection of its own: made
        for a background thread at start-up, which must not share the window's connection (a
        read in the middle of the window's transaction would see a save that may yet be rolled
        back). Touches no cache: adopt() takes the lists if nothing was written meanwhile.
        Without ``checkins`` those are left out (the first chart needs only the daily
        summaries: years of CheckIns are read after it).

        Pages the window's connection has not checked yet (it opened the file with
        ``check_later``) are checked here, off the window's thread, and what was found is
        told to that connection: DamagedDatabaseError if they are damaged."""
        database = self.diary.database
        checked = database.pages_checked
        try:
            own = Diary.open(self.diary.data_dir, now=self.clock, checked=checked)
            if not checked:
                database.pages_checked_elsewhere()
            try:
                return own.read_lists(self.medicines, checkins=checkins)
            finally:
                own.close(checkpoint=False)  # read only: no "outside change" for the window
        except DamagedDatabaseError as damage:  # its pages, or a value no version writes
            database.found_damaged(damage)
            raise

    def checkins_for_background(self) -> Callable[[], list[CheckIn]]:
        """Every check-in, for a background thread to fetch (the report): the list held
        here, copied now (the window may change it meanwhile), or else a read on a
        connection of the thread's own, so that 30 years of them (0.1-0.2 s) are not read
        on the window's thread."""
        if self._reads.checkins is not None:
            held = list(self._reads.checkins)
            return lambda: held
        data_dir, clock, database = self.diary.data_dir, self.clock, self.diary.database

        def read() -> list[CheckIn]:
            try:
                # The pages checked by the first chart's read (read_everything) are not again.
                own = Diary.open(data_dir, now=clock, checked=database.pages_checked)
                try:
                    return own.checkins.list()
                finally:
                    own.close(checkpoint=False)  # a reader: not news for the window's poll
            except DamagedDatabaseError as damage:
                database.found_damaged(damage)
                raise

        return read

    def check_export_target(self, path: Path) -> None:
        """Raise StorageError (a sentence) if writing ``path`` could destroy the diary: said
        before an export is made in the background, not once it is done."""
        refuse_diary_target(path)

    def adopt(self, lists: Mapping[str, object]) -> None:
        """Keep lists from read_everything() as if read here (where nothing is read yet)."""
        # Its "injections" are all of them, bookings too; the sessions are only those done
        # (kept as such, the first chart numbered a booking as an injection).
        lists = {("all_injections" if k == "injections" else k): v for k, v in lists.items()}
        for name, value in lists.items():
            if getattr(self._reads, name) is None:
                setattr(self._reads, name, value)

    def leg_pain_applies(self) -> bool:
        """Offer the leg-pain score: the treated area is the spine."""
        # A booked spine injection counts: its baseline week needs leg pain too.
        return leg_pain_applies(self._all_injections(), self.settings().treatment_area)

    def impressions(self) -> list[Impression]:
        if self._reads.impressions is None:
            self._reads.impressions = self.diary.impressions.list()
        return self._reads.impressions

    def snapshot(self) -> DiarySnapshot:
        from recovery_tracker.domain.snapshot import DiarySnapshot  # not before first paint

        if self._reads.snapshot is None:
            self._reads.snapshot = DiarySnapshot(
                self.injections(),
                LazyCheckins(self.checkins),
                self.plans(),
                self.medications(),
                self.appointments(),
                self.medicines,
                self.medicine_checks(),
                self.days(),
                self.impressions(),
                events=self.events(),
                planned=self.planned_injections(),
            )
        return self._reads.snapshot

    def impression_due(self) -> bool:
        first = min((injection.date for injection in self.injections()), default=None)
        return impression_due(self.today(), self.impressions(), first)

    def recent_medicine_names(self) -> list[str]:
        return self.diary.medications.recent_names()

    def check_medicine(self, name: str, dose: str, day: date) -> MedicineCheck:
        from recovery_tracker.domain.conflicts import check_medicine  # not before first paint

        return check_medicine(name, dose, day, self.plans(), self.medicines)

    # --- check-ins -------------------------------------------------------------------------
    @_announced_once
    def save_checkin(self, raw: Mapping[str, object]) -> CheckIn:
        """Validate and store (add, or update when ``raw`` has an id). Raises on bad input."""
        checkin = validate_checkin(raw, now=self.clock())
        self._refuse_if_file_replaced()
        repository = self.diary.checkins
        if checkin.id:
            before = repository.get(checkin.id)
            saved = repository.update(checkin)
            text = translate("Undo", "Edit check-in of {day} {time}")
        else:
            before, saved = None, repository.add(checkin)
            text = translate("Undo", "Save check-in of {day} {time}")
        self._checkin_changed(before, saved)
        self._record(_checkin_text(text, saved), self._put_checkin, before, saved)
        return saved

    @_announced_once
    def delete_checkin(self, checkin_id: int) -> None:
        self._refuse_if_file_replaced()
        checkin = self.diary.checkins.get(checkin_id)
        self.diary.checkins.delete(checkin_id)
        self._checkin_changed(checkin, None)
        text = _checkin_text(translate("Undo", "Delete check-in of {day} {time}"), checkin)
        self._record(text, self._put_checkin, checkin, None)

    def _put_checkin(self, old: CheckIn | None, new: CheckIn | None) -> None:
        """Make the diary hold ``new`` where it held ``old`` (an undo or redo step)."""
        self._refuse_if_file_replaced()
        _put(self.diary.checkins, old, new)
        self._checkin_changed(old, new)

    def _checkin_changed(self, old: CheckIn | None, new: CheckIn | None) -> None:
        summaries = self.diary.checkins.daily_summaries
        self._reads.replace_checkin(old, new, lambda day: summaries(day, day))
        self._announce({CHECKINS})

    # --- injections and their plans -------------------------------------------------------
    @_announced_once
    def save_injection(
        self, raw: Mapping[str, object], rules: Sequence[AdviceRule] | None = None
    ) -> Injection:
        """A new injection gets ``rules``, or else its kind's default template."""
        edited = _optional_id(raw)
        before = self.diary.injections.get(edited) if edited else None
        # A booking whose day passed may still be edited (its notes, say) without moving it.
        earliest = min(before.date, self.today()) if before and before.planned else None
        injection = validate_injection(raw, today=self.today(), earliest_planned=earliest)
        if before is not None and injection.date != before.date:
            injection = validate_injection(raw, today=self.today())  # a new day: not past
        refuse_same_day(injection, self._all_injections())
        self._refuse_if_file_replaced()
        if before is not None:
            saved = self.diary.injections.update(injection)
            self._changed({INJECTIONS})
            text = translate("Undo", "Edit injection of {day}")
            self._record(_day_text(text, saved.date), self._put_injection, before, saved)
            return saved
        plan = self.default_rules(injection.kind) if rules is None else rules
        saved = self.diary.advice.add_injection_with_plan(injection, plan)
        with_plan = (saved, tuple(self.diary.advice.rules_for(saved.id or 0)))
        self._changed({INJECTIONS})
        text = translate("Undo", "Record injection of {day}")
        self._record(_day_text(text, saved.date), self._put_injection_with_plan, None, with_plan)
        return saved

    def default_rules(self, kind: str) -> tuple[AdviceRule, ...]:
        """The kind's template, or the plan chosen in the first-start assistant for it, with
        the days the doctor gave for avoiding medicines (the rule a CSV import follows too)."""
        template = default_template_for(kind, self.templates)
        return plan_for_new_injection(template, self.settings())

    @_announced_once
    def delete_injection(self, injection_id: int) -> None:
        self._refuse_if_file_replaced()
        injection = self.diary.injections.get(injection_id)
        with_plan = (injection, tuple(self.diary.advice.rules_for(injection_id)))
        self.diary.injections.delete(injection_id)  # its plan goes with it, and comes back
        self._changed({INJECTIONS})
        text = _day_text(translate("Undo", "Delete injection of {day}"), injection.date)
        self._record(text, self._put_injection_with_plan, with_plan, None)

    # --- planned injections: did it happen? -------------------------------------------------
    def planned_to_confirm(self) -> list[Injection]:
        """Planned injections whose day has passed and that were not asked about yet."""
        asked = self._asked_about()
        return [
            i
            for i in self.planned_injections()
            if i.date < self.today() and _asked_key(i) not in asked
        ]

    def mark_planned_asked(self, injection_id: int) -> None:
        """The question about this booking was put: it is not put again (a moved booking,
        with its new day, is asked about when that day has passed)."""
        injection = self.diary.injections.get(injection_id)
        asked = self._asked_about() | {_asked_key(injection)}
        self.diary.settings.set(PLANNED_ASKED, " ".join(sorted(asked)))

    def _asked_about(self) -> set[str]:
        return set((self.diary.settings.get(PLANNED_ASKED) or "").split())

    @_announced_once
    def confirm_planned(
        self, injection_id: int, outcome: PlannedOutcome, new_day: date | None = None
    ) -> Injection | None:
        """The patient's answer: it happened (day 0 is its booked day), it moved to
        ``new_day`` (its windows move with it) or it was cancelled (it and its plan go).
        Each is one step on the undo history."""
        injection = self.diary.injections.get(injection_id)
        raw = _injection_fields(injection)
        if outcome is PlannedOutcome.CANCELLED:
            self.delete_injection(injection_id)
            return None
        if outcome is PlannedOutcome.HAPPENED:
            raw["status"] = InjectionStatus.DONE.value
            raw["date"] = min(injection.date, self.today())
        else:
            raw["date"] = new_day
        return self.save_injection(raw)

    @_announced_once
    def save_plan(self, injection_id: int, rules: Sequence[AdviceRule]) -> None:
        self._refuse_if_file_replaced()
        injection = self.diary.injections.get(injection_id)
        before = tuple(self.diary.advice.rules_for(injection_id))
        self.diary.advice.replace_rules(injection_id, rules)
        self._changed({INJECTIONS})
        text = _day_text(
            translate("Undo", "Change the plan of the injection of {day}"), injection.date
        )
        after = tuple(rules)
        self.history.record(
            Step(
                text,
                lambda: self._put_plan(injection_id, before),
                lambda: self._put_plan(injection_id, after),
            )
        )

    def _put_injection(self, _old: Injection | None, new: Injection | None) -> None:
        assert new is not None  # edits only; additions and deletions carry their plan
        self._refuse_if_file_replaced()
        self.diary.injections.update(new)
        self._changed({INJECTIONS})

    def _put_injection_with_plan(
        self,
        old: tuple[Injection, tuple[AdviceRule, ...]] | None,
        new: tuple[Injection, tuple[AdviceRule, ...]] | None,
    ) -> None:
        self._refuse_if_file_replaced()
        if new is None:
            assert old is not None and old[0].id is not None
            self.diary.injections.delete(old[0].id)
        else:
            self.diary.advice.restore_injection_with_plan(*new)
        self._changed({INJECTIONS})

    def _put_plan(self, injection_id: int, rules: Sequence[AdviceRule]) -> None:
        self._refuse_if_file_replaced()
        self.diary.advice.replace_rules(injection_id, rules)
        self._changed({INJECTIONS})

    # --- medicines, appointments and events: saved, deleted and undone alike -----------------
    @_announced_once
    def save_medication(self, raw: Mapping[str, object]) -> MedicationDose:
        return self._save_entry(_MEDICATIONS, validate_medication(raw, now=self.clock()))

    @_announced_once
    def delete_medication(self, dose_id: int) -> None:
        self._delete_entry(_MEDICATIONS, dose_id)

    @_announced_once
    def save_appointment(self, raw: Mapping[str, object]) -> Appointment:
        return self._save_entry(_APPOINTMENTS, validate_appointment(raw))

    @_announced_once
    def delete_appointment(self, appointment_id: int) -> None:
        self._delete_entry(_APPOINTMENTS, appointment_id)

    @_announced_once
    def save_event(self, raw: Mapping[str, object]) -> AdverseEvent:
        from recovery_tracker.domain.events import validate_event  # not before first paint

        return self._save_entry(_EVENTS, validate_event(raw, now=self.clock()))

    @_announced_once
    def delete_event(self, event_id: int) -> None:
        self._delete_entry(_EVENTS, event_id)

    def _save_entry(self, kind: _EntryKind[E], entry: E) -> E:
        """Add ``entry``, or change it when it has an id; one step on the undo history."""
        self._refuse_if_file_replaced()
        repository = kind.repository(self.diary)
        before = self._stored(kind, entry.id) if entry.id else None
        saved = repository.update(entry) if entry.id else repository.add(entry)
        self._changed({kind.change})
        text = translate("Undo", kind.edit_text if before else kind.save_text)
        self._record(kind.describe(text, saved), partial(self._put_entry, kind), before, saved)
        return saved

    def _delete_entry(self, kind: _EntryKind[E], entry_id: int) -> None:
        self._refuse_if_file_replaced()
        entry = self._stored(kind, entry_id)
        kind.repository(self.diary).delete(entry_id)
        self._changed({kind.change})
        text = kind.describe(translate("Undo", kind.delete_text), entry)
        self._record(text, partial(self._put_entry, kind), entry, None)

    def _stored(self, kind: _EntryKind[E], entry_id: int) -> E:
        """The entry as the file holds it (not as the cache does: another program may write)."""
        entries = kind.repository(self.diary).list()
        return _exists(next((e for e in entries if e.id == entry_id), None))

    def _put_entry(self, kind: _EntryKind[E], old: E | None, new: E | None) -> None:
        """Make the diary hold ``new`` where it held ``old`` (an undo or redo step)."""
        self._refuse_if_file_replaced()
        _put(kind.repository(self.diary), old, new)
        self._changed({kind.change})

    # --- weekly impressions ----------------------------------------------------------------
    @_announced_once
    def save_impression(self, score: object) -> Impression:
        impression = Impression(self.today(), validate_score(score))
        self._refuse_if_file_replaced()
        before = next((i for i in self.diary.impressions.list() if i.date == impression.date), None)
        saved = self.diary.impressions.save(impression)
        self._changed({IMPRESSIONS})
        text = _day_text(translate("Undo", "Weekly answer of {day}"), saved.date)
        self._record(text, self._put_impression, before, saved)
        return saved

    def _put_impression(self, old: Impression | None, new: Impression | None) -> None:
        self._refuse_if_file_replaced()
        if new is None:
            assert old is not None
            self.diary.impressions.delete(old.date)
        else:
            self.diary.impressions.save(new)
        self._changed({IMPRESSIONS})

    # --- settings (not entries: they are not on the undo history) ----------------------------
    def settings(self) -> DiarySettings:
        return DiarySettings.from_text(self.diary.settings.all())

    @_announced_once
    def save_settings(self, settings: DiarySettings) -> None:
        """Store the settings that differ from the diary's, in one transaction. Views hear of
        it unless only remembered choices changed (the chart's range, the report's name)."""
        before = self.settings()
        stored, text = before.as_text(), settings.as_text()
        changed = {key: value for key, value in text.items() if stored.get(key) != value}
        if not changed:
            return
        shown = set(changed) - REMEMBERED_ONLY
        if shown:
            self._refuse_if_file_replaced()
        self.diary.settings.set_many(changed)
        if shown:
            self._changed({SETTINGS})

    def reminder_settings(self) -> ReminderSettings:
        from recovery_tracker.domain.reminders import ReminderSettings  # not before first paint

        settings = self.settings()
        return ReminderSettings(settings.reminder_enabled, settings.reminder_time)

    def save_reminder_settings(self, reminder: ReminderSettings) -> None:
        at = time(reminder.at.hour, reminder.at.minute)
        self.save_settings(
            replace(self.settings(), reminder_enabled=reminder.enabled, reminder_time=at)
        )

    def first_start_needed(self) -> bool:
        """A diary never set up and still empty: worth offering the first-start assistant."""
        return (
            not self.settings().first_start_done
            and not self._all_injections()  # a booked one means it is in use
            and self.count_checkins() == 0
        )

    # --- the diary file: where it is, backups, copies and exports ------------------------------
    @property
    def path(self) -> Path:
        """The diary file (shown to the patient, who may want to find it)."""
        return self.diary.path

    @property
    def data_dir(self) -> Path:
        return self.diary.data_dir

    def count_checkins(self) -> int:
        """One SQL count, not every row."""
        return self.diary.checkins.count()

    def rules_for(self, injection_id: int) -> list[AdviceRule]:
        """The plan of one injection, as it is stored (the advice editor edits it)."""
        return self.diary.advice.rules_for(injection_id)

    def list_backups(self) -> list[BackupInfo]:
        """Every sound backup, newest first."""
        return backups.list_backups(self.diary.data_dir)

    def daily_backup_if_due(self) -> None:
        self.diary.daily_backup_if_due(self.clock())

    def save_copy(self, path: Path) -> BackupInfo:
        """A whole, private copy of the diary at ``path`` (File > Save a copy)."""
        return backups.save_copy(self.diary.database, self.diary.data_dir, path)

    def checkpoint(self) -> None:
        """Bring the diary file up to date with its WAL; tried again later when it cannot."""
        with suppress(StorageError):
            self.diary.checkpoint()

    def export_csv(self, folder: Path) -> dict[str, int]:
        """The whole diary as CSV files in ``folder``; the number of rows per file."""
        from recovery_tracker.exchange.csv_folder import export_csv

        return export_csv(self.diary, folder)

    def export_csv_apart(self, folder: Path) -> dict[str, int]:
        """As export_csv, for a background thread: on a connection of its own, which the
        window's timers (reminders, checkpoints) never write through meanwhile."""
        from recovery_tracker.exchange.csv_folder import export_csv

        # The pages the window's connection found sound are not read again (35 ms at 30 years).
        own = Diary.open(self.data_dir, now=self.clock, checked=self.diary.database.pages_checked)
        try:
            with collection_paused():  # see domain/collection.py
                return export_csv(own, folder)
        finally:
            own.close(checkpoint=False)  # a reader: not news for the window's poll

    def import_csv_apart(self, folder: Path) -> tuple[ImportResult, DiaryRead]:
        """As import_csv, for a background thread: on a connection of its own, and the diary
        read again there, so the window's thread only takes the lists: reload(read)."""
        from recovery_tracker.exchange.csv_folder import import_csv as import_csv_folder

        own = Diary.open(self.data_dir, now=self.clock)
        try:
            result = import_csv_folder(own, folder, now=self.clock(), templates=self.templates)
        finally:
            own.close()
        return result, self.read_apart()

    def read_apart(self) -> DiaryRead:
        """Every list the views read, for a background thread (see read_everything). They
        are kept out of the collector's sweeps (see domain/collection.py): whoever owns this
        service sweeps them again when it goes (LiveDiary does, with its window)."""
        told = self.listeners.entry_changes  # before reading: a change told later makes them old
        with paused_then_kept():
            return DiaryRead(self.read_everything(), told)

    @contextmanager
    def writing_apart(self) -> Iterator[None]:
        """While a background thread writes the whole diary (an import, a restore), the
        window's own look for other programs' writes waits: it would read everything on the
        window's thread, in the middle, only for the diary to be read again at the end."""
        self._apart += 1
        try:
            yield
        finally:
            self._apart -= 1

    def is_written_apart(self) -> bool:
        """Inside writing_apart(): a background thread is writing the whole diary."""
        return self._apart > 0

    def export_ics(self, path: Path) -> int:
        """Appointments and advice windows as a calendar file; the number of events."""
        from recovery_tracker.exchange.ics import export_ics

        return export_ics(self.diary, path, self.clock())

    def close(self) -> None:
        self.diary.close()

    # --- undo and redo ---------------------------------------------------------------------
    @_announced_once
    def undo(self) -> bool:
        """Undo the newest change; False if there is none. A StorageError means it could not
        be done: the diary is as it was, the history is emptied and every view reads again."""
        return self._step(self.history.undo)

    @_announced_once
    def redo(self) -> bool:
        return self._step(self.history.redo)

    def undo_text(self) -> str | None:
        return self.history.undo_text()

    def redo_text(self) -> str | None:
        return self.history.redo_text()

    def _step(self, step: Callable[[], bool]) -> bool:
        try:
            return step()
        except StorageError:
            self.reload()
            raise

    def _record(
        self,
        text: str,
        put: Callable[[T | None, T | None], None],
        before: T | None,
        after: T | None,
    ) -> None:
        self.history.record(Step(text, lambda: put(after, before), lambda: put(before, after)))

    # --- the whole diary: import, restore, and writes by other programs -----------------------
    @_announced_once
    def import_csv(self, folder: Path | CsvFolder) -> ImportResult:
        """All or nothing from a folder of CSV files (File > Import diary from CSV), or from
        one already read (the command line reads it before it creates a diary)."""
        from recovery_tracker.exchange.csv_folder import CsvFolder, add_to_diary
        from recovery_tracker.exchange.csv_folder import import_csv as import_csv_folder

        self._refuse_if_file_replaced()
        now = self.clock()
        if isinstance(folder, CsvFolder):
            result = add_to_diary(self.diary, folder, self.templates, now=now)
        else:
            result = import_csv_folder(self.diary, folder, now=now, templates=self.templates)
        self.reload()
        return result

    @_announced_once
    def restore_backup(self, backup: Path) -> None:
        """Put a backup in place of the diary (the current file is kept aside) and reopen."""
        self.put_restored(self.prepare_restore(backup))
        self.reload()

    # The window restores in three steps, so that it never waits long and never reads a
    # closed diary: prepare_restore() on the background thread (the slow part: the
    # "before-restore" backup and a copy of the backup), put_restored() on the window's
    # thread (close, rename, reopen: a few milliseconds), then read_apart() on the background
    # thread and reload(read) on the window's.
    def prepare_restore(self, backup: Path) -> Path:
        return backups.prepare_restore(self.diary.data_dir, backup, self.clock())

    def put_restored(self, prepared: Path) -> None:
        """The copy made by prepare_restore() becomes the diary. Views keep what they show
        until reload() tells them."""
        data_dir, now = self.diary.data_dir, self.clock()
        self.diary.close()
        restored = False
        try:
            backups.finish_restore(data_dir, prepared, now)
            restored = True
        finally:
            # The restored file was checked by prepare_restore(), on the background thread.
            self.diary = Diary.open(data_dir, now=self.clock, checked=restored)
            self._opened_file = self._file_identity()
            self._reads.forget_everything()

    @_announced_once
    def reload(self, read: DiaryRead | None = None, seen: int | None = None) -> None:
        """After a change of the whole diary (an import, a restore, another program's write):
        every view reads again, and undo does not reach back across it. With ``read`` (made
        by read_apart() after that change), the views find its lists, unless a change was
        told since it began. ``seen``: the other programs' commits it holds (from
        outside_commit(), taken before the read: one made during it is looked at again)."""
        self.history.clear()
        self._reads.forget_everything()
        if read is not None and read.told == self.listeners.entry_changes:
            self.adopt(read.lists)
        if seen is not None:
            self._seen_version = seen
        else:
            with suppress(StorageError):  # closed or unreadable: the next read says so
                self._seen_version = self.diary.database.data_version()
        self._announce(EVERYTHING)

    def outside_commit(self) -> int | None:
        """For the window's poll, which reads what another program wrote on a background
        thread (read_apart(), then reload(read, seen)): the data version of a commit not
        shown yet, or None. A replaced file is reopened and read here, as
        notice_outside_changes() does (a restore from the command line: rare)."""
        if self._apart:
            return None  # the whole diary is being written apart: reload() follows it
        try:
            if self._file_replaced():
                self.notice_outside_changes()
                return None
            version = self.diary.database.data_version()
        except StorageError:
            return None  # closed, or unreadable right now: the next look tries again
        return None if version == self._seen_version else version

    @_announced_once
    def notice_outside_changes(self) -> bool:
        """Reload if another program committed to the diary since we last looked, or if the
        file was replaced (e.g. a restore from the command line). True if it did.

        Cheap enough to call every second: one PRAGMA and one stat().
        """
        if self._apart:
            return False  # the whole diary is being written apart: reload() follows it
        try:
            if self._file_replaced():
                if self._file_identity() is None:
                    return False  # moved away and nothing in its place yet: writes refuse
                self._reopen()
                self._announce({DIARY_FILE})
                return True
            if self.diary.database.data_version() == self._seen_version:
                return False
        except StorageError:
            return False  # closed, or unreadable right now: the next look tries again
        self.reload()
        return True

    def _reopen(self) -> None:
        self.diary.close()
        self.diary = Diary.open(self.diary.data_dir, now=self.clock)
        self._opened_file = self._file_identity()
        self.reload()

    def _file_identity(self) -> _FileIdentity:
        try:
            status = os.stat(self.diary.path)
        except OSError:
            return None
        return status.st_dev, status.st_ino

    def _file_replaced(self) -> bool:
        return self._file_identity() != self._opened_file

    def _refuse_if_file_replaced(self) -> None:
        """Never report as saved what would land in a file that is no longer the diary."""
        if self._file_replaced():
            if self._file_identity() is None:
                raise StorageError(translate("Service", FILE_GONE))
            self._reopen()
            raise StorageError(translate("Service", FILE_REPLACED))

    def _changed(self, kinds: set[str]) -> None:
        self._reads.forget(frozenset(kinds))
        self._announce(kinds)

    def _announce(self, kinds: Iterable[str]) -> None:
        if self._unannounced is None:
            self.listeners.notify(kinds)
        else:
            self._unannounced.update(kinds)


GONE = QT_TRANSLATE_NOOP(
    "Service", "That entry no longer exists; it may have been deleted in another program."
)


class _Entry(Protocol):
    @property
    def id(self) -> int | None: ...


E = TypeVar("E", bound=_Entry)


class _Entries(Protocol[E]):
    """What check-ins, medicines, appointments and events have in common in storage."""

    def list(self) -> list[E]: ...

    def add(self, entry: E, /) -> E: ...

    def update(self, entry: E, /) -> E: ...

    def delete(self, entry_id: int, /) -> None: ...

    def restore(self, entry: E, /) -> None: ...


def _put(repository: _Entries[E], old: E | None, new: E | None) -> None:
    """Make the diary hold ``new`` where it held ``old`` (None: nothing)."""
    if new is None:
        assert old is not None and old.id is not None
        repository.delete(old.id)
    elif old is None:
        repository.restore(new)
    else:
        repository.update(new)


class PlannedOutcome(StrEnum):
    """What became of a planned injection whose day passed."""

    HAPPENED = "happened"
    MOVED = "moved"
    CANCELLED = "cancelled"


# Settings key: the planned injections already asked about, "id@date" separated by spaces.
PLANNED_ASKED = "planned_injections_asked"


def _asked_key(injection: Injection) -> str:
    return f"{injection.id}@{injection.date.isoformat()}"


def _injection_fields(injection: Injection) -> dict[str, object]:
    return {
        "id": injection.id,
        "date": injection.date,
        "site": injection.site,
        "side": injection.side,
        "kind": injection.kind,
        "clinic": injection.clinic,
        "guidance": injection.guidance,
        "notes": injection.notes,
        "status": injection.status.value,
    }


def _optional_id(raw: Mapping[str, object]) -> int | None:
    value = raw.get("id")
    return value if isinstance(value, int) and value else None


def _exists(entry: T | None) -> T:
    if entry is None:
        raise StorageError(translate("Service", GONE))
    return entry


def _checkin_text(text: str, checkin: CheckIn) -> str:
    day = format_date(checkin.date, DateStyle.SHORT_NO_YEAR)
    return text.format(day=day, time=f"{checkin.time:%H:%M}")


def _day_text(text: str, day: date) -> str:
    return text.format(day=format_date(day, DateStyle.SHORT))


class _EntryKind(Generic[E]):
    """One kind of entry saved, deleted and undone by _save_entry and _delete_entry: where it
    is stored, the change it makes, and its undo steps' names ("Undo" context), which
    ``describe`` fills in from the entry. A plain class: see DiaryRead."""

    __slots__ = ("change", "delete_text", "describe", "edit_text", "repository", "save_text")

    def __init__(
        self,
        repository: Callable[[Diary], _Entries[E]],
        change: str,
        save_text: str,
        edit_text: str,
        delete_text: str,
        describe: Callable[[str, E], str],
    ) -> None:
        self.repository = repository
        self.change = change
        self.save_text = save_text
        self.edit_text = edit_text
        self.delete_text = delete_text
        self.describe = describe


def _medicine_text(text: str, dose: MedicationDose) -> str:
    return text.format(medicine=dose.name, day=format_date(dose.date, DateStyle.SHORT_NO_YEAR))


def _event_text(text: str, event: AdverseEvent) -> str:
    return text.format(day=format_date(event.date, DateStyle.SHORT_NO_YEAR))


def _appointment_text(text: str, appointment: Appointment) -> str:
    day = format_date(appointment.starts_at.date(), DateStyle.SHORT_NO_YEAR)
    return text.format(day=day)


# Annotated rather than subscripted: the annotation is never evaluated, so Appointment and
# AdverseEvent need not be imported before the first paint.
_MEDICATIONS: _EntryKind[MedicationDose] = _EntryKind(
    lambda diary: diary.medications,
    MEDICATIONS,
    QT_TRANSLATE_NOOP("Undo", "Save {medicine} of {day}"),
    QT_TRANSLATE_NOOP("Undo", "Edit {medicine} of {day}"),
    QT_TRANSLATE_NOOP("Undo", "Delete {medicine} of {day}"),
    _medicine_text,
)
_APPOINTMENTS: _EntryKind[Appointment] = _EntryKind(
    lambda diary: diary.appointments,
    APPOINTMENTS,
    QT_TRANSLATE_NOOP("Undo", "Save appointment of {day}"),
    QT_TRANSLATE_NOOP("Undo", "Edit appointment of {day}"),
    QT_TRANSLATE_NOOP("Undo", "Delete appointment of {day}"),
    _appointment_text,
)
_EVENTS: _EntryKind[AdverseEvent] = _EntryKind(
    lambda diary: diary.events,
    EVENTS,
    QT_TRANSLATE_NOOP("Undo", "Save event of {day}"),
    QT_TRANSLATE_NOOP("Undo", "Edit event of {day}"),
    QT_TRANSLATE_NOOP("Undo", "Delete event of {day}"),
    _event_text,
)
