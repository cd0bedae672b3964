"""The CSV import's quick path for the rows there are thousands of: check-ins and medicines.

A 30-year diary holds 22,000 check-ins; checking each field of each through the general
validation (domain/validation.py, made for one form at a time and for sentences naming what
is wrong) took most of an import's time. Rows as the export writes them (ISO dates, HH:MM,
plain numbers, yes/no, text without control characters) are recognised here with a few
lookups instead. This path decides nothing on its own: it returns None for any row it is not
sure of, and that row goes through the general validation, which accepts it or names its
problem. So it accepts only rows the general validation accepts, with the same values
(tests/exchange/test_csv_quick.py compares the two on generated rows).

A file with the export's own header is checked whole, column by column (checkin_table,
medication_table): each distinct text once, the rest in C; at 30 years even a few lookups
per row, in Python, were a third of the import. It gives exactly what checking its rows one
by one gives (checkin_cells, medication_cells), or None if any row is unsure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from datetime import date, datetime, time

from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.validation import (
    EARLIEST_DATE,
    HOUR_MINUTE,
    ISO_DATE,
    MAX_NOTES_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    REFUSED_IN_LINE,
    REFUSED_IN_TEXT,
    SCORE_MAX,
    SCORE_MIN,
)
from recovery_tracker.storage.checkins import CHECKIN_COLUMNS
from recovery_tracker.storage.medications import MEDICATION_COLUMNS

_SCORES = {str(n): n for n in range(SCORE_MIN, SCORE_MAX + 1)}
_OPTIONAL_SCORES: dict[str, int | None] = {**_SCORES, "": None}
_FLAGS = {"yes": True, "no": False, "": False}
_SCORE_TEXTS, _OPTIONAL_TEXTS = frozenset(_SCORES), frozenset(_OPTIONAL_SCORES)
_FLAG_TEXTS, _FLAG_VALUES = frozenset(_FLAGS), {text: int(flag) for text, flag in _FLAGS.items()}
# The export's columns, in its order, which is the order of the values stored (a test holds
# them equal): a file with exactly this header has its rows checked from csv.reader's lists
# (checkin_cells, medication_cells), each row's cells the values stored.
CHECKIN_CELLS = CHECKIN_COLUMNS
MEDICATION_CELLS = MEDICATION_COLUMNS


class QuickRows:
    """Recognises rows written as the export writes them. Dates and times repeat (a check-in
    every morning and evening): each text is parsed once."""

    def __init__(self, latest: datetime) -> None:
        # A row on the last allowed day needs the time compared too: the general path does it.
        self._before = latest.date()
        self._dates: dict[str, date | None] = {}
        self._times: dict[str, time | None] = {}

    def checkin_values(self, cells: Mapping[str, str]) -> tuple[object, ...] | None:
        """The check-in as the values the diary stores (storage.checkins.checkin_values of
        the CheckIn the general validation makes of ``cells``), for a row of a file whose
        header is not the export's own: no CheckIn made only to be taken apart again."""
        return self.checkin_cells([cells.get(name, "") for name in CHECKIN_CELLS])

    def checkin_cells(self, cells: Sequence[str]) -> tuple[object, ...] | None:
        """checkin_values of a row of a file whose header is the export's own (CHECKIN_CELLS): from
        the list csv.reader gives, with no dict per row."""
        if len(cells) != len(CHECKIN_CELLS):
            return None
        date_text, time_text, pain_text, sore, enjoy, act, sleep_text, notes, flag, leg = cells
        if self._day(date_text) is None or self._time(time_text) is None:
            return None
        pain, for_doctor = _SCORES.get(pain_text), _FLAGS.get(flag)
        if pain is None or for_doctor is None:
            return None
        if len(notes) > MAX_NOTES_LENGTH or REFUSED_IN_TEXT.search(notes):
            return None
        optional = _OPTIONAL_SCORES.get
        soreness, enjoyment = optional(sore, -1), optional(enjoy, -1)
        activity, sleep, leg_pain = optional(act, -1), optional(sleep_text, -1), optional(leg, -1)
        if -1 in (soreness, enjoyment, activity, sleep, leg_pain):
            return None
        flag_value = 1 if for_doctor else 0
        return (
            date_text,
            time_text,
            pain,
            soreness,
            enjoyment,
            activity,
            sleep,
            notes,
            flag_value,
            leg_pain,
        )

    def medication_cells(self, cells: Sequence[str]) -> tuple[object, ...] | None:
        """medication_values (storage.medications) of a row of a file whose header is the
        export's own (MEDICATION_CELLS), as checkin_cells."""
        if len(cells) != len(MEDICATION_CELLS):
            return None
        date_text, time_text, name_text, dose_text, reason_text = cells
        if self._day(date_text) is None or self._time(time_text) is None:
            return None
        name, dose, reason = _line(name_text), _line(dose_text), _line(reason_text)
        if not name or dose is None or reason is None:
            return None
        return (date_text, time_text, name, dose, reason)

    def checkin_table(self, rows: Sequence[Sequence[str]]) -> list[tuple[object, ...]] | None:
        """checkin_cells of every row if it takes every row, else None. Checked column by
        column, each distinct text once and the rest in C (sets, map, zip): a diary's dates,
        times and scores are a few hundred texts repeated over thousands of rows."""
        columns = _columns(rows, len(CHECKIN_CELLS))
        if columns is None:
            return [] if not rows else None
        dates, times, pains, sores, enjoys, acts, sleeps, notes, flags, legs = columns
        if not (self._all_days(dates) and self._all_times(times)):
            return None
        if not (_SCORE_TEXTS.issuperset(pains) and _FLAG_TEXTS.issuperset(flags)):
            return None
        if not all(_OPTIONAL_TEXTS.issuperset(c) for c in (sores, enjoys, acts, sleeps, legs)):
            return None
        # One search of all notes joined: each refused character is one code point, so it is
        # in the joined text exactly when it is in one of the notes.
        if max(map(len, notes)) > MAX_NOTES_LENGTH or REFUSED_IN_TEXT.search("".join(notes)):
            return None
        optional = _OPTIONAL_SCORES.__getitem__
        return list(
            zip(
                dates,
                times,
                map(_SCORES.__getitem__, pains),
                map(optional, sores),
                map(optional, enjoys),
                map(optional, acts),
                map(optional, sleeps),
                notes,
                map(_FLAG_VALUES.__getitem__, flags),
                map(optional, legs),
                strict=True,
            )
        )

    def medication_table(self, rows: Sequence[Sequence[str]]) -> list[tuple[object, ...]] | None:
        """medication_cells of every row if it takes every row, else None; as checkin_table."""
        columns = _columns(rows, len(MEDICATION_CELLS))
        if columns is None:
            return [] if not rows else None
        dates, times, names, doses, reasons = columns
        if not (self._all_days(dates) and self._all_times(times)):
            return None
        lines = {text: _line(text) for text in {*names, *doses, *reasons}}
        if None in lines.values() or not all(lines[name] for name in set(names)):
            return None
        line = lines.__getitem__
        return list(
            zip(dates, times, map(line, names), map(line, doses), map(line, reasons), strict=True)
        )

    def _all_days(self, texts: Sequence[str]) -> bool:
        """Would _day take every one of ``texts``? Checked in C (map), a diary's thousands
        of distinct days at once."""
        distinct = set(texts)
        if not all(map(ISO_DATE.fullmatch, distinct)):
            return False
        try:
            days = list(map(date.fromisoformat, distinct))
        except ValueError:  # 2025-02-29
            return False
        return not days or (min(days) >= EARLIEST_DATE and max(days) < self._before)

    def _all_times(self, texts: Sequence[str]) -> bool:
        distinct = set(texts)
        if not all(map(HOUR_MINUTE.fullmatch, distinct)):
            return False
        try:
            list(map(time.fromisoformat, distinct))
        except ValueError:  # 24:00
            return False
        return True

    def medication(self, cells: Mapping[str, str]) -> MedicationDose | None:
        day, at = self._day(cells.get("date")), self._time(cells.get("time"))
        name = _line(cells.get("name", ""))
        dose, reason = _line(cells.get("dose", "")), _line(cells.get("reason", ""))
        if day is None or at is None or not name or dose is None or reason is None:
            return None
        return MedicationDose(day, at, name, dose, reason)

    def _day(self, text: str | None) -> date | None:
        if text is None:
            return None
        try:
            return self._dates[text]
        except KeyError:
            day = None
            if ISO_DATE.fullmatch(text):
                try:
                    parsed = date.fromisoformat(text)
                except ValueError:
                    pass
                else:
                    day = parsed if EARLIEST_DATE <= parsed < self._before else None
            self._dates[text] = day
            return day

    def _time(self, text: str | None) -> time | None:
        if text is None:
            return None
        try:
            return self._times[text]
        except KeyError:
            at = None
            if HOUR_MINUTE.fullmatch(text):
                with suppress(ValueError):
                    at = time.fromisoformat(text)
            self._times[text] = at
            return at


def _columns(rows: Sequence[Sequence[str]], count: int) -> list[tuple[str, ...]] | None:
    """The rows' cells column by column, if every row has ``count`` cells; else None."""
    try:
        columns = list(zip(*rows, strict=True))
    except ValueError:  # rows of different lengths
        return None
    return columns if rows and len(columns) == count else None


def _line(text: str) -> str | None:
    """One line of text as the general validation keeps it (stripped); None if unsure."""
    stripped = text.strip()
    if len(stripped) > MAX_SHORT_TEXT_LENGTH or REFUSED_IN_LINE.search(stripped):
        return None
    return stripped
