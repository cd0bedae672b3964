"""BackgroundTask hands results to the window's thread without the background thread ever
touching the task's QObject: its signals are emitted on the window's thread, a task deleted
meanwhile gets nothing (and the app does not crash), and the background thread never drops
the last reference to a task."""

import threading
import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from recovery_tracker.ui.background import BackgroundTask, wait_for_background_work

MAIN = threading.main_thread().name


def _delete_now(thing: QObject) -> None:
    thing.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_results_and_errors_are_emitted_on_the_window_thread(qtbot):
    owner = QObject()
    emitted_on: list[str] = []
    results: list[object] = []

    def record(value: object) -> None:
        emitted_on.append(threading.current_thread().name)  # direct: the emitting thread
        results.append(value)

    worked = BackgroundTask(lambda: 42, owner)
    broke = BackgroundTask(lambda: 1 / 0, owner)
    worked.finished.connect(record, Qt.ConnectionType.DirectConnection)
    broke.failed.connect(record, Qt.ConnectionType.DirectConnection)
    worked.start()
    broke.start()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert emitted_on == [MAIN, MAIN]
    assert results[0] == 42 and isinstance(results[1], ZeroDivisionError)
    assert not worked.running and not broke.running
    _delete_now(owner)


def test_a_task_deleted_while_its_work_finishes_gets_nothing(qtbot):
    """The receiver torn down while the work ends, many times over: nothing is delivered
    to a deleted task, and nothing crashes (the old emit from the background thread to an
    object being deleted on this one could kill the app with -11)."""
    delivered: list[object] = []
    for round_ in range(200):
        owner = QObject()
        release = threading.Event()
        task = BackgroundTask(lambda release=release, n=round_: release.wait(5) and n, owner)
        task.finished.connect(delivered.append)
        task.start()
        if round_ % 2:
            release.set()  # the work ends while the owner is being deleted
            _delete_now(owner)
        else:
            _delete_now(owner)  # the owner is gone before the work ends
            release.set()
        assert not shiboken6.isValid(task)
        del task
        QApplication.processEvents()
    wait_for_background_work()
    qtbot.wait(50)  # every late outcome has reached the window's thread, and was dropped
    assert delivered == []


def test_the_background_thread_never_drops_the_last_reference_to_a_task(qtbot):
    """A task without a parent belongs to Python: if the background thread held the last
    reference, the QObject would be destroyed there (taking Qt's signal-slot locks while
    holding the GIL, which can deadlock with the window's thread)."""
    finalized_on: list[str] = []
    release = threading.Event()
    task = BackgroundTask(lambda: release.wait(5))
    weakref.finalize(task, lambda: finalized_on.append(threading.current_thread().name))
    task.start()
    del task  # the window lets go of it while it runs
    release.set()
    wait_for_background_work()
    qtbot.waitUntil(lambda: finalized_on != [], timeout=5000)
    assert finalized_on == [MAIN]


def test_a_task_ends_while_the_window_thread_holds_every_signal_slot_lock(tmp_path):
    """The background thread hands its outcome over without any of Qt's signal-slot locks
    (an emit to the window's objects took the receiver's): it ends even while the window's
    thread holds them all, waiting for the GIL."""
    from tests.reports.test_report_thread_safety import run_with_every_lock_held

    outcome = run_with_every_lock_held("task", tmp_path / "unused.pdf")
    assert outcome["went_on"] and outcome["finished_while_held"]
