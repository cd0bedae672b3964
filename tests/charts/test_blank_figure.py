"""The first chart's process makes the figure and its plot while the diary's days are still
being read (issue 17: at 30 years the days came 30-50 ms after matplotlib had loaded, and
the plot was then made after them). Drawn on, that figure must give exactly the picture a
new one gives, for every chart, and only once: the next drawing starts afresh."""

from dataclasses import replace

import numpy as np
import pytest

from recovery_tracker.charts import CHARTS
from recovery_tracker.charts.common import blank_figure
from recovery_tracker.charts.style import ChartTheme, new_figure
from recovery_tracker.domain.snapshot import DiarySnapshot
from tests.charts.test_timeline_updates import OPTIONS, _pixels, _rich

DARK = ChartTheme(background="#202020", foreground="#eeeeee")


@pytest.mark.parametrize("kind", sorted(CHARTS))
@pytest.mark.parametrize("empty", [False, True], ids=["diary", "empty"])
def test_a_chart_drawn_on_a_blank_figure_is_the_one_a_new_figure_gives(kind, empty):
    shown = DiarySnapshot([], []) if empty else _rich()
    options = replace(OPTIONS, theme=DARK)
    ahead = blank_figure(DARK, (6.4, 4.2), 150)
    plot = ahead.axes[0]
    CHARTS[kind][1](ahead, shown, options)

    new = new_figure(DARK, (6.4, 4.2))
    new.set_dpi(150)
    CHARTS[kind][1](new, shown, options)

    assert ahead.axes[0] is plot  # the plot made ahead was drawn on
    assert np.array_equal(_pixels(ahead), _pixels(new))


def test_a_blank_figure_serves_one_chart_of_its_theme_only():
    other_theme = blank_figure(DARK, (6.4, 4.2), 100)
    plot = other_theme.axes[0]
    CHARTS["timeline"][1](other_theme, _rich(), OPTIONS)  # the light theme: a new plot
    assert other_theme.axes[0] is not plot

    drawn_twice = blank_figure(DARK, (6.4, 4.2), 100)
    CHARTS["sessions"][1](drawn_twice, _rich(), replace(OPTIONS, theme=DARK))
    plot = drawn_twice.axes[0]
    CHARTS["baseline"][1](drawn_twice, _rich(), replace(OPTIONS, theme=DARK))
    assert drawn_twice.axes[0] is not plot
