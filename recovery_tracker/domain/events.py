"""Events the patient logs between visits: fever, swelling, much more pain, ...

Pain trials and the IMMPACT recommendations count adverse events as a core outcome, and a
doctor asks about them at every follow-up; the diary keeps what happened, when, how bad it
was and whether the clinic was told, so nothing depends on memory at the visit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.domain.validation import (
    NO_ALLOWANCE,
    NOTES,
    _Collector,
    _FieldProblem,
    optional_id,
    parse_date,
    parse_flag,
    parse_time,
)

# Stored by key (English, stable across languages); the label is what the patient reads.
EVENT_KINDS: tuple[tuple[str, str], ...] = (
    ("fever", QT_TRANSLATE_NOOP("Events", "Fever")),
    ("swelling", QT_TRANSLATE_NOOP("Events", "Swelling")),
    ("more_pain", QT_TRANSLATE_NOOP("Events", "Much more pain")),
    ("headache", QT_TRANSLATE_NOOP("Events", "Headache")),
    ("numbness", QT_TRANSLATE_NOOP("Events", "Numbness")),
    ("bruising", QT_TRANSLATE_NOOP("Events", "Bruising")),
    ("other", QT_TRANSLATE_NOOP("Events", "Other")),
)
SEVERITIES: tuple[tuple[str, str], ...] = (
    ("mild", QT_TRANSLATE_NOOP("Events", "Mild")),
    ("moderate", QT_TRANSLATE_NOOP("Events", "Moderate")),
    ("severe", QT_TRANSLATE_NOOP("Events", "Severe")),
)
KIND_LABELS = dict(EVENT_KINDS)
SEVERITY_LABELS = dict(SEVERITIES)
OTHER = "other"
MAX_OTHER_LENGTH = 80  # "what was it", a few words; details go in the note


_Moment = tuple[date, time, int]  # outside the class: there, date and time are its fields


@dataclass(frozen=True, slots=True)
class AdverseEvent:
    """Something that went wrong after an injection, as the patient logged it."""

    date: date
    kind: str  # a key of EVENT_KINDS
    severity: str  # a key of SEVERITIES
    time: time | None = None  # None: the patient does not know when in the day
    other: str = ""  # what it was, when kind is "other"
    contacted_clinic: bool = False
    notes: str = ""
    id: int | None = None

    @property
    def label(self) -> str:
        if self.kind == OTHER and self.other:
            return self.other
        return translate("Events", KIND_LABELS.get(self.kind, self.kind))

    @property
    def severity_label(self) -> str:
        return translate("Events", SEVERITY_LABELS.get(self.severity, self.severity))

    def sort_key(self) -> _Moment:
        return self.date, self.time or time.min, self.id or 0


def events_between(events: Iterable[AdverseEvent], first: date, last: date) -> list[AdverseEvent]:
    """The events from ``first`` to ``last`` inclusive, in time order (no time: first)."""
    return sorted((e for e in events if first <= e.date <= last), key=AdverseEvent.sort_key)


def _choice(value: object, choices: Mapping[str, str], message: str) -> str:
    if isinstance(value, str) and value in choices:
        return value
    raise _FieldProblem(message)


def validate_event(
    raw: Mapping[str, object], *, now: datetime, allowance: timedelta = NO_ALLOWANCE
) -> AdverseEvent:
    """Build an event from raw field values; raise ValidationError naming every bad field.
    ``allowance``: see validate_checkin."""
    fields = _Collector()
    day = fields.take(
        "date",
        parse_date,
        raw.get("date"),
        today=now.date(),
        label=QT_TRANSLATE_NOOP("Fields", "Date"),
        latest=(now + allowance).date(),
    )
    at = None
    if raw.get("time") not in (None, ""):
        at = fields.take("time", parse_time, raw.get("time"))
        fields.refuse_later_than_now(day, at, now, allowance)
    kind = fields.take(
        "kind",
        _choice,
        raw.get("kind"),
        KIND_LABELS,
        translate("Events", "Choose what happened from the list."),
    )
    severity = fields.take(
        "severity",
        _choice,
        raw.get("severity"),
        SEVERITY_LABELS,
        translate("Events", "Choose how bad it was: mild, moderate or severe."),
    )
    other = ""
    if kind == OTHER:
        other = fields.line(
            raw,
            "other",
            QT_TRANSLATE_NOOP("Fields", "What happened"),
            required=True,
            max_length=MAX_OTHER_LENGTH,
        )
    contacted = fields.take(
        "contacted_clinic",
        parse_flag,
        raw.get("contacted_clinic"),
        QT_TRANSLATE_NOOP("Fields", "Contacted the clinic"),
    )
    notes = fields.text(raw, "notes", NOTES)
    fields.raise_if_any()
    assert day is not None and kind is not None and severity is not None  # raise_if_any()
    return AdverseEvent(
        date=day,
        kind=kind,
        severity=severity,
        time=at,
        other=other,
        contacted_clinic=bool(contacted),
        notes=notes,
        id=optional_id(raw),
    )


# What the app says once such an event is logged: the same two levels as the warning signs on
# Today (resources/SOURCES.md, "Warning signs"): a fever, any severe event or new numbness is
# something clinics ask to hear about the same day; the emergency signs are repeated with it.
CALL_THE_CLINIC = QT_TRANSLATE_NOOP(
    "Events",
    "Your clinic asks to hear about this today: please call them now, or do as your clinic "
    "told you.",
)
TOLD_THE_CLINIC = QT_TRANSLATE_NOOP(
    "Events",
    "You told your clinic: do what they said, and call them again if it gets worse.",
)
EMERGENCY_NOW = QT_TRANSLATE_NOOP(
    "Events",
    "Call an ambulance or go to an emergency department now if you have new weakness in a "
    "leg, new loss of bladder or bowel control or numbness in the groin, a severe headache "
    "that is worse when sitting or standing, or swelling of the face or throat or difficulty "
    "breathing.",
)


def clinic_advice(event: AdverseEvent) -> str | None:
    """What to do after logging ``event``; None when nothing needs saying."""
    if not (event.kind in ("fever", "numbness") or event.severity == "severe"):
        return None
    first = TOLD_THE_CLINIC if event.contacted_clinic else CALL_THE_CLINIC
    return f"{translate('Events', first)}\n\n{translate('Events', EMERGENCY_NOW)}"
