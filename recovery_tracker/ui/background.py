"""Work off the event loop: a function runs on one background thread and its result comes
back to the window's thread as a Qt signal, so the window keeps answering keys meanwhile.

One thread for all such work, on purpose: matplotlib (most of what runs here) is not safe to
use from two threads at once, and one job at a time keeps the second CPU core for the window.
Jobs must not touch Qt widgets or the diary's SQLite connection (both belong to the window's
thread): hand them plain data and let them return plain data.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields, replace
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from recovery_tracker.domain.snapshot import DiarySnapshot

T = TypeVar("T")
PROGRESS_AFTER_MS = 300  # quicker work shows no dialog at all
# How long the background thread may keep the interpreter while the window's thread waits
# for it. The window's thread needs it for every slot, event filter and paint written in
# Python, several per repaint; at Python's default of 5 ms each, the repaint after an import
# or a restore (while the chart was drawn here) took 40-100 ms instead of 15. The cost is
# only paid when the window's thread wants the interpreter: idle, it never does.
SWITCH_INTERVAL_S = 0.0005
_executor: ThreadPoolExecutor | None = None
_lock = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery-tracker")
        return _executor


class BackgroundTask(QObject):
    """Runs ``work`` on the background thread when started; emits ``finished(result)`` or
    ``failed(exception)`` in the thread that owns this object. Deleting the owner (closing
    the window) drops a late result instead of delivering it to a widget that is gone."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.running = False
        # Connected first, so ``running`` is already False when the owner's slots run.
        self.finished.connect(self._stopped)
        self.failed.connect(self._stopped)

    def _stopped(self, _value: object) -> None:
        self.running = False

    def start(self) -> None:
        self.running = True
        _pool().submit(self._run)

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the window, not lost in a thread
            self._emit(self.failed, error)
        else:
            self._emit(self.finished, result)

    def _emit(self, signal: object, value: object) -> None:
        # RuntimeError: the owner was deleted while the job ran; nobody is waiting for it.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)  # type: ignore[attr-defined]  # queued to the owner's thread


def wait_for_background_work(timeout_s: float = 30.0) -> None:
    """Block until the jobs queued so far have finished (used when quitting)."""
    _pool().submit(lambda: None).result(timeout=timeout_s)


def run_with_progress(parent: QWidget, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` on the background thread and return its result (or raise its error),
    showing ``text`` with a busy bar if it takes more than a moment. The window goes on
    painting and answering meanwhile (the dialog is modal, so nothing else is started on
    the diary until it is done); callers keep their simple call-and-return shape."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    outcome: dict[str, object] = {}
    loop = QEventLoop()
    task = BackgroundTask(work)

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: object) -> None:
        outcome["error"] = error
        loop.quit()

    task.finished.connect(finished)
    task.failed.connect(failed)
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)  # the work cannot be stopped halfway safely
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    task.start()
    progress.setValue(0)  # starts the minimum-duration clock (and may deliver the result)
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    task.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def snapshot_for_background(snapshot: DiarySnapshot, checkins: bool = True) -> DiarySnapshot:
    """A copy whose lists the window cannot change while the background thread reads them
    (the diary keeps some up to date in place); with ``checkins``, the check-ins are read
    here too, so the background thread never reaches back into the window's diary."""
    copies: dict[str, object] = {
        f.name: list(value)
        for f in fields(snapshot)
        if isinstance(value := getattr(snapshot, f.name), list)
    }
    if checkins:
        copies["checkins"] = list(snapshot.checkins)
    return replace(snapshot, **copies)  # type: ignore[arg-type]
