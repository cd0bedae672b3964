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
