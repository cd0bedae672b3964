"""Turn what a patient typed (or a CSV cell held) into domain values, or say clearly why not.

Every validator collects *all* problems at once, keyed by field name, so a form can show each
message next to its own field and the patient fixes everything in one pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from recovery_tracker.domain.advice import (
    AVOIDABLE_CLASSES,
    MAX_WINDOW_DAYS,
    AdviceCategory,
    AdviceRule,
    validate_rule,
)
from recovery_tracker.domain.choices import DEFAULT_KIND
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import SCORE_FIELDS, CheckIn, Injection, InjectionStatus
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

if TYPE_CHECKING:
    # Imported where an appointment is made: the advice's rules are checked here before the
    # window's first paint, which never needs the Appointment class.
    from recovery_tracker.domain.appointments import Appointment

EARLIEST_DATE = date(1900, 1, 1)
MAX_NOTES_LENGTH = 50_000
MAX_SHORT_TEXT_LENGTH = 200
SCORE_MIN, SCORE_MAX = 0, 10

SCORE_LABELS = dict(SCORE_FIELDS)
# The only text forms accepted (README, "Moving your diary"): ASCII digits, nothing that
# Python's lenient parsers would also take (1e1, ٧, ７, +7, 20260101, 2026-W01-1, 0800, T08:00).
_WHOLE_NUMBER = re.compile(r"[0-9]{1,2}")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
HOUR_MINUTE = re.compile(r"[0-9]{2}:[0-9]{2}")
_WITH_TIME_ZONE = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}(:?[0-9]{2})?)")
DATE = QT_TRANSLATE_NOOP("Fields", "Date")
NO_ALLOWANCE = timedelta(0)  # an entry typed in: not a moment later than now
TIME = QT_TRANSLATE_NOOP("Fields", "Time")
NOTES = QT_TRANSLATE_NOOP("Fields", "Notes")
FOR_MY_DOCTOR = QT_TRANSLATE_NOOP("Fields", "For my doctor")


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

    def line(
        self,
        raw: Mapping[str, object],
        name: str,
        label: str,
        *,
        required: bool = False,
        max_length: int = MAX_SHORT_TEXT_LENGTH,
    ) -> str:
        """A one-line text field (a name, a dose, a title): no line breaks, trimmed."""
        text: str | None = self.take(
            name,
            clean_text,
            raw.get(name),
            label,
            max_length=max_length,
            required=required,
            single_line=True,
        )
        return text or ""  # None only beside a problem noted: raise_if_any() raises then

    def text(
        self,
        raw: Mapping[str, object],
        name: str,
        label: str,
        *,
        max_length: int = MAX_NOTES_LENGTH,
    ) -> str:
        """A text of several lines (notes, questions, advice), kept as typed."""
        text: str | None = self.take(name, clean_text, raw.get(name), label, max_length=max_length)
        return text or ""  # as in line()

    def refuse_later_than_now(
        self, day: date | None, at: time | None, now: datetime, allowance: timedelta = NO_ALLOWANCE
    ) -> None:
        """A day and time after ``now`` (and its ``allowance``) is a slip (a diary records what
        happened)."""
        if day is not None and at is not None and datetime.combine(day, at) > now + allowance:
            self.errors["time"] = translate(
                "Validation", "Time cannot be later than now ({time})."
            ).format(time=f"{now:%H:%M}")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


class _FieldProblem(ValueError):
    pass


def _problem(template: str, label: str, **values: object) -> _FieldProblem:
    """The message for one field, in the patient's language. ``label`` is the field's English
    name (marked for translation in the "Fields" context); a typed value is shortened."""
    shown = {k: _preview(v) if k == "value" else v for k, v in values.items()}
    return _FieldProblem(template.format(label=translate("Fields", label), **shown))


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def parse_score(value: object, label: str, *, required: bool) -> int | None:
    """A 0-10 whole number. Accepts ints and digit strings ("7", " 7 "), nothing else."""
    if _is_blank(value):
        if required:
            raise _problem(
                translate("Validation", "{label} is required: choose a number from 0 to 10."), label
            )
        return None
    number: float
    if isinstance(value, bool):
        raise _problem(
            translate("Validation", "{label} must be a whole number from 0 to 10."), label
        )
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        if not _WHOLE_NUMBER.fullmatch(value.strip()):
            raise _problem(
                translate(
                    "Validation", "{label} must be a whole number from 0 to 10, not “{value}”."
                ),
                label,
                value=value,
            )
        number = int(value.strip())
    else:
        raise _problem(
            translate("Validation", "{label} must be a whole number from 0 to 10."), label
        )
    if not math.isfinite(number) or number != int(number):
        raise _problem(
            translate("Validation", "{label} must be a whole number from 0 to 10, not “{value}”."),
            label,
            value=value,
        )
    if not SCORE_MIN <= number <= SCORE_MAX:
        raise _problem(
            translate("Validation", "{label} must be from 0 to 10; {number} is out of range."),
            label,
            number=int(number),
        )
    return int(number)


def parse_flag(value: object, label: str) -> bool:
    """A yes/no value: booleans, or the text yes or no (blank is no)."""
    if isinstance(value, bool):
        return value
    if _is_blank(value):
        return False
    text = str(value).strip().casefold()
    if text == "yes":
        return True
    if text == "no":
        return False
    raise _problem(
        translate("Validation", "{label} must be yes or no, not “{value}”."), label, value=value
    )


def parse_date(
    value: object, *, today: date, label: str = DATE, latest: date | None = None
) -> date:
    """A calendar date, ISO text or a date object, not in the future and not absurdly old.
    ``latest``: the last day taken, when later than ``today`` (a CSV import allows for a diary
    kept in a time zone ahead); the refusal still names ``today`` as today."""
    if _is_blank(value):
        raise _problem(translate("Validation", "{label} is required."), label)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        try:
            if not ISO_DATE.fullmatch(value.strip()):
                raise ValueError(value)
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise _problem(
                translate(
                    "Validation", "{label} must be a date written as YYYY-MM-DD, not “{value}”."
                ),
                label,
                value=value,
            ) from None
    else:
        raise _problem(
            translate("Validation", "{label} must be a date written as YYYY-MM-DD."), label
        )
    if parsed > (today if latest is None else latest):
        raise _problem(
            translate("Validation", "{label} cannot be in the future (today is {today})."),
            label,
            today=format_date(today, DateStyle.DAY),  # as the app writes dates
        )
    if parsed < EARLIEST_DATE:
        raise _problem(
            translate("Validation", "{label} is before {year}; please check the year."),
            label,
            year=EARLIEST_DATE.year,
        )
    return parsed


def parse_time(value: object, label: str = TIME) -> time:
    """A time of day to the minute, HH:MM text or a time object."""
    if _is_blank(value):
        raise _problem(translate("Validation", "{label} is required."), label)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str):
        text = value.strip()
        if HOUR_MINUTE.fullmatch(text):
            try:
                return time.fromisoformat(text)
            except ValueError:
                pass
        elif _WITH_TIME_ZONE.fullmatch(text):
            # Converting would need the date and the zone's rules of that day; the diary keeps
            # local times, so the patient writes the local time (README).
            raise _problem(
                translate(
                    "Validation",
                    "{label} “{value}” has a time zone; write the local time as HH:MM.",
                ),
                label,
                value=value,
            )
        raise _problem(
            translate("Validation", "{label} must be written as HH:MM, not “{value}”."),
            label,
            value=value,
        )
    raise _problem(translate("Validation", "{label} must be written as HH:MM."), label)


def clean_text(
    value: object, label: str, *, max_length: int, required: bool = False, single_line: bool = False
) -> str:
    """Free text as typed (kept verbatim, quotes, emoji and SQL included), within sane bounds."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _problem(translate("Validation", "{label} must be text."), label)
    text = value.strip() if single_line else value
    if required and not text.strip():
        raise _problem(translate("Validation", "{label} is required."), label)
    if len(text) > max_length:
        raise _problem(
            translate(
                "Validation", "{label} is too long: {length} characters, the most is {most}."
            ),
            label,
            length=f"{len(text):,}",
            most=f"{max_length:,}",
        )
    refused = (REFUSED_IN_LINE if single_line else REFUSED_IN_TEXT).search(text)
    if refused:
        raise _problem(
            translate(
                "Validation",
                "{label} contains a character that cannot be stored (code {code}); "
                "please remove it.",
            ),
            label,
            code=f"U+{ord(refused.group()):04X}",
        )
    return text


