"""Everything the charts and the report read, taken from the diary at one moment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from recovery_tracker.domain.advice import ActiveAdvice, Plan, advice_windows
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.conflicts import MedicineCheck, check_medicine
from recovery_tracker.domain.medications import MedicationDose, MedicineList
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import DailySummary, daily_summaries


@dataclass
class DiarySnapshot:
    injections: list[Injection]
    checkins: list[CheckIn]
    plans: list[Plan] = field(default_factory=list)
    medications: list[MedicationDose] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    medicines: MedicineList | None = None

    @cached_property
    def days(self) -> list[DailySummary]:
        return daily_summaries(self.checkins)

    @cached_property
    def windows(self) -> list[ActiveAdvice]:
        return advice_windows(self.plans)

    @cached_property
    def medicine_checks(self) -> list[tuple[MedicationDose, MedicineCheck]]:
        if self.medicines is None:
            return []
        return [
            (dose, check_medicine(dose.name, dose.dose, dose.date, self.plans, self.medicines))
            for dose in self.medications
        ]

    @cached_property
    def rule_breaking_days(self) -> list[date]:
        return sorted({dose.date for dose, check in self.medicine_checks if check.breaks_a_rule})

    def date_range(self) -> tuple[date, date] | None:
        dates = [d.date for d in self.days] + [i.date for i in self.injections]
        return (min(dates), max(dates)) if dates else None
