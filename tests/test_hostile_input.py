"""Hostile values everywhere: every case ends in a correct save or a clear error.

Never a crash, never a traceback shown to the patient, never a partial write.
"""

import contextlib
import io
import os
import string
from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_tracker.cli import main as cli_main
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.domain.validation import (
    ValidationError,
    validate_appointment,
    validate_checkin,
    validate_injection,
    validate_medication,
)
from recovery_tracker.exchange.csv_folder import CsvImportError, import_csv
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates

NOW = datetime(2026, 11, 24, 18, 5)
TEMPLATES = load_templates().templates
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

hostile_text = st.one_of(
    st.text(max_size=50),
    st.text(st.characters(blacklist_categories=()), max_size=30),  # control chars, surrogates
    st.sampled_from(
        [
            "'); DROP TABLE checkins; --",
            '=HYPERLINK("http://x")',
            "\x00",
            "\ud800",
            "😖" * 50,
            "x" * 100_000,
            "NaN",
            "inf",
            "-0",
            "1e308",
            "10.0000001",
            "  7  ",
            "",
            "0001-01-01",
            "9999-12-31",
            "24:00",
            "23:59",
            "2026-02-30",
            "2026-11-24T08:00",
        ]
    ),
)
hostile_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
    st.binary(max_size=10),
    st.dates(),
    st.times(),
    st.lists(st.integers(), max_size=2),
)


def fields(*names):
    return st.fixed_dictionaries({name: hostile_value for name in names})


@SETTINGS
@given(
    fields(
        "date",
        "time",
        "pain",
        "soreness",
        "enjoyment_interference",
        "activity_interference",
        "sleep",
        "notes",
        "for_doctor",
    )
)
def test_checkin_validation_never_crashes(raw):
    try:
        checkin = validate_checkin(raw, now=NOW)
    except ValidationError as error:
        assert error.errors and all(isinstance(m, str) and m for m in error.errors.values())
        return
    assert 0 <= checkin.pain <= 10 and checkin.date <= NOW.date()
    assert datetime.combine(checkin.date, checkin.time) <= NOW


@SETTINGS
@given(
    fields("date", "site", "side", "kind", "clinic", "guidance", "notes"),
    fields("date", "time", "name", "dose", "reason"),
    fields("date", "time", "clinician", "place", "questions"),
)
def test_other_validation_never_crashes(injection, medication, appointment):
    for validate, raw in (
        (lambda r: validate_injection(r, today=NOW.date()), injection),
        (lambda r: validate_medication(r, now=NOW), medication),
        (validate_appointment, appointment),
    ):
        try:
            validate(raw)
        except ValidationError as error:
            assert error.errors


csv_cell = st.one_of(hostile_text, st.integers(-5, 20).map(str), st.just(""))
csv_headers = st.lists(
    st.sampled_from(
        [
            *("date", "time", "pain", "soreness", "sleep", "notes", "mood", "", "pain"),
            *("score", "key", "value", "injection", "title", "category", "avoid", "site"),
        ]
    ),
    max_size=7,
)
csv_file = st.sampled_from(
    [
        "checkins.csv",
        "impressions.csv",
        "settings.csv",
        "advice.csv",
        "injections.csv",
        "events.csv",
    ]
)


@SETTINGS
@given(
    name=csv_file,
    headers=csv_headers,
    rows=st.lists(st.lists(csv_cell, max_size=8), max_size=5),
    raw_bytes=st.one_of(st.none(), st.binary(max_size=200)),
)
def test_csv_import_is_all_or_nothing_with_any_file(
    tmp_path_factory, name, headers, rows, raw_bytes
):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    if raw_bytes is not None:
        (folder / name).write_bytes(raw_bytes)
    else:
        import csv

        with open(
            folder / name, "w", newline="", encoding="utf-8", errors="surrogatepass"
        ) as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows(rows)
    diary = Diary.open(root / "data")
    diary.checkins.add(CheckIn(date(2026, 1, 1), time(8), 3))
    try:
        try:
            import_csv(diary, folder, now=NOW, templates=TEMPLATES)
        except CsvImportError as error:
            assert error.problems and all(p for p in error.problems)
            assert diary.checkins.count() == 1  # nothing half-imported
            assert diary.impressions.list() == [] and diary.injections.list() == []
            return
        assert diary.checkins.count() >= 1
        assert diary.database.query("PRAGMA integrity_check")[0][0] == "ok"
    finally:
        diary.close()


