import re

from recovery_tracker.domain.warning_signs import (
    CALL_CLINIC,
    EMERGENCY,
    WARNING_SIGNS,
    by_level,
    signs_for,
    signs_in_force,
)
from recovery_tracker.storage.resources import resource_path


def ids(signs) -> set[str]:
    return {s.id for s in signs}


CLINIC_TODAY = {
    "sign-fever",
    "sign-spreading-redness",
    "sign-warmth-drainage",
    "sign-worsening-pain",
}
SPINAL = {"sign-cauda-equina", "sign-leg-weakness", "sign-positional-headache"}


def test_two_levels_as_clinics_give_them():
    levels = {s.id: s.level for s in WARNING_SIGNS}
    assert all(levels[i] == CALL_CLINIC for i in CLINIC_TODAY)
    for sign in SPINAL | {"sign-discitis", "sign-anaphylaxis"}:
        assert levels[sign] == EMERGENCY
    texts = " ".join(s.text for s in WARNING_SIGNS)
    for words in (
        "fever",
        "redness that spreads",
        "drainage",
        "keeps getting worse after the first days",
        "loss of bladder or bowel control",
        "saddle",
        "weakness in a leg",
        "headache that is worse when sitting or standing",
        "fever with back pain that keeps getting worse in the weeks after",
        "swelling of the face, lips or throat, or difficulty breathing",
    ):
        assert words in texts


def test_spinal_signs_only_after_a_spinal_injection_and_the_disc_sign_only_after_a_disc_one():
    knee = ids(signs_for("PRP", "Knee"))
    assert knee >= CLINIC_TODAY and "sign-anaphylaxis" in knee
    assert not (SPINAL & knee) and "sign-discitis" not in knee
    facet = ids(signs_for("PRP", "Lumbar facet joint"))
    assert facet >= SPINAL and "sign-discitis" not in facet
    disc = ids(signs_for("PRP", "Lumbar disc"))
    assert SPINAL | {"sign-discitis"} <= disc


def test_the_blood_sugar_sign_only_after_a_steroid():
    assert "sign-steroid-blood-sugar" in ids(signs_for("Corticosteroid", "Knee"))
    assert "sign-steroid-blood-sugar" not in ids(signs_for("PRP", "Knee"))
    assert "sign-steroid-blood-sugar" not in ids(signs_for("Hyaluronic acid", "Knee"))


def test_signs_are_shown_while_they_matter():
    assert signs_in_force(None, "PRP", "Knee") == [] and signs_in_force(-1, "PRP", "Knee") == []
    day_2 = ids(signs_in_force(2, "PRP", "Lumbar disc"))
    assert SPINAL | CLINIC_TODAY | {"sign-discitis", "sign-anaphylaxis"} <= day_2
    day_30 = ids(signs_in_force(30, "PRP", "Lumbar disc"))
    assert day_30 == {"sign-discitis"}  # disc infection shows weeks later
    assert signs_in_force(60, "PRP", "Lumbar disc") == []
    assert signs_in_force(15, "PRP", "Knee") == []


def test_emergency_first():
    levels = [level for level, _ in by_level(signs_in_force(2, "PRP", "Lumbar facet joint"))]
    assert levels == [EMERGENCY, CALL_CLINIC]


def test_every_sign_has_a_source():
    documented = set(
        re.findall(r"^### `([^`]+)`", resource_path("SOURCES.md").read_text("utf-8"), re.M)
    )
    assert ids(WARNING_SIGNS) <= documented