# Unicode's category Cc (control characters: NUL, escape...; U+0000-U+001F and U+007F-U+009F,
# a set Unicode never changes) and Cs (lone surrogates from broken encodings). One search,
# not a unicodedata call per character: a CSV import checks thousands of texts.
REFUSED_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # tab, newline ok
REFUSED_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _preview(value: object, limit: int = 20) -> str:
    text = str(value).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _past_moment(
    fields: _Collector, raw: Mapping[str, object], now: datetime, allowance: timedelta
) -> tuple[date | None, time | None]:
    """The entry's date and time, refusing a moment later than ``now`` and ``allowance``."""
    day = fields.take(
        "date", parse_date, raw.get("date"), today=now.date(), latest=(now + allowance).date()
    )
    at = fields.take("time", parse_time, raw.get("time"))
    fields.refuse_later_than_now(day, at, now, allowance)
    return day, at


def validate_checkin(
    raw: Mapping[str, object], *, now: datetime, allowance: timedelta = NO_ALLOWANCE
) -> CheckIn:
    """Build a CheckIn from raw field values; raise ValidationError naming every bad field.
    ``allowance``: how much later than ``now`` an entry may be (see CLOCK_ALLOWANCE in
    exchange/csv_folder.py)."""
    fields = _Collector()
    day, at = _past_moment(fields, raw, now, allowance)
    scores = {
        name: fields.take(name, parse_score, raw.get(name), label, required=(name == "pain"))
        for name, label in SCORE_FIELDS
    }
    notes = fields.text(raw, "notes", NOTES)
    for_doctor = fields.take("for_doctor", parse_flag, raw.get("for_doctor"), FOR_MY_DOCTOR)
    fields.raise_if_any()
    assert day is not None and at is not None  # raise_if_any() saw to that
    return CheckIn(
        date=day, time=at, notes=notes, for_doctor=bool(for_doctor), id=optional_id(raw), **scores
    )


