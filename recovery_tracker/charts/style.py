"""Colours and type shared by every chart.

Okabe-Ito colours: distinguishable with the common kinds of colour blindness, and each series
also differs in marker and line style so the chart survives black-and-white printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypedDict

from matplotlib import rcParams
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from recovery_tracker.charts.fonts import use_fallback_fonts
from recovery_tracker.charts.layout import ChartFigure

use_fallback_fonts()  # once, before any chart is drawn
# Text is drawn as typed: matplotlib reads what stands between two dollar signs (in a site, an
# event, a medicine) as maths, which turned "$\alpha^2$" into α² and stopped the whole chart
# at maths it could not read ("$\frac{$"). None of our own texts is maths.
rcParams["text.parse_math"] = False


class SeriesStyle(TypedDict):
    color: str
    marker: str
    linestyle: Literal["-", "--", ":", "-."]


SERIES_STYLE: dict[str, SeriesStyle] = {
    "pain": {"color": "#D55E00", "marker": "o", "linestyle": "-"},
    "soreness": {"color": "#0072B2", "marker": "s", "linestyle": "--"},
    "enjoyment_interference": {"color": "#CC79A7", "marker": "^", "linestyle": ":"},
    "activity_interference": {"color": "#009E73", "marker": "v", "linestyle": "-."},
    "sleep": {"color": "#56B4E9", "marker": "D", "linestyle": ":"},
}
INJECTION_COLOR = "#555555"
BASE_FONT_SIZE = 11


@dataclass(frozen=True, slots=True)
class ChartTheme:
    """Foreground and background, so charts can follow a light or dark window palette."""

    background: str = "#ffffff"
    foreground: str = "#222222"
    grid: str = "#d9d9d9"
    injection: str = INJECTION_COLOR


LIGHT = ChartTheme()


def new_figure(theme: ChartTheme = LIGHT, size: tuple[float, float] = (8.0, 4.5)) -> Figure:
    return ChartFigure(figsize=size, dpi=100, facecolor=theme.background)


def refit(figure: Figure) -> None:
    """Lay the figure out again for its current size (call on resize)."""
    from recovery_tracker.charts.layout import fit

    fit(figure)


def style_axes(axes: Axes, theme: ChartTheme) -> None:
    axes.set_facecolor(theme.background)
    axes.tick_params(colors=theme.foreground, labelsize=BASE_FONT_SIZE)
    for spine in axes.spines.values():
        spine.set_color(theme.grid)
    axes.xaxis.label.set_color(theme.foreground)
    axes.yaxis.label.set_color(theme.foreground)
    axes.title.set_color(theme.foreground)
    axes.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)


# One colour and marker per injection in the sessions chart (Okabe-Ito order).
SESSION_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
SESSION_MARKERS = ("o", "s", "^", "D", "v", "P", "X")
