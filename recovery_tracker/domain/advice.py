"""Advice rules: the doctor's instructions as windows of days relative to an injection.

Day 0 is the injection day; a rule from -7 to 14 is in force from a week before to two weeks
after, both ends included. A missing start or end means open-ended.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.recovery import numbered_injections


class AdviceCategory(StrEnum):
    MEDICATION = "medication"
    ACTIVITY = "activity"
    CARE = "care"
    OTHER = "other"


CATEGORY_LABELS = {
    AdviceCategory.MEDICATION: "Medicines",
    AdviceCategory.ACTIVITY: "Activity",
    AdviceCategory.CARE: "Care",
    AdviceCategory.OTHER: "Other",
}

# Medicine classes a rule can forbid (see medications.py), with the words a patient reads.
AVOIDABLE_CLASSES = {"nsaid": "anti-inflammatories (NSAIDs)", "corticosteroid": "corticosteroids"}


@dataclass(frozen=True, slots=True)
class AdviceRule:
    title: str
    advice: str
    category: AdviceCategory
    start_day: int | None  # days relative to the injection; None = open-ended
    end_day: int | None
    avoid: tuple[str, ...] = ()  # medicine classes this rule forbids
    id: int | None = None
    injection_id: int | None = None

    def in_force_on_offset(self, offset: int) -> bool:
        return (self.start_day is None or offset >= self.start_day) and (
            self.end_day is None or offset <= self.end_day
        )

    def window_text(self) -> str:
        return describe_window(self.start_day, self.end_day)


def describe_window(start: int | None, end: int | None) -> str:
    def day(n: int) -> str:
        if n == 0:
            return "the injection day"
        unit = "day" if abs(n) == 1 else "days"
        return f"{abs(n)} {unit} {'before' if n < 0 else 'after'}"

    if start is None and end is None:
        return "always"
    if start is None:
        return f"until {day(end)}"  # type: ignore[arg-type]
    if end is None:
        return f"from {day(start)}, until your doctor says otherwise"
    if start == end:
        return f"on {day(start)}"
    return f"from {day(start)} to {day(end)}"


@dataclass(frozen=True, slots=True)
class AdviceTemplate:
    name: str
    default_for: tuple[str, ...]  # injection kinds that get this template by default
    rules: tuple[AdviceRule, ...]


class TemplateError(ValueError):
    """A template file is malformed; the message names the file and line."""


TEMPLATE_COLUMNS = (
    "template",
    "default_for",
    "title",
    "category",
    "start_day",
    "end_day",
    "avoid",
    "advice",
)


def parse_templates(text: str, source: str) -> list[AdviceTemplate]:
    """Read advice templates from CSV text (one rule per row). ``source`` names the file."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in TEMPLATE_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise TemplateError(f"{source}, line 1: missing column(s) {', '.join(missing)}.")
    rules: dict[str, list[AdviceRule]] = {}
    defaults: dict[str, set[str]] = {}
    for row in reader:
        where = f"{source}, line {reader.line_num}"
        name = (row["template"] or "").strip()
        if not name:
            raise TemplateError(f"{where}: the template name is empty.")
        try:
            rule = rule_from_fields(row)
        except ValueError as error:
            raise TemplateError(f"{where}: {error}") from None
        rules.setdefault(name, []).append(rule)
        kinds = {k.strip() for k in (row["default_for"] or "").split("|") if k.strip()}
        defaults.setdefault(name, set()).update(kinds)
    if not rules:
        raise TemplateError(f"{source}: no advice rules found.")
    return [AdviceTemplate(n, tuple(sorted(defaults[n])), tuple(r)) for n, r in rules.items()]


def rule_from_fields(row: dict[str, str | None]) -> AdviceRule:
    """An AdviceRule from text fields (template files, CSV import).

    Raises ValueError saying what is wrong.
    """
    title = (row.get("title") or "").strip()
    if not title:
        raise ValueError("the rule has no title.")
    category_text = (row.get("category") or "").strip().lower()
    try:
        category = AdviceCategory(category_text)
    except ValueError:
        allowed = ", ".join(c.value for c in AdviceCategory)
        raise ValueError(f"unknown category “{category_text}” (use one of: {allowed}).") from None
    start = _parse_day(row.get("start_day"), "start_day")
    end = _parse_day(row.get("end_day"), "end_day")
    avoid = tuple(
        sorted({a.strip().lower() for a in (row.get("avoid") or "").split("|") if a.strip()})
    )
    unknown = [a for a in avoid if a not in AVOIDABLE_CLASSES]
    if unknown:
        raise ValueError(
            f"unknown medicine class “{unknown[0]}” in avoid (use nsaid or corticosteroid)."
        )
    return validate_rule(
        AdviceRule(title, (row.get("advice") or "").strip(), category, start, end, avoid)
    )


