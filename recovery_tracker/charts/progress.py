"""The Progress chart: daily pain and soreness over time, each injection a labelled marker."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import matplotlib.dates as mdates
from matplotlib.figure import Figure

from recovery_tracker.charts.style import (
    BASE_FONT_SIZE,
    LIGHT,
    SERIES_STYLE,
    ChartTheme,
    new_figure,
    style_axes,
)
from recovery_tracker.domain.models import SCORE_FIELDS, Injection
from recovery_tracker.domain.recovery import DailySummary, numbered_injections

DEFAULT_METRICS = ("pain", "soreness")
EMPTY_MESSAGE = "No check-ins yet.\nLog how you feel in the Today panel to see your progress here."
_LABELS = dict(SCORE_FIELDS)


def series_label(metric: str) -> str:
    return f"{_LABELS[metric]} (daily mean)"


def injection_label(number: int, injection: Injection) -> str:
    return f"#{number} {injection.kind}\n{injection.site}"


def draw_progress(
    figure: Figure,
    days: Sequence[DailySummary],
    injections: Sequence[Injection],
    *,
    metrics: Sequence[str] = DEFAULT_METRICS,
    start: date | None = None,
    end: date | None = None,
    theme: ChartTheme = LIGHT,
) -> None:
    """Draw into ``figure`` (cleared first), so a canvas can reuse its figure."""
    figure.clear()
    figure.set_facecolor(theme.background)
    axes = figure.add_subplot()
    style_axes(axes, theme)
    visible = [
        d for d in days if (start is None or d.date >= start) and (end is None or d.date <= end)
    ]
    if not visible:
        axes.set_axis_off()
        axes.text(
            0.5,
            0.5,
            EMPTY_MESSAGE,
            ha="center",
            va="center",
            transform=axes.transAxes,
            fontsize=BASE_FONT_SIZE + 2,
            color=theme.foreground,
        )
        return
    for metric in metrics:
        _draw_series(axes, visible, metric)
    first, last = start or visible[0].date, end or visible[-1].date
    if first == last:  # a single day still deserves a readable axis
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    axes.set_xlim(first, last)
    for numbered in numbered_injections(injections):
        if first <= numbered.injection.date <= last:
            _draw_injection(axes, numbered.number, numbered.injection, theme)
    axes.set_ylim(-0.3, 10.8)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel("Score (0 = none, 10 = worst imaginable)", fontsize=BASE_FONT_SIZE)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    handles, labels = axes.get_legend_handles_labels()
    if handles:
        # Below the plot, so it never hides a curve or an injection's label.
        legend = figure.legend(
            handles,
            labels,
            loc="outside lower center",
            ncols=len(handles),
            fontsize=BASE_FONT_SIZE - 1,
            frameon=False,
        )
        for text in legend.get_texts():
            text.set_color(theme.foreground)


def _draw_series(axes, days: Sequence[DailySummary], metric: str) -> None:  # type: ignore[no-untyped-def]
    points = [(d.date, d.scores[metric]) for d in days if metric in d.scores]
    if not points:
        return
    style = SERIES_STYLE[metric]
    points = _break_gaps(points)
    dates = [p[0] for p in points]
    # The day's range (lowest to highest check-in) as a light band behind the mean.
    axes.fill_between(
        dates,
        [_nan_or(p[1], "low") for p in points],
        [_nan_or(p[1], "high") for p in points],
        color=style["color"],
        alpha=0.15,
        linewidth=0,
        gid=f"range-{metric}",
    )
    axes.plot(
        dates,
        [_nan_or(p[1], "mean") for p in points],
        label=series_label(metric),
        gid=f"series-{metric}",
        markersize=4 if len(points) < 120 else 0,
        linewidth=2,
        **style,
    )


# Days further apart than this are not joined by a line: the chart must not invent a trend
# across weeks nobody logged.
MAX_JOINED_GAP_DAYS = 3


def _break_gaps(points):  # type: ignore[no-untyped-def]
    broken = []
    for index, point in enumerate(points):
        if index and (point[0] - points[index - 1][0]).days > MAX_JOINED_GAP_DAYS:
            broken.append((points[index - 1][0] + timedelta(days=1), None))
        broken.append(point)
    return broken


def _nan_or(stats, field: str) -> float:  # type: ignore[no-untyped-def]
    return float("nan") if stats is None else float(getattr(stats, field))


def _draw_injection(axes, number: int, injection: Injection, theme: ChartTheme) -> None:  # type: ignore[no-untyped-def]
    # Near the right edge the label goes on the left of its line, so it stays inside the plot.
    low, high = axes.get_xlim()
    at = mdates.date2num(injection.date)
    on_right = high > low and (at - low) / (high - low) > 0.72
    axes.axvline(
        injection.date,
        color=theme.injection,
        linewidth=1.5,
        linestyle=(0, (4, 3)),
        gid=f"injection-{number}",
    )
    # Stagger labels over three heights, so weekly injections do not print over each other.
    height = 1.0 - 0.11 * ((number - 1) % 3)
    axes.annotate(
        injection_label(number, injection),
        xy=(injection.date, height),
        xycoords=("data", "axes fraction"),
        xytext=(-4 if on_right else 4, -4),
        textcoords="offset points",
        ha="right" if on_right else "left",
        va="top",
        fontsize=BASE_FONT_SIZE - 1,
        color=theme.foreground,
        bbox={"facecolor": theme.background, "edgecolor": "none", "alpha": 0.8, "pad": 1},
        gid=f"injection-label-{number}",
    )


def build_progress_figure(
    days: Sequence[DailySummary],
    injections: Sequence[Injection],
    *,
    metrics: Sequence[str] = DEFAULT_METRICS,
    start: date | None = None,
    end: date | None = None,
    theme: ChartTheme = LIGHT,
) -> Figure:
    figure = new_figure(theme)
    draw_progress(figure, days, injections, metrics=metrics, start=start, end=end, theme=theme)
    return figure
