"""The report made on a background thread never waits for one of Qt's signal-slot locks
while holding Python's GIL: with every such lock held by another thread that waits for the
GIL, as the window's thread does while it destroys a window, the report still ends."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOLD_S = 1.5


def test_the_report_ends_while_another_thread_holds_every_signal_slot_lock(tmp_path):
    path = tmp_path / "report.pdf"
    child = subprocess.run(
        [sys.executable, "-m", "tests.reports.locks_child", str(path), str(HOLD_S)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, (
        f"deadlock: the report waited for a Qt lock holding the GIL\n{child.stderr[-6000:]}"
    )
    outcome = json.loads(child.stdout.strip().splitlines()[-1])
    assert outcome["finished"]
    assert outcome["warnings"] == []  # destroyed on the other thread without Qt's complaints
    assert path.read_bytes().startswith(b"%PDF")
