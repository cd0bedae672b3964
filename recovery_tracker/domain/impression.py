"""The Patient Global Impression of Change (PGIC), asked once a week.

1 = very much improved ... 7 = very much worse, compared with before the treatment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

PGIC_CHOICES: tuple[tuple[int, str], ...] = (
    (1, QT_TRANSLATE_NOOP("Impression", "Very much improved")),
    (2, QT_TRANSLATE_NOOP("Impression", "Much improved")),
    (3, QT_TRANSLATE_NOOP("Impression", "Minimally improved")),
    (4, QT_TRANSLATE_NOOP("Impression", "No change")),
    (5, QT_TRANSLATE_NOOP("Impression", "Minimally worse")),
    (6, QT_TRANSLATE_NOOP("Impression", "Much worse")),
    (7, QT_TRANSLATE_NOOP("Impression", "Very much worse")),
)
PGIC_LABELS = dict(PGIC_CHOICES)
ASK_EVERY_DAYS = 7


@dataclass(frozen=True, slots=True)
class Impression:
    """The patient's impression of change on a day: 1 very much improved .. 7 very much worse."""

    date: date
    score: int  # 1..7
    id: int | None = None

    @property
    def label(self) -> str:
        return translate("Impression", PGIC_LABELS[self.score])


def question(first_injection: date | None) -> str:
    if first_injection is None:
        return translate(
            "Impression", "Overall, how has your pain changed since you started this diary?"
        )
    return translate(
        "Impression", "Overall, how has your pain changed since your first injection on {day}?"
    ).format(day=format_date(first_injection, DateStyle.LONG))


def impression_due(
    today: date, answers: Sequence[Impression], first_injection: date | None
) -> bool:
    """Once a week, from a week after the first injection: before that there is no change to
    judge (asked on the injection day itself, the answer would mean nothing to the doctor)."""
    if first_injection is None or (today - first_injection).days < ASK_EVERY_DAYS:
        return False
    latest = max((a.date for a in answers), default=None)
    return latest is None or (today - latest).days >= ASK_EVERY_DAYS


def validate_score(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 7:
        raise ValueError(
            translate(
                "Impression",
                "Choose one of the seven answers, from very much improved to very much worse.",
            )
        )
    return value
