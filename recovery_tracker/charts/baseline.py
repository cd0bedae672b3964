"""Change from baseline: weekly pain against the baseline and the two thresholds that make a
change meaningful (2 points, 30 %)."""

from __future__ import annotations

import matplotlib.dates as mdates
from matplotlib.figure import Figure

from recovery_tracker.charts.common import (
    date_axis,
    empty_message,
    footnote,
    fresh_axes,
    injection_markers,
    legend_below,
    metric_label,
    metric_short_label,
    score_axis,
    short_legend_label,
    title,
)
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import SERIES_STYLE
from recovery_tracker.domain.chart_range import series_baseline_period
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import (
    MEANINGFUL_PERCENT,
    MEANINGFUL_POINTS,
    daily_series,
    means_back_from,
    summarise,
)
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate

MARKED_WEEKS = 104
EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "Charts",
    "Not enough entries yet to compare with your baseline.\n"
    "Your baseline is your pain in the week before your first injection.",
)


def draw_baseline(figure: Figure, snapshot: DiarySnapshot, options: ChartOptions) -> None:
    theme = options.theme
    axes = fresh_axes(figure, theme)
    metric = "pain"
    series = daily_series(snapshot.days, metric)
    if not series:
        empty_message(axes, translate("Charts", EMPTY_MESSAGE), theme)
        return
    first = options.start or min(series)
    last = options.end or max(series)
    summary = summarise(
        snapshot.days,
        snapshot.injections,
        first=first,
        last=last,
        metric=metric,
        # the baseline of the series on view, as the report has it
        baseline_period=options.baseline_period
        or series_baseline_period(snapshot.injections, last),
    )
    if summary.baseline is None or summary.latest is None:  # no day after the baseline yet
        empty_message(axes, translate("Charts", EMPTY_MESSAGE), theme)
        return
    first, last = date_axis(axes, first, last)
    # the periods of the sentence's "last 7 days", back from it: its number is the last point
    weeks = means_back_from(series, summary.latest_period, first)
    style = SERIES_STYLE[metric]
    axes.plot(
        mdates.date2num([w.middle for w in weeks]),
        [w.mean for w in weeks],
        color=style["color"],
        # a marker a week reads on months; on years it is a smear that costs every redraw
        marker="o" if len(weeks) <= MARKED_WEEKS else "",
        linewidth=2.5,
        label=short_legend_label(
            axes,
            translate("Charts", "{metric}, weekly mean").format(metric=metric_label(metric)),
            translate("Charts", "{metric}, weekly").format(metric=metric_short_label(metric)),
        ),
        gid="weekly-pain",
    )
    baseline = summary.baseline
    lines = (
        (
            baseline,
            "-",
            translate("Charts", "Baseline {value}").format(value=f"{baseline:.1f}"),
            "baseline",
        ),
        (
            baseline - MEANINGFUL_POINTS,
            "--",
            translate("Charts", "{points} points better ({value})").format(
                points=f"{MEANINGFUL_POINTS:.0f}", value=f"{baseline - MEANINGFUL_POINTS:.1f}"
            ),
            "threshold-points",
        ),
        (
            baseline * (1 - MEANINGFUL_PERCENT / 100),
            ":",
            translate("Charts", "{percent} % better ({value})").format(
                percent=f"{MEANINGFUL_PERCENT:.0f}",
                value=f"{baseline * (1 - MEANINGFUL_PERCENT / 100):.1f}",
            ),
            "threshold-percent",
        ),
    )
    shorter = {  # without the levels, which the score axis shows
        "threshold-points": translate("Charts", "{points} points better").format(
            points=f"{MEANINGFUL_POINTS:.0f}"
        ),
        "threshold-percent": translate("Charts", "{percent} % better").format(
            percent=f"{MEANINGFUL_PERCENT:.0f}"
        ),
    }
    for level, linestyle, label, gid in lines:
        short_legend_label(axes, label, shorter.get(gid, label))
        axes.axhline(
            level, color=theme.foreground, linestyle=linestyle, linewidth=1.3, label=label, gid=gid
        )
    injection_markers(axes, snapshot.injections, first, last, theme)
    score_axis(axes)
    if summary.change is not None:  # below the legend: inside the plot it would hide a week
        footnote(figure, summary.change.sentence(), theme, "change-summary")
    title(axes, translate("Charts", "Change from your baseline"), theme)
    legend_below(figure, axes, theme)
