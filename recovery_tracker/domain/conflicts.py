"""Does a medicine go against the advice in force? Said before it is saved, never as an order.

The app must never tell anyone to stop a medicine a doctor prescribed: every warning names the
rule and the days left, and sends prescribed medicines back to the prescriber.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from recovery_tracker.domain.advice import (
    ActiveAdvice,
    AdviceCategory,
    Plan,
    advice_in_force,
    describe_time_left,
)
from recovery_tracker.domain.medications import (
    Classification,
    MedicineList,
    dose_mentions_low_aspirin,
)

PRESCRIBED_NOTE = (
    "If a doctor prescribed it for you, do not stop it on your own: ask them, "
    "and tell your injection clinic."
)
LOW_DOSE_ASPIRIN_NOTE = (
    "Low-dose aspirin is usually prescribed to protect the heart or blood vessels. "
    "Do not stop it on your own: ask the doctor who prescribed it, and tell your injection "
    "clinic that you take it."
)


@dataclass(frozen=True, slots=True)
class MedicineCheck:
    """What the app knows about one medicine on one day."""

    name: str
    classification: Classification
    broken_rules: tuple[ActiveAdvice, ...]  # rules in force that forbid this medicine's class
    alternatives: tuple[ActiveAdvice, ...]  # medicine advice in force that forbids nothing
    low_dose_aspirin: bool

    @property
    def breaks_a_rule(self) -> bool:
        return bool(self.broken_rules)

    def message(self, day: date) -> str:
        if not self.broken_rules:
            return ""
        name, generic = self.name.strip(), self.classification.generic
        named = f"{name} ({generic})" if generic and generic.casefold() != name.casefold() else name
        lines = [f"{named} is {_article(self.classification.label)}."]
        for window in self.broken_rules:
            lines.append(
                f"Your plan for injection {window.injection_number} says “{window.rule.title}”: "
                f"{describe_time_left(window, day)}."
            )
        lines.append(LOW_DOSE_ASPIRIN_NOTE if self.low_dose_aspirin else PRESCRIBED_NOTE)
        for window in self.alternatives:
            lines.append(f"Your plan also says: {window.rule.title}. {window.rule.advice}".strip())
        return "\n".join(lines)


def _article(label: str) -> str:
    return ("an " if label[:1].lower() in "aeiou" else "a ") + label


def check_medicine(
    name: str, dose: str, day: date, plans: Sequence[Plan], medicines: MedicineList
) -> MedicineCheck:
    classification = medicines.classify(name)
    in_force = advice_in_force(day, plans)
    broken = tuple(w for w in in_force if classification.medicine_class in w.rule.avoid)
    alternatives = (
        tuple(
            w for w in in_force if w.rule.category is AdviceCategory.MEDICATION and not w.rule.avoid
        )
        if broken
        else ()
    )
    low_dose = classification.low_dose_aspirin or (
        classification.generic == "aspirin" and dose_mentions_low_aspirin(dose)
    )
    return MedicineCheck(name, classification, broken, alternatives, low_dose)
