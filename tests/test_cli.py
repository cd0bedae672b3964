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
