"""Follow-up appointments with the clinic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Appointment:
    starts_at: datetime  # local wall-clock time, to the minute
    clinician: str = ""
    place: str = ""
    questions: str = ""  # what the patient wants to ask, one per line
    id: int | None = None

    def is_past(self, now: datetime) -> bool:
        return self.starts_at < now

    def title(self) -> str:
        who = f" with {self.clinician}" if self.clinician else ""
        return f"Follow-up appointment{who}"
