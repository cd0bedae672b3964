import csv
import re
from datetime import date, time

import pytest

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.conflicts import check_medicine, check_medicines
from recovery_tracker.domain.medications import (
    CHECK_LABEL,
    CORTICOSTEROID,
    NSAID,
    SUPPLEMENT,
    UNKNOWN,
    MedicationDose,
)
from recovery_tracker.domain.models import Injection
from recovery_tracker.storage.resources import medicine_list, resource_path

SOURCES = resource_path("SOURCES.md")

# Real-world spellings as patients type them, with what each is: generics and brands from the
# US, UK, EU, Canada and Australia, including brands whose product lines differ (CHECK_LABEL).
SPELLINGS = [
    ("Ibuprofen 400mg", NSAID),
    ("ibuprofen", NSAID),
    ("IBUPROFEN", NSAID),
    ("ibuprofin", NSAID),
    ("Advil", NSAID),
    ("advil liqui-gels", NSAID),
    ("Advil PM", NSAID),  # ibuprofen with diphenhydramine in every market
    ("Advil Dual Action", NSAID),
    ("Motrin IB", NSAID),
    ("Nurofen", NSAID),
    ("nurofen plus", NSAID),
    ("Nurofen Express 200 mg", NSAID),
    ("Nurofen Joint & Back Pain Relief gel", NSAID),
    ("Brufen 600", NSAID),
    ("Cuprofen", NSAID),
    ("Actiprofen", NSAID),  # Canada
    ("Panafen", NSAID),  # Australia
    ("Ipren", NSAID),  # Sweden
    ("Aleve", NSAID),
    ("Aleve PM", NSAID),  # naproxen with diphenhydramine
    ("naproxen sodium 220mg", NSAID),
    ("Naprosyn", NSAID),
    ("naproxin", NSAID),
    ("Anaprox DS", NSAID),
    ("Naprogesic", NSAID),
    ("Voltaren gel", NSAID),
    ("voltaren emulgel 1%", NSAID),
    ("Voltarol", NSAID),
    ("diclofenac 50", NSAID),
    ("Pennsaid", NSAID),
    ("Flector patch", NSAID),
    ("Arthrotec", NSAID),
    ("Celebrex", NSAID),
    ("celecoxib 200mg", NSAID),
    ("Mobic", NSAID),
    ("meloxicam 15 mg", NSAID),
    ("Toradol", NSAID),
    ("ketorolac", NSAID),
    ("Arcoxia", NSAID),
    ("indomethacin", NSAID),
    ("Relafen", NSAID),
    ("etodolac", NSAID),
    ("Daypro", NSAID),
    ("Feldene gel", NSAID),
    ("ketoprofen gel", NSAID),
    ("Oruvail", NSAID),
    ("Vimovo", NSAID),
    ("Duexis", NSAID),
    ("Nuromol", NSAID),
    ("Combogesic", NSAID),
    ("Maxigesic", NSAID),
    ("Vicoprofen", NSAID),
    ("Treximet", NSAID),
    ("Norgesic", NSAID),
    ("Soma Compound", NSAID),
    ("Traxam", NSAID),
    ("Aspirin", NSAID),
    ("aspirin 500", NSAID),
    ("Aspro Clear", NSAID),
    ("Disprin", NSAID),
    ("Bayer aspirin", NSAID),
    ("Ecotrin", NSAID),
    ("Bufferin", NSAID),
    ("BC Powder", NSAID),
    ("Goody's Extra Strength", NSAID),
    ("Goodys Back & Body powder", NSAID),
    ("Stanback", NSAID),
    ("Anacin", NSAID),
    ("Excedrin Migraine", NSAID),
    ("Excedrin Extra Strength", NSAID),
    ("Alka-Seltzer Original", NSAID),
    ("Anadin Extra", NSAID),
    ("Beechams Powders", NSAID),
    ("Entrophen", NSAID),  # Canada
    ("Cartia", NSAID),  # Australia, low-dose aspirin
    ("Pepto-Bismol", NSAID),  # bismuth subsalicylate
    ("Doan's", NSAID),  # magnesium salicylate
    ("salsalate", NSAID),
    ("Dolobid", NSAID),
    ("Bengay Ultra Strength", NSAID),  # methyl salicylate
    ("Salonpas Pain Relief Patch", NSAID),
    ("Feminax Ultra", NSAID),
    ("Midol Extended Relief", NSAID),
    ("Midol ibuprofen", NSAID),  # the ingredient named settles the brand
    ("prednisone 20mg", CORTICOSTEROID),
    ("Medrol dose pack", CORTICOSTEROID),
    ("dexamethasone", CORTICOSTEROID),
    ("Prednisolone", CORTICOSTEROID),
    ("Deltasone", CORTICOSTEROID),
    ("Rayos", CORTICOSTEROID),
    ("Orapred ODT", CORTICOSTEROID),
    ("Medrone", CORTICOSTEROID),  # UK
    ("Deltacortril", CORTICOSTEROID),  # UK
    ("Winpred", CORTICOSTEROID),  # Canada
    ("Panafcortelone", CORTICOSTEROID),  # Australia
    ("Solone", CORTICOSTEROID),  # Australia
    ("Decortin H", CORTICOSTEROID),  # Germany
    ("Cortancyl", CORTICOSTEROID),  # France
    ("Fortecortin 4 mg", CORTICOSTEROID),
    ("Hemady", CORTICOSTEROID),
    ("Midol", CHECK_LABEL),  # ibuprofen, naproxen or paracetamol depending on the box
    ("midol", CHECK_LABEL),
    ("Excedrin", CHECK_LABEL),
    ("Alka-Seltzer", CHECK_LABEL),
    ("Alka-Seltzer Plus Cold", CHECK_LABEL),
    ("Anadin", CHECK_LABEL),
    ("Feminax", CHECK_LABEL),
    ("Goody's", CHECK_LABEL),
    ("Solpadeine", CHECK_LABEL),
    ("Icy Hot", CHECK_LABEL),
    ("Aspercreme", CHECK_LABEL),
    ("aspirin-free pain reliever", CHECK_LABEL),  # says what it lacks, not what it holds
    ("Aspirin free ibuprofen", NSAID),
    ("fish oil 1000 mg", SUPPLEMENT),
    ("Omega-3", SUPPLEMENT),
    ("cod liver oil", SUPPLEMENT),
    ("krill oil", SUPPLEMENT),
    ("turmeric capsules", SUPPLEMENT),
    ("tumeric", SUPPLEMENT),
    ("curcumin", SUPPLEMENT),
    ("Vitamin E 400 IU", SUPPLEMENT),
    ("ginkgo biloba", SUPPLEMENT),
    ("garlic tablets", SUPPLEMENT),
    ("Lovaza", SUPPLEMENT),
    ("Paracetamol", "paracetamol"),
    ("paracetamol 1g", "paracetamol"),
    ("Acetaminophen 500 mg", "paracetamol"),
    ("Tylenol", "paracetamol"),
    ("Tylenol PM", "paracetamol"),
    ("Extra Strength Tylenol", "paracetamol"),
    ("Panadol", "paracetamol"),
    ("co-codamol 30/500", "paracetamol"),
    ("Calpol", "paracetamol"),
    ("Excedrin Tension Headache", "paracetamol"),  # paracetamol and caffeine: no aspirin
    ("Aspirin Free Excedrin", "paracetamol"),
    ("Aspirin-free Anacin", "paracetamol"),
    ("Midol Complete", "paracetamol"),
    ("Midol PM", "paracetamol"),
    ("Anadin Paracetamol", "paracetamol"),
    ("Feminax Original", "paracetamol"),
    ("Goody's Headache Relief Shot", "paracetamol"),
    ("Atasol", "paracetamol"),  # Canada
    ("Panamax", "paracetamol"),  # Australia
    ("tramadol 50mg", "opioid"),
    ("Codeine", "opioid"),
    ("gabapentin 300", "nerve pain"),
    ("Lyrica", "nerve pain"),
    ("cyclobenzaprine", "muscle relaxant"),
    ("Icy Hot Lidocaine", "other"),
    ("vitamin D", UNKNOWN),
    ("Pulmicort inhaler", UNKNOWN),  # inhaled steroids are not what clinics ask about
    ("my blue pill", UNKNOWN),
    # A tester's cold remedies: aspirin with caffeine, and brands whose lines differ.
    ("Cafiaspirina", NSAID),
    ("Theraflu", CHECK_LABEL),
    ("Lemsip Max", CHECK_LABEL),
    ("Neo Citran", CHECK_LABEL),
    ("Codral cold and flu", CHECK_LABEL),
    ("Coricidin HBP", CHECK_LABEL),
    ("Grippostad C", CHECK_LABEL),
]


