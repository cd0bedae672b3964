"""The diary as a folder of CSV files, and back. Documented in the README.

Export then import into an empty diary gives back the same diary exactly. Import is
all-or-nothing: any bad row and nothing is imported, and every bad row is named by file and
line. Entries already in the diary are recognised and skipped, so importing the same folder
twice duplicates nothing.

Spreadsheets run a cell as a formula when it begins with = (or tab, carriage return), or with
+ - @ followed by something they parse (a number, a bracket, a function or cell name); export
puts an apostrophe before such text, and before text that already begins with an apostrophe
followed by such text or another apostrophe, and import removes exactly that apostrophe again.
A note such as "- walked 2 km" is written as it is.

Import reads only regular files of at most MAX_FILE_BYTES each, accepts exactly the formats the
README documents, and allows rows up to CLOCK_ALLOWANCE after this computer's clock (a diary
moved across time zones).
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import partial
from itertools import repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TypeVar

from recovery_tracker.domain.advice import (
    RULE_COLUMNS,
    AdviceRule,
    AdviceTemplate,
    default_template_for,
    plan_for_new_injection,
    rule_from_fields,
)
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.collection import collection_paused
from recovery_tracker.domain.events import AdverseEvent, validate_event
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import numbered_injections
from recovery_tracker.domain.settings import (
    MOVING_SETTINGS,
    PLAN_SETTINGS,
    DiarySettings,
    is_valid_text,
)
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.domain.validation import (
    EARLIEST_DATE,
    ValidationError,
    parse_date,
    validate_appointment,
    validate_checkin,
    validate_injection,
    validate_medication,
)
from recovery_tracker.exchange.csv_quick import CHECKIN_CELLS, MEDICATION_CELLS, QuickRows
from recovery_tracker.storage.bulk import ContentWriter, DiaryContent, writing_content
from recovery_tracker.storage.checkins import CHECKIN_COLUMNS, checkin_values
from recovery_tracker.storage.database import StorageError, make_private_folder
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.files import refuse_diary_target, write_private_file
from recovery_tracker.storage.injections import INJECTION_COLUMNS
from recovery_tracker.storage.medications import MEDICATION_COLUMNS, medication_values

INJECTIONS, CHECKINS, MEDICATIONS, ADVICE, APPOINTMENTS, IMPRESSIONS, SETTINGS = (
    "injections.csv",
    "checkins.csv",
    "medications.csv",
    "advice.csv",
    "appointments.csv",
    "impressions.csv",
    "settings.csv",
)
EVENTS = "events.csv"
COLUMNS: dict[str, tuple[str, ...]] = {
    # number: the injection's place in the series, which advice.csv refers to. Written for
    # people reading the file; import counts the series itself and ignores the column.
    # status: planned or done (empty, as in files from before it existed, is done).
    INJECTIONS: (*INJECTION_COLUMNS, "number"),
    CHECKINS: CHECKIN_COLUMNS,  # the diary's own columns: a new score is exported too
    MEDICATIONS: MEDICATION_COLUMNS,
    ADVICE: ("injection", *RULE_COLUMNS, "allowed"),
    APPOINTMENTS: ("date", "time", "clinician", "place", "questions"),
    EVENTS: ("date", "time", "kind", "severity", "other", "contacted_clinic", "notes"),
    IMPRESSIONS: ("date", "score"),
    SETTINGS: ("key", "value"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    INJECTIONS: ("date", "site"),
    CHECKINS: ("date", "time", "pain"),
    MEDICATIONS: ("date", "time", "name"),
    ADVICE: ("injection", "title", "category"),
    APPOINTMENTS: ("date", "time"),
    EVENTS: ("date", "kind", "severity"),
    IMPRESSIONS: ("date", "score"),
    SETTINGS: ("key", "value"),
}
MAX_FILE_BYTES = 20 * 1024 * 1024  # decades of daily entries are a few MB
# The largest difference between two time zones' clocks (UTC-12 to UTC+14).
CLOCK_ALLOWANCE = timedelta(hours=26)
# Columns holding free text, the only ones a spreadsheet could mistake for formulas.
TEXT_COLUMNS = {
    "site",
    "side",
    "kind",
    "clinic",
    "guidance",
    "notes",
    "name",
    "dose",
    "reason",
    "title",
    "advice",
    "clinician",
    "place",
    "questions",
    "avoid",
    "allowed",
    "other",
    "value",
}
# What follows + - @ when a spreadsheet reads the cell as a formula: a number, a bracket, an
# operator or reference sign, or a name used as a function, sheet or DDE link (SUM(, cmd|).
_FORMULA = re.compile(
    r"[=\t\r]|[+\-@](\s*[0-9.(+\-=@$]|\s*[A-Za-z_][A-Za-z0-9_.]*\s*[(!|]|[^\s])", re.DOTALL
)
MAX_LISTED_PROBLEMS = 30


class CsvImportError(StorageError):
    """Nothing was imported; ``problems`` lists each bad row as "file, line N: reason"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_LISTED_PROBLEMS]
        more = len(problems) - len(shown)
        text = translate("Csv", "Nothing was imported. Please correct these rows:")
        text += "\n" + "\n".join(shown)
        if more:
            text += "\n" + translate("Csv", "… and %n more.", None, more)
        super().__init__(text)


