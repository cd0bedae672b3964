from datetime import date, datetime, time, timedelta

import pytest
from PIL import Image

from tests.conftest import NOW
from tests.ui.conftest import settle


@pytest.fixture
def charted(qtbot, window):
    window.diary.save_injection({"date": date(2026, 10, 1), "site": "Knee", "kind": "PRP"})
    for offset in range(-7, 55):
        day = date(2026, 10, 1) + timedelta(days=offset)
        window.diary.save_checkin({"date": day, "time": time(9), "pain": 6 if offset < 0 else 3})
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    return window


def gids(window) -> set[str]:
    settle(window)
    return {a.get_gid() for a in window.chart.figure.axes[0].get_children() if a.get_gid()}


def test_switching_charts_redraws_the_canvas(charted):
    panel = charted.chart
    assert "series-pain" in gids(charted)
    panel.kind_combo.setCurrentIndex(1)
    assert "session-1-pain" in gids(charted)
    panel.kind_combo.setCurrentIndex(2)
    assert {"baseline", "threshold-points", "threshold-percent"} <= gids(charted)


def test_range_and_metric_toggles(charted):
    panel = charted.chart
    panel.range_combo.setCurrentIndex(panel.range_combo.findText("Last 30 days"))
    settle(charted)
    line = next(a for a in panel.figure.axes[0].get_lines() if a.get_gid() == "series-pain")
    assert len(line.get_xdata()) == 30
    panel.range_combo.setCurrentIndex(panel.range_combo.findText("Custom…"))
    assert panel.start_edit.isVisible() and panel.end_edit.isVisible()
    panel.start_edit.setDate(date(2026, 10, 1))
    panel.end_edit.setDate(date(2026, 10, 10))
    assert panel.options().start == date(2026, 10, 1)
    settle(charted)
    line = next(a for a in panel.figure.axes[0].get_lines() if a.get_gid() == "series-pain")
    assert len(line.get_xdata()) == 10
    panel.metric_boxes["pain"].setChecked(False)
    assert "series-pain" not in gids(charted)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_chart_files(charted, tmp_path, suffix):
    path = charted.chart.export(tmp_path / f"chart{suffix}")
    assert path is not None and path.stat().st_size > 1000
    head = path.read_bytes()[:200]
    if suffix == ".png":
        with Image.open(path) as image:
            assert round(image.info["dpi"][0]) >= 200
            assert image.size[0] >= 2000
    elif suffix == ".svg":
        assert b"<svg" in path.read_bytes()[:2000]
    else:
        assert head.startswith(b"%PDF")


