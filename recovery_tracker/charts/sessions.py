"""Sessions compared: each injection's recovery curve from its own day 0, one line each."""

from __future__ import annotations

from matplotlib.figure import Figure

from recovery_tracker.charts.common import (
    empty_message,
    fresh_axes,
    legend_below,
    metric_label,
    score_axis,
    title,
)
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import BASE_FONT_SIZE, SESSION_COLORS, SESSION_MARKERS
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import session_curves
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

MAX_SESSIONS = 8
EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "Charts", "Record an injection and log a few days after it\nto compare your sessions here."
)


def session_label(number: int, kind: str, date_text: str) -> str:
    return translate("Charts", "Injection {number} ({kind}, {day})").format(
        number=number, kind=translate("Choices", kind), day=date_text
    )


def draw_sessions(figure: Figure, snapshot: DiarySnapshot, options: ChartOptions) -> None:
    theme = options.theme
    axes = fresh_axes(figure, theme)
    metric = options.metrics[0] if options.metrics else "pain"
    curves = [
        c
        for c in session_curves(snapshot.days, snapshot.injections, metric)
        if c.points
        and (options.start is None or c.injection.date >= options.start)
        and (options.end is None or c.injection.date <= options.end)
    ]
    if not curves:
        empty_message(axes, translate("Charts", EMPTY_MESSAGE), theme)
        return
    shown = curves[-MAX_SESSIONS:]  # more curves than this are a tangle, not a comparison
    for index, curve in enumerate(shown):
        injection = curve.injection
        axes.plot(
            [p[0] for p in curve.points],
            [p[1] for p in curve.points],
            label=session_label(
                curve.number, injection.kind, format_date(injection.date, DateStyle.SHORT)
            ),
            color=SESSION_COLORS[index % len(SESSION_COLORS)],
            marker=SESSION_MARKERS[index % len(SESSION_MARKERS)],
            markersize=4,
            linewidth=2,
            gid=f"session-{curve.number}",
        )
    axes.axvline(0, color=theme.injection, linewidth=1.5, linestyle=(0, (4, 3)), gid="day-zero")
    axes.annotate(
        translate("Charts", "injection day"),
        xy=(0, 1.0),
        xycoords=("data", "axes fraction"),
        xytext=(4, -4),
        textcoords="offset points",
        va="top",
        fontsize=BASE_FONT_SIZE - 1,
        color=theme.foreground,
    )
    axes.set_xlabel(translate("Charts", "Days since the injection"), fontsize=BASE_FONT_SIZE)
    score_axis(axes)
    axes.set_ylabel(
        translate("Charts", "{metric}, daily mean (0-10)").format(metric=metric_label(metric)),
        fontsize=BASE_FONT_SIZE,
    )
    heading = translate("Charts", "{metric} after each injection").format(
        metric=metric_label(metric)
    )
    if len(shown) < len(curves):
        heading += " " + translate("Charts", "(the last {shown} of {all})").format(
            shown=len(shown), all=len(curves)
        )
    title(axes, heading, theme)
    legend_below(figure, axes, theme)
