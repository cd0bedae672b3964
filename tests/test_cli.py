import subprocess
import sys
from pathlib import Path

from recovery_tracker import __version__
from recovery_tracker.locations import DATA_DIR_VARIABLE, resolve_data_dir


def test_data_dir_option_wins_over_the_environment(tmp_path):
    env = {DATA_DIR_VARIABLE: str(tmp_path / "from-env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == (tmp_path / "opt").resolve()
    assert resolve_data_dir(None, env) == (tmp_path / "from-env").resolve()


def test_default_data_dir_is_the_users_application_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = resolve_data_dir(None, {})
    assert path == tmp_path / "xdg" / "recovery-tracker"


def test_version_option_and_module_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "recovery_tracker", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"recovery-tracker {__version__}"


def run_cli(*args, env_extra=None):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "recovery_tracker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_export_ics_headless(tmp_path):
    from datetime import date, datetime

    import icalendar

    from recovery_tracker.domain.appointments import Appointment
    from recovery_tracker.domain.models import Injection
    from recovery_tracker.storage.diary import Diary
    from recovery_tracker.storage.resources import load_templates

    data = tmp_path / "data"
    diary = Diary.open(data)
    prp = next(t for t in load_templates().templates if "PRP" in t.default_for)
    diary.advice.add_injection_with_plan(Injection(date=date(2026, 11, 1), site="Knee"), prp.rules)
    diary.appointments.add(Appointment(datetime(2026, 12, 1, 14, 0), "Dr. Lee"))
    diary.close()

    out = tmp_path / "calendar.ics"
    result = run_cli("--data-dir", str(data), "export", "ics", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"to {out}" in result.stdout
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 1 + len(prp.rules)
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_export_ics_env_data_dir_and_clear_errors(tmp_path):
    missing = run_cli(
        "export",
        "ics",
        "--out",
        str(tmp_path / "x.ics"),
        env_extra={"RECOVERY_TRACKER_DATA_DIR": str(tmp_path / "nothing")},
    )
    assert missing.returncode == 1
    assert "No diary found in" in missing.stderr and "Traceback" not in missing.stderr
    usage = run_cli("export", "ics")
    assert usage.returncode == 2 and "--out" in usage.stderr


def test_headless_report_chart_and_csv_round_trip(tmp_path):
    from pypdf import PdfReader

    from recovery_tracker.ui.app import create_demo_diary

    data = tmp_path / "data"
    create_demo_diary(data)
    report = run_cli(
        "--data-dir",
        str(data),
        "export",
        "report",
        "--out",
        str(tmp_path / "r.pdf"),
        "--name",
        "Maria",
        "--paper",
        "letter",
    )
    assert report.returncode == 0, report.stderr
    text = " ".join(PdfReader(tmp_path / "r.pdf").pages[0].extract_text().split())
    assert "Recovery report for Maria" in text
    chart = run_cli(
        "--data-dir", str(data), "export", "chart", "baseline", "--out", str(tmp_path / "b.png")
    )
    assert chart.returncode == 0 and (tmp_path / "b.png").read_bytes()[:4] == b"\x89PNG"
    exported = run_cli("--data-dir", str(data), "export", "csv", "--out", str(tmp_path / "csv"))
    assert exported.returncode == 0
    other = tmp_path / "other"
    imported = run_cli("--data-dir", str(other), "import", "csv", str(tmp_path / "csv"))
    assert imported.returncode == 0 and imported.stdout.startswith("Imported 2 injections")
    again = run_cli("--data-dir", str(other), "import", "csv", str(tmp_path / "csv"))
    assert "Imported nothing new" in again.stdout


def test_headless_errors_are_sentences_with_non_zero_exit(tmp_path):
    from recovery_tracker.ui.app import create_demo_diary

    data = tmp_path / "data"
    create_demo_diary(data)
    bad_type = run_cli(
        "--data-dir", str(data), "export", "chart", "timeline", "--out", str(tmp_path / "c.doc")
    )
    assert bad_type.returncode == 1 and ".png, .svg or .pdf" in bad_type.stderr
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "checkins.csv").write_text("date,time,pain\n2026-01-01,08:00,12\n")
    bad_csv = run_cli("--data-dir", str(data), "import", "csv", str(tmp_path / "bad"))
    assert bad_csv.returncode == 1
    assert "checkins.csv, line 2: Pain now must be from 0 to 10" in bad_csv.stderr
    assert "Traceback" not in bad_csv.stderr + bad_type.stderr
    bad_date = run_cli(
        "--data-dir", str(data), "export", "report", "--out", "x.pdf", "--from", "soon"
    )
    assert bad_date.returncode == 2 and "not a date written as YYYY-MM-DD" in bad_date.stderr


def test_damaged_diary_on_the_command_line_names_the_backup_and_restores_it(tmp_path):
    from recovery_tracker.ui.app import create_demo_diary

    data = tmp_path / "data"
    create_demo_diary(data)
    listed = run_cli("--data-dir", str(data), "backup", "list")
    assert listed.stdout.startswith("No backups")
    from datetime import datetime

    from recovery_tracker.storage.diary import Diary

    diary = Diary.open(data)
    diary.backup_now(datetime(2026, 11, 24, 9, 0))
    diary.close()
    (data / "diary.sqlite3").write_bytes(b"\0garbage" * 200)
    failed = run_cli("--data-dir", str(data), "export", "csv", "--out", str(tmp_path / "csv"))
    assert failed.returncode == 1
    assert "damaged" in failed.stderr and "backup restore --latest" in failed.stderr
    restored = run_cli("--data-dir", str(data), "backup", "restore", "--latest")
    assert restored.returncode == 0 and "kept as" in restored.stdout
    again = run_cli("--data-dir", str(data), "export", "csv", "--out", str(tmp_path / "csv"))
    assert again.returncode == 0
    [replaced] = data.glob("diary.sqlite3.replaced-*")
    assert replaced.read_bytes().startswith(b"\0garbage")


def test_the_window_starts_from_the_entry_point_and_reports_its_first_paints(tmp_path):
    """What a launcher runs, end to end: the Today form is painted, then the chart, and the
    background work runs; the start-up trace points (used by bench/run.py) say so, and how
    long the event loop stalled at most."""
    import os

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RECOVERY_TRACKER_TRACE_STARTUP": "quit",
    }
    result = subprocess.run(
        [sys.executable, "-m", "recovery_tracker", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split() for line in result.stdout.splitlines() if line.strip())
    assert next(iter(lines)) == "window" and list(lines)[-1] == "stall_ms"
    assert {"chart", "background"} <= set(lines)
    assert float(lines["window"]) <= float(lines["chart"])
    assert 0 <= float(lines["stall_ms"]) < 60_000  # the event loop's longest stall, in ms


def test_global_options_before_or_after_the_command(tmp_path):
    from recovery_tracker.cli import main
    from recovery_tracker.ui.app import create_demo_diary

    data = tmp_path / "data"
    create_demo_diary(data)
    assert main(["export", "csv", "--out", str(tmp_path / "after"), "--data-dir", str(data)]) == 0
    assert main(["--data-dir", str(data), "export", "csv", "--out", str(tmp_path / "before")]) == 0
    assert main(["backup", "list", "--data-dir", str(data)]) == 0
    assert (tmp_path / "after" / "checkins.csv").read_bytes() == (
        tmp_path / "before" / "checkins.csv"
    ).read_bytes()


def test_demo_works_with_every_command(tmp_path):
    """A newcomer's sample report and CSV folder, without a diary of their own."""
    from pypdf import PdfReader

    from recovery_tracker.cli import main

    home = tmp_path / "never-made"
    own = {"RECOVERY_TRACKER_DATA_DIR": str(home)}
    report = run_cli("--demo", "export", "report", "--out", str(tmp_path / "r.pdf"), env_extra=own)
    assert report.returncode == 0, report.stderr
    assert "Recovery report" in " ".join(
        PdfReader(tmp_path / "r.pdf").pages[0].extract_text().split()
    )
    for arguments in (
        ["export", "csv", "--out", str(tmp_path / "csv"), "--demo"],
        ["--demo", "export", "ics", "--out", str(tmp_path / "a.ics")],
        ["export", "chart", "sessions", "--out", str(tmp_path / "s.svg"), "--demo"],
        ["--demo", "import", "csv", str(tmp_path / "csv")],
        ["--demo", "backup", "list"],
    ):
        assert main(arguments) == 0, arguments
    assert (tmp_path / "csv" / "checkins.csv").stat().st_size > 1000
    assert not home.exists()  # the patient's own diary is never touched
