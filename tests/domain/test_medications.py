from datetime import date

import pytest

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.conflicts import check_medicine
from recovery_tracker.domain.medications import CORTICOSTEROID, NSAID, UNKNOWN
from recovery_tracker.domain.models import Injection
from recovery_tracker.storage.resources import medicine_list

# Real-world spellings as patients type them, with what each is.
SPELLINGS = [
    ("Ibuprofen 400mg", NSAID),
    ("ibuprofen", NSAID),
    ("IBUPROFEN", NSAID),
    ("ibuprofin", NSAID),
    ("Advil", NSAID),
    ("advil liqui-gels", NSAID),
    ("Advil PM", NSAID),
    ("Motrin IB", NSAID),
    ("Nurofen", NSAID),
    ("nurofen plus", NSAID),
    ("Nurofen Express 200 mg", NSAID),
    ("Brufen 600", NSAID),
    ("Aleve", NSAID),
    ("naproxen sodium 220mg", NSAID),
    ("Naprosyn", NSAID),
    ("naproxin", NSAID),
    ("Voltaren gel", NSAID),
    ("voltaren emulgel 1%", NSAID),
    ("Voltarol", NSAID),
    ("diclofenac 50", NSAID),
    ("Celebrex", NSAID),
    ("celecoxib 200mg", NSAID),
    ("Mobic", NSAID),
    ("meloxicam 15 mg", NSAID),
    ("Toradol", NSAID),
    ("ketorolac", NSAID),
    ("Aspirin", NSAID),
    ("aspirin 500", NSAID),
    ("Aspro Clear", NSAID),
    ("Disprin", NSAID),
    ("Excedrin Migraine", NSAID),
    ("Bayer aspirin", NSAID),
    ("Arcoxia", NSAID),
    ("indomethacin", NSAID),
    ("Alka-Seltzer", NSAID),
    ("prednisone 20mg", CORTICOSTEROID),
    ("Medrol dose pack", CORTICOSTEROID),
    ("dexamethasone", CORTICOSTEROID),
    ("Prednisolone", CORTICOSTEROID),
    ("Paracetamol", "paracetamol"),
    ("paracetamol 1g", "paracetamol"),
    ("Acetaminophen 500 mg", "paracetamol"),
    ("Tylenol", "paracetamol"),
    ("Tylenol PM", "paracetamol"),
    ("Extra Strength Tylenol", "paracetamol"),
    ("Panadol", "paracetamol"),
    ("co-codamol 30/500", "paracetamol"),
    ("Calpol", "paracetamol"),
    ("tramadol 50mg", "opioid"),
    ("Codeine", "opioid"),
    ("gabapentin 300", "nerve pain"),
    ("Lyrica", "nerve pain"),
    ("cyclobenzaprine", "muscle relaxant"),
    ("vitamin D", UNKNOWN),
    ("turmeric capsules", UNKNOWN),
    ("my blue pill", UNKNOWN),
]


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_medicine_names_are_classified_as_patients_write_them(spelling, expected):
    assert medicine_list().classify(spelling).medicine_class == expected


def test_the_table_is_big_enough_to_mean_something():
    assert len(SPELLINGS) >= 40
    assert sum(1 for _, cls in SPELLINGS if cls != NSAID) >= 15


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
    for name, dose in (("low-dose aspirin", ""), ("aspirin", "81 mg"), ("baby aspirin", "")):
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
