"""Work off the event loop: a function runs on one background thread and its result comes
back to the window's thread as a Qt signal, so the window keeps answering keys meanwhile.

One thread for all such work, on purpose: matplotlib (most of what runs here) is not safe to
use from two threads at once, and one job at a time keeps the second CPU core for the window.
Jobs must not touch Qt widgets or the diary's SQLite connection (both belong to the window's
thread): hand them plain data and let them return plain data.

The background thread never emits a Qt signal and never touches the task's QObject: a job's
outcome is put on a plain queue and the window's thread is woken through a socket
(WindowRelay), where the signals are emitted by objects it owns and checks are still alive.
Emitting from the background thread to a BackgroundTask being deleted on the window's thread
could crash the app (-11), and such an emit needs the receiver's signal-slot lock, one of a
few dozen Qt shares among all objects, which the window's thread may hold for a while.
Nor does the background thread drop the last reference to a QObject: destroying one takes
those locks, and holding the GIL meanwhile can deadlock with a window's thread that holds
one of them while it waits for the GIL (as when it destroys a window; a CI run hung so). What
a job makes that is, or holds, a QObject is dropped on the window's thread (the report hands
its objects back for that).
"""

from __future__ import annotations

import queue
import socket
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields, replace
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

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


class WindowRelay:
    """Calls handed over from any thread, made on the window's thread in the order given.

    The other thread touches only a queue and a socket, never Qt: the window's thread is
    woken by a QSocketNotifier it owns, which lives as long as the application."""

    def __init__(self) -> None:
        self._calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._wake_up, self._woken = socket.socketpair()
        for end in (self._wake_up, self._woken):
            end.setblocking(False)
        self._notifier = QSocketNotifier(
            self._woken.fileno(), QSocketNotifier.Type.Read, QCoreApplication.instance()
        )
        self._notifier.activated.connect(self.deliver)

    def is_usable(self) -> bool:
        return shiboken6.isValid(self._notifier)

    def post(self, call: Callable[[], None]) -> None:
        """From any thread: make ``call`` on the window's thread soon."""
        self._calls.put(call)
        self._wake()

    def _wake(self) -> None:
        try:
            self._wake_up.send(b"\0")
        except (BlockingIOError, InterruptedError):
            pass  # the socket is full of wake-ups already: the window's thread will come
        except OSError:
            pass  # closed: the application is ending

    def deliver(self) -> None:
        """On the window's thread: make every call handed over so far."""
        try:
            while self._woken.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        while True:
            try:
                call = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                call()
            except BaseException:
                self._wake()  # the calls after it are made on the next turn
                raise
            finally:
                del call  # dropped here, on the window's thread


_relay: WindowRelay | None = None


def window_relay() -> WindowRelay:
    """The application's relay, made on first use (on the window's thread)."""
    global _relay
    if _relay is None or not _relay.is_usable():
        _relay = WindowRelay()
    return _relay


class _Job:
    """One run of ``work``: the background thread stores its outcome here and drops its own
    references before the window's thread is told, so the window's thread drops the last."""

    __slots__ = ("error", "relay", "result", "task", "work")

    def __init__(self, work: Callable[[], object], task: BackgroundTask) -> None:
        self.relay = window_relay()  # made here, on the window's thread, if it is the first
        self.work: Callable[[], object] | None = work
        self.task: BackgroundTask | None = task
        self.result: object = None
        self.error: Exception | None = None

    def run(self) -> None:  # the background thread
        try:
            self.result = self.work()  # type: ignore[misc]
        except Exception as error:  # reported to the window, not lost in a thread
            self.error = error
        self.relay.post(self.deliver)

    def deliver(self) -> None:  # the window's thread
        task, result, error = self.task, self.result, self.error
        self.work = self.task = self.result = self.error = None
        # A deleted owner (closing the window) drops a late outcome: nobody is waiting for it.
        if task is not None and shiboken6.isValid(task):
            task.deliver(result, error)


