import re

import pytest

from recovery_tracker.domain.expectations import expectation_for, lines_for, parse_expectations
from recovery_tracker.domain.treatment_area import (
    CORTICOSTEROID,
    HYALURONIC_ACID,
    JOINT,
    OTHER,
    PRP,
    SPINE,
    is_intradiscal,
    kind_of,
    region_of,
)
from recovery_tracker.storage.resources import expectations, resource_path

CALL = "Call your clinic if"


@pytest.mark.parametrize(
    ("kind", "region", "day", "words"),
    [
        (PRP, JOINT, 0, "peaks in the first 2-3 days"),
        (PRP, JOINT, 3, "a short inflammation is part of how it works"),
        (PRP, JOINT, 4, "no better"),
        (PRP, JOINT, 28, "up to about 4 weeks is common"),
        (PRP, JOINT, 29, "between 4 and 6 weeks"),
        (PRP, JOINT, 400, "several months"),
        (PRP, SPINE, 2, "peak in the first 2-3 days"),
        (PRP, SPINE, 30, "little change in the first weeks"),
        (PRP, SPINE, 60, "over 2 to 3 months"),
        (PRP, SPINE, 120, "beyond 3 months"),
        (CORTICOSTEROID, JOINT, 1, "short flare"),
        (CORTICOSTEROID, SPINE, 1, "short flare"),
        (CORTICOSTEROID, JOINT, 4, "often 3 to 5, sometimes up to about 10"),
        (CORTICOSTEROID, JOINT, 20, "no relief at all, tell your clinic"),
        (CORTICOSTEROID, JOINT, 60, "fades"),
        (HYALURONIC_ACID, JOINT, 2, "warmth or swelling in the joint"),
        (HYALURONIC_ACID, JOINT, 14, "works gradually"),
        (HYALURONIC_ACID, JOINT, 50, "around 8 weeks"),
        (OTHER, JOINT, 10, "depends on what was injected"),
    ],
)
def test_what_to_expect_follows_the_kind_the_region_and_the_day(kind, region, day, words):
    assert words in expectation_for(day, expectations(), kind, region)


def test_a_steroid_or_hyaluronic_acid_injection_never_hears_the_prp_lines():
    for kind in (CORTICOSTEROID, HYALURONIC_ACID):
        for day in range(0, 120):
            text = expectation_for(day, expectations(), kind, JOINT)
            assert "inflammation is part of how" not in text
            assert "4 weeks is common" not in text


def test_every_kind_and_region_has_a_line_for_every_day():
    for kind in (PRP, CORTICOSTEROID, HYALURONIC_ACID, OTHER):
        for region in (SPINE, JOINT):
            assert all(expectation_for(d, expectations(), kind, region) for d in range(0, 400))


def test_worse_is_never_said_without_when_to_call_the_clinic():
    for item in expectations():
        if re.search(r"worse|sorer|flare", item.text):
            assert CALL in item.text and "or as your clinic told you" in item.text, item.text


def test_every_line_names_a_source_that_sources_md_describes():
    documented = set(
        re.findall(r"^### `([^`]+)`", resource_path("SOURCES.md").read_text("utf-8"), re.M)
    )
    for item in expectations():
        keys = {k.strip() for k in item.source.split(";")}
        assert item.source and keys <= documented, item


def test_kinds_and_sites_are_recognised_from_what_the_patient_wrote():
    assert kind_of("PRP") == PRP and kind_of("Platelet-rich plasma") == PRP
    assert kind_of("Corticosteroid") == CORTICOSTEROID and kind_of("cortisone shot") == (
        CORTICOSTEROID
    )
    assert kind_of("Hyaluronic acid") == HYALURONIC_ACID and kind_of("Synvisc") == (HYALURONIC_ACID)
    assert kind_of("Other") == OTHER and kind_of("Botox") == OTHER
    for site in ("Lumbar facet joint", "Lumbar disc", "Sacroiliac joint", "L5 epidural"):
        assert region_of(site) == SPINE
    assert region_of("Lower back") == SPINE and region_of("neck (C5-6 facet)") == SPINE
    for site in (
        "Knee",
        "Shoulder",
        "Hip",
        "Tendon",
        "Other",
        "",
        "Back of the knee",
        "Knee (discoid meniscus)",
    ):
        assert region_of(site) == JOINT
    assert is_intradiscal("Lumbar disc") and is_intradiscal("L4-5 intradiscal")
    assert is_intradiscal("Lumbar discs L4-5") and is_intradiscal("lumbar disk")
    assert not is_intradiscal("Lumbar facet joint") and not is_intradiscal("Knee")


def test_the_most_specific_lines_win_and_the_general_ones_are_the_fallback():
    items = parse_expectations(
        "kind,region,from_day,to_day,text,source\n"
        "PRP,spine,0,,spinal prp,x\nPRP,*,0,,any prp,x\n*,*,0,,general,x\n"
    )
    assert [i.text for i in lines_for(items, PRP, SPINE)] == ["spinal prp"]
    assert [i.text for i in lines_for(items, PRP, JOINT)] == ["any prp"]
    assert [i.text for i in lines_for(items, CORTICOSTEROID, JOINT)] == ["general"]


def test_nothing_before_an_injection_and_a_bad_file_names_its_line():
    assert expectation_for(None, expectations(), PRP, JOINT) is None
    assert expectation_for(-2, expectations(), PRP, JOINT) is None
    with pytest.raises(ValueError, match=r"x\.csv, line 3"):
        parse_expectations("from_day,to_day,text\n0,3,ok\nsoon,5,bad\n", "x.csv")