def test_a_near_miss_of_a_heart_protection_brand_is_not_taken_for_a_low_dose():
    # "Cafiasprina" (a typo) is nearest to Cafiaspirina and Cardioaspirina: never a low dose.
    assert not medicine_list().classify("Cafiasprina").low_dose_aspirin
    assert medicine_list().classify("Cardioaspirina").low_dose_aspirin


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_medicine_names_are_classified_as_patients_write_them(spelling, expected):
    assert medicine_list().classify(spelling).medicine_class == expected


def test_the_table_is_big_enough_to_mean_something():
    assert len(SPELLINGS) >= 100
    assert sum(1 for _, cls in SPELLINGS if cls == CHECK_LABEL) >= 10
    assert sum(1 for _, cls in SPELLINGS if cls not in (NSAID, CHECK_LABEL)) >= 40


def test_the_list_has_several_hundred_names_each_with_a_group_that_has_a_source():
    rows = list(csv.DictReader(resource_path("medications.csv").open(encoding="utf-8")))
    assert len(rows) >= 400
    documented = set(re.findall(r"^### `([^`]+)`", SOURCES.read_text("utf-8"), re.MULTILINE))
    assert {row["group"] for row in rows} <= documented
    assert all(row["group"] for row in rows)
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))


def test_a_brand_to_check_names_the_ingredients_to_look_for():
    midol = medicine_list().classify("Midol")
    assert midol.generic is None  # never guessed
    assert [name for name, _ in midol.ingredients] == ["ibuprofen", "naproxen", "paracetamol"]
    assert midol.possible_classes() == (NSAID, "paracetamol")


