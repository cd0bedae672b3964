"""The Patient Global Impression of Change (PGIC), asked once a week.

1 = very much improved ... 7 = very much worse, compared with before the treatment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

PGIC_CHOICES: tuple[tuple[int, str], ...] = (
    (1, "Very much improved"),
    (2, "Much improved"),
    (3, "Minimally improved"),
    (4, "No change"),
    (5, "Minimally worse"),
    (6, "Much worse"),
    (7, "Very much worse"),
)
PGIC_LABELS = dict(PGIC_CHOICES)
ASK_EVERY_DAYS = 7


@dataclass(frozen=True, slots=True)
class Impression:
    date: date
    score: int  # 1..7
    id: int | None = None

    @property
    def label(self) -> str:
        return PGIC_LABELS[self.score]


def question(first_injection: date | None) -> str:
    since = (
        f"since your first injection on {first_injection.day} {first_injection:%B %Y}"
        if first_injection
        else "since you started this diary"
    )
    return f"Overall, how has your pain changed {since}?"


def impression_due(today: date, answers: Sequence[Impression], has_injection: bool) -> bool:
    """Once a week, and only once there is a treatment to compare with."""
    if not has_injection:
        return False
    latest = max((a.date for a in answers), default=None)
    return latest is None or (today - latest).days >= ASK_EVERY_DAYS


def validate_score(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 7:
        raise ValueError(
            "Choose one of the seven answers, from very much improved to very much worse."
        )
    return value
