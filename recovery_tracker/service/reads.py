"""Reads of the diary kept between writes: several views read the same lists after a change.

Only the service writes to these, and only in ``DiaryService``'s write paths, so a cached
list can never outlive the change that makes it wrong (the state-machine test proves it).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from datetime import date, time
from typing import TYPE_CHECKING, overload

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.service.changes import (
    APPOINTMENTS,
    CHECKINS,
    EVENTS,
    IMPRESSIONS,
    INJECTIONS,
    MEDICATIONS,
    SETTINGS,
)

if TYPE_CHECKING:
    # Only named here: the lists the Today form never reads are cached as they are read
    # (the appointments', events', medicine checks' and snapshot's modules load later).
    from recovery_tracker.domain.advice import Plan
    from recovery_tracker.domain.appointments import Appointment
    from recovery_tracker.domain.conflicts import MedicineCheck
    from recovery_tracker.domain.events import AdverseEvent
    from recovery_tracker.domain.impression import Impression
    from recovery_tracker.domain.medications import MedicationDose
    from recovery_tracker.domain.models import Injection
    from recovery_tracker.domain.recovery import DailySummary
    from recovery_tracker.domain.snapshot import DiarySnapshot

# Which cached reads a change of each kind makes wrong (plans and checks follow injections).
_STALE_AFTER = {
    CHECKINS: ("checkins", "days"),
    INJECTIONS: ("all_injections", "injections", "planned", "plans", "checks"),
    MEDICATIONS: ("medications", "checks"),
    APPOINTMENTS: ("appointments",),
    IMPRESSIONS: ("impressions",),
    EVENTS: ("events",),
}


class CachedReads:
    """The lists read from the diary, kept until a write makes them stale; None: not read.

    A plain class, not a @dataclass: the service's one holder needs no generated methods, and
    making them (~0.8 ms) would delay the window's first paint."""

    __slots__ = (
        "all_injections",
        "appointments",
        "checkins",
        "checks",
        "days",
        "events",
        "impressions",
        "injections",
        "medications",
        "planned",
        "plans",
        "snapshot",
    )
    all_injections: list[Injection] | None  # planned and done, in date order
    injections: list[Injection] | None  # done ones: the sessions
    planned: list[Injection] | None
    plans: list[Plan] | None
    checkins: list[CheckIn] | None
    days: list[DailySummary] | None  # one per day with check-ins, in date order
    medications: list[MedicationDose] | None
    checks: list[MedicineCheck] | None  # one per medication, in the same order
    appointments: list[Appointment] | None
    impressions: list[Impression] | None
    events: list[AdverseEvent] | None
    snapshot: DiarySnapshot | None

    def __init__(self) -> None:
        self.forget_everything()

    def forget(self, kinds: frozenset[str]) -> None:
        """Drop what a change of ``kinds`` made wrong; the snapshot holds everything."""
        for kind in kinds:
            for name in _STALE_AFTER.get(kind, ()):
                setattr(self, name, None)
        if kinds - {SETTINGS}:
            self.snapshot = None

    def forget_everything(self) -> None:
        for name in self.__slots__:
            setattr(self, name, None)

    def replace_checkin(
        self,
        old: CheckIn | None,
        new: CheckIn | None,
        summaries_of: Callable[[date], list[DailySummary]],
    ) -> None:
        """One check-in added, changed or removed: the cached lists follow without reading
        years of entries again (a save must not stall the window on a long diary).

        New lists rather than changes in place, so a snapshot a view still holds stays as it
        was when taken.
        """
        if self.checkins is not None:
            gone = {entry.id for entry in (old, new) if entry is not None}
            entries = [entry for entry in self.checkins if entry.id not in gone]
            if new is not None:
                bisect.insort(entries, new, key=_moment)
            self.checkins = entries
        if self.days is not None:
            days = list(self.days)
            for day in sorted({entry.date for entry in (old, new) if entry is not None}):
                index = bisect.bisect_left(days, day, key=lambda d: d.date)
                if index < len(days) and days[index].date == day:
                    del days[index]
                days[index:index] = summaries_of(day)
            self.days = days
        self.snapshot = None


def _moment(checkin: CheckIn) -> tuple[date, time, int]:
    return checkin.date, checkin.time, checkin.id or 0


class LazyCheckins(Sequence[CheckIn]):
    """The check-ins for a snapshot, read only if something asks (the report does; the
    charts, which use daily summaries, do not)."""

    def __init__(self, load: Callable[[], list[CheckIn]]) -> None:
        self._load = load
        self._items: list[CheckIn] | None = None

    def _all(self) -> list[CheckIn]:
        if self._items is None:
            self._items = self._load()
        return self._items

    @overload
    def __getitem__(self, index: int) -> CheckIn: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[CheckIn]: ...

    def __getitem__(self, index: int | slice) -> CheckIn | Sequence[CheckIn]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[CheckIn]:
        return iter(self._all())
