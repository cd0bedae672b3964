"""Starting at login: the entry each platform reads, written and removed."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from recovery_tracker.autostart import Autostart, background_command, desktop_entry


def test_the_xdg_entry_is_valid_and_starts_the_app_in_the_background(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = Autostart("linux", home=tmp_path)
    folder = tmp_path / "My diary $HOME"  # spaces and a dollar sign must survive quoting
    assert not autostart.is_enabled()

    autostart.enable(background_command(folder))

    entry = tmp_path / "config" / "autostart" / "recovery-tracker.desktop"
    assert autostart.is_enabled() and entry.is_file()
    text = entry.read_text()
    assert "--background" in text
    assert '"' + str(folder).replace("$", "\\$") + '"' in text
    if shutil.which("desktop-file-validate") is None:
        pytest.fail("desktop-file-validate is missing: scripts/setup.sh --test installs it")
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings either

    autostart.disable()
    assert not autostart.is_enabled() and not entry.exists()


def test_without_xdg_config_home_the_entry_goes_to_the_home_config(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert Autostart("linux", home=tmp_path).entry_path() == (
        tmp_path / ".config" / "autostart" / "recovery-tracker.desktop"
    )


def test_macos_gets_a_launch_agent_that_runs_at_login(tmp_path):
    autostart = Autostart("darwin", home=tmp_path)
    command = background_command(Path("/Users/maria/diary"))
    autostart.enable(command)
    agent = tmp_path / "Library" / "LaunchAgents" / "org.recoverytracker.app.plist"
    content = plistlib.loads(agent.read_bytes())
    assert content == {
        "Label": "org.recoverytracker.app",
        "ProgramArguments": command,
        "RunAtLoad": True,
    }
    autostart.disable()
    assert not agent.exists()


def test_percent_signs_are_doubled_as_the_desktop_entry_spec_asks():
    assert "Exec=app 50%%" in desktop_entry(["app", "50%"])