def _evaluated(text: str) -> bool:
    """Would a spreadsheet run this cell as a formula?"""
    return _FORMULA.match(text) is not None


def _escaped(text: str) -> bool:
    return text[:1] == "'" and (_evaluated(text[1:]) or text[1:2] == "'")


def neutralise(text: str) -> str:
    return "'" + text if _evaluated(text) or _escaped(text) else text


def restore(text: str) -> str:
    return text[1:] if _escaped(text) else text


# --- export ----------------------------------------------------------------------------------


def export_csv(diary: Diary, folder: Path) -> dict[str, int]:
    """Write the files into ``folder`` (created if needed); returns rows per file."""
    folder = Path(folder)
    refuse_diary_target(folder)  # e.g. the backups folder; each file is checked again
    make_private_folder(folder, translate("Csv", "Cannot create the folder {folder}: {reason}."))
    numbered = numbered_injections(diary.injections.list())
    plans = {p.injection.id: p.rules for p in diary.advice.plans([n.injection for n in numbered])}
    tables: dict[str, list[dict[str, object]]] = {
        INJECTIONS: [_injection_row(n.injection) | {"number": n.number} for n in numbered],
        ADVICE: [
            _rule_row(rule) | {"injection": n.number}
            for n in numbered
            for rule in plans.get(n.injection.id, ())
        ],
        CHECKINS: [_checkin_row(c) for c in diary.checkins.list()],
        MEDICATIONS: [_medication_row(m) for m in diary.medications.list()],
        APPOINTMENTS: [_appointment_row(a) for a in diary.appointments.list()],
        EVENTS: [_event_row(e) for e in diary.events.list()],
        IMPRESSIONS: [
            {"date": i.date.isoformat(), "score": i.score} for i in diary.impressions.list()
        ],
        SETTINGS: [{"key": k, "value": v} for k, v in _moving_settings(diary).items()],
    }
    for name, rows in tables.items():
        write_private_file(folder / name, _csv_bytes(COLUMNS[name], rows))
    return {name: len(rows) for name, rows in tables.items()}


def holds_exported_diary(folder: Path) -> bool:
    """Does ``folder`` already hold a diary exported as CSV? Exporting there replaces it,
    so the window asks first and the command line wants --replace."""
    try:
        return any(os.path.lexists(Path(folder) / name) for name in COLUMNS)
    except OSError:
        return False  # an unreadable folder: export_csv says why when it tries


def _moving_settings(diary: Diary) -> dict[str, str]:
    found = {key: diary.settings.get(key) for key in MOVING_SETTINGS}
    return {key: value for key, value in found.items() if value is not None}


