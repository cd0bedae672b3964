"""The window answers keys while charts are made, and makes none while they are hidden."""

import threading
import time

from PySide6.QtCore import Qt

from recovery_tracker import charts
from tests.ui.conftest import settle


def _draw_slowly(monkeypatch, seconds: float) -> list[str]:
    """The timeline drawer as it is, but slow as a 30-year diary on a slow machine; records
    the thread each drawing ran on."""
    threads: list[str] = []
    title, draw = charts.CHARTS["timeline"]

    def slow(figure, snapshot, options) -> None:
        threads.append(threading.current_thread().name)
        time.sleep(seconds)
        draw(figure, snapshot, options)

    monkeypatch.setitem(charts.CHARTS, "timeline", (title, slow))
    return threads


def test_a_key_typed_while_the_chart_is_drawn_is_shown_at_once(qtbot, window, monkeypatch):
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)
    threads = _draw_slowly(monkeypatch, 0.8)
    window.chart.range_combo.setCurrentIndex(1)  # last 30 days: a new chart
    qtbot.waitUntil(lambda: threads != [])

    started = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.today.form.scores["pain"], Qt.Key.Key_5)

    assert window.today.form.scores["pain"].value() == 5
    assert time.monotonic() - started < 0.4  # not after the chart
    assert window.chart.is_busy()  # still drawing, elsewhere
    assert threading.main_thread().name not in threads
    settle(window)


def test_no_chart_is_made_while_the_progress_tab_is_hidden(qtbot, window, monkeypatch):
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)
    qtbot.wait(200)  # a new picture for the final size, if the window was still settling
    settle(window)
    threads = _draw_slowly(monkeypatch, 0)
    window.tabs.setCurrentWidget(window.history)

    for pain in (3, 4, 5):
        window.today.form.scores["pain"].setValue(pain)
        qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert threads == [] and not window.chart.is_busy()

    window.tabs.setCurrentIndex(0)  # the patient looks at Progress: one new chart
    settle(window)
    assert len(threads) == 1
    pain = next(a for a in window.chart.figure.axes[0].get_lines() if a.get_gid() == "series-pain")
    assert list(pain.get_ydata()) == [4.0]  # the day's mean of 3, 4 and 5


def test_the_chart_is_redrawn_for_its_new_size(qtbot, window):
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)
    window.resize(window.width() - 200, window.height() - 100)
    canvas = window.chart.canvas

    def fits() -> bool:
        width, height = window.chart.figure.get_size_inches() * 100
        return (round(width), round(height)) == (canvas.width(), canvas.height())

    qtbot.waitUntil(lambda: fits() and not window.chart.is_busy(), timeout=10_000)
