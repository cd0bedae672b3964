"""check_medicines on years of doses: each dose looks only at the advice near its day, and
gets the answers of the simple check of every dose against every plan."""

import time
from datetime import date, timedelta
from datetime import time as clock_time

from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tracker.domain.advice import (
    AdviceCategory,
    AdviceRule,
    Plan,
    advice_windows,
    windows_in_force,
)
from recovery_tracker.domain.conflicts import (
    _allowed_by_doctor,
    check_medicines,
    rule_breaking_days,
)
from recovery_tracker.domain.medications import MedicationDose, dose_mentions_low_aspirin
from recovery_tracker.domain.models import Injection, InjectionStatus
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


OPEN_ENDED = (
    AdviceRule("No aspirin from now on", "", AdviceCategory.MEDICATION, 3, None, ("aspirin",)),
    AdviceRule("No steroids before", "", AdviceCategory.MEDICATION, None, -30, ("corticosteroid",)),
)


@given(
    injections=st.integers(1, 12),
    doses=st.integers(0, 400),
    open_ended=st.lists(st.sampled_from(OPEN_ENDED), max_size=2),
)
@settings(max_examples=40, deadline=None)
def test_the_days_a_dose_breaks_a_rule_are_the_checks_of_every_dose(injections, doses, open_ended):
    """The timeline's days against the plan, found checking only the doses taken while a rule
    forbids some medicine (the first chart's process, at 30 years), are those of every check."""
    taken, plans = diary(injections, max(doses, injections))
    if open_ended:
        plans[0] = Plan(plans[0].injection, (*RULES, *open_ended))
    every = check_medicines(taken, plans, medicine_list())
    expected = sorted({d.date for d, c in zip(taken, every, strict=True) if c.breaks_a_rule})
    assert rule_breaking_days(taken, plans, medicine_list()) == expected


def test_ten_times_the_diary_takes_about_ten_times_as_long():
    """An injection every three months, a dose a day: 10 years, then 100. A check that
    compared each dose with every plan took about 100x longer for 10x the diary."""
    ten_years = fastest_of_five(*diary(40, 3650))
    hundred_years = fastest_of_five(*diary(400, 36500))
    assert hundred_years < 20 * ten_years, (
        f"{ten_years * 1000:.1f} ms for 10 years, {hundred_years * 1000:.1f} ms for 100"
    )


# --- the same answers as the simple check of every dose against every plan ------------------

MEDICINES = medicine_list()
DAYS = st.integers(0, 60)  # few days, so that windows often begin or end on a dose
OFFSETS = st.none() | st.integers(-10, 20)
CLASSES = ("nsaid", "corticosteroid", "anticoagulant", "supplement")
rules = st.builds(
    AdviceRule,
    title=st.sampled_from(["No NSAIDs", "No steroids", "Paracetamol is fine", "Rest"]),
    advice=st.just(""),
    category=st.sampled_from(list(AdviceCategory)),
    start_day=OFFSETS,
    end_day=OFFSETS,
    avoid=st.lists(st.sampled_from(CLASSES), max_size=2, unique=True).map(tuple),
    allowed=st.lists(st.sampled_from(["celecoxib", "low-dose aspirin", "Advil"]), max_size=1).map(
        tuple
    ),
)
plans = st.lists(
    st.builds(
        lambda day, status, rules, number: Plan(
            Injection(FIRST + timedelta(days=day), "Knee", id=number, status=status), rules
        ),
        DAYS,
        st.sampled_from(list(InjectionStatus)),
        st.lists(rules, max_size=4).map(tuple),
        st.integers(1, 10_000),
    ),
    max_size=12,
    unique_by=lambda plan: plan.injection.id,
)
doses = st.lists(
    st.builds(
        lambda day, name, dose: MedicationDose(
            FIRST + timedelta(days=day), clock_time(9), name, dose
        ),
        DAYS,
        st.sampled_from(["Advil", "aspirin", "Aspirin 81 mg", "prednisone", "Tylenol", "Midol"]),
        st.sampled_from(["", "81 mg", "400 mg"]),
    ),
    max_size=30,
)


def every_dose_against_every_plan(doses, plans):
    """The check as it was before the windows were indexed by date: every window read."""
    windows = advice_windows(plans)
    answers = []
    for dose in doses:
        classification = MEDICINES.classify(dose.name)
        low_dose = classification.low_dose_aspirin or (
            classification.generic == "aspirin" and dose_mentions_low_aspirin(dose.dose)
        )
        forbidding = {
            id(w): w
            for medicine_class in classification.possible_classes()
            for w in windows_in_force(dose.date, windows)
            if medicine_class in w.rule.avoid
        }
        broken = [
            w
            for w in windows_in_force(dose.date, list(forbidding.values()))
            if not _allowed_by_doctor(w.rule, dose.name, classification, low_dose, MEDICINES)
        ]
        alternatives = [
            w
            for w in windows_in_force(dose.date, windows)
            if w.rule.category is AdviceCategory.MEDICATION and not w.rule.avoid
        ]
        answers.append((broken, alternatives if broken else []))
    return answers


@settings(max_examples=300, deadline=None)
@given(doses, plans)
def test_random_doses_and_plans_get_the_answers_of_the_simple_check(doses, plans):
    checks = check_medicines(doses, plans, MEDICINES)
    simple = every_dose_against_every_plan(doses, plans)
    assert [(list(c.broken_rules), list(c.alternatives)) for c in checks] == simple
