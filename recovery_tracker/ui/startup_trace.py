"""Start-up trace points, read by bench/run.py so it times the app exactly as a patient
starts it (``python -m recovery_tracker``).

With RECOVERY_TRACKER_TRACE_STARTUP set, the window prints "window <time>" once the Today form
has been painted, "chart <time>" once the chart has been painted and "background <time>" once
the work after start-up (reminders, daily backup) has run (Unix times). From the window's
paint on, a 10 ms timer watches the event loop: "stall_ms <ms>" is the longest time it did
not answer, i.e. how long a key typed at that moment would have waited. Set to "quit", the app
also quits shortly after the background work. Unset, nothing happens.
"""

from __future__ import annotations

import os
import time

MODE = os.environ.get("RECOVERY_TRACKER_TRACE_STARTUP", "")
SETTLE_MS = 300  # after the background work, so stalls it left queued are caught too
_seen: set[str] = set()
_gaps = {"last": 0.0, "longest": 0.0}


def mark(event: str) -> None:
    if not MODE or event in _seen:
        return
    _seen.add(event)
    print(event, time.time(), flush=True)
    if event == "window":
        _watch_event_loop()
    if event in ("chart", "background") and {"chart", "background"} <= _seen and MODE == "quit":
        from PySide6.QtCore import QTimer

        QTimer.singleShot(SETTLE_MS, _finish)


def _watch_event_loop() -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    def tick() -> None:
        now = time.perf_counter()
        _gaps["longest"] = max(_gaps["longest"], now - _gaps["last"])
        _gaps["last"] = now

    _gaps["last"] = time.perf_counter()
    timer = QTimer(QCoreApplication.instance())
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    _gaps["tick"] = tick  # type: ignore[assignment]


def _finish() -> None:
    from PySide6.QtWidgets import QApplication

    _gaps["tick"]()  # type: ignore[operator]
    print("stall_ms", max(0.0, _gaps["longest"] * 1000 - 10), flush=True)
    QApplication.quit()
