"""Does a medicine go against the advice in force? Said before it is saved, never as an order.

The app must never tell anyone to stop a medicine a doctor prescribed: every warning names the
rule and the days left, and sends prescribed medicines back to the prescriber.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from recovery_tracker.domain.advice import (
    ActiveAdvice,
    AdviceCategory,
    AdviceRule,
    Plan,
    advice_windows,
    describe_time_left,
    windows_in_force,
)
from recovery_tracker.domain.medications import (
    CHECK_LABEL,
    MedicationDose,
    dose_mentions_low_aspirin,
)
from recovery_tracker.domain.medicine_list import Classification, MedicineList, name_includes
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

PRESCRIBED_NOTE = QT_TRANSLATE_NOOP(
    "Medicines",
    "If a doctor prescribed it for you, do not stop it on your own: ask them, "
    "and tell your injection clinic.",
)
LOW_DOSE_ASPIRIN_NOTE = QT_TRANSLATE_NOOP(
    "Medicines",
    "Low-dose aspirin is usually prescribed to protect the heart or blood vessels. "
    "Do not stop it on your own: ask the doctor who prescribed it, and tell your injection "
    "clinic that you take it.",
)


@dataclass(frozen=True, slots=True)
class MedicineCheck:
    """What the app knows about one medicine on one day."""

    name: str
    classification: Classification
    broken_rules: tuple[ActiveAdvice, ...]  # rules in force that forbid this medicine's class
    alternatives: tuple[ActiveAdvice, ...]  # medicine advice in force that forbids nothing
    low_dose_aspirin: bool

    @property
    def breaks_a_rule(self) -> bool:
        return bool(self.broken_rules)

    def message(self, today: date) -> str:
        """The warning, with the days left counted from ``today`` (not from the dose's day:
        a dose logged late must not read "6 more days" when 2 are left)."""
        if not self.broken_rules:
            return ""
        name, generic = self.name.strip(), self.classification.generic
        if self.classification.medicine_class == CHECK_LABEL:
            lines = self._check_the_label_lines(name)
        else:
            named = (
                f"{name} ({generic})" if generic and generic.casefold() != name.casefold() else name
            )
            label = self.classification.label
            # Two sentences only because English needs "a" or "an"; translate them alike.
            sentence = (
                translate("Medicines", "{name} is an {kind}.")
                if label[:1].lower() in "aeiou"
                else translate("Medicines", "{name} is a {kind}.")
            )
            lines = [sentence.format(name=named, kind=label)]
        for window in self.broken_rules:
            lines.append(
                (
                    translate(
                        "Medicines",
                        "Your plan for your planned injection of {day} says “{title}”: "
                        "{time_left}.",
                    )
                    if window.injection.planned
                    else translate(
                        "Medicines", "Your plan for injection {number} says “{title}”: {time_left}."
                    )
                ).format(
                    number=window.injection_number,
                    day=format_date(window.injection.date, DateStyle.WEEKDAY_NO_YEAR),
                    title=window.rule.title,
                    time_left=_time_left(window, today),
                )
            )
        note = LOW_DOSE_ASPIRIN_NOTE if self.low_dose_aspirin else PRESCRIBED_NOTE
        lines.append(translate("Medicines", note))
        for window in self.alternatives:
            also = translate("Medicines", "Your plan also says: {title}.").format(
                title=window.rule.title
            )
            lines.append(f"{also} {window.rule.advice}".strip())
        return "\n".join(lines)

    def _check_the_label_lines(self, name: str) -> list[str]:
        """A brand sold with different ingredients: never guessed, the label decides."""
        avoided = {c for w in self.broken_rules for c in w.rule.avoid}
        ingredients = [n for n, c in self.classification.ingredients if c in avoided] or [
            n for n, _ in self.classification.ingredients
        ]
        listed = (
            translate("Medicines", "{names} or {last}").format(
                names=", ".join(ingredients[:-1]), last=ingredients[-1]
            )
            if len(ingredients) > 1
            else "".join(ingredients)
        )
        return [
            translate(
                "Medicines",
                "{name} is sold with different ingredients under the same name: check the label.",
            ).format(name=name),
            translate("Medicines", "If it lists {ingredients}, your plan applies to it:").format(
                ingredients=listed
            ),
        ]


def _time_left(window: ActiveAdvice, today: date) -> str:
    left = window.days_left_after(today)
    if left is not None and left < 0 and window.end is not None:  # over by now
        return translate("Medicines", "until {day}").format(
            day=format_date(window.end, DateStyle.LONG_NO_YEAR)
        )
    return describe_time_left(window, today)


def check_medicine(
    name: str, dose: str, day: date, plans: Sequence[Plan], medicines: MedicineList
) -> MedicineCheck:
    [check] = check_medicines([MedicationDose(day, time(0), name, dose)], plans, medicines)
    return check


def check_medicines(
    doses: Sequence[MedicationDose], plans: Sequence[Plan], medicines: MedicineList
) -> list[MedicineCheck]:
    """Every dose checked against the plans, the windows worked out once for all of them and
    indexed by date, so each dose reads only the windows near its day: linear in the diary's
    size, where comparing every dose with every plan grew with their product."""
    return _check_all(doses, advice_windows(plans), medicines)


def rule_breaking_days(
    doses: Sequence[MedicationDose], plans: Sequence[Plan], medicines: MedicineList
) -> list[date]:
    """The days with a dose that breaks a rule of the plans, in order: check_medicines's
    answer, where only the doses taken while a rule forbids some medicine are checked (no
    other can break one). The timeline marks these days; at 30 years the first chart's
    process checked 3,650 doses to find 234 days, while matplotlib was still loading."""
    windows = advice_windows(plans)
    # The days some rule forbids a medicine, as (first, last) spans, overlaps merged.
    spans: list[list[date]] = []
    for first, last in sorted(
        (w.start or date.min, w.end or date.max) for w in windows if w.rule.avoid
    ):
        if spans and first <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], last)
        else:
            spans.append([first, last])
    firsts = [first for first, _last in spans]

    def forbidden_on(day: date) -> bool:
        at = bisect.bisect_right(firsts, day) - 1
        return at >= 0 and day <= spans[at][1]

    near = [dose for dose in doses if forbidden_on(dose.date)]
    checks = _check_all(near, windows, medicines)
    return sorted({d.date for d, check in zip(near, checks, strict=True) if check.breaks_a_rule})


def _check_all(
    doses: Sequence[MedicationDose], windows: list[ActiveAdvice], medicines: MedicineList
) -> list[MedicineCheck]:
    by_class = {
        medicine_class: _WindowsByDate(forbidding)
        for medicine_class, forbidding in _by_avoided_class(windows).items()
    }
    alternatives = _WindowsByDate(
        [w for w in windows if w.rule.category is AdviceCategory.MEDICATION and not w.rule.avoid]
    )
    return [_check(d.name, d.dose, d.date, medicines, by_class, alternatives) for d in doses]


class _WindowsByDate:
    """Windows sorted by first day. Those with a first and a last day are found by bisection
    (none is longer than the longest); open-ended ones, few, are always read."""

    def __init__(self, windows: Sequence[ActiveAdvice]) -> None:
        self._open: list[tuple[int, ActiveAdvice]] = []
        bounded: list[tuple[date, int, ActiveAdvice]] = []
        self._longest = timedelta(0)
        for index, window in enumerate(windows):
            if window.start is None or window.end is None:
                self._open.append((index, window))
            else:
                bounded.append((window.start, index, window))
                self._longest = max(self._longest, window.end - window.start)
        bounded.sort(key=lambda item: (item[0], item[1]))
        self._starts = [start for start, _i, _w in bounded]
        self._bounded = [(index, window) for _s, index, window in bounded]

    def in_force(self, day: date) -> list[ActiveAdvice]:
        """As windows_in_force(day, windows), in the same order."""
        low = bisect.bisect_left(self._starts, day - self._longest)
        high = bisect.bisect_right(self._starts, day)
        near = sorted(self._open + self._bounded[low:high], key=lambda item: item[0])
        return windows_in_force(day, [window for _i, window in near])


def _by_avoided_class(windows: Sequence[ActiveAdvice]) -> dict[str, list[ActiveAdvice]]:
    """The windows that forbid each medicine class, so a check reads only those."""
    by_class: dict[str, list[ActiveAdvice]] = {}
    for window in windows:
        for medicine_class in window.rule.avoid:
            by_class.setdefault(medicine_class, []).append(window)
    return by_class


def _check(
    name: str,
    dose: str,
    day: date,
    medicines: MedicineList,
    by_class: dict[str, _WindowsByDate],
    alternatives_by_date: _WindowsByDate,
) -> MedicineCheck:
    classification = medicines.classify(name)
    low_dose = classification.low_dose_aspirin or (
        classification.generic == "aspirin" and dose_mentions_low_aspirin(dose)
    )
    # A brand to check on its label may be any of its lines: each line's class counts.
    in_force = {
        id(window): window
        for medicine_class in classification.possible_classes()
        if (forbidding := by_class.get(medicine_class)) is not None
        for window in forbidding.in_force(day)
    }
    broken = tuple(
        window
        for window in windows_in_force(day, list(in_force.values()))  # most important first
        if not _allowed_by_doctor(window.rule, name, classification, low_dose, medicines)
    )
    # Only when a rule is broken does the patient need to read what the plan allows instead.
    alternatives = tuple(alternatives_by_date.in_force(day)) if broken else ()
    return MedicineCheck(name, classification, broken, alternatives, low_dose)


def _allowed_by_doctor(
    rule: AdviceRule,
    name: str,
    classification: Classification,
    low_dose: bool,
    medicines: MedicineList,
) -> bool:
    """The plan names this medicine as one the doctor allows: then it is never warned about.

    "celecoxib" allows Celebrex too (same generic); "low-dose aspirin" allows only low doses.
    A brand to check on its label is allowed only by its own name: its lines differ.
    """
    for allowed in rule.allowed:
        if name_includes(name, allowed):
            return True
        known = medicines.classify(allowed)
        if (
            classification.generic is not None
            and known.generic == classification.generic
            and (low_dose or not known.low_dose_aspirin)
        ):
            return True
    return False