INJECTION_DATE = QT_TRANSLATE_NOOP("Fields", "Injection date")
PLANNED_YEARS_AHEAD = 2  # a date further ahead is a typing slip, not a booking


def validate_injection(
    raw: Mapping[str, object],
    *,
    today: date,
    earliest_planned: date | None = None,
    latest: date | None = None,
) -> Injection:
    """Build an Injection from raw field values; raise ValidationError naming every bad field.

    A done injection cannot be in the future; a planned one may be, up to two years ahead,
    and not before ``earliest_planned`` (today when a patient enters it; a CSV import or an
    unchanged booked day may be older: its day passed and the app will ask what happened).
    """
    fields = _Collector()
    status = fields.take("status", parse_status, raw.get("status"))
    if status is InjectionStatus.PLANNED:
        day = fields.take(
            "date",
            parse_planned_date,
            raw.get("date"),
            today=today,
            earliest=today if earliest_planned is None else earliest_planned,
        )
    else:
        day = fields.take(
            "date", parse_date, raw.get("date"), today=today, label=INJECTION_DATE, latest=latest
        )
    short = {
        name: fields.line(raw, name, label, required=name == "site")
        for name, label in (
            ("site", QT_TRANSLATE_NOOP("Fields", "Site")),
            ("side", QT_TRANSLATE_NOOP("Fields", "Side")),
            ("kind", QT_TRANSLATE_NOOP("Fields", "Kind of injection")),
            ("clinic", QT_TRANSLATE_NOOP("Fields", "Clinic or doctor")),
            ("guidance", QT_TRANSLATE_NOOP("Fields", "Image guidance")),
        )
    }
    notes = fields.text(raw, "notes", NOTES)
    fields.raise_if_any()
    short["kind"] = short["kind"] or DEFAULT_KIND  # PRP unless said otherwise
    return Injection(date=day, notes=notes, id=optional_id(raw), status=status, **short)


