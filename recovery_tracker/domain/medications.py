"""Medicines the patient took, and what kind of medicine each name is.

The names come from a data file (resources/medications.csv): generic names and brands from the
US, UK, EU, Canada and Australia, each row with the group whose source resources/SOURCES.md
names. Matching forgives case, punctuation, doses written into the name ("Ibuprofen 400mg") and
small misspellings ("ibuprofin"). An unknown name is kept and called "unknown": never dropped.

Some brands are sold with different ingredients in different product lines (Midol is
ibuprofen, naproxen or paracetamol depending on the box). Such a brand is CHECK_LABEL, with the
ingredients to look for, never guessed; a named product line ("Midol Extended Relief") that is
in the list wins over the bare brand.

The classifier itself (MedicineList) is in medicine_list.py: the window's first paint lists
today's doses but classifies none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP

NSAID = "nsaid"
CORTICOSTEROID = "corticosteroid"
# Fish oil, turmeric, vitamin E, ginkgo, garlic...: many PRP clinics ask to pause them, so a
# plan may add this class to what it avoids.
SUPPLEMENT = "supplement"
CHECK_LABEL = "check label"
UNKNOWN = "unknown"

CLASS_LABELS = {
    NSAID: QT_TRANSLATE_NOOP("Medicines", "anti-inflammatory (NSAID)"),
    CORTICOSTEROID: QT_TRANSLATE_NOOP("Medicines", "corticosteroid"),
    SUPPLEMENT: QT_TRANSLATE_NOOP("Medicines", "supplement that can affect bleeding"),
    CHECK_LABEL: QT_TRANSLATE_NOOP(
        "Medicines", "brand sold with different ingredients: check the label"
    ),
    "paracetamol": QT_TRANSLATE_NOOP("Medicines", "paracetamol (acetaminophen)"),
    "opioid": QT_TRANSLATE_NOOP("Medicines", "opioid pain reliever"),
    "nerve pain": QT_TRANSLATE_NOOP("Medicines", "nerve pain medicine"),
    "muscle relaxant": QT_TRANSLATE_NOOP("Medicines", "muscle relaxant"),
    "other": QT_TRANSLATE_NOOP("Medicines", "other medicine"),
    UNKNOWN: QT_TRANSLATE_NOOP("Medicines", "not in the medicine list"),
}


@dataclass(frozen=True, slots=True)
class MedicationDose:
    """One dose of a medicine the patient took, as logged."""

    date: date
    time: time
    name: str
    dose: str = ""
    reason: str = ""
    id: int | None = None


def dose_mentions_low_aspirin(dose: str) -> bool:
    """ "75 mg" or "81mg" as the dose of an aspirin means the heart-protection dose."""
    return bool(re.search(r"\b(75|81|100)\s*mg\b|\b(75|81)\b", dose.casefold()))
