"""check_medicines on years of doses: each dose looks only at the advice near its day."""

import time
from datetime import date, timedelta
from datetime import time as clock_time

from recovery_tracker.domain.advice import (
    AdviceCategory,
    AdviceRule,
    Plan,
    advice_windows,
    windows_in_force,
)
from recovery_tracker.domain.conflicts import check_medicines
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import Injection
from recovery_tracker.storage.resources import medicine_list

RULES = (
    AdviceRule("No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",)),
    AdviceRule("Paracetamol for pain", "Usually allowed.", AdviceCategory.MEDICATION, 0, 14),
    AdviceRule("No steroids", "", AdviceCategory.MEDICATION, -14, 28, ("corticosteroid",)),
)
NAMES = ("Advil", "Tylenol", "prednisone", "Aleve", "vitamin D")
FIRST = date(1996, 1, 1)


def diary(injections: int, doses: int) -> tuple[list[MedicationDose], list[Plan]]:
    span = doses  # one dose a day
    gap = span // injections
    plans = [
        Plan(
            Injection(date=FIRST + timedelta(days=7 + i * gap), site="Knee", kind="PRP", id=i + 1),
            RULES,
        )
        for i in range(injections)
    ]
    taken = [
        MedicationDose(FIRST + timedelta(days=i), clock_time(9), NAMES[i % len(NAMES)], id=i + 1)
        for i in range(doses)
    ]
    return taken, plans


def fastest_of_five(doses: list[MedicationDose], plans: list[Plan]) -> float:
    medicines = medicine_list()
    check_medicines(doses[:50], plans, medicines)  # names classified once, as in the app
    times = []
    for _ in range(5):
        started = time.process_time()
        check_medicines(doses, plans, medicines)
        times.append(time.process_time() - started)
    return min(times)


def test_the_same_answers_as_reading_every_window():
    doses, plans = diary(40, 2000)
    windows = advice_windows(plans)
    for dose, check in zip(doses, check_medicines(doses, plans, medicine_list()), strict=True):
        forbidding = [w for w in windows if check.classification.medicine_class in w.rule.avoid]
        assert list(check.broken_rules) == windows_in_force(dose.date, forbidding)
        if check.broken_rules:
            assert list(check.alternatives) == [
                w
                for w in windows_in_force(dose.date, windows)
                if w.rule.category is AdviceCategory.MEDICATION and not w.rule.avoid
            ]
    assert sum(c.breaks_a_rule for c in check_medicines(doses, plans, medicine_list())) > 100


def test_ten_times_the_diary_takes_about_ten_times_as_long():
    """An injection every three months, a dose a day: 10 years, then 100. A check that
    compared each dose with every plan took about 100x longer for 10x the diary."""
    ten_years = fastest_of_five(*diary(40, 3650))
    hundred_years = fastest_of_five(*diary(400, 36500))
    assert hundred_years < 20 * ten_years, (
        f"{ten_years * 1000:.1f} ms for 10 years, {hundred_years * 1000:.1f} ms for 100"
    )
