"""Pieces several charts draw: date axes, injection markers, the empty-chart sentence."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

import matplotlib.dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.legend_handler import HandlerTuple
from matplotlib.text import Annotation
from matplotlib.ticker import Formatter, Locator

from recovery_tracker.charts import layout
from recovery_tracker.charts.style import BASE_FONT_SIZE, ChartTheme, new_figure, style_axes
from recovery_tracker.domain.models import SCORE_FIELDS, Injection
from recovery_tracker.domain.recovery import numbered_injections
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

_LABELS = dict(SCORE_FIELDS)
SCORE_AXIS_LABEL = QT_TRANSLATE_NOOP("Charts", "Score (0 = none, 10 = worst imaginable)")


def metric_label(metric: str) -> str:
    return translate("Fields", _LABELS[metric])


# In a legend in short words (see ChartLayout.legend_short).
_SHORT_LABELS = {
    "pain": QT_TRANSLATE_NOOP("Charts", "Pain"),
    "soreness": QT_TRANSLATE_NOOP("Charts", "Soreness"),
    "enjoyment_interference": QT_TRANSLATE_NOOP("Charts", "Enjoyment"),
    "activity_interference": QT_TRANSLATE_NOOP("Charts", "Activity"),
    "sleep": QT_TRANSLATE_NOOP("Charts", "Sleep"),
    "leg_pain": QT_TRANSLATE_NOOP("Charts", "Leg pain"),
}


def metric_short_label(metric: str) -> str:
    return translate("Charts", _SHORT_LABELS[metric])


def injection_label(number: int, injection: Injection) -> str:
    return (
        f"#{number} {translate('Choices', injection.kind)}\n{translate('Choices', injection.site)}"
    )


def fresh_axes(figure: Figure, theme: ChartTheme) -> Axes:
    if layout.layout_of(figure).blank_for == theme and len(figure.axes) == 1:
        layout.reset(figure)  # made by blank_figure just so, and not drawn on since
        return figure.axes[0]
    figure.clear()
    layout.reset(figure)
    figure.set_facecolor(theme.background)
    axes = figure.add_subplot()
    style_axes(axes, theme)
    return axes


def blank_figure(theme: ChartTheme, inches: tuple[float, float], dpi: float) -> Figure:
    """A new figure with its plot made and nothing drawn: the first chart drawn on it with
    ``theme`` (any kind) uses that plot, and draws what it would on a new figure. The first
    chart's process makes it while it waits for the diary's days (ui/chart_process.py)."""
    figure = new_figure(theme, inches)
    figure.set_dpi(dpi)
    fresh_axes(figure, theme)
    layout.layout_of(figure).blank_for = theme
    return figure


def kept_axes(
    figure: Figure, theme: ChartTheme, drawn_as: object, kept: frozenset[str]
) -> tuple[Axes, dict[str, Artist]]:
    """The plot to draw on and the artists of it to update (by gid).

    When ``figure`` was last drawn as ``drawn_as`` (the same chart, theme and series), its
    axes stay; everything drawn on them is taken off, and the artists whose gid is in
    ``kept`` are returned, for the drawer to give them new data and put them back (with
    add_line, add_collection) where a new drawing would add its own: the same order, so the
    same picture. The rest (labels, markers, bands, legend) is drawn again. Else the figure
    is cleared and new axes made."""
    chart = layout.layout_of(figure)
    if chart.drawn_as != drawn_as or drawn_as is None or not figure.axes:
        axes = fresh_axes(figure, theme)
        layout.layout_of(figure).drawn_as = drawn_as
        return axes, {}
    axes = figure.axes[0]
    for other in figure.axes[1:]:  # a twin (right-hand) scale: made again if still wanted
        figure.delaxes(other)
    for artist in (*figure.legends, *figure.texts):
        artist.remove()
    found: dict[str, Artist] = {}
    for artist in (*axes.lines, *axes.collections, *axes.texts, *axes.patches):
        gid = artist.get_gid()
        if gid in kept:
            found[gid] = artist
        artist.remove()
    layout.reset(figure, drawn_as)
    return axes, found


def empty_message(axes: Axes, text: str, theme: ChartTheme) -> None:
    layout.fit(layout.figure_of(axes))
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


def score_axis(axes: Axes, label: str | None = None) -> None:
    axes.set_ylim(-0.3, 10.8)
    axes.set_yticks(range(0, 11, 2))
    text = label or translate("Charts", SCORE_AXIS_LABEL)
    axes.set_ylabel(text, fontsize=BASE_FONT_SIZE)
    chart = layout.layout_of_axes(axes)
    chart.ylabel = text  # fit() wraps it to the plot's height
    chart.ylabel_short = translate("Charts", "Score (0-10)")


class DailyDateLocator(mdates.AutoDateLocator):
    """Ticks on whole days or coarser: a diary has one value a day, so an hour tick ("12:00")
    would only say that the axis is stretched."""

    # matplotlib.dates has no annotations: its methods are named, not reached via super(), so
    # that mypy knows them for matplotlib's (whose untyped calls it accepts).
    def __init__(self, minticks: int, maxticks: int) -> None:
        mdates.AutoDateLocator.__init__(self, minticks=minticks, maxticks=maxticks)

    def get_locator(self, dmin: datetime, dmax: datetime) -> Locator:
        if abs((dmax - dmin).days) < 7:
            most = max(self.maxticks.values())
            locator = mdates.DayLocator(interval=max(1, math.ceil(abs((dmax - dmin).days) / most)))
            locator.set_axis(self.axis)
            return locator
        found: Locator = mdates.AutoDateLocator.get_locator(self, dmin, dmax)
        return found


class DailyDateFormatter(Formatter):
    """Ticks that read as dates: "5 Nov", "12 Nov"; "Nov", "Jan 2026"; "2026". The year is
    written in the first tick and where it changes, never in a separate label that could run
    into the legend, and a day number never stands without its month."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return format_date(mdates.num2date(x).date(), DateStyle.SHORT)

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        days = [mdates.num2date(v).date() for v in values]
        step = min(((b - a).days for a, b in itertools.pairwise(days)), default=1)
        labels = []
        for index, day in enumerate(days):
            new_year = index == 0 or day.year != days[index - 1].year
            if step >= 360:
                labels.append(str(day.year))
            elif step >= 28:
                month = format_date(day, DateStyle.MONTH_SHORT)
                labels.append(
                    translate("Charts", "{month} {year}").format(month=month, year=day.year)
                    if new_year
                    else month
                )
            else:
                style = DateStyle.SHORT if new_year else DateStyle.SHORT_NO_YEAR
                labels.append(format_date(day, style))
        return labels

    def get_offset(self) -> str:
        return ""


