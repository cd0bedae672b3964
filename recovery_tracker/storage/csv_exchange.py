"""The diary as a folder of CSV files, and back. Documented in the README.

Export then import into an empty diary gives back the same diary exactly. Import is
all-or-nothing: any bad row and nothing is imported, and every bad row is named by file and
line. Entries already in the diary are recognised and skipped, so importing the same folder
twice duplicates nothing.

Spreadsheets run cells beginning with = + - @ (or tab, carriage return) as formulas; export
puts an apostrophe before such text, and before text that already begins with an apostrophe
followed by one of those, and import removes exactly that apostrophe again.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from recovery_tracker.domain.advice import (
    AdviceRule,
    AdviceTemplate,
    default_template_for,
    rule_from_fields,
)
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import numbered_injections
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.domain.validation import (
    ValidationError,
    validate_appointment,
    validate_checkin,
    validate_injection,
    validate_medication,
)
from recovery_tracker.storage.bulk import DiaryContent, insert_content
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.files import write_private_file

INJECTIONS, CHECKINS, MEDICATIONS, ADVICE, APPOINTMENTS = (
    "injections.csv",
    "checkins.csv",
    "medications.csv",
    "advice.csv",
    "appointments.csv",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    INJECTIONS: ("date", "site", "side", "kind", "clinic", "guidance", "notes"),
    CHECKINS: (
        "date",
        "time",
        "pain",
        "soreness",
        "enjoyment_interference",
        "activity_interference",
        "sleep",
        "notes",
        "for_doctor",
    ),
    MEDICATIONS: ("date", "time", "name", "dose", "reason"),
    ADVICE: ("injection", "title", "category", "start_day", "end_day", "avoid", "advice"),
    APPOINTMENTS: ("date", "time", "clinician", "place", "questions"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    INJECTIONS: ("date", "site"),
    CHECKINS: ("date", "time", "pain"),
    MEDICATIONS: ("date", "time", "name"),
    ADVICE: ("injection", "title", "category"),
    APPOINTMENTS: ("date", "time"),
}
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
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_LISTED_PROBLEMS = 30


class CsvImportError(StorageError):
    """Nothing was imported; ``problems`` lists each bad row as "file, line N: reason"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_LISTED_PROBLEMS]
        more = len(problems) - len(shown)
        text = "Nothing was imported. Please correct these rows:\n" + "\n".join(shown)
        if more:
            text += f"\n… and {more} more."
        super().__init__(text)


def neutralise(text: str) -> str:
    if text.startswith(_FORMULA_STARTS) or (
        text[:1] == "'" and text[1:2] in (*_FORMULA_STARTS, "'")
    ):
        return "'" + text
    return text


def restore(text: str) -> str:
    if text[:1] == "'" and text[1:2] in (*_FORMULA_STARTS, "'"):
        return text[1:]
    return text


# --- export ----------------------------------------------------------------------------------


def export_csv(diary: Diary, folder: Path) -> dict[str, int]:
    """Write the five files into ``folder`` (created if needed); returns rows per file."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageError(
            translate("Csv", "Cannot create the folder {folder}: {reason}.").format(
                folder=folder, reason=error.strerror
            )
        ) from error
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
    }
    for name, rows in tables.items():
        columns = COLUMNS[name] + (("number",) if name == INJECTIONS else ())
        write_private_file(folder / name, _csv_bytes(columns, rows))
    return {name: len(rows) for name, rows in tables.items()}


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
    }


def _checkin_row(c: CheckIn) -> dict[str, object]:
    return {
        "date": c.date.isoformat(),
        "time": f"{c.time:%H:%M}",
        "pain": c.pain,
        "soreness": c.soreness,
        "enjoyment_interference": c.enjoyment_interference,
        "activity_interference": c.activity_interference,
        "sleep": c.sleep,
        "notes": c.notes,
        "for_doctor": "yes" if c.for_doctor else "",
    }


def _medication_row(m: MedicationDose) -> dict[str, object]:
    return {
        "date": m.date.isoformat(),
        "time": f"{m.time:%H:%M}",
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
    }


def _appointment_row(a: Appointment) -> dict[str, object]:
    return {
        "date": a.starts_at.date().isoformat(),
        "time": f"{a.starts_at:%H:%M}",
        "clinician": a.clinician,
        "place": a.place,
        "questions": a.questions,
    }


# --- import ----------------------------------------------------------------------------------


_COUNTED = {
    "injections": QT_TRANSLATE_NOOP("Csv", "%n injection(s)"),
    "check-ins": QT_TRANSLATE_NOOP("Csv", "%n check-in(s)"),
    "medicines": QT_TRANSLATE_NOOP("Csv", "%n medicine(s)"),
    "appointments": QT_TRANSLATE_NOOP("Csv", "%n appointment(s)"),
}


def _at_line(file: str, line: int, problem: str) -> str:
    """ "check-ins.csv, line 4: Pain now must be from 0 to 10." """
    return translate("Csv", "{file}, line {line}: {problem}").format(
        file=file, line=line, problem=problem
    )


@dataclass
class ImportResult:
    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # already in the diary

    def sentence(self) -> str:
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
                "Csv", "%n entry(ies) already in your diary were skipped.", None, skipped
            )
        return text


def import_csv(
    diary: Diary, folder: Path, *, now: datetime, templates: list[AdviceTemplate]
) -> ImportResult:
    """Read the folder, check every row, then add everything new in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CsvImportError([translate("Csv", "{folder} is not a folder.").format(folder=folder)])
    present = [name for name in COLUMNS if (folder / name).exists()]
    if not present:
        raise CsvImportError(
            [
                translate(
                    "Csv", "No Recovery Tracker files ({files}) were found in {folder}."
                ).format(files=", ".join(COLUMNS), folder=folder)
            ]
        )
    problems: list[str] = []
    tables = {name: _read_table(folder / name, problems) for name in present}
    injections = _parse(
        tables.get(INJECTIONS, []),
        INJECTIONS,
        problems,
        lambda row: validate_injection(row, today=now.date()),
    )
    content = DiaryContent(
        checkins=_parse(
            tables.get(CHECKINS, []), CHECKINS, problems, lambda row: validate_checkin(row, now=now)
        ),
        medications=_parse(
            tables.get(MEDICATIONS, []),
            MEDICATIONS,
            problems,
            lambda row: validate_medication(row, now=now),
        ),
        appointments=_parse(
            tables.get(APPOINTMENTS, []), APPOINTMENTS, problems, validate_appointment
        ),
    )
    rules = _parse_rules(tables.get(ADVICE, []), len(injections), problems)
    if problems:
        raise CsvImportError(problems)
    result = ImportResult()
    content.injections = _new_injections(diary, injections, rules, templates, result)
    content.checkins = _only_new(diary.checkins.list(), content.checkins, "check-ins", result)
    content.medications = _only_new(
        diary.medications.list(), content.medications, "medicines", result
    )
    content.appointments = _only_new(
        diary.appointments.list(), content.appointments, "appointments", result
    )
    if content.injections or content.checkins or content.medications or content.appointments:
        diary.backup_now(now, "before-import")  # a bulk change: the diary as it was, first
    insert_content(diary, content)
    return result