words = st.sampled_from(
    [
        "export",
        "import",
        "backup",
        "csv",
        "ics",
        "report",
        "chart",
        "timeline",
        "list",
        "restore",
        "--out",
        "--from",
        "--to",
        "--latest",
        "--paper",
        "letter",
        "a4",
        "x.png",
        "x.pdf",
        "x.doc",
        "2026-13-01",
        "2026-11-01",
        "-",
        "--",
        "''",
        "\x00",
    ]
)
argv = st.lists(st.one_of(words, st.text(string.printable, max_size=12)), max_size=6)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(command=st.sampled_from(["export", "import", "backup"]), rest=argv)
def test_command_line_answers_every_input_with_an_exit_code(tmp_path_factory, command, rest):
    folder = tmp_path_factory.mktemp("cli")
    arguments = [
        "--data-dir",
        str(folder / "data"),
        command,
        *[a.replace("x.", str(folder) + "/x.") for a in rest],
    ]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(arguments)
        except SystemExit as exit_:
            code = exit_.code
    assert code in (0, 1, 2), code
    assert "Traceback" not in err.getvalue()
    if code == 1:
        assert err.getvalue().startswith("recovery-tracker: ")


# --- damaged, foreign and future diaries ------------------------------------------------------


def _our_diary_with_header(version):
    def make(data):
        import sqlite3

        Diary.open(data).close()
        with contextlib.closing(sqlite3.connect(data / "diary.sqlite3")) as connection:
            connection.execute(f"PRAGMA user_version = {version}")
            connection.commit()

    return make


def _folder_in_place_of_the_diary(data):
    (data / "diary.sqlite3").mkdir()
    (data / "diary.sqlite3" / "keep.txt").write_text("mine")


def _foreign_database(application_id, version=0, tables="CREATE TABLE contacts (name TEXT)"):
    def make(data):
        import sqlite3

        with contextlib.closing(sqlite3.connect(data / "diary.sqlite3")) as connection:
            connection.executescript(tables)
            connection.execute(f"PRAGMA application_id = {application_id}")
            connection.execute(f"PRAGMA user_version = {version}")
            connection.commit()

    return make


HOSTILE_DIARIES = {
    # case: (how to make it, what the patient gets)
    "negative user_version": (_our_diary_with_header(-1), "damaged"),
    "user_version 0 with tables": (_our_diary_with_header(0), "damaged"),
    "future version": (_our_diary_with_header(99), "newer"),
    "largest version": (_our_diary_with_header(2**31 - 1), "newer"),
    "a folder named diary.sqlite3": (_folder_in_place_of_the_diary, "damaged"),
    "another program's database": (_foreign_database(0), "foreign"),
    "another program's application_id": (_foreign_database(0x46697265, 0, "SELECT 1"), "foreign"),
    "another program's versioned database": (_foreign_database(0, 3), "foreign"),
}


@pytest.mark.parametrize("case", HOSTILE_DIARIES)
def test_every_hostile_diary_gets_a_sentence_and_the_damaged_file_path(tmp_path, case):
    """On the command line and in the window: a sentence, never a traceback; a damaged or
    newer file is offered the newest backup and moved aside; a foreign one is left untouched."""
    from recovery_tracker.storage import backups
    from recovery_tracker.storage.database import ForeignDatabaseError, StorageError
    from recovery_tracker.ui.diary_file import Choice, open_with_recovery

    make, outcome = HOSTILE_DIARIES[case]
    data = tmp_path / "data"
    data.mkdir()
    make(data)
    backups.backup_dir(data).mkdir()
    source = tmp_path / "good"
    good = Diary.open(source)
    good.backup_now(datetime(2026, 11, 20, 9, 0))
    good.close()
    for made in backups.backup_dir(source).iterdir():
        made.rename(backups.backup_dir(data) / made.name)
    target = data / "diary.sqlite3"
    before = sorted(p.name for p in data.iterdir())
    before_bytes = target.read_bytes() if target.is_file() else None

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["--data-dir", str(data), "export", "csv", "--out", str(tmp_path / "csv")])
    assert code == 1
    assert err.getvalue().startswith("recovery-tracker: ") and "Traceback" not in err.getvalue()
    assert sorted(p.name for p in data.iterdir()) == before  # the command line changes nothing
    if outcome == "foreign":
        assert "another program" in err.getvalue()
    else:
        assert (
            "Newest good backup" in err.getvalue() and "backup restore --latest" in err.getvalue()
        )

    offered = []

    def ask(error, newest):
        offered.append((str(error), newest))
        return Choice.START_NEW if outcome == "damaged" else Choice.RESTORE

    if outcome == "foreign":
        with pytest.raises(ForeignDatabaseError):  # the window shows it as a sentence
            open_with_recovery(data, lambda: NOW, ask)
        assert target.read_bytes() == before_bytes  # not migrated
        assert sorted(p.name for p in data.iterdir()) == before  # not moved, no -wal
        return
    diary = open_with_recovery(data, lambda: NOW, ask)
    assert diary is not None
    diary.close()
    [(message, newest)] = offered
    assert newest is not None and message and "Traceback" not in message
    assert isinstance(message, str) and not message.startswith(StorageError.__name__)
    label = "damaged" if outcome == "damaged" else "replaced"
    assert list(data.glob(f"diary.sqlite3.{label}-*")), "the bad file is kept aside"


