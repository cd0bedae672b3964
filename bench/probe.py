"""Two instruments the benchmark runs inside a live Qt event loop.

StallProbe: a 10 ms timer that records the gaps between its ticks. A tick that comes late
means the event loop was busy (a key pressed then would have waited as long), so the longest
gap minus the interval is the longest stall the patient could have felt.

timed(): start an operation from inside the event loop and wait until its result has been
PAINTED (the paint event of the widget that shows it has returned), measuring both the time
and the longest stall meanwhile. Operations that block return late and show as a stall;
operations that work in the background leave the probe ticking.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

TICK_MS = 10


class StallProbe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_gap_ms = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest_gap_ms = 0.0
        self._timer.start()

    def stop(self) -> float:
        """Stops; returns the longest stall in ms (the longest gap beyond one tick)."""
        self._tick()
        self._timer.stop()
        return max(0.0, self.longest_gap_ms - TICK_MS)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap_ms = max(self.longest_gap_ms, (now - self._last) * 1000)
        self._last = now


class PaintWatch(QObject):
    """Notes when ``widget`` has finished a paint (the moment the next turn of the event
    loop starts after its paint event): that is when the new pixels are on their way."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.painted_at = 0.0
        self.paints = 0
        self.listener: Callable[[], None] | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        self.painted_at = time.perf_counter()
        self.paints += 1
        if self.listener is not None:
            self.listener()


@dataclass
class Timing:
    ms: float  # from the start of the operation until its result was painted
    stall_ms: float  # the longest time the event loop did not answer meanwhile


def timed(
    operation: Callable[[], object],
    finished: Callable[[], bool],
    watch: PaintWatch | None,
    probe: StallProbe,
    timeout_s: float = 20.0,
    settle_ms: int = 0,
) -> Timing:
    """Run ``operation`` from the event loop; done when ``finished()`` holds after a paint of
    the watched widget (or, with no widget, as soon as it holds). ``settle_ms`` keeps the
    probe running a little longer, to catch work the operation left queued behind it."""
    loop = QEventLoop()
    started = [0.0]
    returned = [False]  # the operation may run a local event loop (a progress dialog)
    done_at = [0.0]

    def check() -> None:
        if done_at[0] == 0.0 and returned[0] and finished():
            done_at[0] = time.perf_counter()
            QTimer.singleShot(settle_ms, loop.quit)

    def begin() -> None:
        started[0] = time.perf_counter()
        operation()
        returned[0] = True
        if watch is None or watch.painted_at > started[0]:
            check()

    poll = QTimer()
    poll.setInterval(TICK_MS)
    poll.timeout.connect(lambda: check() if watch is None else None)
    if watch is not None:
        watch.listener = check
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout_s * 1000))
    probe.start()
    poll.start()
    QTimer.singleShot(0, begin)
    loop.exec()
    stall = probe.stop()
    poll.stop()
    guard.stop()
    if watch is not None:
        watch.listener = None
    if not done_at[0]:
        raise RuntimeError("benchmark operation did not finish in time")
    return Timing((done_at[0] - started[0]) * 1000, stall)