def date_axis(axes: Axes, first: date, last: date) -> tuple[date, date]:
    """Days ``first`` to ``last`` on the x axis, with room for the first and last points'
    markers, which would be cut in half at the very edge."""
    if first == last:  # a single day still deserves a readable axis
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    pad = timedelta(days=max(0.6, (last - first).days * 0.02))
    axes.xaxis_date()
    axes.set_xlim(
        mdates.date2num(datetime.combine(first, datetime.min.time()) - pad),
        mdates.date2num(datetime.combine(last, datetime.min.time()) + pad),
    )
    locator = DailyDateLocator(minticks=2, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(DailyDateFormatter())
    axes.tick_params(axis="x", labelsize=layout.TICK_FONT_SIZE)
    layout.layout_of_axes(axes).date_ticks = True
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


RIGHT_PART = 0.72  # past this share of the plot's width a line's label goes on its left


def line_label(
    axes: Axes, x: float, height: float, text: str, theme: ChartTheme, **style: Any
) -> tuple[Annotation, bool]:
    """``text`` at the top of the vertical line at ``x`` (data units), ``height`` a share of
    the plot's height: right of the line, or left of it in the plot's last part, where the
    plot's edge would cut it ("injectio"). Returns the label and whether it went left."""
    low, high = axes.get_xlim()
    on_right = high > low and (x - low) / (high - low) > RIGHT_PART
    label = axes.annotate(
        text,
        xy=(x, height),
        xycoords=("data", "axes fraction"),
        xytext=(-4 if on_right else 4, -4),
        textcoords="offset points",
        ha="right" if on_right else "left",
        va="top",
        fontsize=BASE_FONT_SIZE - 1,
        color=theme.foreground,
        **style,
    )
    return label, on_right


def _label(axes: Axes, number: int, injection: Injection, theme: ChartTheme, compact: bool) -> None:
    at = mdates.date2num(injection.date)
    if compact:
        axes.text(
            at,
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
    label, on_right = line_label(
        axes,
        at,
        # Staggered over three heights, so weekly injections do not print over each other.
        1.0 - 0.11 * ((number - 1) % 3),
        injection_label(number, injection),
        theme,
        bbox={"facecolor": theme.background, "edgecolor": "none", "alpha": 0.8, "pad": 1},
        gid=f"injection-label-{number}",
    )
    # fit() shortens it to "#n" where the next injection is closer than the label is wide.
    layout.layout_of_axes(axes).injection_labels.append(
        layout.InjectionLabel(label, label.get_text(), f"#{number}", at, on_right)
    )


def legend_below(figure: Figure, axes: Axes, theme: ChartTheme) -> None:
    """Below the plot, so it never hides a curve or an injection's label; as many columns as
    the width allows (fit() recounts them on resize)."""
    chart = layout.layout_of(figure)
    handles, labels = axes.get_legend_handles_labels()
    entries: list[Artist | tuple[Artist, Artist]] = list(handles)
    if chart.legend_extra:  # series drawn on a twin (right-hand) axis
        entries, labels = [*entries, *chart.legend_extra[0]], [*labels, *chart.legend_extra[1]]
    # Pairs drawn as one entry (a day's mean and its 7-day mean): a shorter legend that still
    # fits below a narrow chart.
    for first, second, merged in chart.legend_pairs:
        if first in labels and second in labels:
            i, j = labels.index(first), labels.index(second)
            one, other = entries[i], entries[j]
            if isinstance(one, Artist) and isinstance(other, Artist):
                entries[i], labels[i] = (one, other), merged
                del entries[j], labels[j]

    def make_legend(columns: int, shown_labels: list[str]) -> Legend:
        legend = figure.legend(
            # A pair is one entry (drawn by HandlerTuple); the stubs know single artists only.
            cast("list[Artist]", entries),
            shown_labels,
            loc="lower center",
            ncols=columns,
            handler_map={tuple: HandlerTuple(ndivide=None)},
            fontsize=chart.legend_size,
            frameon=False,
            borderaxespad=0.2,
        )
        for text in legend.get_texts():
            text.set_color(theme.foreground)
        return legend

    if entries:
        chart.make_legend, chart.legend_labels = make_legend, list(labels)
    layout.fit(figure)


def footnote(figure: Figure, text: str, theme: ChartTheme, gid: str) -> None:
    """A sentence below the legend, wrapped to the figure's width: never over the plot."""
    chart = layout.layout_of(figure)
    chart.footnote = figure.text(
        0,
        0,
        text,
        ha="left",
        va="bottom",
        fontsize=chart.footnote_size,
        color=theme.foreground,
        gid=gid,
    )
    chart.footnote_text = text


def short_legend_label(axes: Axes, full: str, short: str) -> str:
    """``short`` stands for the legend entry ``full`` where the whole legend would not fit;
    returns ``full``, to be the artist's label."""
    layout.layout_of_axes(axes).legend_short[full] = short
    return full


def title(axes: Axes, text: str, theme: ChartTheme) -> None:
    artist = axes.set_title(text, fontsize=BASE_FONT_SIZE + 2, color=theme.foreground, loc="left")
    chart = layout.layout_of_axes(axes)
    chart.title_artist, chart.title, chart.title_size = artist, text, BASE_FONT_SIZE + 2
