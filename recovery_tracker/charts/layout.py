"""Where the plot, its title, legend and footnote go, for the figure's current size.

Fixed margins computed here instead of matplotlib's constrained layout, which measures every
text on every draw (most of a redraw's time with years of data). Text widths are estimated
from their length, generously, so that at every size from the export down to the smallest
canvas each text is whole and none runs into another. Call ``fit`` again on every resize.
"""

from __future__ import annotations

import math
import textwrap
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text

from recovery_tracker.charts.fonts import fall_back_where_needed

# Inches.
MARGIN_RIGHT, GAP = 0.2, 0.08
TICK_LABELS_BELOW = 0.42  # the x tick labels and the ticks themselves
LEGEND_ROW = 0.2  # 9 pt and half a line between rows
# An average character of DejaVu/Noto Sans is about 0.55 em; a little more, to be safe.
CHAR_EM = 0.62
LINE_SPACING = 1.3
TICK_FONT_SIZE = 10
NARROW = 4.5  # inches
# A date tick needs about this much room ("30 Nov 2026" and a gap).
DATE_TICK_WIDTH = 1.15
# The legend and footnote never take more than this share of the height; a legend that
# would is left out rather than drawn over the plot.
MAX_BELOW_SHARE = 0.58
# Nor do they leave the plot less than this (inches; 800x600 keeps its legend, at 0.87). At
# 150 % scaling on a 1366x768 screen the canvas is 5.2 x 2.4 inches, and the change-from-
# baseline chart's sentence and legend left a plot of 0.6 inch; now the sentence stays and the
# legend goes, and the plot has 1.1.
MIN_PLOT_HEIGHT = 0.8
# A legend in short words is shown only where the plot keeps this much.
READABLE_PLOT_HEIGHT = 1.1
# A figure lower than this gets the smaller title too (it is height the plot needs).
SHORT = 3.0
# Below this plot height an injection's two-line label ("#1 PRP / Lumbar facet joint") would
# lie over a quarter of the curves: it is written "#1".
FULL_LABEL_PLOT_HEIGHT = 2.2


@dataclass(frozen=True, slots=True)
class InjectionLabel:
    """An injection's label on the timeline, in its long and short wording."""

    artist: Text
    full: str
    short: str
    at: float  # the injection's date as a matplotlib date number
    on_right: bool  # the label is drawn to the left of its line


@dataclass(slots=True)
class ChartLayout:
    """What ``fit`` needs to place again after a resize; set up by the chart's drawer."""

    right_margin: float = MARGIN_RIGHT
    title_artist: Text | None = None  # the left-hand title, as set_title returned it
    title: str = ""
    title_size: float = 13.0
    ylabel: str = ""
    ylabel_size: float = 11.0
    ylabel_short: str = ""
    legend: Legend | None = None
    legend_columns: int = 0  # of ``legend``, as made
    legend_size: float = 9.0
    legend_labels: list[str] = field(default_factory=list)
    # Shorter words for an entry ("Pain" for "Pain now: daily, 7-day mean"), used where the
    # whole legend would not fit (the window at 150 % on a laptop): a legend in short words
    # explains the chart, a hidden one does not.
    legend_short: dict[str, str] = field(default_factory=dict)
    legend_shown_labels: list[str] = field(default_factory=list)  # of ``legend``, as made
    # Builds the legend with so many columns and these labels (a legend cannot change its
    # columns once made).
    make_legend: Callable[[int, list[str]], Legend] | None = None
    footnote: Text | None = None
    footnote_text: str = ""
    footnote_size: float = 10.0
    date_ticks: bool = False
    injection_labels: list[InjectionLabel] = field(default_factory=list)
    # Series drawn on a twin (right-hand) axis, listed in the legend after the main axis's.
    legend_extra: tuple[list[Artist], list[str]] | None = None
    # Series listed as one entry: (first label, second label, the entry's label).
    legend_pairs: list[tuple[str, str, str]] = field(default_factory=list)
    # What the plot was drawn as (chart, theme, series): a drawer given a figure drawn with the
    # same key updates its lines instead of building the axes again (see charts/common.py).
    drawn_as: object = None
    # The theme of the figure's one plot, made ahead with nothing drawn on it (blank_figure
    # in charts/common.py): the next chart drawn with that theme draws on it.
    blank_for: object = None


