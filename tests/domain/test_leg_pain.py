"""Leg pain apart from back pain: offered for the spine only, optional, scored 0-10."""

from datetime import date, datetime

import pytest

from recovery_tracker.domain.leg_pain import is_spine_site, leg_pain_applies
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.validation import ValidationError, validate_checkin

NOW = datetime(2026, 11, 24, 18, 5)


@pytest.mark.parametrize(
    "site",
    ["Lumbar facet joint", "Lumbar disc", "Sacroiliac joint", "L4-L5 epidural", "lower back"],
)
def test_spinal_sites_count_as_spine(site):
    assert is_spine_site(site)


@pytest.mark.parametrize("site", ["Knee", "Shoulder", "Hip", "Tendon", "", "Achilles"])
def test_joints_and_tendons_do_not(site):
    assert not is_spine_site(site)


def test_the_latest_injection_decides_and_the_setting_covers_a_diary_without_one():
    knee = Injection(date(2026, 11, 1), "Knee")
    facet = Injection(date(2026, 10, 1), "Lumbar facet joint")
    assert leg_pain_applies([facet], treatment_area=None)
    assert not leg_pain_applies([facet, knee], treatment_area="Lower back")
    assert leg_pain_applies([], treatment_area="Lower back")
    assert not leg_pain_applies([], treatment_area="Knee")
    assert not leg_pain_applies([], treatment_area=None)


def test_leg_pain_is_optional_and_checked_like_any_score():
    raw = {"date": "2026-11-24", "time": "08:00", "pain": 5}
    assert validate_checkin(raw, now=NOW).leg_pain is None
    assert validate_checkin({**raw, "leg_pain": "7"}, now=NOW).leg_pain == 7
    with pytest.raises(ValidationError) as raised:
        validate_checkin({**raw, "leg_pain": 11}, now=NOW)
    assert set(raised.value.errors) == {"leg_pain"}
    assert "Leg pain" in raised.value.errors["leg_pain"]
