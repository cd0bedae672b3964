"""How far the report got, told step by step, and the patient's Cancel between steps.

Made on the background thread, the report calls ``step`` between its charts and its pages;
the window calls ``cancel`` from its own thread. A step after a cancel raises
ReportCancelled, so the work stops there, before anything is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from recovery_tracker.domain.text import translate

# percent done, what is being done, whether Cancel can still stop it
Teller = Callable[[int, str, bool], None]


class ReportCancelled(Exception):
    """The patient cancelled the report; no file was written."""

    def __init__(self) -> None:
        super().__init__(translate("Report", "The report was cancelled."))


def _nobody(_percent: int, _text: str, _can_cancel: bool) -> None:
    """No one is watching (the command line, the tests)."""


class ReportProgress:
    def __init__(self, tell: Teller = _nobody) -> None:
        self.tell = tell
        self._cancelled = threading.Event()  # set by the window's thread, read by the worker

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, percent: int, text: str, can_cancel: bool = True) -> None:
        """Say what comes next; stop here (ReportCancelled) if the patient cancelled and the
        work can still be stopped."""
        if can_cancel and self.cancelled:
            raise ReportCancelled
        self.tell(percent, text, can_cancel)