# --- no export clobbers the diary ------------------------------------------------------------

CLOBBERING_EXPORTS = {
    # case: (command line after --data-dir DATA, with {data} the data folder)
    "ics over the diary": ["export", "ics", "--out", "{data}/diary.sqlite3"],
    "ics over the -wal": ["export", "ics", "--out", "{data}/diary.sqlite3-wal"],
    "report over the -shm": ["export", "report", "--out", "{data}/diary.sqlite3-shm"],
    "report over the lock": ["export", "report", "--out", "{data}/.recovery-tracker.lock"],
    "ics through ..": ["export", "ics", "--out", "{data}/backups/../diary.sqlite3"],
    "chart into the backups": ["export", "chart", "timeline", "--out", "{data}/backups/c.png"],
    "csv into the backups": ["export", "csv", "--out", "{data}/backups"],
    "csv over the diary": ["export", "csv", "--out", "{data}/diary.sqlite3"],
    "report over a kept-aside diary": ["export", "report", "--out", "{data}/old.sqlite3"],
}


@pytest.mark.parametrize("case", CLOBBERING_EXPORTS)
def test_no_export_writes_over_the_diary_or_its_backups(tmp_path, case):
    data = tmp_path / "data"
    diary = Diary.open(data)
    diary.checkins.add(CheckIn(date(2026, 11, 1), time(8), 4))
    diary.backup_now(datetime(2026, 11, 20, 9, 0))
    diary.close()
    (data / "old.sqlite3").write_bytes((data / "diary.sqlite3").read_bytes())
    (data / ".recovery-tracker.lock").write_text("12345\n")

    def state():
        return {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}

    before = state()
    arguments = [a.format(data=data) for a in CLOBBERING_EXPORTS[case]]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["--data-dir", str(data), *arguments])
    assert code == 1, out.getvalue()
    assert err.getvalue().startswith("recovery-tracker: ") and "Traceback" not in err.getvalue()
    assert "nothing was written" in err.getvalue()
    after = state()
    assert {p: b for p, b in after.items() if "diary.sqlite3" not in p.name} == {
        p: b for p, b in before.items() if "diary.sqlite3" not in p.name
    }
    reopened = Diary.open(data)
    assert reopened.checkins.count() == 1
    reopened.close()


# --- hostile CSV folders ---------------------------------------------------------------------

CHECKINS_HEADER = "date,time,pain,notes\n"


def _csv(name, text):
    return lambda folder: (folder / name).write_text(text, encoding="utf-8")


def _checkin_row(row):
    return _csv("checkins.csv", CHECKINS_HEADER + row + "\n")


def _fifo(folder):
    os.mkfifo(folder / "checkins.csv")


def _endless(folder):
    (folder / "checkins.csv").symlink_to("/dev/zero")


def _too_large(folder):
    with open(folder / "checkins.csv", "w", encoding="utf-8") as handle:
        handle.write(CHECKINS_HEADER)
        handle.truncate(21 * 1024 * 1024)  # a sparse file: big without the disk space


def _folder_named_like_a_file(folder):
    (folder / "checkins.csv").mkdir()


def _advice(rule):
    def make(folder):
        (folder / "injections.csv").write_text("date,site\n2026-11-01,Knee\n", encoding="utf-8")
        (folder / "advice.csv").write_text(
            "injection,title,category,avoid\n1," + rule + "\n", encoding="utf-8"
        )

    return make


