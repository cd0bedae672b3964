from datetime import date, time, timedelta

import matplotlib.dates as mdates
import pytest

from recovery_tracker.charts.progress import EMPTY_MESSAGE, build_progress_figure, series_label
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import daily_summaries

START = date(2026, 10, 1)
INJECTIONS = [
    Injection(date=date(2026, 10, 5), site="Lumbar facet joint", kind="PRP", id=1),
    Injection(date=date(2026, 10, 20), site="Knee", kind="Corticosteroid", id=2),
]


def _checkins():
    for offset in range(30):
        day = START + timedelta(days=offset)
        yield CheckIn(date=day, time=time(8, 0), pain=6, soreness=2 if offset % 2 else None)
        yield CheckIn(date=day, time=time(20, 0), pain=4)


def _artist(axes, gid):
    found = [a for a in axes.get_children() if a.get_gid() == gid]
    assert found, f"no artist with gid {gid!r}"
    return found[0]


@pytest.fixture
def figure():
    return build_progress_figure(daily_summaries(_checkins()), INJECTIONS)


def test_pain_line_plots_each_days_mean_on_its_date(figure):
    axes = figure.axes[0]
    pain = _artist(axes, "series-pain")
    assert pain.get_label() == series_label("pain")
    xs = [mdates.num2date(x).date() if not isinstance(x, date) else x for x in pain.get_xdata()]
    assert xs == [START + timedelta(days=i) for i in range(30)]
    assert list(pain.get_ydata()) == [5.0] * 30  # mean of 6 and 4


def test_soreness_line_only_has_days_with_soreness(figure):
    soreness = _artist(figure.axes[0], "series-soreness")
    assert len(soreness.get_xdata()) == 15
    assert set(soreness.get_ydata()) == {2.0}


def test_each_injection_is_a_labelled_vertical_marker_at_its_date(figure):
    axes = figure.axes[0]
    for number, injection in enumerate(INJECTIONS, start=1):
        marker = _artist(axes, f"injection-{number}")
        x = marker.get_xdata()[0]
        assert mdates.date2num(x) == mdates.date2num(injection.date)
        label = _artist(axes, f"injection-label-{number}")
        assert label.get_text() == f"#{number} {injection.kind}\n{injection.site}"


def test_the_days_range_is_drawn_behind_the_mean(figure):
    band = _artist(figure.axes[0], "range-pain")
    ys = band.get_paths()[0].vertices[:, 1]
    assert ys.min() == 4 and ys.max() == 6


def test_axes_are_labelled_and_a_legend_names_both_series(figure):
    axes = figure.axes[0]
    assert "0 = none" in axes.get_ylabel()
    legend_texts = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend_texts == [series_label("pain"), series_label("soreness")]


def test_range_limits_what_is_drawn(tmp_path):
    figure = build_progress_figure(
        daily_summaries(_checkins()), INJECTIONS, start=date(2026, 10, 15), end=date(2026, 10, 30)
    )
    axes = figure.axes[0]
    assert len(_artist(axes, "series-pain").get_xdata()) == 16
    assert not [a for a in axes.get_children() if a.get_gid() == "injection-1"]
    _artist(axes, "injection-2")
    figure.savefig(tmp_path / "chart.png")  # and it renders


def test_an_empty_diary_gets_a_friendly_sentence_not_an_empty_box():
    figure = build_progress_figure([], [])
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert texts == [EMPTY_MESSAGE]


def test_weeks_without_entries_are_not_bridged_by_a_line():
    checkins = [
        CheckIn(date=date(2026, 10, 1), time=time(8, 0), pain=6, soreness=6),
        CheckIn(date=date(2026, 10, 2), time=time(8, 0), pain=5, soreness=5),
        CheckIn(date=date(2026, 10, 30), time=time(8, 0), pain=3, soreness=2),
    ]
    figure = build_progress_figure(daily_summaries(checkins), [])
    ys = list(_artist(figure.axes[0], "series-soreness").get_ydata())
    assert ys[:2] == [6.0, 5.0] and ys[-1] == 2.0
    assert len(ys) == 4 and ys[2] != ys[2]  # a NaN breaks the line in the gap


def test_an_injection_near_the_right_edge_is_labelled_on_its_left():
    late = [Injection(date=date(2026, 10, 29), site="Knee", kind="PRP", id=9)]
    figure = build_progress_figure(daily_summaries(_checkins()), late)
    label = _artist(figure.axes[0], "injection-label-1")
    assert label.get_horizontalalignment() == "right"
