"""Progress: the chart on screen. The figure comes from charts/, exactly as exports draw it.

matplotlib's Qt backend is imported only when the chart is first needed, after the window is
up, so the Today form never waits for it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from recovery_tracker.domain.recovery import daily_summaries
from recovery_tracker.ui.live_diary import LiveDiary

RANGES: tuple[tuple[str, int | None], ...] = (
    ("All", None),
    ("Last 30 days", 30),
    ("Last 90 days", 90),
    ("Last year", 365),
)


class ChartPanel(QWidget):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.canvas = None  # FigureCanvasQTAgg once loaded
        self.figure = None
        self.range_combo = QComboBox(self)
        self.range_combo.setAccessibleName("Time range shown in the chart")
        for label, days in RANGES:
            self.range_combo.addItem(label, days)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        range_label = QLabel("&Show:", self)
        range_label.setBuddy(self.range_combo)
        controls = QHBoxLayout()
        controls.addWidget(range_label)
        controls.addWidget(self.range_combo)
        controls.addStretch(1)
        self.placeholder = QLabel("Loading chart…", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.placeholder, 1)
        diary.changed.connect(self.redraw)

    def ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from recovery_tracker.charts.style import new_figure

        self.figure = new_figure()
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setAccessibleName("Progress chart: pain and soreness over time")
        self.canvas.setMinimumSize(320, 240)
        self._layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()
        self.redraw()

    def redraw(self) -> None:
        if self.canvas is None:
            return
        from recovery_tracker.charts.progress import draw_progress

        days = self.range_combo.currentData()
        start = None if days is None else self.diary.clock().date() - timedelta(days=days - 1)
        end = None if days is None else self.diary.clock().date()
        draw_progress(
            self.figure,
            daily_summaries(self.diary.checkins()),
            self.diary.injections(),
            start=start,
            end=end,
        )
        self.canvas.draw_idle()
