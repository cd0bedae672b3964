"""The things a patient records, as plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP


class InjectionStatus(StrEnum):
    """Booked ahead (its plan's windows already count from its date) or given."""

    PLANNED = "planned"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Injection:
    """One injection; once done it starts a recovery session that lasts until the next one.

    A planned one is booked for ``date``: its advice windows count from that day, but it is
    no session (no number, no day 0, no baseline end) until the patient says it happened.
    """

    date: date
    site: str
    kind: str = "PRP"
    side: str = ""
    clinic: str = ""
    guidance: str = ""
    notes: str = ""
    id: int | None = None
    status: InjectionStatus = InjectionStatus.DONE

    @property
    def planned(self) -> bool:
        return self.status is InjectionStatus.PLANNED


@dataclass(frozen=True, slots=True)
class CheckIn:
    """How the patient felt at one moment. Scores are 0-10 NRS; None means not answered."""

    date: date
    time: time
    pain: int
    soreness: int | None = None
    enjoyment_interference: int | None = None
    activity_interference: int | None = None
    sleep: int | None = None
    notes: str = ""
    for_doctor: bool = False  # the patient wants this note in the appointment report
    leg_pain: int | None = None  # spine only: leg pain (sciatica) apart from back pain
    id: int | None = None


# The optional 0-10 items of a check-in, in form order, with the label a patient reads.
SCORE_FIELDS: tuple[tuple[str, str], ...] = (
    ("pain", QT_TRANSLATE_NOOP("Fields", "Pain now")),
    ("soreness", QT_TRANSLATE_NOOP("Fields", "Injection-site soreness")),
    ("enjoyment_interference", QT_TRANSLATE_NOOP("Fields", "Interference with enjoyment of life")),
    ("activity_interference", QT_TRANSLATE_NOOP("Fields", "Interference with general activity")),
    ("sleep", QT_TRANSLATE_NOOP("Fields", "Sleep quality")),
    ("leg_pain", QT_TRANSLATE_NOOP("Fields", "Leg pain")),
)
