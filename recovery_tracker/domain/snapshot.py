"""Everything the charts and the report read, taken from the diary at one moment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from recovery_tracker.domain.advice import ActiveAdvice, Plan, advice_windows
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.conflicts import MedicineCheck, check_medicines
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.medicine_list import MedicineList
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import DailySummary, daily_summaries


@dataclass
class DiarySnapshot:
    """Everything the charts and the report read from a diary, at one moment."""

    injections: list[Injection]
    checkins: Sequence[CheckIn]
    plans: list[Plan] = field(default_factory=list)
    medications: list[MedicationDose] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    medicines: MedicineList | None = None
    checks: list[MedicineCheck] | None = None  # precomputed, one per medication, if known
    daily: list[DailySummary] | None = None  # precomputed daily summaries, if known
    impressions: list[Impression] = field(default_factory=list)  # weekly PGIC answers
    events: list[AdverseEvent] = field(default_factory=list)  # fever, swelling, ... logged
    # Booked ahead: not in ``injections`` (no session until done); their plans are in ``plans``.
    planned: list[Injection] = field(default_factory=list)
    # The days a dose broke a rule, if known without ``checks`` (the first chart's process).
    breaking_days: list[date] | None = None

    def next_planned(self, today: date) -> Injection | None:
        """The next booked injection from ``today`` on, if any."""
        return min((i for i in self.planned if i.date >= today), key=lambda i: i.date, default=None)

    @cached_property
    def days(self) -> list[DailySummary]:
        return self.daily if self.daily is not None else daily_summaries(self.checkins)

    @cached_property
    def windows(self) -> list[ActiveAdvice]:
        return advice_windows(self.plans)

    @cached_property
    def medicine_checks(self) -> list[tuple[MedicationDose, MedicineCheck]]:
        if self.checks is not None:
            return list(zip(self.medications, self.checks, strict=True))
        if self.medicines is None:
            return []
        return list(
            zip(
                self.medications,
                check_medicines(self.medications, self.plans, self.medicines),
                strict=True,
            )
        )

    @cached_property
    def rule_breaking_days(self) -> list[date]:
        if self.breaking_days is not None:
            return self.breaking_days
        return sorted({dose.date for dose, check in self.medicine_checks if check.breaks_a_rule})

    def date_range(self) -> tuple[date, date] | None:
        dates = [d.date for d in self.days] + [i.date for i in self.injections]
        return (min(dates), max(dates)) if dates else None
