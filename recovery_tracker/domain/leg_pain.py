"""Leg pain apart from back pain, for the spine only.

Spine trials report leg pain (sciatica) and back pain separately, and a spine doctor wants to
see them respond differently; after a knee or shoulder injection the question makes no sense,
so the check-in offers it only when the treated area is the spine.
"""

from __future__ import annotations

from collections.abc import Sequence

from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.recovery import numbered_injections

# Words in a site (pick-list entry or the patient's own text) that place it on the spine.
_SPINE_WORDS = (
    "lumbar",
    "sacroiliac",
    "sacral",
    "facet",
    "epidural",
    "disc",
    "spine",
    "spinal",
    "back",
    "cervical",
    "thoracic",
    "vertebra",
    "medial branch",
)
# The first-start assistant stores this area name in the "treatment_area" setting.
SPINE_AREA = "Lower back"


def is_spine_site(site: str) -> bool:
    text = site.casefold()
    return any(word in text for word in _SPINE_WORDS)


def leg_pain_applies(injections: Sequence[Injection], treatment_area: str | None) -> bool:
    """The latest injection's site decides; a diary without one follows the area the patient
    chose at first start."""
    numbered = numbered_injections(injections)
    if numbered:
        return is_spine_site(numbered[-1].injection.site)
    return treatment_area == SPINE_AREA
