"""The first chart drawn by a process of its own while the window starts (issue 17: the chart
painted within 1.2x a bare matplotlib canvas; it was 1.35-1.67x drawn after the window in
the window's process). Its picture must be the very chart the window would draw, come from
the diary the window opened, and give way to whatever the patient changed meanwhile."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from datetime import time as dt_time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage

from recovery_tracker.domain import text
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates, medicine_list
from recovery_tracker.ui import chart_process
from recovery_tracker.ui.chart_picture import (
    ChartChoices,
    ChartPixels,
    ChartRequest,
    render_chart,
    snapshot_for_charts,
)
from recovery_tracker.ui.translation import connect_domain_to_qt, locale_for_charts_without_qt
from tests.conftest import NOW

COLOURS = {
    "background": "#ffffff",
    "foreground": "#202020",
    "grid": "#a0a0a0",
    "injection": "#808080",
}
CHOICES = ChartChoices(None, NOW.date(), ("pain", "soreness"), COLOURS, series=True)
LAST_WEEK = ChartChoices(NOW.date() - timedelta(days=6), NOW.date(), ("pain", "soreness"), COLOURS)


@pytest.fixture
def half_year(data_dir: Path) -> Path:
    """Half a year of check-ins, medicines and injections, as the window leaves it opened."""
    diary = Diary.open(data_dir)
    last_day = NOW.date() - timedelta(days=1)
    insert_content(diary, synthetic_content(180, 3, last_day, load_templates().templates))
    diary.close()
    return data_dir


def lists_as_the_window_reads(data_dir: Path) -> dict[str, object]:
    diary = Diary.open_for_reading(data_dir)
    try:
        return diary.read_lists(medicine_list(), checkins=False)
    finally:
        diary.close(checkpoint=False)


@pytest.fixture
def three_years(data_dir: Path) -> Path:
    """Long enough for the timeline to draw weekly means (charts/timeline.py)."""
    diary = Diary.open(data_dir)
    last_day = NOW.date() - timedelta(days=1)
    insert_content(diary, synthetic_content(3 * 365, 12, last_day, load_templates().templates))
    diary.close()
    return data_dir


def test_years_of_weekly_means_are_drawn_as_the_window_draws_them(three_years):
    """The process reads two scores of each day and only the days a dose broke a rule; the
    weeks it merges from them, and the medicines it flags, are the window's."""
    request = ChartRequest(str(three_years), "timeline", CHOICES, (820, 560), 1.0, None)
    there = drawn_there(request)
    assert there is not None
    assert there.pixels == drawn_here(three_years, request).pixels


def drawn_here(data_dir: Path, request: ChartRequest) -> ChartPixels:
    snapshot = snapshot_for_charts(lists_as_the_window_reads(data_dir), medicine_list())
    return render_chart(
        request.kind, snapshot, request.choices, request.size, request.ratio
    ).picture


def drawn_there(request: ChartRequest) -> ChartPixels | None:
    process = chart_process.FirstChartProcess.spawn()
    process._request.write(request.encode())
    process._request.close()
    try:
        return chart_process.read_picture(process._picture)
    finally:
        process._asked = True
        process.close()


@pytest.mark.parametrize(("kind", "ratio"), [("timeline", 1.0), ("sessions", 2.0)])
def test_the_chart_process_draws_exactly_what_the_window_draws(half_year, kind, ratio):
    request = ChartRequest(str(half_year), kind, CHOICES, (700, 420), ratio, None)
    there = drawn_there(request)
    assert there is not None
    here = drawn_here(half_year, request)
    assert (there.width, there.height, there.ratio) == (here.width, here.height, here.ratio)
    assert there.pixels == here.pixels


def test_in_another_language_its_dates_are_the_windows(half_year):
    """A German desktop without a German translation: Qt writes the month names the window's
    chart shows ("Okt."), which the process must load Qt to write too."""
    QLocale.setDefault(QLocale("de_DE"))
    connect_domain_to_qt()
    try:
        locale = locale_for_charts_without_qt()
        assert locale == "de_DE"
        request = ChartRequest(str(half_year), "timeline", CHOICES, (700, 420), 1.0, locale)
        here = drawn_here(half_year, request)
        there = drawn_there(request)
    finally:
        QLocale.setDefault(QLocale("en_US"))
        text.set_date_formatter(None)
        text.set_translator(None)
    assert there is not None
    assert there.pixels == here.pixels


