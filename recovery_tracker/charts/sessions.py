"""Sessions compared: each injection's recovery curve from its own day 0, one line each."""

from __future__ import annotations

from typing import Literal

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from recovery_tracker.charts.common import (
    empty_message,
    fresh_axes,
    legend_below,
    line_label,
    metric_label,
    metric_short_label,
    score_axis,
    short_legend_label,
    title,
)
from recovery_tracker.charts.layout import layout_of_axes
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import BASE_FONT_SIZE, SESSION_COLORS, SESSION_MARKERS
from recovery_tracker.charts.timeline import MAX_JOINED_GAP_DAYS
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import session_curves
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

MAX_SESSIONS = 8


def _broken_at_gaps(points: list[tuple[int, float]]) -> tuple[list[float], list[float]]:
    """x and y with a NaN after each gap of more than MAX_JOINED_GAP_DAYS days, as on the
    timeline: a line across days nobody logged reads as if they had been logged."""
    xs: list[float] = []
    ys: list[float] = []
    for index, (day, value) in enumerate(points):
        if index and day - points[index - 1][0] > MAX_JOINED_GAP_DAYS:
            xs.append(points[index - 1][0] + 0.5)
            ys.append(float("nan"))
        xs.append(day)
        ys.append(value)
    return xs, ys


EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "Charts", "Record an injection and log a few days after it\nto compare your sessions here."
)


def session_label(number: int, kind: str, date_text: str) -> str:
    return translate("Charts", "Injection {number} ({kind}, {day})").format(
        number=number, kind=translate("Choices", kind), day=date_text
    )


# Each injection has its colour and marker; each score its line style (as in the timeline).
METRIC_LINES: dict[str, Literal["-", "--", ":"]] = {"pain": "-", "soreness": "--"}


def draw_sessions(figure: Figure, snapshot: DiarySnapshot, options: ChartOptions) -> None:
    theme = options.theme
    axes = fresh_axes(figure, theme)
    metrics = options.metrics or ("pain",)
    by_metric = {
        metric: {
            c.number: c
            for c in session_curves(snapshot.days, snapshot.injections, metric)
            if c.points
            and (options.start is None or c.injection.date >= options.start)
            and (options.end is None or c.injection.date <= options.end)
        }
        for metric in metrics
    }
    numbers = sorted({n for curves in by_metric.values() for n in curves})
    if not numbers:
        empty_message(axes, translate("Charts", EMPTY_MESSAGE), theme)
        return
    shown = numbers[-MAX_SESSIONS:]  # more curves than this are a tangle, not a comparison
    handles: list[Line2D] = []
    for index, number in enumerate(shown):
        color = SESSION_COLORS[index % len(SESSION_COLORS)]
        marker = SESSION_MARKERS[index % len(SESSION_MARKERS)]
        injection = next(c[number].injection for c in by_metric.values() if number in c)
        for metric in metrics:
            curve = by_metric[metric].get(number)
            if curve is None:
                continue
            axes.plot(
                *_broken_at_gaps(curve.points),
                color=color,
                marker=marker,
                markersize=4,
                linewidth=2,
                linestyle=METRIC_LINES.get(metric, ":"),
                gid=f"session-{number}-{metric}",
            )
        handles.append(
            Line2D(
                [],
                [],
                color=color,
                marker=marker,
                markersize=4,
                linewidth=2,
                label=short_legend_label(
                    axes,
                    session_label(
                        number, injection.kind, format_date(injection.date, DateStyle.SHORT)
                    ),
                    translate("Charts", "Injection {number}").format(number=number),
                ),
            )
        )
    drawn = [m for m in metrics if by_metric[m]]
    if len(drawn) > 1:  # which line style is which score
        handles += [
            Line2D(
                [],
                [],
                color=theme.foreground,
                linewidth=1.5,
                linestyle=METRIC_LINES.get(metric, ":"),
                label=short_legend_label(axes, metric_label(metric), metric_short_label(metric)),
            )
            for metric in drawn
        ]
    layout_of_axes(axes).legend_extra = (list(handles), [str(h.get_label()) for h in handles])
    axes.axvline(0, color=theme.injection, linewidth=1.5, linestyle=(0, (4, 3)), gid="day-zero")
    # Near the right edge (a recent injection: few days after it) it goes left of the line.
    line_label(axes, 0, 1.0, translate("Charts", "injection day"), theme)
    axes.set_xlabel(translate("Charts", "Days since the injection"), fontsize=BASE_FONT_SIZE)
    if len(metrics) == 1:
        score_axis(
            axes,
            translate("Charts", "{metric}, daily mean (0-10)").format(
                metric=metric_label(metrics[0])
            ),
        )
        heading = translate("Charts", "{metric} after each injection").format(
            metric=metric_label(metrics[0])
        )
    else:
        score_axis(axes, translate("Charts", "Daily mean (0 = none, 10 = worst imaginable)"))
        heading = translate("Charts", "Pain and soreness after each injection")
    if len(shown) < len(numbers):
        heading += " " + translate("Charts", "(the last {shown} of {all})").format(
            shown=len(shown), all=len(numbers)
        )
    title(axes, heading, theme)
    legend_below(figure, axes, theme)
