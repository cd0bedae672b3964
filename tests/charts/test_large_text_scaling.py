"""At 150 % scaling on a 1366x768 screen (Maria's laptop) the Progress chart is a canvas of
about 520x240 device-independent pixels: 5.2 x 2.4 inches, drawn at 150 dpi. The plot keeps
room to be read, no injection label lies over the curves, and titles stay on one line.
"""

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.layout import layout_of
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import refit
from tests.charts.test_readability import _inside, _texts, diary

AT_150_PERCENT = (5.2, 2.4)
MIN_PLOT_HEIGHT = 1.1  # inches: the score ticks every 2 points and a curve between them


def drawn_at_150_percent(kind):
    figure = build_figure(kind, diary(), ChartOptions(), size=AT_150_PERCENT)
    figure.set_dpi(150)  # as the window renders it at a device pixel ratio of 1.5
    canvas = FigureCanvasAgg(figure)
    refit(figure)
    canvas.draw()
    return figure


@pytest.mark.parametrize("kind", ["timeline", "sessions", "baseline"])
def test_the_plot_keeps_room_to_be_read(kind):
    figure = drawn_at_150_percent(kind)
    plot = figure.axes[0].get_window_extent(figure.canvas.get_renderer())
    assert plot.height / figure.dpi >= MIN_PLOT_HEIGHT - 1e-6  # 164.99999 pixels of 165


@pytest.mark.parametrize("kind", ["timeline", "baseline"])
def test_injection_labels_in_a_short_plot_are_their_number_only(kind):
    figure = drawn_at_150_percent(kind)
    labels = [
        t.get_text()
        for t in figure.axes[0].texts
        if (t.get_gid() or "").startswith("injection-label")
    ]
    assert labels == ["#1", "#2"]


@pytest.mark.parametrize("kind", ["timeline", "sessions", "baseline"])
def test_titles_stay_on_one_line_and_every_text_is_whole(kind):
    figure = drawn_at_150_percent(kind)
    assert "\n" not in figure.axes[0].get_title(loc="left")
    texts = _texts(figure)
    for what, extent in texts:
        assert _inside(extent, figure.bbox), what
    for index, (what, extent) in enumerate(texts):
        for other, other_extent in texts[index + 1 :]:
            assert not extent.overlaps(other_extent), (what, other)


@pytest.mark.parametrize(
    ("kind", "entries"),
    [
        ("timeline", ["Avoid medicines", "Pain", "Soreness", "Against plan", "Overall change"]),
        ("sessions", ["Injection 1", "Injection 2", "Pain", "Soreness"]),
    ],
)
def test_the_legend_stays_in_short_words_where_the_whole_one_does_not_fit(kind, entries):
    """At 150 % the legend went, and with it what the colours and lines mean: the chart the
    patient reads small text with difficulty on was the one left without words. Shorter
    words fit where the title was (the window's Chart box names the chart)."""
    figure = drawn_at_150_percent(kind)
    [legend] = figure.legends
    assert [t.get_text() for t in legend.get_texts()] == entries
    assert not layout_of(figure).title_artist.get_visible()


def test_a_chart_with_room_keeps_its_title_and_whole_legend():
    figure = build_figure("sessions", diary(), ChartOptions(), size=(8, 4.5))
    FigureCanvasAgg(figure)
    refit(figure)
    figure.canvas.draw()
    [legend] = figure.legends
    assert "Injection 1 (PRP, 1 Sep 2026)" in [t.get_text() for t in legend.get_texts()]
    assert layout_of(figure).title_artist.get_visible()