@pytest.mark.parametrize("name", ["en_US", "en_GB", "C"])
def test_english_dates_need_no_qt_only_where_they_are_qts(name):
    QLocale.setDefault(QLocale(name))
    connect_domain_to_qt()
    try:
        without_qt = locale_for_charts_without_qt() is None
        from recovery_tracker.ui.translation import qt_date

        same = all(
            qt_date(day, style) == text.english_date(day, style)
            for style in text.DateStyle
            for day in (NOW.date() + timedelta(days=n) for n in range(0, 366, 3))
        )
    finally:
        QLocale.setDefault(QLocale("en_US"))
        text.set_date_formatter(None)
        text.set_translator(None)
    assert without_qt == same


def test_a_write_after_the_process_read_the_diary_is_in_its_picture(half_year):
    """Told at once which diary the window opened, the process reads it while matplotlib
    loads; a write before the window asks (by the window or another program) is read too."""
    process = chart_process.FirstChartProcess.spawn()
    process.tell_diary(half_year)
    time.sleep(3)  # it has read the diary by now (or not yet: the picture must be right anyway)
    writer = Diary.open(half_year)
    for hour in range(8, 20):
        writer.checkins.add(CheckIn(NOW.date() - timedelta(days=2), dt_time(hour), 10, 10))
    writer.close()
    request = ChartRequest(str(half_year), "timeline", LAST_WEEK, (700, 420), 1.0, None)
    process._request.write(request.encode())
    process._request.close()
    try:
        there = chart_process.read_picture(process._picture)
    finally:
        process._asked = True
        process.close()
    assert there is not None
    assert there.pixels == drawn_here(half_year, request).pixels


def test_reading_for_the_chart_changes_nothing_in_the_diary_folder(half_year):
    window_has_it = Diary.open(half_year)
    try:
        before = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in half_year.rglob("*")}
        version = window_has_it.database.data_version()
        diary = Diary.open_for_reading(half_year)
        diary.read_lists(medicine_list(), checkins=True)
        diary.close(checkpoint=False)
        after = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in half_year.rglob("*")}
        assert after == before
        assert window_has_it.database.data_version() == version  # no "outside write" seen
    finally:
        window_has_it.close()


def test_a_diary_the_window_has_not_migrated_is_not_read(data_dir):
    diary = Diary.open(data_dir)
    diary.database._connection.execute("PRAGMA user_version = 1")
    diary.close()
    with pytest.raises(StorageError):
        Diary.open_for_reading(data_dir)


def test_a_process_never_asked_ends_when_let_go():
    chart_process.start()
    process = chart_process.take()
    assert process is not None
    process.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    pytest.fail("the chart process did not end")


def test_the_process_runs_at_the_lowest_priority():
    """It must never take the window's core: on a busy computer the window starts first."""
    chart_process.start()
    process = chart_process.take()
    assert process is not None
    try:
        deadline = time.monotonic() + 10
        while os.getpriority(os.PRIO_PROCESS, process.pid) < 19 and time.monotonic() < deadline:
            time.sleep(0.01)  # it lowers its own priority as its first step
        assert os.getpriority(os.PRIO_PROCESS, process.pid) == 19
    finally:
        process.close()


def image_of(view) -> QImage:
    return view._image.copy()


@pytest.fixture
def window_asking(monkeypatch, half_year, open_main_window):
    """A window on half a year, started as the command line starts it: with the chart's own
    process. Its own first chart waits for the process's picture however busy the test
    machine is (on a patient's computer it waits ANSWER_WITHIN_MS at most)."""
    monkeypatch.setattr(chart_process, "ANSWER_WITHIN_MS", 60_000)
    chart_process.start()
    return open_main_window()


