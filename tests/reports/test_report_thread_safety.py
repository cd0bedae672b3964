"""The report made on a background thread never waits for one of Qt's signal-slot locks
while holding Python's GIL: with every such lock held by another thread that waits for the
GIL, as the window's thread does while it destroys a window, the report still ends."""

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtGui import QTextDocument

from recovery_tracker.exchange.report_pdf import write_report_pdf
from tests.reports.test_report import qapp_module  # noqa: F401
from tests.reports.test_report_pages import TODAY, busy_diary
from tests.reports.test_report_progress import REQUEST

ROOT = Path(__file__).resolve().parents[2]
HOLD_S = 1.5


def run_with_every_lock_held(what: str, path: Path) -> dict[str, object]:
    """Run tests/reports/locks_child.py; its outcome, unless it deadlocked."""
    child = subprocess.run(
        [sys.executable, "-m", "tests.reports.locks_child", what, str(path), str(HOLD_S)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, (
        f"deadlock: the {what} waited for a Qt lock holding the GIL\n{child.stderr[-6000:]}"
    )
    return json.loads(child.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_report_waits_without_the_gil_while_another_thread_holds_every_lock(tmp_path):
    outcome = run_with_every_lock_held("report", tmp_path / "report.pdf")
    assert outcome["went_on"]


def test_the_report_objects_are_destroyed_on_another_thread_without_qt_warnings(qapp_module):  # noqa: F811
    """Made on a background thread, destroyed on the main one (as the report dialog does):
    the layout's timers, started on the background thread, are stopped there first (Qt
    warns when a timer is stopped from another thread; pytest-qt fails on the warning)."""
    made: list[object] = []
    path = Path(tempfile.mkdtemp()) / "report.pdf"
    thread = threading.Thread(
        target=lambda: write_report_pdf(busy_diary(), REQUEST, path, today=TODAY, made=made)
    )
    thread.start()
    thread.join()
    assert any(isinstance(thing, QTextDocument) for thing in made)
    made.clear()
    assert path.read_bytes().startswith(b"%PDF")
