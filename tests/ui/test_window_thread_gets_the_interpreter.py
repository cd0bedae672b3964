"""While the background thread runs Python (a chart, the diary read after an import or a
restore), the window's thread gets the interpreter back within a fraction of a millisecond
each time it needs it (issue 17)."""

import sys

from recovery_tracker.ui.background import BackgroundTask


def test_background_work_hands_the_interpreter_back_quickly(qtbot):
    task = BackgroundTask(lambda: sum(range(1000)))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    # Python's default is 5 ms: each slot, event filter or paint the window's thread runs in
    # Python waited up to that long, and a repaint calls several (stalls of 40-100 ms).
    assert sys.getswitchinterval() <= 0.001
