"""The charts on screen. Figures come from charts/, exactly as exports draw them.

matplotlib's Qt backend is imported only when the chart is first needed, after the window is
up, so the Today form never waits for it.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, translate
from recovery_tracker.ui import startup_trace
from recovery_tracker.ui.live_diary import (
    CHECKINS,
    EVENTS,
    IMPRESSIONS,
    INJECTIONS,
    MEDICATIONS,
    LiveDiary,
)
from recovery_tracker.ui.qt_values import qdate_to_date, to_qdate
from recovery_tracker.ui.translation import qt_date_format

if TYPE_CHECKING:  # matplotlib is imported when the chart is first shown
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from recovery_tracker.charts.options import ChartOptions
    from recovery_tracker.charts.style import ChartTheme

CHART_KINDS = (
    (QT_TRANSLATE_NOOP("ChartPanel", "Timeline"), "timeline"),
    (QT_TRANSLATE_NOOP("ChartPanel", "Sessions compared"), "sessions"),
    (QT_TRANSLATE_NOOP("ChartPanel", "Change from baseline"), "baseline"),
)
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ChartPanel", "All"), None),
    (QT_TRANSLATE_NOOP("ChartPanel", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("ChartPanel", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("ChartPanel", "Last year"), 365),
    # After the fixed spans, so their places (which bench/ uses) stay as they were.
    (QT_TRANSLATE_NOOP("ChartPanel", "Current series"), -2),
    (QT_TRANSLATE_NOOP("ChartPanel", "Custom…"), -1),
)
CUSTOM, SERIES = -1, -2


_DRAWN = frozenset((CHECKINS, INJECTIONS, MEDICATIONS, IMPRESSIONS, EVENTS))


def _import_matplotlib_2d() -> None:
    """Import matplotlib without its 3D toolkit, which it loads only to register a "3d"
    projection (about 40 ms of a patient's start-up). Our charts are all 2D. If matplotlib
    is already loaded, or loads differently one day, nothing changes but the time."""
    if "matplotlib.projections" in sys.modules or "mpl_toolkits.mplot3d" in sys.modules:
        return
    sys.modules["mpl_toolkits.mplot3d"] = None  # type: ignore[assignment]  # import fails fast
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Unable to import Axes3D": that is the point
            import matplotlib.projections  # noqa: F401
    finally:
        del sys.modules["mpl_toolkits.mplot3d"]  # a later, deliberate import works as usual


class ChartPanel(QWidget):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.canvas: FigureCanvasQTAgg | None = None  # once loaded
        self._redraw_pending = False
        self._restoring_range = False
        self.figure: Figure | None = None
        self.kind_combo = self._combo(CHART_KINDS, translate("ChartPanel", "Chart"))
        self.range_combo = self._combo(
            RANGES, translate("ChartPanel", "Time range shown in the chart")
        )
        today = diary.today()
        self.start_edit = self._date_edit(
            today - timedelta(days=89), translate("ChartPanel", "From date of the chart")
        )
        self.end_edit = self._date_edit(today, translate("ChartPanel", "To date of the chart"))
        self.metric_boxes = {}
        for metric, text in (
            ("pain", translate("ChartPanel", "&Pain")),
            ("soreness", translate("ChartPanel", "&Soreness")),
        ):
            box = QCheckBox(text, self)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.redraw())
            self.metric_boxes[metric] = box
        self.export_button = QPushButton(translate("ChartPanel", "E&xport chart…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        # Two rows, so the panel stays narrow enough beside the Today form with large text.
        choose = QHBoxLayout()
        for label, widget in (
            (translate("ChartPanel", "C&hart:"), self.kind_combo),
            (translate("ChartPanel", "S&how:"), self.range_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            choose.addWidget(caption)
            choose.addWidget(widget, 1)
        choose.addWidget(self.start_edit)
        choose.addWidget(self.end_edit)
        refine = QHBoxLayout()
        for box in self.metric_boxes.values():
            refine.addWidget(box)
        refine.addStretch(1)
        refine.addWidget(self.export_button)
        controls = QVBoxLayout()
        controls.addLayout(choose)
        controls.addLayout(refine)
        self.placeholder = QLabel(translate("ChartPanel", "Loading chart…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.placeholder, 1)
        self._show_custom(False)
        diary.changed.connect(lambda kinds: self.redraw() if kinds & _DRAWN else None)

    def _combo(self, items: Iterable[tuple[str, object]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for label, data in items:
            combo.addItem(translate("ChartPanel", label), data)
        combo.currentIndexChanged.connect(lambda _i: self._on_choice())
        return combo

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_date_format(DateStyle.SHORT))
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self._on_dates())
        return edit

    def _show_custom(self, visible: bool) -> None:
        self.start_edit.setVisible(visible)
        self.end_edit.setVisible(visible)

    def _on_choice(self) -> None:
        self._show_custom(self.range_combo.currentData() == CUSTOM)
        self._remember_range()
        self.redraw()

    def _on_dates(self) -> None:
        if self.range_combo.currentData() == CUSTOM:
            self._remember_range()
        self.redraw()

    def _remember_range(self) -> None:
        if self._restoring_range:
            return
        days = self.range_combo.currentData()
        value = "all" if days is None else str(days)
        if days == CUSTOM:
            first, last = qdate_to_date(self.start_edit.date()), qdate_to_date(self.end_edit.date())
            value = f"custom:{first.isoformat()}:{last.isoformat()}"
        self.diary.save_settings(replace(self.diary.settings(), chart_range=value))

    def restore_range(self) -> None:
        """The patient's last choice; else the current series for a diary of many years."""
        self._restoring_range = True
        try:
            self._restore_range()
        finally:
            self._restoring_range = False

    def _restore_range(self) -> None:
        saved = self.diary.settings().chart_range
        days: int | None = None
        if saved is None:
            from recovery_tracker.domain.chart_range import default_chart_start

            snapshot = self.diary.snapshot()
            first = snapshot.days[0].date if snapshot.days else None
            if default_chart_start(snapshot.injections, first, self.diary.today()):
                days = SERIES
        elif saved.startswith("custom:"):
            try:
                start, end = (date.fromisoformat(d) for d in saved.split(":")[1:3])
                days = CUSTOM
            except ValueError:
                days = None
            else:
                self.start_edit.setDate(to_qdate(start))
                self.end_edit.setDate(to_qdate(end))
        elif saved != "all":
            days = int(saved) if saved.lstrip("-").isdigit() else None
        self.range_combo.setCurrentIndex(max(0, self.range_combo.findData(days)))

    def options(self) -> ChartOptions:
        from recovery_tracker.charts.options import ChartOptions

        days = self.range_combo.currentData()
        today = self.diary.today()
        if days == CUSTOM:
            start, end = qdate_to_date(self.start_edit.date()), qdate_to_date(self.end_edit.date())
        elif days is None:
            start, end = None, None
        elif days == SERIES:
            from recovery_tracker.domain.chart_range import series_view_start

            snapshot = self.diary.snapshot()
            first = snapshot.days[0].date if snapshot.days else None
            start, end = series_view_start(snapshot.injections, first, today), None
        else:
            start, end = today - timedelta(days=days - 1), today
        metrics = tuple(m for m, box in self.metric_boxes.items() if box.isChecked())
        return ChartOptions(start=start, end=end, metrics=metrics, theme=self.theme())

    def theme(self) -> ChartTheme:
        """Chart colours from the window's palette, so a dark desktop gets a dark chart."""
        from recovery_tracker.charts.style import ChartTheme

        palette = self.palette()
        return ChartTheme(
            background=palette.base().color().name(),
            foreground=palette.text().color().name(),
            grid=palette.mid().color().name(),
            injection=palette.placeholderText().color().name(),
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop switched light/dark
            self.redraw()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        _import_matplotlib_2d()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from recovery_tracker.charts.style import new_figure, refit

        figure = self.figure = new_figure()
        canvas = self.canvas = FigureCanvasQTAgg(figure)
        canvas.setAccessibleName(translate("ChartPanel", "Chart of your recovery"))
        canvas.setMinimumSize(320, 240)
        canvas.mpl_connect("resize_event", lambda _event: refit(figure))
        self.restore_range()
        self._layout.replaceWidget(self.placeholder, canvas)
        self.placeholder.deleteLater()
        if startup_trace.MODE:
            canvas.mpl_connect("draw_event", lambda _event: self._traced_draw())
        self.redraw_now()

    def _traced_draw(self) -> None:
        startup_trace.mark("chart")
        if startup_trace.quit_after_chart():
            QApplication.quit()

    def redraw(self) -> None:
        """Redraw soon, once: several changes in a row (or a save) cost one redraw, after the
        click has returned."""
        if self.canvas is None or self._redraw_pending:
            return
        self._redraw_pending = True
        QTimer.singleShot(0, self, self.redraw_now)

    def redraw_now(self) -> None:
        self._redraw_pending = False
        if self.canvas is None or self.figure is None:
            return
        from recovery_tracker.charts import CHARTS

        CHARTS[self.kind()][1](self.figure, self.diary.snapshot(), self.options())
        self.canvas.draw_idle()

    def export(self, path: Path | None = None) -> Path | None:
        from dataclasses import replace

        from recovery_tracker.charts.style import LIGHT
        from recovery_tracker.exchange.chart_files import ExportError, export_chart
        from recovery_tracker.storage.database import StorageError

        if path is None:
            from recovery_tracker.ui.file_dialogs import choose_save_path

            path = choose_save_path(
                self,
                translate("ChartPanel", "Export chart"),
                f"recovery-{self.kind()}.png",
                translate(
                    "ChartPanel", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
                ),
            )
            if path is None:
                return None
        try:
            # Files are for paper and doctors' screens: always the light theme.
            options = replace(self.options(), theme=LIGHT)
            saved = export_chart(self.kind(), self.diary.snapshot(), path, options)
        except (ExportError, StorageError) as error:
            QMessageBox.warning(
                self, translate("ChartPanel", "Could not export the chart"), str(error)
            )
            return None
        from recovery_tracker.ui.widgets import tell

        tell(self, translate("ChartPanel", "✓ Chart saved to {path}.").format(path=saved))
        return saved
