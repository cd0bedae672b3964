"""Warning signs after an injection, in the two levels clinics use, by kind and site.

"Call your clinic today" signs and "emergency now" signs, each shown while it matters: spinal
signs only after a spinal injection, the disc-infection sign only after an intradiscal one.
Each sign's id names its source in resources/SOURCES.md. Worded as the clinic's instructions,
never as a diagnosis.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.domain.treatment_area import (
    CORTICOSTEROID,
    SPINE,
    is_intradiscal,
    kind_of,
    region_of,
)

CALL_CLINIC = "call clinic today"
EMERGENCY = "emergency now"

LEVEL_HEADINGS = {
    CALL_CLINIC: QT_TRANSLATE_NOOP("WarningSigns", "Call your clinic today if you notice:"),
    EMERGENCY: QT_TRANSLATE_NOOP(
        "WarningSigns", "Call an ambulance or go to an emergency department now if you notice:"
    ),
}

ALL_SITES = "all"
SPINAL = "spinal"
INTRADISCAL = "intradiscal"


@dataclass(frozen=True, slots=True)
class WarningSign:
    """A sign after an injection that needs the clinic or emergency care; when Today shows it."""

    id: str  # the heading of its source in resources/SOURCES.md
    level: str  # CALL_CLINIC or EMERGENCY
    text: str  # untranslated; see ``label``
    sites: str = ALL_SITES  # ALL_SITES, SPINAL or INTRADISCAL
    last_day: int = 14  # shown on Today from the injection day to this day after it
    kinds: tuple[str, ...] = ()  # treatment_area kinds it is for; empty = every kind

    @property
    def label(self) -> str:
        return translate("WarningSigns", self.text)

    def applies_to(self, kind: str, site: str) -> bool:
        if self.kinds and kind_of(kind) not in self.kinds:
            return False
        if self.sites == SPINAL:
            return region_of(site) == SPINE
        if self.sites == INTRADISCAL:
            return is_intradiscal(site)
        return True


# How long each matters follows when the complication shows (see SOURCES.md): infection within
# days to two weeks, a spinal bleed or abscess within days to weeks, a low-pressure headache
# within days, disc infection in the weeks after, an allergic reaction within hours.
WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "sign-fever",
        CALL_CLINIC,
        QT_TRANSLATE_NOOP("WarningSigns", "a fever (38 °C / 100.4 °F or more)"),
    ),
    WarningSign(
        "sign-spreading-redness",
        CALL_CLINIC,
        QT_TRANSLATE_NOOP("WarningSigns", "redness that spreads from the injection site"),
    ),
    WarningSign(
        "sign-warmth-drainage",
        CALL_CLINIC,
        QT_TRANSLATE_NOOP("WarningSigns", "warmth, pus or other drainage at the injection site"),
    ),
    WarningSign(
        "sign-worsening-pain",
        CALL_CLINIC,
        QT_TRANSLATE_NOOP("WarningSigns", "pain that keeps getting worse after the first days"),
    ),
    WarningSign(
        "sign-steroid-blood-sugar",
        CALL_CLINIC,
        QT_TRANSLATE_NOOP(
            "WarningSigns",
            "if you have diabetes: blood sugar that stays much higher than your usual readings",
        ),
        ALL_SITES,
        7,
        (CORTICOSTEROID,),
    ),
    WarningSign(
        "sign-cauda-equina",
        EMERGENCY,
        QT_TRANSLATE_NOOP(
            "WarningSigns",
            "new loss of bladder or bowel control, or numbness in the groin or between the legs "
            "(the “saddle” area)",
        ),
        SPINAL,
        28,
    ),
    WarningSign(
        "sign-leg-weakness",
        EMERGENCY,
        QT_TRANSLATE_NOOP("WarningSigns", "new weakness in a leg or both legs"),
        SPINAL,
        28,
    ),
    WarningSign(
        "sign-positional-headache",
        EMERGENCY,
        QT_TRANSLATE_NOOP(
            "WarningSigns", "a severe headache that is worse when sitting or standing"
        ),
        SPINAL,
        7,
    ),
    WarningSign(
        "sign-discitis",
        EMERGENCY,
        QT_TRANSLATE_NOOP(
            "WarningSigns",
            "fever with back pain that keeps getting worse in the weeks after the injection",
        ),
        INTRADISCAL,
        56,
    ),
    WarningSign(
        "sign-anaphylaxis",
        EMERGENCY,
        QT_TRANSLATE_NOOP(
            "WarningSigns", "swelling of the face, lips or throat, or difficulty breathing"
        ),
        ALL_SITES,
        2,
    ),
)


def signs_for(kind: str, site: str) -> list[WarningSign]:
    """Every sign that applies after this kind of injection at ``site``, however long ago."""
    return [s for s in WARNING_SIGNS if s.applies_to(kind, site)]


def signs_in_force(days_since: int | None, kind: str, site: str) -> list[WarningSign]:
    """The signs that matter on a day after this injection (Today shows these)."""
    if days_since is None or days_since < 0:
        return []
    return [s for s in signs_for(kind, site) if days_since <= s.last_day]


def by_level(signs: list[WarningSign]) -> list[tuple[str, list[WarningSign]]]:
    """Emergency signs first: they are the ones to act on at once."""
    return [
        (level, [s for s in signs if s.level == level])
        for level in (EMERGENCY, CALL_CLINIC)
        if any(s.level == level for s in signs)
    ]