def test_the_window_shows_the_process_picture_then_its_own_identical_chart(qtbot, window_asking):
    window = window_asking
    chart = window.chart
    qtbot.waitUntil(lambda: chart.canvas is not None, timeout=20_000)
    assert chart.figure is None  # the process's picture: the window's own chart is to come
    first = image_of(chart.canvas)
    qtbot.waitUntil(lambda: chart.first_done and not chart.is_busy(), timeout=20_000)
    assert chart.figure is not None
    assert image_of(chart.canvas) == first  # the window's own first chart: the same pixels


def test_a_period_chosen_before_the_picture_came_is_what_the_chart_shows(qtbot, window_asking):
    window = window_asking
    chart = window.chart
    qtbot.waitUntil(lambda: chart._started, timeout=20_000)
    # Chosen at once, before the process (which loads matplotlib first) can have answered.
    chart.range_combo.setCurrentIndex(chart.range_combo.findData(30))
    qtbot.waitUntil(lambda: chart.canvas is not None, timeout=20_000)
    assert chart.figure is not None  # the process's picture, of another period, was dropped
    qtbot.waitUntil(lambda: not chart.is_busy(), timeout=20_000)
    start, end = chart.figure.axes[0].get_xlim()
    assert chart.choices().start == NOW.date() - timedelta(days=29)
    assert end - start < 40  # days: the last 30, not the series


def test_a_save_before_the_picture_came_is_in_the_chart(qtbot, window_asking):
    window = window_asking
    chart = window.chart
    qtbot.waitUntil(lambda: chart._started, timeout=20_000)
    form = window.today.form
    qtbot.keyClick(form.scores["pain"], Qt.Key.Key_8)
    qtbot.keyClick(form.scores["soreness"], Qt.Key.Key_3)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chart.canvas is not None, timeout=20_000)
    assert chart.figure is not None  # the process's picture, from before the save, was dropped


def test_a_custom_period_travels_whole():
    choices = ChartChoices(NOW.date() - timedelta(days=9), NOW.date(), ("pain",), COLOURS)
    request = ChartRequest("/d", "baseline", choices, (320, 240), 1.25, "fr_FR")
    assert ChartRequest.decode(request.encode()) == request


def test_the_process_reads_only_the_scores_the_charts_draw(half_year, monkeypatch):
    """At 30 years, reading every score of every day cost the first chart 40-50 ms (issue 17:
    its picture within 1.2x a bare matplotlib canvas); the charts draw pain and soreness."""
    request = ChartRequest(str(half_year), "timeline", CHOICES, (700, 420), 1.0, None)
    told = json.dumps({"diary": str(half_year)}).encode() + b"\n"
    found: dict[str, object] = {}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(told + request.encode())))
    chart_process._read_request_and_diary(found)
    assert found["request"] == request
    days = found["lists"]["days"]
    every_score = Diary.open_for_reading(half_year)
    try:
        whole = every_score.checkins.daily_summaries()
    finally:
        every_score.close(checkpoint=False)
    assert {field for day in whole for field in day.scores} > {"pain", "soreness"}
    assert [(d.date, d.count) for d in days] == [(d.date, d.count) for d in whole]
    assert [d.scores for d in days] == [
        {f: s for f, s in d.scores.items() if f in ("pain", "soreness")} for d in whole
    ]
    # Of the medicine checks, only what the timeline marks: the days a dose broke a rule.
    assert "checks" not in found["lists"]
    breaking = snapshot_for_charts(found["lists"], medicine_list()).rule_breaking_days
    window_reads = lists_as_the_window_reads(half_year)
    assert breaking == snapshot_for_charts(window_reads, medicine_list()).rule_breaking_days
    assert breaking  # half a year of doses breaks a rule now and then


def test_the_process_reads_every_score_the_window_can_chart(qtbot, window):
    """It reads only CHART_SCORES of each day: a box in the Progress tab for any other
    score would draw a chart from days read without it."""
    from recovery_tracker.ui.chart_picture import CHART_SCORES

    qtbot.waitUntil(lambda: hasattr(window.chart, "metric_boxes"))
    assert tuple(window.chart.metric_boxes) == CHART_SCORES
