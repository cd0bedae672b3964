"""The Progress chart is brought up to date, not built again: a save or a range switch keeps
its Figure and the Line2D of each score and gives them the new data (issue 17). And the start
reads no diary on the window's thread before the first chart (a 30-year diary stalled it)."""

import gc
import threading
import weakref
from datetime import date, time, timedelta

from matplotlib.dates import date2num
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from recovery_tracker.storage.checkins import CheckInRepository
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.app import open_window
from recovery_tracker.ui.live_diary import LiveDiary
from tests.conftest import NOW
from tests.ui.conftest import settle


def _series(panel, metric: str = "pain"):
    return next(a for a in panel.figure.axes[0].get_lines() if a.get_gid() == f"series-{metric}")


def _weeks_of_checkins(diary: LiveDiary, days: int = 40) -> None:
    diary.save_injection({"date": date(2026, 10, 20), "site": "Knee", "kind": "PRP"})
    for offset in range(days, 0, -1):  # up to yesterday (the tests' today is 24 Nov 2026)
        day = diary.today() - timedelta(days=offset)
        diary.save_checkin({"date": day, "time": time(9), "pain": 4, "soreness": 2})


def test_a_save_updates_the_charts_lines_in_the_same_figure(qtbot, window):
    _weeks_of_checkins(window.diary)
    panel = window.chart
    qtbot.waitUntil(lambda: panel.canvas is not None)
    settle(window)
    figure, pain = panel.figure, _series(panel)
    assert date2num(window.diary.today()) not in list(pain.get_xdata())

    form = window.today.form
    qtbot.keyClick(form.scores["pain"], Qt.Key.Key_8)
    qtbot.keyClick(form.scores["soreness"], Qt.Key.Key_3)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    settle(window)

    assert panel.figure is figure  # not a new figure
    assert _series(panel) is pain  # the same line, with the new day at its end
    assert list(pain.get_xdata())[-1] == date2num(window.diary.today())
    assert list(pain.get_ydata())[-1] == 8.0


def test_a_range_switch_keeps_the_figure_and_its_lines(qtbot, window):
    _weeks_of_checkins(window.diary)
    panel = window.chart
    qtbot.waitUntil(lambda: panel.canvas is not None)
    panel.range_combo.setCurrentIndex(panel.range_combo.findText("Last 90 days"))
    settle(window)
    figure, pain = panel.figure, _series(panel)
    low_before = figure.axes[0].get_xlim()[0]

    panel.range_combo.setCurrentIndex(panel.range_combo.findText("Last 30 days"))
    settle(window)

    assert panel.figure is figure and _series(panel) is pain
    assert figure.axes[0].get_xlim()[0] > low_before + 50  # 60 days fewer on view
    assert len(pain.get_xdata()) == 29  # the last 30 days but today, not logged yet


def test_the_start_reads_no_diary_on_the_windows_thread(
    qtbot, open_main_window, data_dir, monkeypatch
):
    """No range saved yet and years of injections: choosing the current series needs the
    whole diary. It is read on the background thread with the first chart, not before."""
    written = LiveDiary(Diary.open(data_dir), lambda: NOW)
    _weeks_of_checkins(written)
    for day in (date(2024, 3, 1), date(2025, 3, 1)):
        written.save_injection({"date": day, "site": "Knee", "kind": "PRP"})
    written.save_checkin({"date": date(2024, 2, 20), "time": time(9), "pain": 6})
    assert written.settings().chart_range is None
    written.close()

    reads: list[str] = []
    whole = CheckInRepository.daily_summaries

    def daily_summaries(self, *args, **kwargs):
        if not any(args) and not any(kwargs.values()):  # every day, not one day's update
            reads.append(threading.current_thread().name)
        return whole(self, *args, **kwargs)

    monkeypatch.setattr(CheckInRepository, "daily_summaries", daily_summaries)
    window = open_main_window()
    qtbot.waitUntil(lambda: window.chart._started)  # the window has been painted
    # Chosen already (from the first day logged and the injections), not a second later
    # when the chart arrives: no "All" that then changes under the patient's eyes.
    assert window.chart.range_combo.currentText() == "Current series"
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)

    assert reads and threading.main_thread().name not in reads
    assert window.chart.range_combo.currentText() == "Current series"
    assert window.chart.options().start == date(2026, 10, 13)  # the week before 20 Oct


def _open_and_close(qtbot, data_dir) -> list[weakref.ref]:
    window = open_window(data_dir, clock=lambda: NOW)
    window.show()
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)
    watched = [weakref.ref(window.chart.figure), weakref.ref(window.diary.service)]
    window.close()
    window.deleteLater()
    return watched


def test_a_closed_window_lets_go_of_its_diary_and_chart(qtbot, data_dir):
    """The diary's lists and the chart's figure go with the window (8-10 MB at 10 years):
    its slots connected to the diary's signals made a cycle Python could not collect."""
    watched = _open_and_close(qtbot, data_dir)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert [ref() for ref in watched] == [None, None]