def _csv_bytes(columns: tuple[str, ...], rows: Iterable[Mapping[str, object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(k, row.get(k)) for k in columns})
    return buffer.getvalue().encode("utf-8")


def _cell(column: str, value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return neutralise(text) if column in TEXT_COLUMNS else text


def _injection_row(i: Injection) -> dict[str, object]:
    return {
        "date": i.date.isoformat(),
        "site": i.site,
        "side": i.side,
        "kind": i.kind,
        "clinic": i.clinic,
        "guidance": i.guidance,
        "notes": i.notes,
        "status": i.status.value,
    }


def _checkin_row(c: CheckIn) -> dict[str, object]:
    return {
        "date": c.date.isoformat(),
        "time": c.time.isoformat("minutes"),  # not strftime: it imports a module each call
        "pain": c.pain,
        "soreness": c.soreness,
        "enjoyment_interference": c.enjoyment_interference,
        "activity_interference": c.activity_interference,
        "sleep": c.sleep,
        "notes": c.notes,
        "for_doctor": "yes" if c.for_doctor else "no",
        "leg_pain": c.leg_pain,
    }


def _medication_row(m: MedicationDose) -> dict[str, object]:
    return {
        "date": m.date.isoformat(),
        "time": m.time.isoformat("minutes"),
        "name": m.name,
        "dose": m.dose,
        "reason": m.reason,
    }


def _rule_row(r: AdviceRule) -> dict[str, object]:
    return {
        "title": r.title,
        "category": r.category.value,
        "start_day": r.start_day,
        "end_day": r.end_day,
        "avoid": "|".join(r.avoid),
        "advice": r.advice,
        "allowed": ", ".join(r.allowed),
    }


def _appointment_row(a: Appointment) -> dict[str, object]:
    return {
        "date": a.starts_at.date().isoformat(),
        "time": f"{a.starts_at:%H:%M}",
        "clinician": a.clinician,
        "place": a.place,
        "questions": a.questions,
    }


def _event_row(e: AdverseEvent) -> dict[str, object]:
    return {
        "date": e.date.isoformat(),
        "time": f"{e.time:%H:%M}" if e.time else "",
        "kind": e.kind,
        "severity": e.severity,
        "other": e.other,
        "contacted_clinic": "yes" if e.contacted_clinic else "no",
        "notes": e.notes,
    }


# --- import ----------------------------------------------------------------------------------


_COUNTED = {
    "injections": QT_TRANSLATE_NOOP("Csv", "%n injection(s)"),
    "check-ins": QT_TRANSLATE_NOOP("Csv", "%n check-in(s)"),
    "medicines": QT_TRANSLATE_NOOP("Csv", "%n medicine(s)"),
    "appointments": QT_TRANSLATE_NOOP("Csv", "%n appointment(s)"),
    "events": QT_TRANSLATE_NOOP("Csv", "%n event(s)"),
    "impressions": QT_TRANSLATE_NOOP("Csv", "%n weekly answer(s)"),
    "settings": QT_TRANSLATE_NOOP("Csv", "%n setting(s)"),
}


# The settings an import may find set differently in the folder, as the sentence names them
# (first_start_done is no choice of the patient's to tell about).
_SETTING_NAMES = {
    "treatment_area": QT_TRANSLATE_NOOP("Csv", "what is being treated"),
    "plan_template": QT_TRANSLATE_NOOP("Csv", "advice plan"),
    "avoid_before": QT_TRANSLATE_NOOP("Csv", "days to avoid medicines before an injection"),
    "avoid_after": QT_TRANSLATE_NOOP("Csv", "days to avoid medicines after an injection"),
    "reminder_enabled": QT_TRANSLATE_NOOP("Csv", "daily reminder"),
    "reminder_time": QT_TRANSLATE_NOOP("Csv", "daily reminder time"),
    "report_patient_name": QT_TRANSLATE_NOOP("Csv", "name on the report"),
}
_QUOTED_SETTINGS = frozenset(("treatment_area", "plan_template", "report_patient_name"))


def _kept_settings(diary: Diary, imported: dict[str, str]) -> list[str]:
    """The diary's settings the import keeps although the folder has others, each with both
    values: "daily reminder time (yours 20:00, the folder's 08:30)"."""
    kept = []
    for key, name in _SETTING_NAMES.items():
        ours, theirs = diary.settings.get(key), imported.get(key)
        if ours is None or theirs is None or ours == theirs:
            continue
        kept.append(
            translate("Csv", "{setting} (yours {ours}, the folder's {theirs})").format(
                setting=translate("Csv", name),
                ours=_setting_value(key, ours),
                theirs=_setting_value(key, theirs),
            )
        )
    return kept


def _setting_value(key: str, value: str) -> str:
    if key == "reminder_enabled":
        return translate("Csv", "on") if value == "1" else translate("Csv", "off")
    return f"“{value}”" if key in _QUOTED_SETTINGS else value


def _at_line(file: str, line: int, problem: str) -> str:
    """ "check-ins.csv, line 4: Pain now must be from 0 to 10." """
    return translate("Csv", "{file}, line {line}: {problem}").format(
        file=file, line=line, problem=problem
    )


class _Problems(list[str]):
    """The problems found, each a sentence; rows of one file with the same problem one after
    the other are one sentence ("checkins.csv, 28 rows from line 2 to line 29: …"): a file
    dated in the future named 30,000 rows one by one."""

    def __init__(self) -> None:
        super().__init__()
        self._run: tuple[str, str, int, int] | None = None  # file, problem, first line, rows

    def at_line(self, file: str, line: int, problem: str) -> None:
        run = self._run
        if run is not None and self and run[:2] == (file, problem):
            first, count = run[2], run[3] + 1
            self[-1] = translate(
                "Csv", "{file}, %n rows from line {first} to line {last}: {problem}", None, count
            ).format(file=file, first=first, last=line, problem=problem)
            self._run = (file, problem, first, count)
            return
        self.append(_at_line(file, line, problem))
        self._run = (file, problem, line, 1)

    def append(self, problem: str) -> None:
        super().append(problem)
        self._run = None  # a sentence of its own ends the run


MAX_LISTED_DIFFERENCES = 10


@dataclass
class ImportResult:
    """What a CSV import added, skipped as already there, and left as the diary has it."""

    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # already in the diary
    # Entries at a moment the diary already has an entry for, with other values (edited on
    # one of the two computers), and changed advice plans: left as the diary has them.
    differing: list[str] = field(default_factory=list)
    # The diary's settings kept where the folder's differ (an import only fills in).
    kept_settings: list[str] = field(default_factory=list)

    def headline(self) -> str:
        """What was added and skipped, in one line (the status line)."""
        parts = [
            translate("Csv", _COUNTED[name], None, count)
            for name, count in self.added.items()
            if count
        ]
        if parts:
            text = translate("Csv", "Imported {entries}.").format(entries=", ".join(parts))
        else:
            text = translate("Csv", "Imported nothing new.")
        skipped = sum(self.skipped.values())
        if skipped:
            text += " " + translate(
                "Csv", "Skipped %n entry(ies) already in your diary.", None, skipped
            )
        return text

    def sentence(self) -> str:
        """The headline, the settings kept, then the entries that differ from the diary,
        one a line."""
        text = self.headline()
        if self.kept_settings:
            text += " " + translate(
                "Csv", "Your own settings were kept where the folder's differ: {settings}."
            ).format(settings="; ".join(self.kept_settings))
        count = len(self.differing)
        if not count:
            return text
        if count == 1:
            text += " " + translate(
                "Csv", "1 entry differs from your diary and was left as it is in your diary:"
            )
        else:
            text += " " + translate(
                "Csv",
                "%n entries differ from your diary and were left as they are in your diary:",
                None,
                count,
            )
        shown = self.differing[:MAX_LISTED_DIFFERENCES]
        text += "\n" + "\n".join(f"- {entry}" for entry in shown)
        if count > len(shown):
            text += "\n" + translate("Csv", "… and %n more.", None, count - len(shown))
        return text


@dataclass
class CsvFolder:
    """Everything a folder holds, every row checked; nothing written anywhere yet."""

    injections: list[Injection]
    rules: dict[int, list[AdviceRule]]  # by the injection's number in the series
    content: DiaryContent
    impressions: list[Impression]
    settings: dict[str, str]


def import_csv(
    diary: Diary, folder: Path, *, now: datetime, templates: list[AdviceTemplate]
) -> ImportResult:
    """Read the folder, check every row, then add everything new in one transaction."""
    with collection_paused():  # a fifth of the import's time, and stalls of the window
        return add_to_diary(diary, read_csv_folder(folder, now=now), templates, now=now)


def read_csv_folder(folder: Path, *, now: datetime) -> CsvFolder:
    """Read and check every file; raises CsvImportError listing every problem."""
    folder = Path(folder)
    try:
        if not folder.is_dir():
            raise CsvImportError(
                [translate("Csv", "{folder} is not a folder.").format(folder=folder)]
            )
        present = [name for name in COLUMNS if os.path.lexists(folder / name)]
    except OSError as error:
        raise CsvImportError(
            [
                translate("Csv", "The folder {folder} cannot be read ({reason}).").format(
                    folder=folder, reason=error.strerror
                )
            ]
        ) from None
    if not present:
        raise CsvImportError(
            [
                translate(
                    "Csv", "No Recovery Tracker files ({files}) were found in {folder}."
                ).format(files=", ".join(COLUMNS), folder=folder)
            ]
        )
    problems = _Problems()
    tables = {name: _read_table(folder / name, problems) for name in present}

    def rows(name: str) -> list[_Row]:
        return tables[name].rows() if name in tables else []

    # A diary moved from a time zone ahead of this one has entries "later" than this clock.
    latest = now + CLOCK_ALLOWANCE
    checkin = partial(validate_checkin, now=now, allowance=CLOCK_ALLOWANCE)
    medication = partial(validate_medication, now=now, allowance=CLOCK_ALLOWANCE)
    event = partial(validate_event, now=now, allowance=CLOCK_ALLOWANCE)
    injections = _parse(
        rows(INJECTIONS),
        INJECTIONS,
        problems,
        # A booked day that has passed meanwhile is kept: the window asks what happened.
        lambda row: validate_injection(
            row, today=now.date(), earliest_planned=EARLIEST_DATE, latest=latest.date()
        ),
    )
    quick = QuickRows(latest)  # rows as the export writes them, without the general checks
    content = DiaryContent(
        checkin_values=_stored_values(
            tables.get(CHECKINS),
            CHECKINS,
            problems,
            (quick.checkin_table, quick.checkin_cells)
            if _header(tables, CHECKINS) == CHECKIN_CELLS
            else None,
            lambda row: quick.checkin_values(row) or checkin_values(checkin(row)),
        ),
        medication_values=_stored_values(
            tables.get(MEDICATIONS),
            MEDICATIONS,
            problems,
            (quick.medication_table, quick.medication_cells)
            if _header(tables, MEDICATIONS) == MEDICATION_CELLS
            else None,
            lambda row: medication_values(quick.medication(row) or medication(row)),
        ),
        appointments=_parse(rows(APPOINTMENTS), APPOINTMENTS, problems, validate_appointment),
        events=_parse(rows(EVENTS), EVENTS, problems, event),
    )
    rules = _parse_rules(rows(ADVICE), len(injections), problems)
    impressions = _parse(
        rows(IMPRESSIONS),
        IMPRESSIONS,
        problems,
        lambda row: _impression(row, now.date(), latest.date()),
    )
    settings = _parse_settings(rows(SETTINGS), problems)
    if problems:
        raise CsvImportError(problems)
    return CsvFolder(injections, rules, content, impressions, settings)


def _header(tables: dict[str, _Table], name: str) -> tuple[str, ...]:
    return tables[name].columns if name in tables else ()


_Values = tuple[object, ...]
_QuickTable = Callable[[list[list[str]]], list[_Values] | None]
_QuickCells = Callable[[list[str]], _Values | None]


def _stored_values(
    table: _Table | None,
    name: str,
    problems: _Problems,
    by_cells: tuple[_QuickTable, _QuickCells] | None,
    by_row: Callable[[dict[str, str]], _Values],
) -> list[_Values]:
    """Every row of ``table`` as the values the diary stores, in the file's order. A file
    with the export's header is first tried the quick way, from csv.reader's lists: the
    whole table column by column (at 30 years, 22,000 check-ins), else row by row. Any row
    the quick path is unsure of, and every row of any other file, goes through ``by_row``
    (the quick path on a dict, else the general validation, which raises ValidationError
    naming the problem)."""
    if table is None:
        return []
    quick: list[_Values | None]
    if by_cells is not None:
        whole, one = by_cells
        at_once = whole(table.cells)
        if at_once is not None:
            return at_once
        quick = [one(cells) for cells in table.cells]
    else:
        quick = [None] * len(table.cells)
    values: list[_Values] = []
    columns = table.columns
    for line, cells, found in zip(table.lines, table.cells, quick, strict=True):
        if found is None:
            try:
                found = by_row(dict(zip(columns, cells, strict=True)))
            except ValidationError as error:
                problems.at_line(name, line, str(error))
                continue
        values.append(found)
    return values


def add_to_diary(
    diary: Diary, folder: CsvFolder, templates: list[AdviceTemplate], *, now: datetime
) -> ImportResult:
    """Add what is new in ``folder`` to the diary, all in one transaction: the one in which
    what is new is decided, so a second import at the same time (the command line while the
    window imports) waits for it and then finds everything there, instead of adding it all
    a second time."""
    with writing_content(diary) as writer:
        return _add_new(diary, writer, folder, templates, now=now)


def _add_new(
    diary: Diary,
    writer: ContentWriter,
    folder: CsvFolder,
    templates: list[AdviceTemplate],
    *,
    now: datetime,
) -> ImportResult:
    result = ImportResult()
    # Settings first: an injection without advice rows gets the plan the window would give
    # it, which follows the doctor's days (from this diary, else from the folder).
    settings = {k: v for k, v in folder.settings.items() if diary.settings.get(k) is None}
    result.kept_settings = _kept_settings(diary, folder.settings)
    plan_settings = DiarySettings.from_text(
        {key: diary.settings.get(key) or settings.get(key) for key in PLAN_SETTINGS}
    )
    took_place: list[int] = []
    content = DiaryContent(
        injections=_new_injections(
            diary, folder.injections, folder.rules, templates, plan_settings, result, took_place
        ),
        # Compared as the values stored: the diary's rows as they are, no CheckIn made.
        checkin_values=_only_new(
            writer.stored_checkins(),
            folder.content.checkin_values,
            "check-ins",
            _checkin_moment,
            result,
            key=tuple,
            described=_checkin_described,
        ),
        medication_values=_only_new(
            writer.stored_medications(),
            folder.content.medication_values,
            "medicines",
            _medication_moment,
            result,
            key=tuple,
            described=_medication_described,
        ),
        appointments=_only_new(
            diary.appointments.list(),
            folder.content.appointments,
            "appointments",
            _appointment_moment,
            result,
        ),
        events=_only_new(
            diary.events.list(), folder.content.events, "events", _event_moment, result
        ),
        took_place=took_place,
    )
    known_days = {i.date for i in diary.impressions.list()}
    impressions = [i for i in folder.impressions if i.date not in known_days]
    result.added["impressions"] += len(impressions)
    result.skipped["impressions"] += len(folder.impressions) - len(impressions)
    result.added["settings"] += len(settings)
    if any(result.added.values()) or took_place:
        diary.backup_committed(now, "before-import")  # a bulk change: the diary as it was, first
    writer.write(content, impressions=impressions, settings=settings)
    return result


def _impression(row: dict[str, str], today: date, latest: date) -> Impression:
    problems: dict[str, str] = {}
    try:
        day = parse_date(row.get("date"), today=today, latest=latest)
    except ValueError as error:
        problems["date"] = str(error)
    text = (row.get("score") or "").strip()
    if not (len(text) == 1 and "1" <= text <= "7"):
        problems["score"] = translate(
            "Csv",
            "score must be a whole number from 1 (very much improved) to 7 (very much "
            "worse), not “{value}”.",
        ).format(value=text[:20])
    if problems:
        raise ValidationError(problems)
    return Impression(day, int(text))


def _parse_settings(rows: list[_Row], problems: _Problems) -> dict[str, str]:
    settings: dict[str, str] = {}
    for row in rows:
        key, value = row.cells.get("key", "").strip(), row.cells.get("value", "")
        problem = _setting_problem(key, value)
        if problem is None and key in settings:
            problem = translate("Csv", "the setting {key} is given twice.").format(key=key)
        if problem is not None:
            problems.at_line(SETTINGS, row.line, problem)
        else:
            settings[key] = value
    return settings


def _setting_problem(key: str, value: str) -> str | None:
    if key not in MOVING_SETTINGS:
        return translate("Csv", "unknown setting “{key}” (known: {known}).").format(
            key=key[:40], known=", ".join(MOVING_SETTINGS)
        )
    if is_valid_text(key, value):
        return None
    return translate("Csv", "the value of {key} is not valid: “{value}”.").format(
        key=key, value=value[:40]
    )


@dataclass
class _Row:
    """A row of a CSV file, by column name, with its line number for messages."""

    line: int
    cells: dict[str, str]


class _Table:
    """A file's rows, each as its cells in ``columns`` order (the file's columns the import
    knows, a short row filled with empty cells), with the line it starts on. Lists, not a
    dict per row: a file as the export writes it is checked from them (_stored_values)."""

    def __init__(
        self,
        columns: tuple[str, ...] = (),
        cells: list[list[str]] | None = None,
        count_lines: Callable[[], list[int]] | None = None,
    ) -> None:
        self.columns = columns
        self.cells: list[list[str]] = [] if cells is None else cells
        # A file read at once (_all_rows) counts its lines only if a row needs naming.
        self._count_lines = count_lines
        self._lines: list[int] | None = None if count_lines else []

    @property
    def lines(self) -> list[int]:
        if self._lines is None:
            assert self._count_lines is not None
            self._lines = self._count_lines()
        return self._lines

    def rows(self) -> list[_Row]:
        columns = self.columns
        return [
            _Row(line, dict(zip(columns, cells, strict=True)))
            for line, cells in zip(self.lines, self.cells, strict=True)
        ]


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_FILE_BYTES. Opening without blocking and checking
    the opened file (not the name) refuses pipes that would wait forever and devices (a link
    to /dev/zero) that never end."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        os.close(fd)
        raise _NotAFile() if not stat.S_ISREG(info.st_mode) else _TooLarge()
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _TooLarge()
    return data


class _NotAFile(Exception):
    pass


class _TooLarge(Exception):
    pass


def _read_table(path: Path, problems: _Problems) -> _Table:
    name = path.name
    try:
        text = _read_bytes(path).decode("utf-8-sig")
    except _NotAFile:
        problems.append(
            translate("Csv", "{file}: not a regular file (a folder, pipe or device).").format(
                file=name
            )
        )
        return _Table()
    except _TooLarge:
        problems.append(
            translate("Csv", "{file}: larger than {size} MB, the most a file may be.").format(
                file=name, size=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
        return _Table()
    except UnicodeDecodeError as error:
        problems.append(
            translate("Csv", "{file}: not UTF-8 text (byte {byte}); save it as UTF-8 CSV.").format(
                file=name, byte=error.start
            )
        )
        return _Table()
    except OSError as error:
        problems.append(
            translate("Csv", "{file}: cannot be read ({reason}).").format(
                file=name, reason=error.strerror
            )
        )
        return _Table()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
    except csv.Error as error:
        problems.at_line(name, 1, f"{error}.")
        return _Table()
    if not any(cell.strip() for cell in header):
        problems.append(
            translate(
                "Csv",
                "{file}: the file is empty, without even its line of column names. Export "
                "the diary again, or take the file out of the folder.",
            ).format(file=name)
        )
        return _Table()
    named = [column for column in header if column]
    doubled = sorted({column for column in named if named.count(column) > 1})
    if doubled:
        problems.append(
            _at_line(
                name,
                1,
                translate("Csv", "the column(s) {columns} appear more than once.").format(
                    columns=", ".join(doubled)
                ),
            )
        )
        return _Table()
    missing = [c for c in REQUIRED[name] if c not in header]
    if missing:
        problems.append(
            _at_line(
                name,
                1,
                translate("Csv", "missing column(s) {columns}.").format(columns=", ".join(missing))
                if len(header) != 1 or ";" not in header[0]
                else translate(  # a spreadsheet's default in much of Europe
                    "Csv",
                    "its columns are separated by semicolons; save it from your spreadsheet "
                    "as comma-separated CSV (UTF-8).",
                ),
            )
        )
        return _Table()
    wanted = [(index, column) for index, column in enumerate(header) if column in COLUMNS[name]]
    # A file as the export writes it: every column wanted, so a row's cells go in as they are,
    # and only text beginning with an apostrophe (put there by the export) needs a look.
    as_exported = len(wanted) == len(header)
    texts = [index for index, column in wanted if column in TEXT_COLUMNS]
    columns = tuple(column for _index, column in wanted)
    if as_exported:
        at_once = _all_rows(reader, len(header), texts)
        if at_once is not None:
            return _Table(columns, at_once, lambda: _line_numbers(text))
        reader = csv.reader(io.StringIO(text, newline=""))  # again, row by row
        next(reader)  # the header, read above
    table = _Table(columns)
    lines, rows = table.lines, table.cells
    try:
        for cells in reader:
            if as_exported and len(cells) == len(header):
                for index in texts:
                    if cells[index][:1] == "'":
                        cells[index] = restore(cells[index])
                lines.append(reader.line_num)
                rows.append(cells)
                continue
            line = reader.line_num
            if len(cells) > len(header):
                problems.append(
                    _at_line(
                        name,
                        line,
                        translate(
                            "Csv",
                            "{cells} cells but the header has {columns}; put text holding "
                            "commas in double quotes.",
                        ).format(cells=len(cells), columns=len(header)),
                    )
                )
                continue
            if not cells:
                continue  # a blank line
            lines.append(line)
            rows.append(
                [
                    (restore(cells[index]) if index in texts else cells[index])
                    if index < len(cells)
                    else ""
                    for index, _column in wanted
                ]
            )
    except csv.Error as error:
        problems.at_line(name, reader.line_num, f"{error}.")
    return table


def _all_rows(reader: Iterator[list[str]], width: int, texts: list[int]) -> list[list[str]] | None:
    """Every row of a file as the export writes it, read at once (csv.reader's C loop, no
    Python per row), if each has the header's width (no blank, short or long row) and the
    file parses; else None, and it is read row by row. Each row is then what the row-by-row
    reading makes of it."""
    try:
        rows = list(reader)
    except csv.Error:
        return None
    if rows and not min(map(len, rows)) == width == max(map(len, rows)):
        return None
    for index in texts:
        column = list(map(itemgetter(index), rows))
        if not any(map(str.startswith, column, repeat("'"))):
            continue  # the usual column: no cell the export escaped
        for k, cell in enumerate(column):
            if cell[:1] == "'":
                rows[k][index] = restore(cell)
    return rows


def _line_numbers(text: str) -> list[int]:
    """The line each row of ``text`` (after its header) starts on, as csv.reader counts."""
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader, None)
    return [reader.line_num for _cells in reader]


def _parse(
    rows: list[_Row], name: str, problems: _Problems, validate: Callable[[dict[str, str]], object]
) -> list:  # type: ignore[type-arg]
    parsed = []
    for row in rows:
        try:
            parsed.append(validate(row.cells))
        except ValidationError as error:
            problems.at_line(name, row.line, str(error))
    return parsed


def _parse_rules(
    rows: list[_Row], injection_count: int, problems: _Problems
) -> dict[int, list[AdviceRule]]:
    rules: dict[int, list[AdviceRule]] = {}
    # Each injection's plan repeats the same few rules (its kind's template): each distinct
    # row is checked once. A rule is a frozen value and depends on its cells alone.
    checked: dict[tuple[tuple[str, str], ...], AdviceRule] = {}
    for row in rows:
        text = row.cells.get("injection", "").strip()
        if not re.fullmatch(r"[0-9]{1,6}", text):
            problems.append(
                _at_line(
                    ADVICE,
                    row.line,
                    translate("Csv", "injection must be the injection's number (1, 2, …)."),
                )
            )
            continue
        number = int(text)
        if not 1 <= number <= injection_count:
            problems.append(
                _at_line(
                    ADVICE,
                    row.line,
                    translate("Csv", "there is no injection {number} in {file}.").format(
                        number=number, file=INJECTIONS
                    ),
                )
            )
            continue
        cells = tuple(item for item in row.cells.items() if item[0] != "injection")
        rule = checked.get(cells)
        if rule is None:
            try:
                rule = checked[cells] = rule_from_fields(dict(row.cells))
            except ValueError as error:
                problems.at_line(ADVICE, row.line, str(error))
                continue
        rules.setdefault(number, []).append(rule)
    return rules


def _new_injections(
    diary: Diary,
    injections: list[Injection],
    rules: dict[int, list[AdviceRule]],
    templates: list[AdviceTemplate],
    plan_settings: DiarySettings,
    result: ImportResult,
    took_place: list[int],
) -> list[tuple[Injection, Sequence[AdviceRule]]]:
    # Numbers in advice.csv follow the series order of injections.csv (date, then file order).
    order = sorted(range(len(injections)), key=lambda i: (injections[i].date, i))
    in_diary = diary.injections.list()
    diary_plans = {p.injection.id: _plan_key(p.rules) for p in diary.advice.plans(in_diary)}
    existing: dict[tuple[object, ...], list[Injection]] = {}
    for known in in_diary:
        existing.setdefault(_key(known), []).append(known)
    new: list[tuple[Injection, Sequence[AdviceRule]]] = []
    for number, index in enumerate(order, start=1):
        injection = injections[index]
        plan = rules.get(number)
        same = existing.get(_key(injection))
        if same:
            known = same.pop(0)
            result.skipped["injections"] += 1
            if plan is not None and _plan_key(plan) != diary_plans.get(known.id):
                result.differing.append(
                    translate("Csv", "advice plan of the injection of {date} ({site})").format(
                        date=injection.date.isoformat(), site=injection.site
                    )
                )
            continue
        booked = _same_booking(injection, in_diary)
        if booked is not None:  # one injection, booked on one computer, done on one of them
            if booked.planned and not injection.planned and booked.id not in took_place:
                took_place.append(int(booked.id or 0))
            result.skipped["injections"] += 1
            continue
        if _same_day_and_site(injection, in_diary) is not None:
            # The same injection, edited on one of the two computers (a note, the clinic):
            # named, as other differing entries, and the diary's version (and plan) stays.
            result.differing.append(_described(injection))
            continue
        if plan is None:  # no advice in the file: the plan the window would give it
            template = default_template_for(injection.kind, templates)
            plan = list(plan_for_new_injection(template, plan_settings))
        new.append((injection, plan))
        result.added["injections"] += 1
    return new


def _same_booking(injection: Injection, in_diary: list[Injection]) -> Injection | None:
    """The diary's injection that ``injection`` is, planned in one file and done in the
    other: same day, site and kind, and at least one of the two planned."""
    wanted = (injection.date, injection.site, injection.kind)
    for other in in_diary:
        if (other.date, other.site, other.kind) == wanted and (other.planned or injection.planned):
            return other
    return None


def _same_day_and_site(injection: Injection, in_diary: list[Injection]) -> Injection | None:
    """The diary's injection on the same day at the same site (in any letter case)."""
    site = injection.site.strip().casefold()
    for other in in_diary:
        if other.date == injection.date and other.site.strip().casefold() == site:
            return other
    return None


def _plan_key(rules: Sequence[AdviceRule]) -> list[tuple[object, ...]]:
    """A plan's rules without the ids the diary gave them."""
    return [_key(replace(rule, id=None, injection_id=None)) for rule in rules]


def _key(entry: object) -> tuple[object, ...]:
    """An entry's content without its id, to recognise one already in the diary."""
    kind = type(entry)
    content = _CONTENT.get(kind)
    if content is None:
        names = sorted(k for k in kind.__slots__ if k != "id")  # type: ignore[attr-defined]
        content = _CONTENT[kind] = attrgetter(*names)
    return content(entry)


_CONTENT: dict[type, Callable[[object], tuple[object, ...]]] = {}  # every field but the id


_Entry = TypeVar("_Entry")


# The moment an entry is about: an entry in the folder at a moment the diary already has one
# for, but with other values, was edited on one of the two computers. It is not added (that
# would show it twice) and is named in the import's sentence; the diary's version stays.
# Check-ins and medicines are compared as the values stored (checkin_values,
# medication_values): the date and time there are ISO texts, one text per moment.
def _checkin_moment(values: _Values) -> tuple[object, ...]:
    return values[:2]  # date, time


def _medication_moment(values: _Values) -> tuple[object, ...]:
    # Two medicines taken together are two entries.
    return (values[0], values[1], str(values[2]).casefold())  # date, time, name


def _checkin_described(values: _Values) -> str:
    return translate("Csv", "check-in {date} {time}").format(date=values[0], time=values[1])


def _medication_described(values: _Values) -> str:
    return translate("Csv", "medicine {name} {date} {time}").format(
        name=values[2], date=values[0], time=values[1]
    )


def _appointment_moment(a: Appointment) -> tuple[object, ...]:
    return (a.starts_at,)


def _event_moment(e: AdverseEvent) -> tuple[object, ...]:
    return (e.date, e.time, e.kind)  # a fever and a headache on one day are two entries


def _described(entry: object) -> str:
    """ "appointment 2026-12-01 10:30", named as the patient would look it up."""
    if isinstance(entry, Appointment):
        return translate("Csv", "appointment {date} {time}").format(
            date=entry.starts_at.date().isoformat(), time=f"{entry.starts_at:%H:%M}"
        )
    if isinstance(entry, Injection):
        return translate("Csv", "injection {date} ({site})").format(
            date=entry.date.isoformat(), site=entry.site
        )
    assert isinstance(entry, AdverseEvent)
    moment = entry.date.isoformat() + (f" {entry.time:%H:%M}" if entry.time else "")
    return translate("Csv", "event {date}: {kind}").format(date=moment, kind=entry.label)


def _only_new(
    existing: Sequence[_Entry],
    incoming: Sequence[_Entry],
    label: str,
    moment: Callable[[_Entry], tuple[object, ...]],
    result: ImportResult,
    *,
    key: Callable[[_Entry], object] = _key,
    described: Callable[[_Entry], str] = _described,
) -> list[_Entry]:
    if not existing:  # into an empty diary (the usual move to a new computer): all of it
        result.added[label] += len(incoming)
        return list(incoming)
    available = Counter(key(e) for e in existing)
    taken = {moment(e) for e in existing}
    new: list[_Entry] = []
    for entry in incoming:
        found = key(entry)
        if available[found] > 0:
            available[found] -= 1
            result.skipped[label] += 1
        elif moment(entry) in taken:
            result.differing.append(described(entry))
        else:
            new.append(entry)
            result.added[label] += 1
    return new