def test_paracetamol_is_never_an_nsaid():
    for name in ("paracetamol", "acetaminophen", "Tylenol", "Panadol", "Tylenol PM"):
        assert medicine_list().classify(name).medicine_class != NSAID


INJECTION = Injection(date=date(2026, 11, 10), site="Lumbar facet joint", kind="PRP", id=1)
PLAN = [
    Plan(
        INJECTION,
        (
            AdviceRule("No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",)),
            AdviceRule(
                "Paracetamol for pain",
                "Paracetamol is usually allowed.",
                AdviceCategory.MEDICATION,
                0,
                14,
            ),
        ),
    )
]


def test_an_nsaid_in_the_window_names_the_rule_days_left_and_the_alternative():
    check = check_medicine("Advil", "400 mg", date(2026, 11, 14), PLAN, medicine_list())
    assert check.breaks_a_rule
    message = check.message(date(2026, 11, 14))
    assert "anti-inflammatory (NSAID)" in message
    assert "“No anti-inflammatories”: 10 more days, until 24 November" in message
    assert "Paracetamol is usually allowed" in message
    assert "do not stop it on your own" in message


def test_no_warning_outside_the_window_or_for_paracetamol():
    assert not check_medicine("Advil", "", date(2026, 11, 25), PLAN, medicine_list()).breaks_a_rule
    assert not check_medicine(
        "Tylenol", "", date(2026, 11, 14), PLAN, medicine_list()
    ).breaks_a_rule


