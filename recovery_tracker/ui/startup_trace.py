"""Start-up trace points, read by bench/run.py so it times the app exactly as a patient
starts it (``python -m recovery_tracker``).

With RECOVERY_TRACKER_TRACE_STARTUP set, the window prints "window <time>" when the Today form
is first painted and "chart <time>" when the chart is first drawn (Unix times); set to "quit",
it also quits once the chart is drawn. Unset, nothing happens.
"""

from __future__ import annotations

import os
import time

MODE = os.environ.get("RECOVERY_TRACKER_TRACE_STARTUP", "")
_seen: set[str] = set()


def mark(event: str) -> None:
    if MODE and event not in _seen:
        _seen.add(event)
        print(event, time.time(), flush=True)


def quit_after_chart() -> bool:
    return MODE == "quit"
