"""Turn what a patient typed (or a CSV cell held) into domain values, or say clearly why not.

Every validator collects *all* problems at once, keyed by field name, so a form can show each
message next to its own field and the patient fixes everything in one pass.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time

from recovery_tracker.domain.advice import (
    MAX_WINDOW_DAYS,
    AdviceCategory,
    AdviceRule,
    validate_rule,
)
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.choices import DEFAULT_KIND
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import SCORE_FIELDS, CheckIn, Injection

EARLIEST_DATE = date(1900, 1, 1)
MAX_NOTES_LENGTH = 50_000
MAX_SHORT_TEXT_LENGTH = 200
SCORE_MIN, SCORE_MAX = 0, 10

SCORE_LABELS = dict(SCORE_FIELDS)


class ValidationError(ValueError):
    """One or more fields are wrong. ``errors`` maps field name to a sentence for the patient."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class _Collector:
    """Runs field parsers and remembers the first problem of each field."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def take(self, field: str, parse, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return parse(*args, **kwargs)
        except _FieldProblem as problem:
            self.errors.setdefault(field, str(problem))
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


class _FieldProblem(ValueError):
    pass


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def parse_score(value: object, label: str, *, required: bool) -> int | None:
    """A 0-10 whole number. Accepts ints and digit strings ("7", " 7 ", "7.0")."""
    if _is_blank(value):
        if required:
            raise _FieldProblem(f"{label} is required: choose a number from 0 to 10.")
        return None
    number: float
    if isinstance(value, bool):
        raise _FieldProblem(f"{label} must be a whole number from 0 to 10.")
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise _FieldProblem(
                f"{label} must be a whole number from 0 to 10, not “{_preview(value)}”."
            ) from None
    else:
        raise _FieldProblem(f"{label} must be a whole number from 0 to 10.")
    if not math.isfinite(number) or number != int(number):
        raise _FieldProblem(
            f"{label} must be a whole number from 0 to 10, not “{_preview(value)}”."
        )
    if not SCORE_MIN <= number <= SCORE_MAX:
        raise _FieldProblem(f"{label} must be from 0 to 10; {int(number)} is out of range.")
    return int(number)


def parse_flag(value: object, label: str) -> bool:
    """A yes/no value: booleans, or text such as 1/0, yes/no, true/false (blank is no)."""
    if isinstance(value, bool):
        return value
    if _is_blank(value):
        return False
    text = str(value).strip().casefold()
    if text in ("1", "yes", "true", "y"):
        return True
    if text in ("0", "no", "false", "n"):
        return False
    raise _FieldProblem(f"{label} must be yes or no, not “{_preview(value)}”.")


def parse_date(value: object, *, today: date, label: str = "Date") -> date:
    """A calendar date, ISO text or a date object, not in the future and not absurdly old."""
    if _is_blank(value):
        raise _FieldProblem(f"{label} is required.")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise _FieldProblem(
                f"{label} must be a date written as YYYY-MM-DD, not “{_preview(value)}”."
            ) from None
    else:
        raise _FieldProblem(f"{label} must be a date written as YYYY-MM-DD.")
    if parsed > today:
        raise _FieldProblem(f"{label} cannot be in the future (today is {today.isoformat()}).")
    if parsed < EARLIEST_DATE:
        raise _FieldProblem(f"{label} is before {EARLIEST_DATE.year}; please check the year.")
    return parsed


def parse_time(value: object, label: str = "Time") -> time:
    """A time of day to the minute, HH:MM text or a time object."""
    if _is_blank(value):
        raise _FieldProblem(f"{label} is required.")
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip()).replace(second=0, microsecond=0)
        except ValueError:
            pass
        raise _FieldProblem(f"{label} must be written as HH:MM, not “{_preview(value)}”.")
    raise _FieldProblem(f"{label} must be written as HH:MM.")


def clean_text(
    value: object, label: str, *, max_length: int, required: bool = False, single_line: bool = False
) -> str:
    """Free text as typed (kept verbatim, quotes, emoji and SQL included), within sane bounds."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _FieldProblem(f"{label} must be text.")
    text = value.strip() if single_line else value
    if required and not text.strip():
        raise _FieldProblem(f"{label} is required.")
    if len(text) > max_length:
        raise _FieldProblem(
            f"{label} is too long: {len(text):,} characters, the most is {max_length:,}."
        )
    for char in text:
        if _is_forbidden_char(char, single_line=single_line):
            raise _FieldProblem(
                f"{label} contains a character that cannot be stored "
                f"(code U+{ord(char):04X}); please remove it."
            )
    return text


def _is_forbidden_char(char: str, *, single_line: bool) -> bool:
    if char in "\n\t" and not single_line:
        return False
    category = unicodedata.category(char)
    # Cc: control characters (NUL, escape...); Cs: lone surrogates from broken encodings.
    return category in ("Cc", "Cs")


def _preview(value: object, limit: int = 20) -> str:
    text = str(value).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _past_moment(
    fields: _Collector, raw: Mapping[str, object], now: datetime
) -> tuple[date | None, time | None]:
    """The entry's date and time, refusing a moment later than ``now``."""
    day = fields.take("date", parse_date, raw.get("date"), today=now.date())
    at = fields.take("time", parse_time, raw.get("time"))
    if day is not None and at is not None and datetime.combine(day, at) > now:
        fields.errors["time"] = f"Time cannot be later than now ({now:%H:%M})."
    return day, at


