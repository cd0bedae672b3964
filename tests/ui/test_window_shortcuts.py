"""The window's own shortcuts work wherever the keyboard is, text fields included.

On Linux desktops (Qt's X11, KDE and GNOME key bindings) a text field takes Ctrl+E for
itself (emacs' "end of line"), so File > Export chart… (Ctrl+E) did nothing while the
cursor was in the Today form's date or time. The headless platform the suite runs on uses
Windows' key bindings, where no field wants Ctrl+E: the field tests therefore run again in
a child process on an X server (Xvfb) with Qt's X11 platform, as a patient's desktop would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

# Set by tests/conftest.py unless a desktop platform was asked for (the child process below).
HEADLESS = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
ON_A_DESKTOP = pytest.mark.skipif(
    HEADLESS, reason="needs a Linux desktop's key bindings: see test_the_field_tests_on_..."
)
CTRL_E = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E)


def _fields_take_ctrl_e() -> bool:
    """True where the platform's key bindings give Ctrl+E to text fields (Linux desktops)."""
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
    return any(binding[0] == CTRL_E for binding in bindings)


def _focus(qtbot, widget: QWidget) -> None:
    # The window follows the focus for its shortcuts from a turn after its first paint on.
    qtbot.waitUntil(widget.window().started_up)
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _asked_where(monkeypatch) -> list[str]:
    asked: list[str] = []

    def save_file_name(_parent, title, _suggested, _filters):
        asked.append(title)
        return "", ""  # the patient cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    return asked


def _today_text_fields(window) -> dict[str, QWidget]:
    form = window.today.form
    return {"date": form.date_edit, "time": form.time_edit, "notes": form.notes_edit}


@ON_A_DESKTOP
def test_ctrl_e_exports_the_chart_while_a_text_field_has_focus(qtbot, window, monkeypatch):
    assert _fields_take_ctrl_e(), "this platform's fields do not take Ctrl+E: nothing to test"
    asked = _asked_where(monkeypatch)
    for name, field in _today_text_fields(window).items():
        _focus(qtbot, field)
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert len(asked) == 1, f"Ctrl+E in the {name} field did not export the chart"
        asked.clear()


@ON_A_DESKTOP
def test_the_fields_keep_their_own_editing_keys(qtbot, window):
    """Ctrl+Z in a field still undoes the typing there, not the diary's last change."""
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})
    notes = window.today.form.notes_edit
    _focus(qtbot, notes)
    qtbot.keyClicks(notes, "walked")
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == ""
    assert len(window.diary.checkins()) == 1  # the saved check-in was not undone


def test_the_field_tests_on_a_linux_desktop(tmp_path: Path):
    """The two tests above, in a child process on Xvfb with Qt's X11 platform."""
    if not HEADLESS:
        pytest.skip("already on a desktop platform: the tests above ran here")
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: bash scripts/setup.sh --test installs it"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [
            xvfb_run,
            "--auto-servernum",
            "--server-args=-screen 0 1366x768x24",
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={tmp_path / 'child'}",
            f"{__file__}::test_ctrl_e_exports_the_chart_while_a_text_field_has_focus",
            f"{__file__}::test_the_fields_keep_their_own_editing_keys",
        ],
        cwd=Path(__file__).parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout, result.stdout[-2000:]


def test_a_standard_action_answers_to_its_first_key_only(window):
    """As setShortcut(QKeySequence(key)) did: Ctrl+Z undoes, not also F14 or Alt+Backspace."""
    from PySide6.QtGui import QKeySequence

    for action, key in (
        (window.undo_action, QKeySequence.StandardKey.Undo),
        (window.redo_action, QKeySequence.StandardKey.Redo),
    ):
        assert action.shortcuts() == [QKeySequence(key)]