class BackgroundTask(QObject):
    """Runs ``work`` on the background thread when started; emits ``finished(result)`` or
    ``failed(exception)`` in the thread that owns this object (the window's). Deleting the
    owner (closing the window) drops a late result instead of delivering it to a widget that
    is gone."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.running = False

    def start(self) -> None:
        self.running = True
        _pool().submit(_Job(self._work, self).run)

    def start_after_paint(self) -> None:
        """Start once the window has painted what already waits to be painted (the views
        that changed with the diary). Started at once, the work held Python's lock through
        that repaint, which calls into Python again and again (our paintEvents and event
        filters, PySide's wrappers) and waited for the lock each time: after an import into
        a 30-year diary that repaint took 25-35 ms of the window's thread instead of about 5
        while the chart was drawn. Qt posts a repaint at low priority; this event is posted
        behind it, at the same priority, so the work starts once the repaint is done."""
        from PySide6.QtCore import QEvent, Qt  # see _InputHeld

        self.running = True
        QCoreApplication.postEvent(
            self, QEvent(QEvent.Type.User), Qt.EventPriority.LowEventPriority.value
        )

    def customEvent(self, event: QEvent) -> None:
        """start_after_paint()'s event (the only one posted to a task): the repaint is done."""
        if event.type() == event.Type.User:
            self.start()

    def deliver(self, result: object, error: Exception | None) -> None:
        self.running = False  # already False when the owner's slots run
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


def wait_for_background_work(timeout_s: float = 30.0) -> None:
    """Block until the jobs queued so far have finished (used when quitting)."""
    _pool().submit(lambda: None).result(timeout=timeout_s)


class _InputHeld(QObject):
    """While run_with_progress() waits, the patient's keys and clicks start nothing: the busy
    box shows only after PROGRESS_AFTER_MS, and Escape would close it, so the dialog beneath
    took an Enter and started a second restore inside the first (which then never ended,
    and left no diary file). The window goes on painting; input waits for the work.

    It watches the app's windows (QWindow), where the desktop's keys, clicks and close
    requests arrive before any widget sees them, and not the application: there it saw every
    object's events, Qt's private animation timer and style among them, and PySide built
    their Python types (some 85 enum types) on the window's thread, a 20-70 ms stall in a
    session's first CSV import."""

    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtCore import QEvent  # its 170 event types: not before the first paint

        kinds = QEvent.Type
        self._close = kinds.Close
        self._shortcut_override = kinds.ShortcutOverride
        self._show = kinds.Show
        self._windows: list[QObject] = []
        self._progress: QWidget | None = None
        self._input = {
            kinds.KeyPress,
            kinds.KeyRelease,
            kinds.ShortcutOverride,
            kinds.Shortcut,
            kinds.MouseButtonPress,
            kinds.MouseButtonRelease,
            kinds.MouseButtonDblClick,
            kinds.Wheel,
            kinds.ContextMenu,
            kinds.TouchBegin,
            kinds.TouchUpdate,
            kinds.TouchEnd,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == self._show and watched is self._progress:
            shown = self._progress.windowHandle()
            if shown is not None and shown not in self._windows:
                shown.installEventFilter(self)
                self._windows.append(shown)
            return False
        if kind == self._close:
            if not event.spontaneous():
                return False  # close() from code goes
            event.ignore()  # the window's close button: the window stays
            return True
        if kind == self._shortcut_override:
            # Taken by the window: the shortcut map then starts no menu action or shortcut
            # (they get their Shortcut event straight, past the windows).
            event.accept()
            return True
        return kind in self._input

    def hold(self, progress: QWidget) -> None:
        """Hold the input of every window of the app, and of the busy box once it shows
        (its window is made then; made earlier by winId(), a button box of the dialog
        beneath got a native window of its own, which keys then reached unwatched)."""
        from PySide6.QtGui import QGuiApplication

        self._windows = list(QGuiApplication.topLevelWindows())
        for window in self._windows:
            window.installEventFilter(self)
        self._progress = progress
        progress.installEventFilter(self)

    def release(self) -> None:
        for window in self._windows:
            if shiboken6.isValid(window):  # else closed meanwhile, its filters with it
                window.removeEventFilter(self)
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.removeEventFilter(self)


def run_with_progress(parent: QWidget, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` on the background thread and return its result (or raise its error),
    showing ``text`` with a busy bar if it takes more than a moment. The window goes on
    painting and answering meanwhile (the dialog is modal, so nothing else is started on
    the diary until it is done); callers keep their simple call-and-return shape."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from recovery_tracker.ui.widgets import wide_enough_for_title

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
    held = _InputHeld()
    held.hold(progress)
    progress.setCancelButton(None)  # the work cannot be stopped halfway safely
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    # A box that cannot be closed gets no minimise or maximise button either (the desktop
    # gave it both, and cut its title to "Recov…racker" between them).
    progress.setWindowFlags(
        Qt.WindowType.Dialog
        | Qt.WindowType.CustomizeWindowHint
        | Qt.WindowType.WindowTitleHint
        | Qt.WindowType.WindowCloseButtonHint
    )
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    wide_enough_for_title(progress)
    task.start()
    progress.setValue(0)  # starts the minimum-duration clock (and may deliver the result)
    if not outcome:
        loop.exec()
    held.release()
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
