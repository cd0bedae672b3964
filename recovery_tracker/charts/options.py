"""What the patient chose to see: chart range, metrics, theme, baseline period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recovery_tracker.charts.style import LIGHT, ChartTheme
from recovery_tracker.domain.statistics import Period

DEFAULT_METRICS = ("pain", "soreness")


@dataclass(frozen=True, slots=True)
class ChartOptions:
    """How a chart is drawn: period, scores, colours and the baseline to compare with."""

    start: date | None = None
    end: date | None = None
    metrics: tuple[str, ...] = DEFAULT_METRICS
    theme: ChartTheme = LIGHT
    baseline_period: Period | None = None
    rolling_mean: bool = True
