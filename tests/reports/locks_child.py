"""The report made (``report``), or a BackgroundTask run (``task``), while this thread holds
every one of Qt's signal-slot locks, in its own process:
``python -m tests.reports.locks_child report|task PDF HOLD_S``. Prints one JSON line, exits 0.

Qt guards connections with a pool of mutexes shared by all objects (131, picked by the
object's address). The window's thread can hold one while it waits for Python's GIL: a
QObject's destructor holds its lock while it asks each sender whether it overrides
``disconnectNotify``, and PySide needs the GIL to look. Here this thread holds all of them
that way (a chain of such destructors, one receiver per lock, each sender's override
destroying the next receiver) and then waits with the GIL released, as the window's thread
did when a CI run hung. Background work that waits for one of those locks while holding
the GIL never lets this thread go on: a deadlock, ended by faulthandler (exit 1, every stack
printed). Work that waits without the GIL just waits: this thread goes on, says so and ends
the process there (letting go of 131 locks held out of Qt's order could deadlock with the
work's own ordered locking, a knot of this test's making).
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtCore import SIGNAL, SLOT, QMetaMethod, QObject
from PySide6.QtWidgets import QApplication

POOL = 131  # qobject.cpp: signalSlotLock() picks one of 131 mutexes by the object's address


def lock_of(thing: QObject) -> int:
    """The pool's lock for ``thing``, as qobject.cpp picks it: uint(quintptr(o)) % 131."""
    return (shiboken6.getCppPointer(thing)[0] & 0xFFFFFFFF) % POOL


class Sender(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.inner: Callable[[], None] = lambda: None

    def disconnectNotify(self, signal: QMetaMethod) -> None:  # its receiver's lock held
        inner, self.inner = self.inner, lambda: None  # once
        inner()


def one_per_lock(make: Callable[[], QObject]) -> tuple[dict[int, QObject], list[QObject]]:
    """An object of each of the pool's locks (and all those made to find them)."""
    made, found = [], {}
    while len(found) < POOL:
        thing = make()
        made.append(thing)
        found.setdefault(lock_of(thing), thing)
    return found, made


def main() -> None:
    what, path, hold_s = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
    _app = QApplication.instance() or QApplication([])
    from recovery_tracker.exchange.report_pdf import write_report_pdf
    from recovery_tracker.reports.content import ReportRequest
    from recovery_tracker.ui import background
    from tests.reports.test_report_pages import TODAY, busy_diary

    snapshot, request = busy_diary(), ReportRequest(date(2026, 10, 1), TODAY, "Maria Example")
    made: list[object] = []
    done = threading.Event()

    def report() -> None:
        write_report_pdf(snapshot, request, path, today=TODAY, made=made)
        done.set()

    # Made and connected before the locks are taken (a connection takes two of them).
    task = background.BackgroundTask(lambda: "worked")
    background.window_relay()

    def innermost() -> None:  # every lock held
        if what == "report":
            threading.Thread(target=report, daemon=True).start()
            finished = done.wait(hold_s)  # the GIL released meanwhile
        else:
            task.start()
            try:  # waits (without the GIL) until the job has handed its outcome over
                background.wait_for_background_work(hold_s)
                finished = True
            except TimeoutError:  # the job waits for one of the locks
                finished = False
        # Here only if the work let the GIL go while it waited for a lock.
        print(json.dumps({"went_on": True, "finished_while_held": finished}), flush=True)
        os._exit(0)

    # Each sender under its receiver's own lock: the receiver's destructor then needs no
    # lock but the one it holds (another one, held further out, would block this thread).
    receivers, _receivers_made = one_per_lock(QObject)
    senders, _senders_made = one_per_lock(Sender)
    inner = innermost
    for lock, receiver in receivers.items():
        sender = senders[lock]
        sender.inner = inner  # type: ignore[attr-defined]
        QObject.connect(sender, SIGNAL("destroyed()"), receiver, SLOT("deleteLater()"))
        inner = lambda receiver=receiver: shiboken6.delete(receiver)  # noqa: E731
    del _receivers_made, _senders_made
    faulthandler.dump_traceback_later(hold_s + 20, exit=True)
    inner()  # destroys a receiver, whose sender destroys the next, ..., then innermost()


if __name__ == "__main__":
    main()