class ChartFigure(Figure):
    """A figure that carries its chart's layout: our own class, so no attribute is patched
    onto matplotlib's objects. (A table beside the figures kept every figure alive: the
    layout refers to the figure's artists, so a weak key never died; the soak test's memory
    grew by a megabyte a redraw.)"""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.chart_layout = ChartLayout()

    def draw(self, renderer: Any) -> None:
        # Here, on every backend (screen, PNG, SVG, PDF), with every text as it is drawn.
        fall_back_where_needed(self)
        super().draw(renderer)


# Figures made elsewhere (a test's plain Figure): kept beside them, for as long as they live.
_OTHER_LAYOUTS: weakref.WeakKeyDictionary[Figure, ChartLayout] = weakref.WeakKeyDictionary()


def layout_of(figure: Figure) -> ChartLayout:
    if isinstance(figure, ChartFigure):
        return figure.chart_layout
    found = _OTHER_LAYOUTS.get(figure)
    if found is None:
        found = _OTHER_LAYOUTS[figure] = ChartLayout()
    return found


def reset(figure: Figure, drawn_as: object = None) -> ChartLayout:
    fresh = ChartLayout(drawn_as=drawn_as)
    if isinstance(figure, ChartFigure):
        figure.chart_layout = fresh
    else:
        _OTHER_LAYOUTS[figure] = fresh
    return fresh


def figure_of(axes: Axes) -> Figure:
    figure = axes.figure
    if not isinstance(figure, Figure):  # a subfigure: the charts never make one
        raise TypeError("charts are drawn on a whole figure")
    return figure


def layout_of_axes(axes: Axes) -> ChartLayout:
    return layout_of(figure_of(axes))


def text_width(text: str, size: float) -> float:
    """Estimated width in inches of the longest line of ``text`` at ``size`` points."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    return longest * size * CHAR_EM / 72


def line_height(size: float) -> float:
    return size * LINE_SPACING / 72


def wrap(text: str, width: float, size: float) -> str:
    """``text`` broken into lines that fit ``width`` inches (existing line breaks kept)."""
    columns = max(8, int(width * 72 / (size * CHAR_EM)))
    return "\n".join(
        textwrap.fill(line, columns, break_long_words=False) or line for line in text.splitlines()
    )


def legend_columns(labels: list[str], size: float, width: float) -> int:
    """As many columns as fit ``width`` inches, each as wide as the widest entry."""
    if not labels:
        return 1
    em = size / 72
    entry = max(text_width(label, size) for label in labels) + 2.8 * em  # handle and its gap
    columns = int((width - 1.0 * em + 2.0 * em) / (entry + 2.0 * em))  # 2 em between columns
    return max(1, min(len(labels), columns))


def fit(figure: Figure) -> None:
    """Place the plot and everything around it for the figure's current size."""
    layout = layout_of(figure)
    width, height = (float(v) for v in figure.get_size_inches())
    if not figure.axes:
        return
    axes = figure.axes[0]

    def title_height(shown: bool) -> float:
        if not (layout.title and shown):
            return GAP + 0.1
        # A narrow or short chart (the window at 800x600, or at 150 % scaling) gets a smaller
        # title; so does one that would take two lines at full size: a line is plot height.
        room = width - 0.9 - GAP
        size = layout.title_size
        if width < NARROW or height < SHORT or text_width(layout.title, size) > room:
            size = layout.title_size - 2
        title = wrap(layout.title, room, size)
        if layout.title_artist is not None:
            layout.title_artist.set_text(title)
            layout.title_artist.set_fontsize(size)
        return GAP + title.count("\n") * line_height(size) + 0.35

    below = TICK_LABELS_BELOW + (0.22 if axes.get_xlabel() else 0.0)
    top = title_height(True)

    def leaves_room(below_plot: float, plot_at_least: float = MIN_PLOT_HEIGHT) -> bool:
        """Whether the plot keeps its room with ``below_plot`` inches under its tick labels."""
        return (
            below + below_plot <= MAX_BELOW_SHARE * height
            and height - top - below - below_plot >= plot_at_least - 1e-6  # sums of floats
        )

    footnote_height = 0.0
    if layout.footnote is not None:
        note = wrap(layout.footnote_text, width - 2 * GAP, layout.footnote_size)
        layout.footnote.set_text(note)
        footnote_height = (note.count("\n") + 1) * line_height(layout.footnote_size) + GAP
        # the sentence before the legend: it says what the chart shows in words
        shown = leaves_room(footnote_height)
        layout.footnote.set_visible(shown)
        footnote_height = footnote_height if shown else 0.0
        layout.footnote.set_position((GAP / width, GAP / 2 / height))

    legend_height = 0.0
    title_shown = True
    if layout.make_legend is not None:
        full = layout.legend_labels
        short = [layout.legend_short.get(label, label) for label in full]
        with_title, without_title = top, title_height(False)
        # The whole legend; else in short words, if the plot keeps a readable height: under
        # the title, else in place of it (the window names the chart beside it, in its Chart
        # box); else none.
        tries = [(full, with_title, MIN_PLOT_HEIGHT)]
        if short != full:
            tries += [(short, with_title, READABLE_PLOT_HEIGHT)]
            if layout.title:
                tries += [(short, without_title, READABLE_PLOT_HEIGHT)]
        chosen: tuple[list[str], int] | None = None
        for labels, top_height, plot_at_least in tries:
            top = top_height
            columns = legend_columns(labels, layout.legend_size, width - 2 * GAP)
            rows = math.ceil(len(labels) / columns)
            legend_height = rows * LEGEND_ROW + GAP
            if leaves_room(legend_height + footnote_height, plot_at_least):
                chosen, title_shown = (labels, columns), top_height == with_title
                break
        else:
            top = with_title
        if layout.legend is not None and (
            chosen is None or (layout.legend_shown_labels, layout.legend_columns) != chosen
        ):
            layout.legend.remove()
            layout.legend = None
        if chosen is not None and layout.legend is None:
            labels, columns = chosen
            layout.legend = layout.make_legend(columns, labels)
            layout.legend_shown_labels, layout.legend_columns = list(labels), columns
        if layout.legend is not None:
            layout.legend.set_bbox_to_anchor((0.5, footnote_height / height), figure.transFigure)
        else:
            legend_height = 0.0
    if layout.title_artist is not None:
        layout.title_artist.set_visible(title_shown)

    bottom = below + legend_height + footnote_height
    plot_height = max(0.3, height - top - bottom)

    left = 0.4
    if layout.ylabel:
        ylabel = wrap(layout.ylabel, plot_height, layout.ylabel_size)
        if ylabel.count("\n") > 1 and layout.ylabel_short:  # a short plot: say it briefly
            ylabel = layout.ylabel_short
        axes.yaxis.label.set_text(ylabel)
        left += (ylabel.count("\n") + 1) * line_height(layout.ylabel_size)
        # A score every 2 points needs about 0.2 inch each; in a short plot every 5.
        axes.set_yticks(range(0, 11, 2 if plot_height >= 1.3 else 5))
    right = layout.right_margin
    figure.subplots_adjust(
        left=min(0.45, left / width),
        right=max(0.55, 1 - right / width),
        top=max(0.3, 1 - top / height),
        bottom=min(0.65, bottom / height),
    )
    plot_width = max(0.5, width - left - right)
    if layout.date_ticks:
        _date_tick_count(axes, plot_width)
    if layout.injection_labels:
        _shorten_crowded_labels(axes, layout.injection_labels, plot_width, plot_height)