def test_export_refuses_an_unknown_file_type(charted, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert charted.chart.export(tmp_path / "chart.docx") is None
    assert said and ".png, .svg or .pdf" in said[0]
    assert NOW  # the fixed clock drives the ranges


def _years_of_diary(window):
    """Three years of check-ins (one every 5 days), an old series and a current one."""
    for day in (date(2024, 3, 1), date(2024, 4, 1), date(2026, 9, 15), date(2026, 10, 20)):
        window.diary.save_injection({"date": day, "site": "Knee", "kind": "PRP"})
    day = date(2023, 11, 1)
    while day <= date(2026, 11, 24):
        window.diary.save_checkin({"date": day, "time": time(9), "pain": 5})
        day += timedelta(days=5)


def test_a_diary_of_years_opens_on_the_current_series_and_keeps_the_last_choice(
    qtbot, open_main_window
):
    _years_of_diary(open_main_window())
    window = open_main_window()  # the next start
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    panel = window.chart
    assert panel.range_combo.currentText() == "Current series"
    assert panel.options().start == date(2026, 9, 8)  # the baseline week before 15 Sep
    settle(window)
    ticks = [t.get_text() for t in panel.figure.axes[0].get_xticklabels() if t.get_text()]
    assert not any("2024" in t for t in ticks)
    panel.range_combo.setCurrentIndex(panel.range_combo.findText("Last 90 days"))

    again = open_main_window()
    qtbot.waitUntil(lambda: again.chart.canvas is not None)
    assert again.chart.range_combo.currentText() == "Last 90 days"


def test_all_runs_to_today_so_a_medicine_after_the_last_checkin_is_drawn(qtbot, window):
    from datetime import time

    from matplotlib.dates import num2date

    window.diary.save_checkin({"date": date(2026, 11, 10), "time": time(8), "pain": 5})
    window.diary.save_medication({"date": date(2026, 11, 24), "time": time(9), "name": "Advil"})
    panel = window.chart
    qtbot.waitUntil(lambda: panel.canvas is not None)
    panel.range_combo.setCurrentIndex(panel.range_combo.findText("All"))
    assert panel.options().end == window.diary.today()
    settle(window)
    right = num2date(panel.figure.axes[0].get_xlim()[1]).date()
    assert right >= window.diary.today()


def test_a_custom_range_ending_today_still_ends_today_after_midnight(qtbot, open_main_window):
    """Left open overnight, "1 Nov to today" stayed "1 Nov to yesterday": the new day's
    check-ins fell outside the chart. A range ending on another day stays as chosen."""
    from PySide6.QtCore import QDate, Qt

    from tests.ui.test_now_dates_and_notes import MovableClock

    clock = MovableClock(datetime(2026, 11, 25, 23, 50))
    window = open_main_window(clock)
    panel = window.chart
    panel.range_combo.setFocus()
    qtbot.keyClick(panel.range_combo, Qt.Key.Key_End)  # Custom…, the last choice
    assert panel.range_combo.currentText() == "Custom…" and panel.end_edit.isVisible()
    panel.start_edit.setDate(QDate(2026, 11, 1))
    assert panel.end_edit.date() == QDate(2026, 11, 25)

    clock.now = datetime(2026, 11, 26, 0, 5)
    panel.end_follows_today.catch_up()  # what its timer and coming back to the window do
    assert panel.end_edit.date() == QDate(2026, 11, 26)
    assert (panel.choices().start, panel.choices().end) == (date(2026, 11, 1), date(2026, 11, 26))
    assert window.diary.settings().chart_range == "custom:2026-11-01:2026-11-26"

    panel.end_edit.setDate(QDate(2026, 11, 20))  # a range that ends on a chosen day
    clock.now = datetime(2026, 11, 27, 0, 5)
    panel.end_follows_today.catch_up()
    assert panel.end_edit.date() == QDate(2026, 11, 20)

    panel.end_edit.setDate(QDate(2026, 11, 27))  # to today again: it follows again
    clock.now = datetime(2026, 11, 28, 7, 0)
    panel.end_follows_today.catch_up()
    assert panel.end_edit.date() == QDate(2026, 11, 28)


def test_a_period_chosen_after_a_custom_end_moves_on_at_midnight(qtbot, open_main_window):
    """The period "Last 30 days", chosen after a custom range that ended on another day, was
    not redrawn when the day changed: the new day's check-ins stayed off the chart until
    something else redrew it."""
    from PySide6.QtCore import QDate, Qt

    from tests.ui.test_now_dates_and_notes import MovableClock

    clock = MovableClock(datetime(2026, 11, 25, 23, 50))
    window = open_main_window(clock)
    panel = window.chart
    qtbot.waitUntil(lambda: panel.canvas is not None)
    panel.range_combo.setFocus()
    qtbot.keyClick(panel.range_combo, Qt.Key.Key_End)  # Custom…
    panel.end_edit.setDate(QDate(2026, 11, 20))  # a range ending on a chosen day
    panel.range_combo.setCurrentIndex(panel.range_combo.findText("Last 30 days"))
    settle(window)

    redraws: list[date] = []
    panel.redraw = lambda: redraws.append(panel.choices().end)  # type: ignore[method-assign]
    clock.now = datetime(2026, 11, 26, 0, 5)
    panel.end_follows_today.catch_up()  # what its timer and coming back to the window do
    assert redraws and redraws[-1] == date(2026, 11, 26)
