from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_tracker.ui.app import open_window
from recovery_tracker.ui.main_window import MainWindow
from tests.conftest import NOW


@pytest.fixture
def open_main_window(qtbot, data_dir: Path) -> Callable[[], MainWindow]:
    """Opens real main windows on the test's data folder (several if a test wants a restart)."""
    opened: list[MainWindow] = []

    def opener(clock=None) -> MainWindow:
        window = open_window(data_dir, clock=clock or (lambda: NOW))
        # waitExposed is a context manager: called bare, it waited for nothing.
        with qtbot.waitExposed(window):
            window.show()
        opened.append(window)
        return window

    yield opener
    close_windows(opened)


def close_windows(opened: list[MainWindow]) -> None:
    """Close the test's windows and their diaries, for a fixture's teardown."""
    # Closed here rather than by qtbot.addWidget: pytest-qt closes its widgets before fixture
    # teardown, and a test that left a half-typed form would then wait on the close prompt.
    for window in opened:
        window.today.form.reset(window.diary.clock())
        window.close()
        window.deleteLater()
        window.diary.service.diary.close()
    # Destroyed now, not during the next test: a window torn down while that test's report
    # was laid out on the background thread deadlocked (the destructor held a Qt connection
    # lock while waiting for the GIL; the report's registerHandler held the GIL while
    # waiting for that lock). The app itself can meet this rarely: see the closing note.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(open_main_window) -> MainWindow:
    return open_main_window()


@pytest.fixture
def answer_dialogs(monkeypatch):
    """Answer QMessageBox.question with the given buttons, in order; records the questions."""
    asked: list[str] = []

    def install(*answers: QMessageBox.StandardButton) -> list[str]:
        queue = list(answers)

        def fake_question(_parent, title, text, *args, **kwargs):
            asked.append(f"{title}: {text}")
            return queue.pop(0)

        monkeypatch.setattr(QMessageBox, "question", fake_question)
        return asked

    return install


def settle(window: MainWindow, timeout_s: float = 20.0) -> None:
    """Let the chart's coalesced redraw happen: it is made on the background thread and
    shown on a later turn of the event loop."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while window.chart.is_busy() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert not window.chart.is_busy(), "the chart was not redrawn in time"


def come_back_to(qtbot, window: MainWindow) -> None:
    """The patient works in another window, then clicks this one: the focus leaves the
    window and comes back, as from a terminal (offscreen, the other window is one of ours)."""
    from PySide6.QtWidgets import QWidget

    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(elsewhere.isActiveWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
