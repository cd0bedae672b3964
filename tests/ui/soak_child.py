"""The soak run, in its own process: ``python -m tests.ui.soak_child DATA_DIR SAVES SIGNALS``.

It opens the real main window and logs SAVES check-ins as a patient would (a digit typed on
the pain scale, a click on a soreness button, a click on Save), letting the event loop run
after every few, and emits SIGNALS Python signals carrying True/False/None to Python slots
between the saves. It prints one JSON line with what it did and its memory, then exits 0.

Run in a child so that an interpreter abort (PySide6 6.12.0 on CPython 3.11 drops a reference
to None/True/False on every signal and dies in ``bool_dealloc``/``none_dealloc``) fails the
test instead of killing pytest.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recovery_tracker.ui.app import application, open_window

WARM_UP_SAVES = 200  # caches, fonts and the chart settle first; growth is measured after
# The event loop runs (the chart redraws, the views repaint) after every tenth save: a redraw
# costs ~100 ms of matplotlib, which would make the soak minutes long, and the widgets' own
# signals are delivered synchronously on every click anyway.
EVENTS_EVERY = 10


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc; the peak where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Probe(QObject):
    """Python signals with the arguments that exposed the 6.12.0 reference leak."""

    flag = Signal(bool)
    nothing = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered = 0
        self.flag.connect(self._count)
        self.nothing.connect(self._count)

    def _count(self, _value: object) -> None:
        self.delivered += 1


def main(data_dir: Path, saves: int, signals: int) -> int:
    app = application()
    # A clock that moves on a minute per save, so every check-in has its own moment today
    # and none is "later than now".
    start = datetime(2026, 11, 24, 0, 0)
    ticks = {"n": 0}

    def clock() -> datetime:
        return start + timedelta(minutes=ticks["n"] // 2, seconds=ticks["n"] % 2 * 30)

    window = open_window(data_dir, clock=clock)
    window.show()
    QTest.qWaitForWindowExposed(window)
    form, today = window.today.form, window.today
    probe = Probe()
    changes = {"n": 0}
    window.diary.changed.connect(lambda _kinds: changes.__setitem__("n", changes["n"] + 1))
    per_save = -(-signals // (2 * saves))  # each round emits two signals
    started = time.monotonic()
    baseline = rss_mb()
    for index in range(saves):
        if index == WARM_UP_SAVES:
            baseline = rss_mb()
        ticks["n"] = index * 2 + 1  # the form's "now" for this save (seconds never collide)
        form.reset(clock())
        pain = form.scores["pain"]
        pain.setFocus()
        QTest.keyClick(pain, Qt.Key(Qt.Key.Key_0 + index % 10))
        soreness = form.scores["soreness"]._group.button((index * 7) % 11)
        QTest.mouseClick(soreness, Qt.MouseButton.LeftButton)
        ticks["n"] = index * 2 + 2
        QTest.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
        if not today.confirmation.text().startswith("✓"):
            print(f"save {index} failed: {today.confirmation.text()}", file=sys.stderr)
            return 3
        for i in range(per_save):
            probe.flag.emit(i % 2 == 0)
            probe.nothing.emit(None)
        if index % EVENTS_EVERY == 0:
            QApplication.processEvents()
    QApplication.processEvents()
    elapsed = time.monotonic() - started
    stored = len(window.diary.service.diary.checkins.list())
    report = {
        "saves": saves,
        "stored": stored,
        "probe_signals": probe.delivered,
        "diary_changed_signals": changes["n"],
        "rss_after_warm_up_mb": round(baseline, 1),
        "rss_end_mb": round(rss_mb(), 1),
        "seconds": round(elapsed, 1),
    }
    form.reset(clock())
    window.close()
    window.diary.service.diary.close()
    app.processEvents()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
