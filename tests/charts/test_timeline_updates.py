"""The window draws the timeline again on the figure it already shows: the axes and the score
lines are kept and given new data. The picture must be exactly the one a new figure gives."""

from dataclasses import replace
from datetime import date, time, timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from recovery_tracker.charts.common import fresh_axes
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import ChartTheme, new_figure
from recovery_tracker.charts.timeline import draw_timeline
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn
from tests.charts.helpers import artist
from tests.charts.test_timeline import START, snapshot


def _pixels(figure) -> np.ndarray:
    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else None
    canvas = canvas or FigureCanvasAgg(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _rich(days: int = 30, pain: int = 4):
    """Check-ins, medicines against the plan, events and weekly impressions."""
    checkins = []
    for offset in range(days):
        day = START + timedelta(days=offset)
        checkins.append(CheckIn(date=day, time=time(8), pain=6, soreness=offset % 5))
        checkins.append(CheckIn(date=day, time=time(20), pain=pain))
    shown = snapshot(
        checkins=checkins,
        medications=[MedicationDose(date=date(2026, 10, 6), time=time(9), name="Advil")],
    )
    shown.events = [AdverseEvent(date(2026, 10, 8), "swelling", "severe")]
    shown.impressions = [Impression(date(2026, 10, 12), 3), Impression(date(2026, 10, 19), 2)]
    return shown


OPTIONS = ChartOptions(start=date(2026, 9, 28), end=date(2026, 11, 3))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ((_rich(20), OPTIONS), (_rich(30, pain=2), OPTIONS)),  # a save: new days and values
        ((_rich(), OPTIONS), (_rich(), replace(OPTIONS, start=date(2026, 10, 15)))),  # range
        ((_rich(), replace(OPTIONS, start=date(2023, 1, 1))), (_rich(), OPTIONS)),  # weekly
        ((_rich(), OPTIONS), (_rich(), replace(OPTIONS, start=date(2023, 1, 1)))),  # to daily
    ],
    ids=["save", "range", "weekly-to-daily", "daily-to-weekly"],
)
def test_an_updated_timeline_looks_exactly_like_a_new_one(before, after):
    kept = new_figure(size=(6.4, 4.2))
    draw_timeline(kept, *before)
    _pixels(kept)
    pain = artist(kept.axes[0], "series-pain")
    draw_timeline(kept, *after)

    new = new_figure(size=(6.4, 4.2))
    draw_timeline(new, *after)

    assert artist(kept.axes[0], "series-pain") is pain  # updated, not made again
    assert np.array_equal(_pixels(kept), _pixels(new))


def test_another_theme_or_other_scores_build_the_axes_again():
    figure = new_figure()
    draw_timeline(figure, _rich(), OPTIONS)
    axes = figure.axes[0]
    draw_timeline(figure, _rich(), replace(OPTIONS, metrics=("pain",)))
    assert figure.axes[0] is not axes
    axes = figure.axes[0]
    dark = ChartTheme(background="#202020", foreground="#eeeeee")
    draw_timeline(figure, _rich(), replace(OPTIONS, metrics=("pain",), theme=dark))
    assert figure.axes[0] is not axes


def test_a_figure_cleared_by_another_chart_is_drawn_anew():
    figure = new_figure()
    draw_timeline(figure, _rich(), OPTIONS)
    fresh_axes(figure, OPTIONS.theme)  # as the sessions chart does
    draw_timeline(figure, _rich(), OPTIONS)
    assert len(artist(figure.axes[0], "series-pain").get_xdata()) == 30
