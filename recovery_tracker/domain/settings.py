"""Every setting the diary keeps, declared once: its key, its type and its default.

The diary file stores settings as text under a key; the field names below ARE those keys,
and this module is the one place that turns the text into typed values and back. The window,
the command line and the CSV exchange all read and write settings through ``DiarySettings``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime, time
from typing import Any

DEFAULT_REMINDER_TIME = time(20, 0)
MAX_SETTING_LENGTH = 200


@dataclass(frozen=True, slots=True)
class DiarySettings:
    """The patient's choices kept in the diary itself."""

    # The first-start assistant's answers: where the injections go, the plan chosen and the
    # days before and after an injection the doctor said to avoid the medicines it names.
    treatment_area: str | None = None
    plan_template: str | None = None
    avoid_before: int | None = None
    avoid_after: int | None = None
    first_start_done: bool = False  # finished or skipped
    # The daily reminder to log.
    reminder_enabled: bool = True
    reminder_time: time = DEFAULT_REMINDER_TIME
    # The name printed on the report (the last one typed).
    report_patient_name: str = ""
    # The window's memory: the chart's last range ("-2", "30", "all", "custom:FROM:TO").
    chart_range: str | None = None
    told_about_background: bool = False  # "keeps running in the background" was said once
    # Reminder bookkeeping: which were shown (newest last) and when the app last looked.
    reminders_shown: tuple[str, ...] = ()
    last_seen: datetime | None = None

    @classmethod
    def from_text(cls, stored: Mapping[str, str | None]) -> DiarySettings:
        """The settings from their stored text; a missing or unreadable value is the default."""
        values: dict[str, Any] = {}
        for key, (parse, _format) in _CONVERSIONS.items():
            text = stored.get(key)
            if text is not None:
                value = parse(text)
                if value is not None:
                    values[key] = value
        return cls(**values)

    def as_text(self) -> dict[str, str]:
        """Each setting that has a value, as the text the diary stores."""
        found: dict[str, str] = {}
        for key, (_parse, format_) in _CONVERSIONS.items():
            value = getattr(self, key)
            if value is not None:
                found[key] = format_(value)
        return found


def is_valid_text(key: str, text: str) -> bool:
    """Whether ``text`` is a value the app itself would store under ``key`` (what a CSV
    import accepts): days as 0 to 3650, yes/no as 1/0, a time as HH:MM, else printable text."""
    if key in ("avoid_before", "avoid_after"):
        return re.fullmatch(r"[0-9]{1,4}", text) is not None and int(text) <= 3650
    if key in ("reminder_enabled", "first_start_done", "told_about_background"):
        return text in ("0", "1")
    if key == "reminder_time":
        return re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", text) is not None
    return len(text) <= MAX_SETTING_LENGTH and all(c.isprintable() for c in text)


def _number_of_days(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() else None


def _clock_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return None


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _keys(text: str) -> tuple[str, ...] | None:
    try:
        found = json.loads(text or "[]")
    except ValueError:
        return None
    return tuple(str(key) for key in found) if isinstance(found, list) else None


def _same(text: str) -> str:
    return text


def _yes(text: str) -> bool:
    return text == "1"


def _yes_or_no(value: bool) -> str:
    return "1" if value else "0"


_Parse = Callable[[str], Any]
_Format = Callable[[Any], str]
_CONVERSIONS: dict[str, tuple[_Parse, _Format]] = {
    "treatment_area": (_same, str),
    "plan_template": (_same, str),
    "avoid_before": (_number_of_days, str),
    "avoid_after": (_number_of_days, str),
    "first_start_done": (_yes, _yes_or_no),
    "reminder_enabled": (_yes, _yes_or_no),
    "reminder_time": (_clock_time, lambda at: at.strftime("%H:%M")),
    "report_patient_name": (_same, str),
    "chart_range": (_same, str),
    "told_about_background": (_yes, _yes_or_no),
    "reminders_shown": (_keys, lambda keys: json.dumps(list(keys))),
    "last_seen": (_moment, lambda moment: moment.isoformat(timespec="minutes")),
}
assert set(_CONVERSIONS) == {f.name for f in fields(DiarySettings)}, "a setting without its text"

# The settings that move with the diary in a CSV export: the first-start assistant's answers,
# the daily reminder and the name on the report. Window state and reminder bookkeeping stay.
MOVING_SETTINGS = (
    "treatment_area",
    "plan_template",
    "avoid_before",
    "avoid_after",
    "reminder_enabled",
    "reminder_time",
    "report_patient_name",
    "first_start_done",
)
# The settings the first-start assistant records for the plan of a new injection.
PLAN_SETTINGS = ("plan_template", "avoid_before", "avoid_after")
# Settings no view shows: changing them tells no view to read again.
REMEMBERED_ONLY = frozenset(
    ("report_patient_name", "chart_range", "told_about_background", "reminders_shown", "last_seen")
)
