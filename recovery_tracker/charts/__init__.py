"""Pure matplotlib Figure builders. Used by the on-screen canvas and every export alike."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from recovery_tracker.charts.baseline import draw_baseline
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.sessions import draw_sessions
from recovery_tracker.charts.style import new_figure
from recovery_tracker.charts.timeline import draw_timeline
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP

Drawer = Callable[[Figure, DiarySnapshot, ChartOptions], None]

CHARTS: dict[str, tuple[str, Drawer]] = {
    "timeline": (QT_TRANSLATE_NOOP("ChartPanel", "Timeline"), draw_timeline),
    "sessions": (QT_TRANSLATE_NOOP("ChartPanel", "Sessions compared"), draw_sessions),
    "baseline": (QT_TRANSLATE_NOOP("ChartPanel", "Change from baseline"), draw_baseline),
}


def build_figure(
    kind: str,
    snapshot: DiarySnapshot,
    options: ChartOptions | None = None,
    size: tuple[float, float] = (8.0, 4.5),
) -> Figure:
    """A new Figure of chart ``kind`` ("timeline", "sessions" or "baseline")."""
    figure = new_figure(options.theme if options else ChartOptions().theme, size)
    CHARTS[kind][1](figure, snapshot, options or ChartOptions())
    return figure
