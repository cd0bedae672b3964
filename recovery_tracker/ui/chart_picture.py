"""A chart as plain values: what the patient chose, and the picture drawn from it.

Qt-free, and without matplotlib until a chart is drawn, on purpose: the window's thread,
the background thread and the first chart's own process (ui/chart_process.py) all use
these, and that process must start drawing without loading Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

from recovery_tracker.ui import startup

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_tracker.charts.options import ChartOptions
    from recovery_tracker.domain.medicine_list import MedicineList
    from recovery_tracker.domain.snapshot import DiarySnapshot


@dataclass(frozen=True)
class ChartChoices:
    """What the Progress tab's controls ask the chart to show: period, scores and colours."""

    start: date | None
    end: date | None
    metrics: tuple[str, ...]
    colours: dict[str, str]
    # From the start of the current series (its baseline week) to ``end``: worked out from
    # the diary's lists where the chart is drawn, so the window's thread need not read them.
    series: bool = False


# The scores the window's charts can draw: the Progress tab's boxes (ui/chart_panel.py). The
# first chart's process reads these of each day, no others (ui/chart_process.py).
CHART_SCORES = ("pain", "soreness")


def scores_drawn(choices: ChartChoices) -> tuple[str, ...]:
    """The scores of each day a chart drawn with ``choices`` reads: the ones chosen, and
    pain, which the change-from-baseline chart always draws and the sessions chart when
    none is chosen (charts/baseline.py, charts/sessions.py)."""
    return tuple(dict.fromkeys(("pain", *choices.metrics)))


def chart_options(choices: ChartChoices, snapshot: DiarySnapshot) -> ChartOptions:
    from recovery_tracker.charts.options import ChartOptions
    from recovery_tracker.charts.style import ChartTheme

    theme = ChartTheme(**choices.colours)
    start = choices.start
    if choices.series:  # worked out here, from the lists this chart is drawn from
        from recovery_tracker.domain.chart_range import series_view_start

        first = snapshot.days[0].date if snapshot.days else None
        start = series_view_start(snapshot.injections, first, choices.end or date.max)
    return ChartOptions(start=start, end=choices.end, metrics=choices.metrics, theme=theme)


@dataclass(frozen=True)
class ChartRequest:
    """What the window would draw now. ``locale``: None when the window writes dates in
    English and has no translation loaded (then this process needs no Qt); else the Qt
    locale name whose translation and date names this process loads."""

    data_dir: str
    kind: str
    choices: ChartChoices
    size: tuple[int, int]
    ratio: float
    locale: str | None

    def encode(self) -> bytes:
        import json

        fields = asdict(self)
        choices = fields["choices"]
        for key in ("start", "end"):
            choices[key] = choices[key] and choices[key].isoformat()
        return json.dumps(fields).encode() + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> ChartRequest:
        import json

        fields = json.loads(line)
        choices = fields.pop("choices")
        for key in ("start", "end"):
            choices[key] = choices[key] and date.fromisoformat(choices[key])
        choices["metrics"] = tuple(choices["metrics"])
        fields["size"] = tuple(fields["size"])
        return cls(choices=ChartChoices(**choices), **fields)


@dataclass(frozen=True)
class ChartPixels:
    """A rendered chart: RGBA pixels, ``ratio`` device pixels per widget pixel."""

    pixels: bytes
    width: int
    height: int
    ratio: float


@dataclass(frozen=True)
class RenderedChart:
    """A figure and its pixels, made on the background thread."""

    figure: Figure
    picture: ChartPixels


def render_chart(
    kind: str,
    snapshot: DiarySnapshot,
    choices: ChartChoices,
    size: tuple[int, int],
    ratio: float,
    figure: Figure | None = None,
) -> RenderedChart:
    """Draw chart ``kind`` for a widget of ``size`` (device-independent pixels) and render
    it. Runs on the background thread. ``figure``, the one on screen, is drawn on again: its
    axes and score lines are updated rather than made anew (charts/timeline.py); while this
    runs, no other thread touches it."""
    startup.import_matplotlib_2d()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from recovery_tracker.charts import CHARTS
    from recovery_tracker.charts.style import new_figure

    options = chart_options(choices, snapshot)
    inches = (size[0] / 100, size[1] / 100)
    if figure is None:
        figure = new_figure(options.theme, inches)
    else:
        figure.set_size_inches(inches, forward=False)
    figure.set_dpi(100 * ratio)  # sharp on high-density screens, same layout in inches
    CHARTS[kind][1](figure, snapshot, options)
    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else None
    canvas = canvas or FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    width, height = int(renderer.width), int(renderer.height)
    return RenderedChart(figure, ChartPixels(bytes(canvas.buffer_rgba()), width, height, ratio))


def blank_figure_for(choices: ChartChoices, size: tuple[int, int], ratio: float) -> Figure:
    """The figure render_chart would make for these, with its plot made ahead: drawn on by
    render_chart, it gives the same picture (charts/common.blank_figure)."""
    startup.import_matplotlib_2d()
    from recovery_tracker.charts.common import blank_figure
    from recovery_tracker.charts.style import ChartTheme

    return blank_figure(ChartTheme(**choices.colours), (size[0] / 100, size[1] / 100), 100 * ratio)


def find_fonts_ahead() -> None:
    """Have matplotlib find the font of each size the charts write in now, not while they
    are drawn (charts/fonts.py)."""
    from recovery_tracker.charts.fonts import find_fonts
    from recovery_tracker.charts.style import BASE_FONT_SIZE

    find_fonts(range(BASE_FONT_SIZE - 2, BASE_FONT_SIZE + 3))


def snapshot_for_charts(lists: Mapping[str, object], medicines: MedicineList) -> DiarySnapshot:
    """The diary's lists as read for the first chart (DiaryService.read_everything without
    the check-ins: the charts draw the daily summaries; in the first chart's own process,
    without the medicine checks: the charts draw only the days a dose broke a rule)."""
    from recovery_tracker.domain.snapshot import DiarySnapshot

    checks = lists.get("checks")
    return DiarySnapshot(
        lists["injections"],  # type: ignore[arg-type]
        [],
        lists["plans"],  # type: ignore[arg-type]
        lists["medications"],  # type: ignore[arg-type]
        lists["appointments"],  # type: ignore[arg-type]
        medicines,
        None if checks is None else list(checks),  # type: ignore[call-overload]
        list(lists["days"]),  # type: ignore[call-overload]
        lists["impressions"],  # type: ignore[arg-type]
        events=lists["events"],  # type: ignore[arg-type]
        breaking_days=lists.get("rule_breaking_days"),  # type: ignore[arg-type]
    )