@dataclass
class _Row:
    line: int
    cells: dict[str, str]


def _read_table(path: Path, problems: list[str]) -> list[_Row]:
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.append(
            translate("Csv", "{file}: not UTF-8 text (byte {byte}); save it as UTF-8 CSV.").format(
                file=name, byte=error.start
            )
        )
        return []
    except OSError as error:
        problems.append(
            translate("Csv", "{file}: cannot be read ({reason}).").format(
                file=name, reason=error.strerror
            )
        )
        return []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        problems.append(_at_line(name, 1, f"{error}."))
        return []
    missing = [c for c in REQUIRED[name] if c not in header]
    if missing:
        problems.append(
            _at_line(
                name,
                1,
                translate("Csv", "missing column(s) {columns}.").format(columns=", ".join(missing)),
            )
        )
        return []
    rows = []
    try:
        for cells in reader:
            line = reader.line_num
            clean = {
                column: restore(cells.get(column) or "")
                if column in TEXT_COLUMNS
                else (cells.get(column) or "")
                for column in COLUMNS[name]
                if column in header
            }
            rows.append(_Row(line, clean))
    except csv.Error as error:
        problems.append(_at_line(name, reader.line_num, f"{error}."))
    return rows


def _parse(
    rows: list[_Row], name: str, problems: list[str], validate: Callable[[dict[str, str]], object]
) -> list:  # type: ignore[type-arg]
    parsed = []
    for row in rows:
        try:
            parsed.append(validate(row.cells))
        except ValidationError as error:
            problems.append(_at_line(name, row.line, str(error)))
    return parsed


def _parse_rules(
    rows: list[_Row], injection_count: int, problems: list[str]
) -> dict[int, list[AdviceRule]]:
    rules: dict[int, list[AdviceRule]] = {}
    for row in rows:
        try:
            number = int(row.cells.get("injection", "").strip())
        except ValueError:
            problems.append(
                _at_line(
                    ADVICE,
                    row.line,
                    translate("Csv", "injection must be the injection's number (1, 2, …)."),
                )
            )
            continue
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
        try:
            rules.setdefault(number, []).append(rule_from_fields(dict(row.cells)))
        except ValueError as error:
            problems.append(_at_line(ADVICE, row.line, str(error)))
    return rules


def _new_injections(
    diary: Diary,
    injections: list[Injection],
    rules: dict[int, list[AdviceRule]],
    templates: list[AdviceTemplate],
    result: ImportResult,
) -> list[tuple[Injection, Sequence[AdviceRule]]]:
    # Numbers in advice.csv follow the series order of injections.csv (date, then file order).
    order = sorted(range(len(injections)), key=lambda i: (injections[i].date, i))
    existing = Counter(_key(i) for i in diary.injections.list())
    new: list[tuple[Injection, Sequence[AdviceRule]]] = []
    for number, index in enumerate(order, start=1):
        injection = injections[index]
        if existing[_key(injection)] > 0:
            existing[_key(injection)] -= 1
            result.skipped["injections"] += 1
            continue
        plan = rules.get(number)
        if plan is None:  # no advice in the file: the kind's default template, as in the app
            template = default_template_for(injection.kind, templates)
            plan = list(template.rules) if template else []
        new.append((injection, plan))
        result.added["injections"] += 1
    return new


def _key(entry: object) -> tuple[object, ...]:
    """An entry's content without its id, to recognise one already in the diary."""
    values = {k: getattr(entry, k) for k in entry.__slots__ if k != "id"}  # type: ignore[attr-defined]
    return tuple(sorted(values.items()))


def _only_new(existing: list, incoming: list, label: str, result: ImportResult) -> list:  # type: ignore[type-arg]
    available = Counter(_key(e) for e in existing)
    new = []
    for entry in incoming:
        key = _key(entry)
        if available[key] > 0:
            available[key] -= 1
            result.skipped[label] += 1
        else:
            new.append(entry)
            result.added[label] += 1
    return new