def _shorten_crowded_labels(
    axes: Axes, labels: list[InjectionLabel], plot_width: float, plot_height: float
) -> None:
    """Full labels ("#1 PRP / Lumbar facet joint") only where they reach neither the next
    injection's line nor the plot's edge, in a plot high enough for them to leave the curves
    readable; elsewhere the number alone."""
    high_enough = plot_height >= FULL_LABEL_PLOT_HEIGHT
    low, high = axes.get_xlim()
    span = (high - low) or 1.0
    places = sorted(label.at for label in labels)
    for label in labels:
        # inches to the plot's edge or the nearest line, on the side the label is drawn
        edge = label.at - low if label.on_right else high - label.at
        room = edge / span * plot_width
        for other in places:
            gap = (other - label.at) / span * plot_width
            if label.on_right and gap < 0:
                room = min(room, -gap)
            elif not label.on_right and gap > 0:
                room = min(room, gap)
        fits = text_width(label.full, float(label.artist.get_fontsize())) + 0.1 <= room
        label.artist.set_text(label.full if fits and high_enough else label.short)


def _date_tick_count(axes: Axes, plot_width: float) -> None:
    locator = axes.xaxis.get_major_locator()
    most = max(2, int(plot_width / DATE_TICK_WIDTH) + 1)
    if isinstance(locator, AutoDateLocator) and isinstance(locator.maxticks, dict):
        locator.maxticks = dict.fromkeys(locator.maxticks, most)
        # Ask for at least half as many: else 90 days get only three month ticks on a wide
        # chart where weekly ones ("1 Sep", "15 Sep") would fit.
        locator.minticks = max(2, most // 2)