def validate_checkin(raw: Mapping[str, object], *, now: datetime) -> CheckIn:
    """Build a CheckIn from raw field values; raise ValidationError naming every bad field."""
    fields = _Collector()
    day, at = _past_moment(fields, raw, now)
    scores = {
        name: fields.take(name, parse_score, raw.get(name), label, required=(name == "pain"))
        for name, label in SCORE_FIELDS
    }
    notes = fields.take("notes", clean_text, raw.get("notes"), "Notes", max_length=MAX_NOTES_LENGTH)
    for_doctor = fields.take("for_doctor", parse_flag, raw.get("for_doctor"), "For my doctor")
    fields.raise_if_any()
    assert day is not None and at is not None  # raise_if_any() saw to that
    return CheckIn(
        date=day, time=at, notes=notes, for_doctor=bool(for_doctor), id=_optional_id(raw), **scores
    )


def validate_injection(raw: Mapping[str, object], *, today: date) -> Injection:
    """Build an Injection from raw field values; raise ValidationError naming every bad field."""
    fields = _Collector()
    day = fields.take("date", parse_date, raw.get("date"), today=today, label="Injection date")
    short = {
        name: fields.take(
            name,
            clean_text,
            raw.get(name),
            label,
            max_length=MAX_SHORT_TEXT_LENGTH,
            required=name == "site",
            single_line=True,
        )
        for name, label in (
            ("site", "Site"),
            ("side", "Side"),
            ("kind", "Kind of injection"),
            ("clinic", "Clinic or doctor"),
            ("guidance", "Image guidance"),
        )
    }
    notes = fields.take("notes", clean_text, raw.get("notes"), "Notes", max_length=MAX_NOTES_LENGTH)
    fields.raise_if_any()
    short["kind"] = short["kind"] or DEFAULT_KIND  # PRP unless said otherwise
    return Injection(date=day, notes=notes, id=_optional_id(raw), **short)


def _optional_id(raw: Mapping[str, object]) -> int | None:
    value = raw.get("id")
    return value if isinstance(value, int) else None


def validate_medication(raw: Mapping[str, object], *, now: datetime) -> MedicationDose:
    fields = _Collector()
    day, at = _past_moment(fields, raw, now)
    name = fields.take(
        "name",
        clean_text,
        raw.get("name"),
        "Medicine name",
        max_length=MAX_SHORT_TEXT_LENGTH,
        required=True,
        single_line=True,
    )
    dose = fields.take(
        "dose",
        clean_text,
        raw.get("dose"),
        "Dose",
        max_length=MAX_SHORT_TEXT_LENGTH,
        single_line=True,
    )
    reason = fields.take(
        "reason",
        clean_text,
        raw.get("reason"),
        "Reason",
        max_length=MAX_SHORT_TEXT_LENGTH,
        single_line=True,
    )
    fields.raise_if_any()
    assert day is not None and at is not None  # raise_if_any() saw to that
    return MedicationDose(day, at, name, dose, reason, id=_optional_id(raw))


def validate_appointment(raw: Mapping[str, object]) -> Appointment:
    """An appointment; one in the past is allowed (the UI flags it), an absurd date is not."""
    fields = _Collector()
    day = fields.take("date", _parse_any_date, raw.get("date"))
    at = fields.take("time", parse_time, raw.get("time"))
    texts = {
        name: fields.take(
            name, clean_text, raw.get(name), label, max_length=limit, single_line=single
        )
        for name, label, limit, single in (
            ("clinician", "Clinician", MAX_SHORT_TEXT_LENGTH, True),
            ("place", "Place", MAX_SHORT_TEXT_LENGTH, True),
            ("questions", "Questions", MAX_NOTES_LENGTH, False),
        )
    }
    fields.raise_if_any()
    return Appointment(datetime.combine(day, at), id=_optional_id(raw), **texts)


def _parse_any_date(value: object) -> date:
    """A date that may lie in the future (appointments), within 1900-9999."""
    return parse_date(value, today=date.max, label="Date")


def validate_rule_fields(raw: Mapping[str, object]) -> AdviceRule:
    """An advice rule from form fields; start/end may be blank for open-ended."""
    fields = _Collector()
    title = fields.take(
        "title",
        clean_text,
        raw.get("title"),
        "Title",
        max_length=MAX_SHORT_TEXT_LENGTH,
        required=True,
        single_line=True,
    )
    advice = fields.take(
        "advice", clean_text, raw.get("advice"), "Advice", max_length=MAX_NOTES_LENGTH
    )
    start = fields.take("start_day", _parse_offset, raw.get("start_day"), "Start day")
    end = fields.take("end_day", _parse_offset, raw.get("end_day"), "End day")
    category_value = raw.get("category") or AdviceCategory.OTHER
    try:
        category = AdviceCategory(str(category_value))
    except ValueError:
        fields.errors["category"] = f"Unknown category “{_preview(category_value)}”."
    avoid = tuple(sorted(str(a) for a in raw.get("avoid") or ()))  # type: ignore[attr-defined]
    fields.raise_if_any()
    rule = AdviceRule(title, advice, category, start, end, avoid, id=_optional_id(raw))
    try:
        return validate_rule(rule)
    except ValueError as error:
        raise ValidationError({"end_day": str(error)}) from None


def _parse_offset(value: object, label: str) -> int | None:
    if _is_blank(value):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise _FieldProblem(
            f"{label} must be a whole number of days (negative for before)."
        ) from None
    if abs(number) > MAX_WINDOW_DAYS:
        raise _FieldProblem(f"{label} is more than ten years away; please check it.")
    return number