def parse_status(value: object) -> InjectionStatus:
    """``planned`` or ``done``; empty (an older CSV file, a form without the choice) is done."""
    if _is_blank(value):
        return InjectionStatus.DONE
    text = value.strip().casefold() if isinstance(value, str) else str(value)
    try:
        return InjectionStatus(text)
    except ValueError:
        raise _problem(
            translate("Validation", "{label} must be “planned” or “done”, not “{value}”."),
            QT_TRANSLATE_NOOP("Fields", "Status"),
            value=value,
        ) from None


def parse_planned_date(value: object, *, today: date, earliest: date) -> date:
    """The booked day of a planned injection: from ``earliest`` to two years after today."""
    latest = _years_after(today, PLANNED_YEARS_AHEAD)
    day = parse_date(value, today=date.max, label=INJECTION_DATE)
    if day > latest:
        raise _problem(
            translate(
                "Validation",
                "A planned injection can be at most two years ahead (until {day}); "
                "please check the year.",
            ),
            INJECTION_DATE,
            day=latest.isoformat(),
        )
    if day < earliest:
        raise _problem(
            translate(
                "Validation",
                "A planned injection cannot be in the past (today is {today}). "
                "If it took place, record it as done.",
            ),
            INJECTION_DATE,
            today=today.isoformat(),
        )
    return day


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the 28th, two years on
        return day.replace(year=day.year + years, day=28)


def refuse_same_day(injection: Injection, others: Iterable[Injection]) -> None:
    """One injection a day, planned or done: a second is a double entry (or a moved
    booking that should have been moved, not added)."""
    for other in others:
        if other.date == injection.date and other.id != injection.id:
            raise ValidationError(
                {
                    "date": translate(
                        "Validation", "There is already an injection on {day}."
                    ).format(day=format_date(injection.date, DateStyle.LONG))
                }
            )


def optional_id(raw: Mapping[str, object]) -> int | None:
    """The entry's id when it is being edited; None for a new one."""
    value = raw.get("id")
    return value if isinstance(value, int) else None


def validate_medication(
    raw: Mapping[str, object], *, now: datetime, allowance: timedelta = NO_ALLOWANCE
) -> MedicationDose:
    fields = _Collector()
    day, at = _past_moment(fields, raw, now, allowance)
    name = fields.line(raw, "name", QT_TRANSLATE_NOOP("Fields", "Medicine name"), required=True)
    dose = fields.line(raw, "dose", QT_TRANSLATE_NOOP("Fields", "Dose"))
    reason = fields.line(raw, "reason", QT_TRANSLATE_NOOP("Fields", "Reason"))
    fields.raise_if_any()
    assert day is not None and at is not None  # raise_if_any() saw to that
    return MedicationDose(day, at, name, dose, reason, id=optional_id(raw))


def validate_appointment(raw: Mapping[str, object]) -> Appointment:
    """An appointment; one in the past is allowed (the UI flags it), an absurd date is not."""
    from recovery_tracker.domain.appointments import Appointment  # not before first paint

    fields = _Collector()
    day = fields.take("date", _parse_any_date, raw.get("date"))
    at = fields.take("time", parse_time, raw.get("time"))
    texts = {
        "clinician": fields.line(raw, "clinician", QT_TRANSLATE_NOOP("Fields", "Clinician")),
        "place": fields.line(raw, "place", QT_TRANSLATE_NOOP("Fields", "Place")),
        "questions": fields.text(raw, "questions", QT_TRANSLATE_NOOP("Fields", "Questions")),
    }
    fields.raise_if_any()
    return Appointment(datetime.combine(day, at), id=optional_id(raw), **texts)


