"""Advice rules: the doctor's instructions as windows of days relative to an injection.

Day 0 is the injection day; a rule from -7 to 14 is in force from a week before to two weeks
after, both ends included. A missing start or end means open-ended.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.recovery import numbered_injections
from recovery_tracker.domain.settings import DiarySettings
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate


class AdviceCategory(StrEnum):
    MEDICATION = "medication"
    ACTIVITY = "activity"
    CARE = "care"
    OTHER = "other"


CATEGORY_LABELS = {
    AdviceCategory.MEDICATION: QT_TRANSLATE_NOOP("Advice", "Medicines"),
    AdviceCategory.ACTIVITY: QT_TRANSLATE_NOOP("Advice", "Activity"),
    AdviceCategory.CARE: QT_TRANSLATE_NOOP("Advice", "Care"),
    AdviceCategory.OTHER: QT_TRANSLATE_NOOP("Advice", "Other"),
}

# Medicine classes a rule can forbid (see medications.py), with the words a patient reads.
AVOIDABLE_CLASSES = {
    "nsaid": QT_TRANSLATE_NOOP("Advice", "anti-inflammatories (NSAIDs)"),
    "corticosteroid": QT_TRANSLATE_NOOP("Advice", "corticosteroids"),
    # Optional: not in any shipped template, for clinics that ask to pause these before PRP.
    "supplement": QT_TRANSLATE_NOOP(
        "Advice", "supplements that can affect bleeding (fish oil, turmeric, ginkgo…)"
    ),
}


def category_label(category: AdviceCategory) -> str:
    return translate("Advice", CATEGORY_LABELS[category])


def avoid_label(medicine_class: str) -> str:
    return translate("Advice", AVOIDABLE_CLASSES[medicine_class])


@dataclass(frozen=True, slots=True)
class AdviceRule:
    """One piece of advice of a plan, in force for a span of days around an injection."""

    title: str
    advice: str
    category: AdviceCategory
    start_day: int | None  # days relative to the injection; None = open-ended
    end_day: int | None
    avoid: tuple[str, ...] = ()  # medicine classes this rule forbids
    id: int | None = None
    injection_id: int | None = None
    # Medicines the doctor allows despite ``avoid`` (e.g. celecoxib): never warned about.
    allowed: tuple[str, ...] = ()

    def in_force_on_offset(self, offset: int) -> bool:
        return (self.start_day is None or offset >= self.start_day) and (
            self.end_day is None or offset <= self.end_day
        )

    def window_text(self) -> str:
        return describe_window(self.start_day, self.end_day)


def describe_window(start: int | None, end: int | None) -> str:
    def day(n: int) -> str:
        if n == 0:
            return translate("Advice", "the injection day")
        if n < 0:
            return translate("Advice", "%n day(s) before", None, -n)
        return translate("Advice", "%n day(s) after", None, n)

    if start is None and end is None:
        return translate("Advice", "always")
    if start is None:
        assert end is not None
        return translate("Advice", "until {end}").format(end=day(end))
    if end is None:
        return translate("Advice", "from {start}, until your doctor says otherwise").format(
            start=day(start)
        )
    if start == end:
        return translate("Advice", "on {day}").format(day=day(start))
    return translate("Advice", "from {start} to {end}").format(start=day(start), end=day(end))


@dataclass(frozen=True, slots=True)
class AdviceTemplate:
    """A named set of advice rules, offered for the injection kinds it is the default for."""

    name: str
    default_for: tuple[str, ...]  # injection kinds that get this template by default
    rules: tuple[AdviceRule, ...]


class TemplateError(ValueError):
    """A template file is malformed; the message names the file and line."""


# A rule's columns, in the files that hold rules: templates and a CSV export's advice.csv.
RULE_COLUMNS = ("title", "category", "start_day", "end_day", "avoid", "advice")
TEMPLATE_COLUMNS = ("template", "default_for", *RULE_COLUMNS)  # "allowed" is optional


def parse_templates(text: str, source: str) -> list[AdviceTemplate]:
    """Read advice templates from CSV text (one rule per row). ``source`` names the file."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in TEMPLATE_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise TemplateError(
            translate("Templates", "{source}, line 1: missing column(s) {columns}.").format(
                source=source, columns=", ".join(missing)
            )
        )
    rules: dict[str, list[AdviceRule]] = {}
    defaults: dict[str, set[str]] = {}
    for row in reader:
        where = translate("Templates", "{source}, line {line}").format(
            source=source, line=reader.line_num
        )
        name = (row["template"] or "").strip()
        if not name:
            raise TemplateError(
                translate("Templates", "{where}: the template name is empty.").format(where=where)
            )
        try:
            rule = rule_from_fields(row)
        except ValueError as error:
            raise TemplateError(f"{where}: {error}") from None
        rules.setdefault(name, []).append(rule)
        kinds = {k.strip() for k in (row["default_for"] or "").split("|") if k.strip()}
        defaults.setdefault(name, set()).update(kinds)
    if not rules:
        raise TemplateError(
            translate("Templates", "{source}: no advice rules found.").format(source=source)
        )
    return [AdviceTemplate(n, tuple(sorted(defaults[n])), tuple(r)) for n, r in rules.items()]