def _parse_day(value: str | None, name: str) -> int | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{name} must be a whole number of days, not “{text}”.") from None


MAX_WINDOW_DAYS = 3650


def validate_rule(rule: AdviceRule) -> AdviceRule:
    if not rule.title.strip():
        raise ValueError("The advice needs a short title.")
    for value in (rule.start_day, rule.end_day):
        if value is not None and abs(value) > MAX_WINDOW_DAYS:
            raise ValueError(f"A window of {value} days is beyond ten years; please check it.")
    if rule.start_day is not None and rule.end_day is not None and rule.end_day < rule.start_day:
        raise ValueError(
            f"The window ends (day {rule.end_day}) before it starts (day {rule.start_day})."
        )
    return rule


def default_template_for(kind: str, templates: Sequence[AdviceTemplate]) -> AdviceTemplate | None:
    wanted = kind.strip().casefold()
    for template in templates:
        if wanted in (k.casefold() for k in template.default_for):
            return template
    for template in templates:  # a kind nobody claimed gets the catch-all, if one exists
        if "*" in template.default_for:
            return template
    return None


# --- what is in force ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActiveAdvice:
    rule: AdviceRule
    injection_number: int
    injection: Injection
    start: date | None
    end: date | None  # last day in force, None = open-ended

    def days_left_after(self, day: date) -> int | None:
        return None if self.end is None else (self.end - day).days


@dataclass(frozen=True, slots=True)
class Plan:
    """One injection and its advice rules."""

    injection: Injection
    rules: tuple[AdviceRule, ...] = field(default_factory=tuple)


def _windows(plans: Iterable[Plan]) -> list[ActiveAdvice]:
    numbers = {n.injection.id: n.number for n in numbered_injections(p.injection for p in plans)}
    windows = []
    for plan in plans:
        start_of = plan.injection.date
        for rule in plan.rules:
            windows.append(
                ActiveAdvice(
                    rule,
                    numbers.get(plan.injection.id, 0),
                    plan.injection,
                    None if rule.start_day is None else start_of + timedelta(rule.start_day),
                    None if rule.end_day is None else start_of + timedelta(rule.end_day),
                )
            )
    return windows


def advice_windows(plans: Sequence[Plan]) -> list[ActiveAdvice]:
    """Every rule of every plan with its calendar dates."""
    return _windows(plans)


def advice_in_force(day: date, plans: Sequence[Plan]) -> list[ActiveAdvice]:
    """Rules in force on ``day``, medicines first, then those ending soonest."""
    return windows_in_force(day, _windows(plans))


def windows_in_force(day: date, windows: Sequence[ActiveAdvice]) -> list[ActiveAdvice]:
    active = [
        w
        for w in windows
        if (w.start is None or w.start <= day) and (w.end is None or day <= w.end)
    ]
    return sorted(active, key=_importance)


def advice_changing_soon(
    day: date, plans: Sequence[Plan], horizon: int = 7
) -> list[tuple[str, ActiveAdvice]]:
    """("starts", w) for rules starting within ``horizon`` days; ("ends", w) for those ending."""
    changes = []
    for window in _windows(plans):
        if window.start is not None and 0 < (window.start - day).days <= horizon:
            changes.append(("starts", window))
        elif (
            window.end is not None
            and 0 <= (window.end - day).days < horizon
            and (window.start is None or window.start <= day)
        ):
            changes.append(("ends", window))
    return sorted(changes, key=lambda c: (c[1].start if c[0] == "starts" else c[1].end) or day)


def _importance(window: ActiveAdvice) -> tuple[int, date]:
    order = list(AdviceCategory).index(window.rule.category)
    return order, window.end or date.max


def describe_time_left(window: ActiveAdvice, day: date) -> str:
    """ "9 more days, until 3 December" / "last day today" / "until your doctor says otherwise"."""
    left = window.days_left_after(day)
    if left is None:
        return "until your doctor says otherwise"
    if left == 0:
        return "last day today"
    assert window.end is not None
    until = f"{window.end.day} {window.end:%B}"
    return f"{left} more day{'s' if left != 1 else ''}, until {until}"


def describe_start(window: ActiveAdvice, day: date) -> str:
    assert window.start is not None
    days = (window.start - day).days
    when = "tomorrow" if days == 1 else f"in {days} days, on {window.start.day} {window.start:%B}"
    return f"{window.rule.title}: starts {when}"
