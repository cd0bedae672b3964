"""Pieces several charts draw: date axes, injection markers, the empty-chart sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from recovery_tracker.charts.style import (
    BASE_FONT_SIZE,
    MARGIN_RIGHT,
    ChartTheme,
    fit_margins,
    style_axes,
)
from recovery_tracker.domain.models import SCORE_FIELDS, Injection
from recovery_tracker.domain.recovery import numbered_injections
from recovery_tracker.domain.text import (
    QT_TRANSLATE_NOOP,
    DateStyle,
    english_dates_replaced,
    format_date,
    translate,
)

_LABELS = dict(SCORE_FIELDS)
SCORE_AXIS_LABEL = QT_TRANSLATE_NOOP("Charts", "Score (0 = none, 10 = worst imaginable)")


def metric_label(metric: str) -> str:
    return translate("Fields", _LABELS[metric])


def injection_label(number: int, injection: Injection) -> str:
    return (
        f"#{number} {translate('Choices', injection.kind)}\n{translate('Choices', injection.site)}"
    )


def fresh_axes(figure: Figure, theme: ChartTheme) -> Axes:
    figure.clear()
    figure._right_margin = MARGIN_RIGHT  # type: ignore[attr-defined]
    figure.set_facecolor(theme.background)
    axes = figure.add_subplot()
    style_axes(axes, theme)
    return axes


def empty_message(axes: Axes, text: str, theme: ChartTheme) -> None:
    fit_margins(axes.figure)  # type: ignore[arg-type]
    axes.set_axis_off()
    axes.text(
        0.5,
        0.5,
        text,
        ha="center",
        va="center",
        transform=axes.transAxes,
        fontsize=BASE_FONT_SIZE + 2,
        color=theme.foreground,
        wrap=True,
    )


def score_axis(axes: Axes) -> None:
    axes.set_ylim(-0.3, 10.8)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel(translate("Charts", SCORE_AXIS_LABEL), fontsize=BASE_FONT_SIZE)


_ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


class LocalDateFormatter(mdates.ConciseDateFormatter):
    """Matplotlib writes month names in English; this puts them in the patient's language."""

    def format_ticks(self, values):  # type: ignore[no-untyped-def]
        return [_local_months(label) for label in super().format_ticks(values)]

    def get_offset(self) -> str:
        return _local_months(super().get_offset())


def _local_months(text: str) -> str:
    if not text or not english_dates_replaced():
        return text
    return _ENGLISH_MONTHS.sub(
        lambda m: format_date(
            datetime.strptime(m.group(1), "%b").date().replace(year=2001),
            DateStyle.MONTH_SHORT,
        ),
        text,
    )


def date_axis(axes: Axes, first: date, last: date) -> tuple[date, date]:
    if first == last:  # a single day still deserves a readable axis
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    axes.set_xlim(first, last)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(LocalDateFormatter(locator))
    return first, last


# More injections than this in view and each gets its number only ("#12"): full labels would
# pile up unreadably (and each costs a text layout to draw).
FULL_LABELS_UP_TO = 8


def injection_markers(
    axes: Axes, injections: Sequence[Injection], first: date, last: date, theme: ChartTheme
) -> None:
    visible = [n for n in numbered_injections(injections) if first <= n.injection.date <= last]
    if not visible:
        return
    # All marker lines in one collection: one artist to draw instead of one per injection.
    axes.vlines(
        mdates.date2num([n.injection.date for n in visible]),
        0,
        1,
        transform=axes.get_xaxis_transform(),
        colors=theme.injection,
        linewidths=1.5,
        linestyles=(0, (4, 3)),
        gid="injection-markers",
    )
    compact = len(visible) > FULL_LABELS_UP_TO
    room = (last - first).days / 18  # compact labels closer than this would overlap
    previous: date | None = None
    for numbered in visible:
        day = numbered.injection.date
        if compact and previous is not None and (day - previous).days < room:
            continue
        _label(axes, numbered.number, numbered.injection, theme, compact)
        previous = day


def _label(axes: Axes, number: int, injection: Injection, theme: ChartTheme, compact: bool) -> None:
    # Near the right edge the label goes on the left of its line, so it stays inside the plot.
    low, high = axes.get_xlim()
    at = mdates.date2num(injection.date)
    on_right = high > low and (at - low) / (high - low) > 0.72
    # Stagger labels over three heights, so weekly injections do not print over each other.
    height = 1.0 - 0.11 * ((number - 1) % 3)
    if compact:
        axes.text(
            injection.date,
            1.0 - 0.05 * ((number - 1) % 2),
            f"#{number}",
            transform=axes.get_xaxis_transform(),
            ha="center",
            va="top",
            fontsize=BASE_FONT_SIZE - 2,
            color=theme.foreground,
            gid=f"injection-label-{number}",
        )
        return
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


def legend_below(figure: Figure, axes: Axes, theme: ChartTheme) -> None:
    """Below the plot, so it never hides a curve or an injection's label."""
    handles, labels = axes.get_legend_handles_labels()
    extra = getattr(axes, "legend_extra", None)  # series drawn on a twin (right-hand) axis
    if extra:
        handles, labels = [*handles, *extra[0]], [*labels, *extra[1]]
    width = figure.get_size_inches()[0]
    columns = min(len(handles), 3 if width >= 9.5 else 2 if width >= 5.5 else 1) or 1
    fit_margins(figure, legend_rows=-(-len(handles) // columns))
    if not handles:
        return
    legend = figure.legend(
        handles,
        labels,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.01),
        ncols=columns,
        fontsize=BASE_FONT_SIZE - 2,
        frameon=False,
    )
    for text in legend.get_texts():
        text.set_color(theme.foreground)


def title(axes: Axes, text: str, theme: ChartTheme) -> None:
    axes.set_title(text, fontsize=BASE_FONT_SIZE + 2, color=theme.foreground, loc="left")