def rule_from_fields(row: Mapping[str, object]) -> AdviceRule:
    """An AdviceRule from text fields (template files, CSV import), with exactly the checks
    the advice form makes (domain/validation.py's validate_rule_fields).

    Raises ValueError (a ValidationError) saying what is wrong.
    """
    # Imported here: validation builds its own checks on this module's values.
    from recovery_tracker.domain.validation import validate_rule_fields

    return validate_rule_fields(row)


MAX_WINDOW_DAYS = 3650


def validate_rule(rule: AdviceRule) -> AdviceRule:
    if not rule.title.strip():
        raise ValueError(translate("Advice", "The advice needs a short title."))
    for value in (rule.start_day, rule.end_day):
        if value is not None and abs(value) > MAX_WINDOW_DAYS:
            raise ValueError(
                translate(
                    "Advice", "A window of {days} days is beyond ten years; please check it."
                ).format(days=value)
            )
    if rule.start_day is not None and rule.end_day is not None and rule.end_day < rule.start_day:
        raise ValueError(
            translate(
                "Advice", "The window ends (day {end}) before it starts (day {start})."
            ).format(end=rule.end_day, start=rule.start_day)
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


# --- the plan a new injection starts with ------------------------------------------------


def plan_for_new_injection(
    template: AdviceTemplate | None, settings: DiarySettings
) -> tuple[AdviceRule, ...]:
    """The advice a new injection gets, the same from the window, the first-start assistant
    and a CSV import: ``template``'s rules, and when ``settings`` (PLAN_SETTINGS) name this
    template with the doctor's avoidance days, its medicine rules span those days instead
    (e.g. 10 days before to 42 after, where the template says 7 and 14)."""
    if template is None:
        return ()
    before, after = settings.avoid_before, settings.avoid_after
    if settings.plan_template != template.name or before is None or after is None:
        return template.rules
    return tuple(
        # The medicines to avoid, and what to take instead (paracetamol), over the same days.
        replace(rule, start_day=-before, end_day=after)
        if rule.avoid or rule.category is AdviceCategory.MEDICATION
        else rule
        for rule in template.rules
    )


# --- what is in force ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActiveAdvice:
    """A rule of one injection's plan, with the dates it is in force."""

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


def _windows(
    plans: Iterable[Plan], wanted: Callable[[date | None, date | None], bool] | None = None
) -> list[ActiveAdvice]:
    """The rules' windows with their calendar dates; with ``wanted``, only those whose first
    and last days it accepts (the others are not made at all)."""
    plans = list(plans)
    # Only done injections are sessions with a number; a planned one's rules are windows all
    # the same (they count from its booked day) and carry number 0.
    done = (p.injection for p in plans if not p.injection.planned)
    numbers = {n.injection.id: n.number for n in numbered_injections(done)}
    windows = []
    for plan in plans:
        start_of = plan.injection.date
        for rule in plan.rules:
            start = None if rule.start_day is None else start_of + timedelta(rule.start_day)
            end = None if rule.end_day is None else start_of + timedelta(rule.end_day)
            if wanted is None or wanted(start, end):
                number = numbers.get(plan.injection.id, 0)
                windows.append(ActiveAdvice(rule, number, plan.injection, start, end))
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
    return windows_changing_soon(day, _windows(plans), horizon)


# How many days ahead Today names advice that starts ("Coming up").
COMING_UP_DAYS = 7


def advice_around(
    day: date, plans: Sequence[Plan], horizon: int = COMING_UP_DAYS
) -> tuple[list[ActiveAdvice], list[tuple[str, ActiveAdvice]]]:
    """advice_in_force() and advice_changing_soon() of ``day`` at once, making the windows
    of only the rules in force or starting soon: years of plans hold hundreds of rules long
    over (720 for 30 years), and making them all was 4-7 ms of the window's thread on every
    refresh of the Today panel, the one after an import of 30 years too."""

    def wanted(start: date | None, end: date | None) -> bool:
        starts_soon = start is not None and 0 < (start - day).days <= horizon
        in_force = (start is None or start <= day) and (end is None or day <= end)
        return starts_soon or in_force  # what either question can name ("ends" is in force)

    around = _windows(plans, wanted)
    return windows_in_force(day, around), windows_changing_soon(day, around, horizon)


def windows_changing_soon(
    day: date, windows: Sequence[ActiveAdvice], horizon: int = 7
) -> list[tuple[str, ActiveAdvice]]:
    """As advice_changing_soon(), of windows already worked out (advice_windows())."""
    changes = []
    for window in windows:
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
        return translate("Advice", "until your doctor says otherwise")
    if left == 0:
        return translate("Advice", "last day today")
    assert window.end is not None
    return translate("Advice", "%n more day(s), until {day}", None, left).format(
        day=format_date(window.end, DateStyle.LONG_NO_YEAR)
    )


def describe_start(window: ActiveAdvice, day: date) -> str:
    assert window.start is not None
    days = (window.start - day).days
    if days == 1:
        return translate("Advice", "{title}: starts tomorrow").format(title=window.rule.title)
    return translate("Advice", "{title}: starts in %n day(s), on {day}", None, days).format(
        title=window.rule.title, day=format_date(window.start, DateStyle.LONG_NO_YEAR)
    )
