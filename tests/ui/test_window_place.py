"""The window opens where the patient left it, start after start.

A window manager draws a frame around the window. restoreGeometry() puts back the window's
own area; move() places the frame. The window was restored and then moved to its own
coordinates, so it crept one border width to the right at every start (1 px a start under
openbox, 100 px after 100 starts). The headless platform has no frames, so the starts run
in a child process on an X server (Xvfb) with a window manager (openbox).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Three starts of a main window in one process, each placed from the settings the previous
# one saved when it closed, as the app does (ui/window_place.py); prints where each one was.
STARTS = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from recovery_tracker.ui.window_place import place_window, remember_window
app = QApplication(sys.argv[:1])
for start in range(3):
    window = QMainWindow()
    window.setCentralWidget(QLabel("Today"))
    place_window(window)
    window.show()
    settled = time.monotonic() + 1.0
    while time.monotonic() < settled:  # the window manager maps and frames it
        app.processEvents()
        time.sleep(0.02)
    area, frame = window.geometry(), window.frameGeometry()
    print("placed", area.x(), area.y(), area.width(), area.height(), frame.y(), flush=True)
    remember_window(window)
    window.close()
"""


def test_the_window_stays_where_it_was_left_under_a_window_manager(tmp_path: Path) -> None:
    xvfb_run, openbox = shutil.which("xvfb-run"), shutil.which("openbox")
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        pytest.skip("the suite runs headless; this starts its own X server")
    assert xvfb_run and openbox, "xvfb-run or openbox missing: bash scripts/setup.sh --test"
    script = tmp_path / "starts.py"
    script.write_text(STARTS, encoding="utf-8")
    # openbox runs the starts once it manages the screen, and exits after them.
    child = f"{sys.executable} {script} > {tmp_path / 'out.txt'} 2>&1; {openbox} --exit"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the window's settings, fresh
        "PYTHONPATH": str(Path(__file__).parents[2]),
    }
    subprocess.run(
        [
            xvfb_run,
            "--auto-servernum",
            "--server-args=-screen 0 1366x768x24",
            openbox,
            "--startup",
            f"sh -c '{child}'",
        ],
        env=env,
        capture_output=True,
        timeout=120,
    )
    output = (tmp_path / "out.txt").read_text(encoding="utf-8")
    starts = [line.split()[1:] for line in output.splitlines() if line.startswith("placed")]
    assert len(starts) == 3, output
    # Qt may nudge a restored window once to fit its frame; from then on it stays put.
    assert starts[1][:4] == starts[2][:4], output
    assert int(starts[2][4]) >= 0, output  # the title bar is on the screen
