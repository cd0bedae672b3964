"""Timeline: pain and soreness per day, a 7-day rolling mean, injections, advice windows and
days a medicine went against the plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

import matplotlib.dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import FillBetweenPolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from recovery_tracker.charts.common import (
    date_axis,
    empty_message,
    fresh_axes,
    injection_markers,
    kept_axes,
    legend_below,
    metric_label,
    metric_short_label,
    score_axis,
    short_legend_label,
    title,
)
from recovery_tracker.charts.layout import layout_of_axes
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import SERIES_STYLE, ChartTheme
from recovery_tracker.domain.recovery import DailySummary, ScoreStats, weekly_summaries
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import daily_series, rolling_mean
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate

V = TypeVar("V")

EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "Charts", "No check-ins yet.\nLog how you feel in the Today panel to see your progress here."
)
# Days further apart than this are not joined by a line: the chart must not invent a trend
# across weeks nobody logged.
MAX_JOINED_GAP_DAYS = 3
WEEKLY_ABOVE_DAYS = 730  # longer spans are drawn one point a week
AVOID_WINDOW_COLOR = "#E69F00"
FLAG_COLOR = "#CC0000"


def series_label(metric: str) -> str:
    return translate("Charts", "{metric} (daily mean)").format(metric=metric_label(metric))


def rolling_label(metric: str) -> str:
    return translate("Charts", "{metric}, 7-day mean").format(metric=metric_label(metric))


# The lines and bands of the scores, kept from one drawing to the next in the window: a save
# or a range switch gives them new data (kept_axes). The rest is drawn again each time.
KEPT = frozenset(
    f"{part}-{metric}" for part in ("series", "range", "rolling") for metric in SERIES_STYLE
)


def draw_timeline(figure: Figure, snapshot: DiarySnapshot, options: ChartOptions) -> None:
    """Draw the timeline on ``figure``; a figure holding a timeline drawn with the same theme
    and scores keeps its axes and score lines, with new data (the window's chart)."""
    theme = options.theme
    visible = [
        d
        for d in snapshot.days
        if (options.start is None or d.date >= options.start)
        and (options.end is None or d.date <= options.end)
    ]
    if not visible:
        empty_message(fresh_axes(figure, theme), translate("Charts", EMPTY_MESSAGE), theme)
        return
    drawn_as = ("timeline", theme, options.metrics, options.rolling_mean)
    axes, kept = kept_axes(figure, theme, drawn_as, KEPT)
    latest = max([visible[-1].date, *(a.date for a in snapshot.impressions)])
    first, last = date_axis(axes, options.start or visible[0].date, options.end or latest)
    _shade_avoidance(axes, snapshot, first, last)
    weekly = (last - first).days > WEEKLY_ABOVE_DAYS
    if weekly:  # years of days cannot be told apart on screen: one point a week says the same
        visible = weekly_summaries(visible, options.metrics)
    for metric in options.metrics:
        _draw_series(axes, visible, metric, weekly, kept)
        # A weekly point is already a 7-day mean: a rolling mean on top would repeat it.
        if options.rolling_mean and not weekly:
            _draw_rolling(axes, snapshot.days, metric, first, last, kept)
    layout_of_axes(axes).legend_pairs = [
        (
            series_label(metric),
            rolling_label(metric),
            translate("Charts", "{metric}: daily, 7-day mean").format(metric=metric_label(metric)),
        )
        for metric in options.metrics
    ]
    for metric, labels in zip(options.metrics, layout_of_axes(axes).legend_pairs, strict=True):
        for label in labels:  # in short words the colour tells the score, the line the mean
            short_legend_label(axes, label, metric_short_label(metric))
    _flag_medicines(axes, snapshot, first, last)
    _draw_impressions(axes, snapshot, first, last, theme)
    _mark_events(axes, snapshot, first, last)
    injection_markers(axes, snapshot.injections, first, last, theme)
    score_axis(axes)
    title(axes, translate("Charts", "Pain and soreness over time"), theme)
    legend_below(figure, axes, theme)


def _draw_series(
    axes: Axes,
    days: Sequence[DailySummary],
    metric: str,
    weekly: bool,
    kept: dict[str, Artist],
) -> None:
    points: list[tuple[date, ScoreStats | None]] = [
        (d.date, d.scores[metric]) for d in days if metric in d.scores
    ]
    if not points:
        return
    style = SERIES_STYLE[metric]
    points = _break_gaps(points, MAX_JOINED_GAP_DAYS * (7 if weekly else 1))
    dates = mdates.date2num([p[0] for p in points])  # numbers once, not dates at every draw
    low = [_nan_or(p[1], "low") for p in points]
    high = [_nan_or(p[1], "high") for p in points]
    means = [_nan_or(p[1], "mean") for p in points]
    label = (
        translate("Charts", "{metric} (weekly mean)").format(metric=metric_label(metric))
        if weekly
        else series_label(metric)
    )
    markersize = 4 if len(points) < 120 else 0
    band, line = kept.get(f"range-{metric}"), kept.get(f"series-{metric}")
    if isinstance(band, FillBetweenPolyCollection) and isinstance(line, Line2D):
        # Put back where a new drawing would add them: the same order, the same picture.
        axes.add_collection(band)
        band.set_data(dates, low, high)  # (it asks its axes how to read dates)
        line.set_data(dates, means)
        line.set_markersize(markersize)
        line.set_label(label)
        axes.add_line(line)
        return
    # The day's range (lowest to highest check-in) as a light band behind the mean.
    axes.fill_between(
        dates,
        low,
        high,
        color=style["color"],
        alpha=0.15,
        linewidth=0,
        gid=f"range-{metric}",
    )
    axes.plot(
        dates,
        means,
        label=label,
        gid=f"series-{metric}",
        markersize=markersize,
        linewidth=1.2,
        alpha=0.9,
        **style,
    )


def _draw_rolling(
    axes: Axes,
    days: Sequence[DailySummary],
    metric: str,
    first: date,
    last: date,
    kept: dict[str, Artist],
) -> None:
    rolled = [(d, v) for d, v in rolling_mean(daily_series(days, metric)) if first <= d <= last]
    if len(rolled) < 2:
        return
    points = _break_gaps([(d, v) for d, v in rolled], MAX_JOINED_GAP_DAYS)
    dates = mdates.date2num([p[0] for p in points])
    values = [float("nan") if p[1] is None else p[1] for p in points]
    line = kept.get(f"rolling-{metric}")
    if isinstance(line, Line2D):
        line.set_data(dates, values)
        axes.add_line(line)
        return
    style = SERIES_STYLE[metric]
    axes.plot(
        dates,
        values,
        color=style["color"],
        linewidth=3,
        alpha=0.75,
        label=rolling_label(metric),
        gid=f"rolling-{metric}",
    )


def avoidance_spans(snapshot: DiarySnapshot, first: date, last: date) -> list[tuple[date, date]]:
    """Days (first, day after last) when a medicine rule is in force, overlaps merged."""
    spans = sorted(
        (max(w.start or w.injection.date, first), min(w.end or last, last) + timedelta(days=1))
        for w in snapshot.windows
        if w.rule.avoid and (w.end or last) >= first and (w.start or w.injection.date) <= last
    )
    merged: list[tuple[date, date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _shade_avoidance(axes: Axes, snapshot: DiarySnapshot, first: date, last: date) -> None:
    """Windows of medicine rules (e.g. no NSAIDs) as light bands, all in one collection."""
    spans = avoidance_spans(snapshot, first, last)
    if not spans:
        return
    # Cut at the plot's edges here: the window ends a day after the last day shown, past the
    # edge, and the report's SVG renderer ignores clip paths (the band ran over the border).
    low, high = axes.get_xlim()
    # All dates to numbers in one call: one call per date cost 30 ms a redraw at 30 years.
    starts, ends = (mdates.date2num(list(days)) for days in zip(*spans, strict=True))
    bars = [
        (start, end - start)
        for start, end in (
            (max(float(a), low), min(float(b), high)) for a, b in zip(starts, ends, strict=True)
        )
        if end > start
    ]
    axes.broken_barh(
        bars,
        (0, 1),
        transform=axes.get_xaxis_transform(),
        facecolors=AVOID_WINDOW_COLOR,
        alpha=0.12,
        linewidth=0,
        gid="avoid-windows",
        label=short_legend_label(
            axes,
            translate("Charts", "Medicines to avoid (your plan)"),
            translate("Charts", "Avoid medicines"),
        ),
    )


def _draw_impressions(
    axes: Axes, snapshot: DiarySnapshot, first: date, last: date, theme: ChartTheme
) -> None:
    """Weekly global impressions on a right-hand scale, 7 (very much worse) at the top: the
    same way up as pain, so a line going down means better on both scales."""
    answers = [a for a in snapshot.impressions if first <= a.date <= last]
    if not answers:
        return
    right = axes.twinx()
    right.tick_params(colors=theme.foreground)  # readable on a dark chart too
    right.set_ylim(0.5, 7.5)
    right.set_yticks(
        [1, 4, 7],
        [
            translate("Charts", "1 much\nbetter"),
            translate("Charts", "4 same"),
            translate("Charts", "7 much\nworse"),
        ],
        fontsize=9,
    )
    right.plot(
        mdates.date2num([a.date for a in answers]),
        [a.score for a in answers],
        color=theme.foreground,  # dark grey on light charts, light grey on dark ones
        marker="D",
        markersize=5,
        linestyle=":",
        linewidth=1,
        label=short_legend_label(
            right,
            translate("Charts", "Overall change (weekly, right scale)"),
            translate("Charts", "Overall change"),
        ),
        gid="pgic",
    )
    chart = layout_of_axes(axes)
    chart.right_margin = 0.7  # for the right scale
    chart.legend_extra = right.get_legend_handles_labels()


EVENT_COLOR = "#7B3294"
EVENT_SIZES = {"mild": 40, "moderate": 80, "severe": 150}  # marker area: how bad it was


def _mark_events(axes: Axes, snapshot: DiarySnapshot, first: date, last: date) -> None:
    """Events the patient logged (fever, swelling, ...), one star each, bigger when worse."""
    events = [e for e in snapshot.events if first <= e.date <= last]
    if not events:
        return
    # On the top edge of the plot: clear of the scores and of the injection labels inside.
    axes.scatter(
        mdates.date2num([e.date for e in events]),
        [1.0] * len(events),
        s=[EVENT_SIZES.get(e.severity, 80) for e in events],
        marker="*",
        color=EVENT_COLOR,
        transform=axes.get_xaxis_transform(),
        clip_on=False,
        zorder=4,
        label=short_legend_label(
            axes,
            translate("Charts", "Events you logged (size: how bad)"),
            translate("Charts", "Events"),
        ),
        gid="events",
    )


def _flag_medicines(axes: Axes, snapshot: DiarySnapshot, first: date, last: date) -> None:
    days = [d for d in snapshot.rule_breaking_days if first <= d <= last]
    if days:
        axes.plot(
            mdates.date2num(days),
            [0.2] * len(days),
            linestyle="none",
            marker="^",
            markersize=9,
            color=FLAG_COLOR,
            label=short_legend_label(
                axes,
                translate("Charts", "Medicine against your plan"),
                translate("Charts", "Against plan"),
            ),
            gid="rule-breaking-medicines",
        )


def _break_gaps(
    points: Sequence[tuple[date, V | None]], max_gap: int
) -> list[tuple[date, V | None]]:
    """A missing point (None) after each gap longer than ``max_gap`` days: no line across it."""
    broken: list[tuple[date, V | None]] = []
    for index, point in enumerate(points):
        if index and (point[0] - points[index - 1][0]).days > max_gap:
            broken.append((points[index - 1][0] + timedelta(days=1), None))
        broken.append(point)
    return broken


def _nan_or(stats: ScoreStats | None, field: str) -> float:
    return float("nan") if stats is None else float(getattr(stats, field))