def _parse_any_date(value: object) -> date:
    """A date that may lie in the future (appointments), within 1900-9999."""
    return parse_date(value, today=date.max, label=DATE)


def validate_rule_fields(raw: Mapping[str, object]) -> AdviceRule:
    """An advice rule from the form, a template file or advice.csv: one parser, one set of
    checks. Start/end may be blank for open-ended; ``avoid`` is a list of medicine classes or
    text joined with "|"; the category is one of medication, activity, care, other (any case).
    """
    fields = _Collector()
    title = fields.line(raw, "title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True)
    advice = fields.text(raw, "advice", QT_TRANSLATE_NOOP("Fields", "Advice"))
    start = fields.take(
        "start_day", _parse_offset, raw.get("start_day"), QT_TRANSLATE_NOOP("Fields", "Start day")
    )
    end = fields.take(
        "end_day", _parse_offset, raw.get("end_day"), QT_TRANSLATE_NOOP("Fields", "End day")
    )
    category = fields.take("category", _parse_category, raw.get("category"))
    avoid = fields.take("avoid", _parse_avoid, raw.get("avoid"))
    allowed = fields.line(raw, "allowed", QT_TRANSLATE_NOOP("Fields", "Allowed by your doctor"))
    fields.raise_if_any()
    rule = AdviceRule(
        title,
        advice,
        category,
        start,
        end,
        avoid,
        id=optional_id(raw),
        allowed=split_allowed(allowed or ""),
    )
    try:
        return validate_rule(rule)
    except ValueError as error:
        raise ValidationError({"end_day": str(error)}) from None


def _parse_category(value: object) -> AdviceCategory:
    text = value.value if isinstance(value, AdviceCategory) else str(value or "").strip().lower()
    try:
        return AdviceCategory(text)
    except ValueError:
        raise _FieldProblem(
            translate("Validation", "Unknown category “{value}” (use one of: {allowed}).").format(
                value=_preview(value or ""), allowed=", ".join(c.value for c in AdviceCategory)
            )
        ) from None


def _parse_avoid(value: object) -> tuple[str, ...]:
    if _is_blank(value):
        return ()
    if isinstance(value, str):
        names = value.split("|")
    elif isinstance(value, list | tuple | set | frozenset):
        names = [str(name) for name in value]
    else:
        names = [str(value)]
    classes = sorted({name.strip().lower() for name in names if name.strip()})
    unknown = [name for name in classes if name not in AVOIDABLE_CLASSES]
    if unknown:
        raise _FieldProblem(
            translate(
                "Validation",
                "Unknown medicine class “{value}” in avoid (use {allowed}, joined with |).",
            ).format(value=_preview(unknown[0]), allowed=" or ".join(AVOIDABLE_CLASSES))
        )
    return tuple(classes)


def _parse_offset(value: object, label: str) -> int | None:
    if _is_blank(value):
        return None
    text = str(value).strip()
    try:
        if isinstance(value, bool) or not re.fullmatch(r"-?[0-9]{1,9}", text):
            raise ValueError(text)
        number = int(text)
    except ValueError:
        raise _problem(
            translate(
                "Validation", "{label} must be a whole number of days (negative for before)."
            ),
            label,
        ) from None
    if abs(number) > MAX_WINDOW_DAYS:
        raise _problem(
            translate("Validation", "{label} is more than ten years away; please check it."), label
        )
    return number


def split_allowed(text: str) -> tuple[str, ...]:
    """ "celecoxib, Celebrex" -> ("celecoxib", "Celebrex"): the names a doctor allows."""
    names = (n.strip() for n in re.split(r"[,;\n]", text))
    return tuple(dict.fromkeys(n for n in names if n))
