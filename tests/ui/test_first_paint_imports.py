"""What the window's first paint does not wait for: modules a patient needs only later (CSV
and calendar files, whole-diary copies, charts) are imported after the Today form is shown."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Prints the modules loaded when the "window" trace point fires (the Today form painted).
_CHILD = """
import sys
from recovery_tracker.ui import startup_trace
original = startup_trace.mark
def mark(event):
    if event == "window":
        print("MODULES", " ".join(sorted(sys.modules)), flush=True)
        made = [  # PySide6 makes a Qt class's Python type when its name is first looked up
            name
            for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
            for name, value in vars(sys.modules[module]).items()
            if isinstance(value, type)
        ]
        print("QT_TYPES", " ".join(sorted(made)), flush=True)
    original(event)
startup_trace.mark = mark
from recovery_tracker.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

NOT_BEFORE_FIRST_PAINT = (
    "recovery_tracker.exchange.csv_folder",
    "recovery_tracker.exchange.csv_quick",
    "recovery_tracker.exchange.ics",
    "recovery_tracker.storage.bulk",
    "matplotlib",
    # The background thread's machinery (socket, queue, thread pool: about 6 ms) is first
    # needed by the chart, which is made after the first paint.
    "recovery_tracker.ui.background",
    "concurrent.futures",
    # OpenSSL (the single-instance socket's name) and the macOS login item's XML writer.
    "hashlib",
    "plistlib",
    # The planned injection's question, first put 1.5 s after the first paint.
    "recovery_tracker.ui.planned_question",
    # File dialogs open from menus only.
    "recovery_tracker.ui.file_dialogs",
    # The Progress tab's controls are made one turn after the first paint, just before its
    # first chart.
    "recovery_tracker.ui.chart_panel",
    # Read by the chart, the report, the medicine checks and the Appointments and Events tabs,
    # never by the Today form: each @dataclass costs ~0.8 ms to create, each module ~1 ms.
    "recovery_tracker.domain.snapshot",
    "recovery_tracker.domain.conflicts",
    "recovery_tracker.domain.appointments",
    "recovery_tracker.domain.events",
    # The medicine classifier: the Today form lists today's doses but classifies none.
    "recovery_tracker.domain.medicine_list",
)
# The reminders and the tray icon come right after the chart's controls, for a patient whose
# diary is set up (a first start opens the assistant, whose reminder page needs them).
NOT_BEFORE_A_RETURNING_PATIENTS_FIRST_PAINT = (
    *NOT_BEFORE_FIRST_PAINT,
    "recovery_tracker.ui.reminders",
    "recovery_tracker.ui.tray",
    # The reminders' rules (the first start's assistant asks for the reminder's time).
    "recovery_tracker.domain.reminders",
)


# Qt's Python types the first paint does not wait for (ui/qt_later.py): the Qt namespace's 93
# enums (13-15 ms), dialogs and tables opened later, and the 53 event classes a Python event
# filter or changeEvent made PySide6 build (4 ms).
NOT_MADE_BEFORE_FIRST_PAINT = (
    "Qt",
    "QMessageBox",
    "QSystemTrayIcon",
    "QDialog",
    "QListWidget",
    "QTableView",
    "QHeaderView",
    "QAbstractItemView",
    "QTabletEvent",
    "QGraphicsSceneMouseEvent",
    "QDragEnterEvent",
)


def _at_first_paint(tmp_path, data_dir) -> dict[str, set[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RECOVERY_TRACKER_TRACE_STARTUP": "quit",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = {
        line.split()[0]: set(line.split()[1:])
        for line in done.stdout.splitlines()
        if line.startswith(("MODULES ", "QT_TYPES "))
    }
    assert "recovery_tracker.ui.today_panel" in found["MODULES"]  # it saw the real start-up
    assert "QLabel" in found["QT_TYPES"]
    return found


def _loaded_at_first_paint(tmp_path, data_dir) -> set[str]:
    return _at_first_paint(tmp_path, data_dir)["MODULES"]


def test_the_first_paint_waits_for_no_file_exchange_and_no_chart_code(tmp_path):
    loaded = _loaded_at_first_paint(tmp_path, tmp_path / "diary")
    assert [name for name in NOT_BEFORE_FIRST_PAINT if name in loaded] == []


def test_a_returning_patients_first_paint_waits_for_no_reminders_and_no_tray(tmp_path):
    from recovery_tracker.ui.app import create_demo_diary

    create_demo_diary(tmp_path / "diary")  # Maria's diary: set up, weeks of entries
    loaded = _loaded_at_first_paint(tmp_path, tmp_path / "diary")
    assert [name for name in NOT_BEFORE_A_RETURNING_PATIENTS_FIRST_PAINT if name in loaded] == []


def test_the_first_paint_waits_for_no_qt_namespace_dialog_table_or_event_classes(tmp_path):
    from recovery_tracker.ui.app import create_demo_diary

    create_demo_diary(tmp_path / "diary")
    made = _at_first_paint(tmp_path, tmp_path / "diary")["QT_TYPES"]
    assert [name for name in NOT_MADE_BEFORE_FIRST_PAINT if name in made] == []