HOSTILE_CSV = {
    # case: (how the folder is made, the sentence's telling part; None = imported)
    "time 08:00Z": (_checkin_row("2026-11-01,08:00Z,4,"), "has a time zone"),
    "time 08:00+05:00": (_checkin_row("2026-11-01,08:00+05:00,4,"), "has a time zone"),
    "time 08:00:00+14:00": (_checkin_row("2026-11-01,08:00:00+14:00,4,"), "has a time zone"),
    "appointment with an offset": (
        _csv("appointments.csv", "date,time\n2026-12-01,09:00-03:00\n"),
        "has a time zone",
    ),
    "a FIFO": (_fifo, "not a regular file"),
    "a link to /dev/zero": (_endless, "not a regular file"),
    "a folder named checkins.csv": (_folder_named_like_a_file, "not a regular file"),
    "a file over the limit": (_too_large, "larger than 20 MB"),
    "more cells than the header": (
        _checkin_row("2026-11-01,08:00,4,walked, then rested"),
        "line 2: 5 cells but the header has 4",
    ),
    "a duplicated header": (
        _csv("checkins.csv", "date,time,pain,pain\n2026-11-01,08:00,4,5\n"),
        "line 1: the column(s) pain appear more than once",
    ),
    "pain 1e1": (_checkin_row("2026-11-01,08:00,1e1,"), "whole number from 0 to 10"),
    "pain ٧": (_checkin_row("2026-11-01,08:00,٧,"), "whole number from 0 to 10"),
    "pain ７": (_checkin_row("2026-11-01,08:00,７,"), "whole number from 0 to 10"),
    "pain +7": (_checkin_row("2026-11-01,08:00,+7,"), "whole number from 0 to 10"),
    "pain 7.0": (_checkin_row("2026-11-01,08:00,7.0,"), "whole number from 0 to 10"),
    "date 20260101": (_checkin_row("20260101,08:00,4,"), "YYYY-MM-DD"),
    "date 2026-W01-1": (_checkin_row("2026-W01-1,08:00,4,"), "YYYY-MM-DD"),
    "time 0800": (_checkin_row("2026-11-01,0800,4,"), "HH:MM"),
    "time T08:00": (_checkin_row("2026-11-01,T08:00,4,"), "HH:MM"),
    "for_doctor maybe": (
        _csv("checkins.csv", "date,time,pain,for_doctor\n2026-11-01,08:00,4,maybe\n"),
        "yes or no",
    ),
    "advice title of 100,000 characters": (_advice("x" * 100_000 + ",care,"), "too long"),
    "advice title with ESC": (_advice("Rest\x1b[2J,care,"), "cannot be stored"),
    "advice title with NUL": (_advice("Rest\x00,care,"), "cannot be stored"),
    "advice avoiding aspirin": (_advice("No pills,medication,aspirin"), "Unknown medicine"),
    "a setting nobody knows": (_csv("settings.csv", "key,value\ntheme,dark\n"), "unknown setting"),
    "an impression of 9": (_csv("impressions.csv", "date,score\n2026-11-01,9\n"), "from 1"),
    # accepted:
    "a row a few hours after this clock": (_checkin_row("2026-11-25,06:00,4,"), None),
    "a note starting with - walked": (_checkin_row("2026-11-01,08:00,4,- walked"), None),
    "advice category in capitals": (_advice("Rest,Activity,"), None),
}


@pytest.mark.parametrize("case", HOSTILE_CSV)
def test_every_hostile_csv_folder_gets_a_sentence_and_changes_nothing(tmp_path, case):
    make, fragment = HOSTILE_CSV[case]
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder)
    diary = Diary.open(tmp_path / "data")
    diary.checkins.add(CheckIn(date(2026, 1, 1), time(8), 3))
    try:
        if fragment is None:
            import_csv(diary, folder, now=NOW, templates=TEMPLATES)
            assert diary.checkins.count() >= 1
            return
        with pytest.raises(CsvImportError) as refused:
            import_csv(diary, folder, now=NOW, templates=TEMPLATES)
        assert fragment in str(refused.value), str(refused.value)
        assert str(refused.value).startswith("Nothing was imported")
        assert diary.checkins.count() == 1 and diary.injections.list() == []
    finally:
        diary.close()
    # The command line: one sentence, exit 1, and no diary left in a new data folder.
    new_home = tmp_path / "new-computer"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["import", "csv", str(folder), "--data-dir", str(new_home)])
    assert code == 1
    assert err.getvalue().startswith("recovery-tracker: Nothing was imported")
    assert fragment in err.getvalue() and "Traceback" not in err.getvalue()
    assert not new_home.exists()