def test_low_dose_aspirin_is_never_told_to_stop():
    for name, dose in (
        ("low-dose aspirin", ""),
        ("aspirin", "81 mg"),
        ("baby aspirin", ""),
        ("Cartia", ""),  # Australia: 100 mg, sold only as a low dose
        ("Nu-Seals", ""),  # UK: 75 mg
        ("Aggrenox", ""),  # aspirin 25 mg with dipyridamole, after a stroke
    ):
        check = check_medicine(name, dose, date(2026, 11, 14), PLAN, medicine_list())
        assert check.breaks_a_rule and check.low_dose_aspirin
        message = check.message(date(2026, 11, 14)).lower()
        assert "do not stop it on your own" in message
        assert "ask the doctor who prescribed it" in message
    for check_name in ("Advil", "aspirin", "prednisone"):
        text = (
            check_medicine(check_name, "", date(2026, 11, 14), PLAN, medicine_list())
            .message(date(2026, 11, 14))
            .lower()
        )
        assert "stop taking" not in text and "you must stop" not in text


DAY = date(2026, 11, 14)


def plan_with(*rules: AdviceRule) -> list[Plan]:
    return [Plan(INJECTION, rules)]


def nsaid_rule(allowed: tuple[str, ...] = ()) -> AdviceRule:
    return AdviceRule(
        "No anti-inflammatories",
        "",
        AdviceCategory.MEDICATION,
        -7,
        14,
        ("corticosteroid", "nsaid"),
        allowed=allowed,
    )


def test_a_brand_sold_with_different_ingredients_asks_to_check_the_label():
    check = check_medicine("Midol", "", DAY, PLAN, medicine_list())
    assert check.breaks_a_rule  # it may be an NSAID: the patient is asked before saving
    message = check.message(DAY)
    assert "sold with different ingredients under the same name: check the label" in message
    assert "If it lists ibuprofen or naproxen, your plan applies to it:" in message
    assert "“No anti-inflammatories”: 10 more days" in message
    assert "is an anti-inflammatory" not in message  # no false confidence
    assert "paracetamol" not in message.split("applies to it")[0]


def test_a_named_product_line_without_an_nsaid_is_not_warned_about():
    for name in ("Excedrin Tension Headache", "Midol Complete", "Anadin Paracetamol"):
        assert not check_medicine(name, "", DAY, PLAN, medicine_list()).breaks_a_rule


def test_a_medicine_the_doctor_allows_is_never_warned_about():
    plans = plan_with(nsaid_rule(allowed=("celecoxib",)))
    for name in ("celecoxib", "Celebrex 200 mg", "CELECOXIB"):
        check = check_medicine(name, "", DAY, plans, medicine_list())
        assert not check.breaks_a_rule and check.message(DAY) == ""
    assert check_medicine("ibuprofen", "", DAY, plans, medicine_list()).breaks_a_rule
    assert check_medicines([MedicationDose(DAY, time(9), "Celebrex")], plans, medicine_list()) == [
        check_medicine("Celebrex", "", DAY, plans, medicine_list())
    ]


def test_allowing_low_dose_aspirin_does_not_allow_a_painkilling_dose():
    plans = plan_with(nsaid_rule(allowed=("low-dose aspirin",)))
    assert not check_medicine("aspirin", "81 mg", DAY, plans, medicine_list()).breaks_a_rule
    assert not check_medicine("baby aspirin", "", DAY, plans, medicine_list()).breaks_a_rule
    assert check_medicine("aspirin", "500 mg", DAY, plans, medicine_list()).breaks_a_rule


def test_allowing_a_brand_to_check_allows_only_that_brand():
    plans = plan_with(nsaid_rule(allowed=("Midol",)))
    assert not check_medicine("Midol", "", DAY, plans, medicine_list()).breaks_a_rule
    assert check_medicine("naproxen", "", DAY, plans, medicine_list()).breaks_a_rule


def test_supplements_are_warned_about_only_when_the_plan_adds_them():
    assert not check_medicine("fish oil", "", DAY, PLAN, medicine_list()).breaks_a_rule
    rule = AdviceRule(
        "No supplements that thin the blood", "", AdviceCategory.MEDICATION, -7, 7, ("supplement",)
    )
    check = check_medicine("fish oil", "", DAY, plan_with(rule), medicine_list())
    assert check.breaks_a_rule
    assert "supplement that can affect bleeding" in check.message(DAY)
