"""Follow-up appointments with the clinic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from recovery_tracker.domain.text import translate


@dataclass(frozen=True, slots=True)
class Appointment:
    """A booked appointment, with what the patient wants to ask."""

    starts_at: datetime  # local wall-clock time, to the minute
    clinician: str = ""
    place: str = ""
    questions: str = ""  # what the patient wants to ask, one per line
    id: int | None = None

    def is_past(self, now: datetime) -> bool:
        return self.starts_at < now

    def title(self) -> str:
        if self.clinician:
            return translate("Appointments", "Follow-up appointment with {clinician}").format(
                clinician=self.clinician
            )
        return translate("Appointments", "Follow-up appointment")
