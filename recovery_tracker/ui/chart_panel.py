"""The charts on screen. Figures come from charts/, exactly as exports draw them.

The window never waits for a chart: matplotlib is imported, and every figure built and
rendered, on the background thread (ui/background.py); the finished picture is handed to a
plain widget that only paints it. Until the first picture is ready the panel says "Loading
chart…"; while a new one is being made the previous one stays on screen. While the Progress
tab is hidden no chart work is done at all: the chart is brought up to date when it shows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, translate
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui import startup, startup_trace
from recovery_tracker.ui.chart_picture import (
    ChartChoices,
    ChartPixels,
    ChartRequest,
    RenderedChart,
    chart_options,
    render_chart,
    snapshot_for_charts,
)
from recovery_tracker.ui.first_read import read_checkins_next
from recovery_tracker.ui.live_diary import (
    CHECKINS,
    EVENTS,
    IMPRESSIONS,
    INJECTIONS,
    MEDICATIONS,
    LiveDiary,
)
from recovery_tracker.ui.now_fields import DayStepDateEdit, FollowsClock
from recovery_tracker.ui.qt_values import qdate_to_date, to_qdate
from recovery_tracker.ui.translation import qt_date_format

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_tracker.charts.options import ChartOptions
    from recovery_tracker.charts.style import ChartTheme

    # The background thread's code (socket, queue, thread pool: ~6 ms) loads with the first
    # chart, after the window's first paint (tests/ui/test_first_paint_imports.py).
    from recovery_tracker.ui.background import BackgroundTask

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


RESIZE_SETTLE_MS = 80  # one new picture after the patient stops dragging the window edge
MINIMUM = QSize(320, 240)


class ChartView(QWidget):
    """Shows the last rendered chart; stretched for a moment while a resize re-renders it."""

    def __init__(self, panel: ChartPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._image = QImage()
        self.setAccessibleName(translate("ChartPanel", "Chart of your recovery"))
        self.setMinimumSize(MINIMUM)
        self.setProperty("noticesMayCover", True)  # a reminder's card may lie over it
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(RESIZE_SETTLE_MS)
        self._resized.timeout.connect(panel.redraw)

    def show_chart(self, chart: ChartPixels) -> None:
        image = QImage(chart.pixels, chart.width, chart.height, QImage.Format.Format_RGBA8888)
        self._image = image.copy()  # owns its pixels: ``chart.pixels`` may go
        self._image.setDevicePixelRatio(chart.ratio)
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self._image)
        painter.end()
        if startup_trace.MODE:
            QTimer.singleShot(0, lambda: startup_trace.mark("chart"))  # once painted

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if event.size() != self._image.deviceIndependentSize().toSize():
            self._resized.start()  # the picture was made for another size


class ChartPanel(QWidget):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.canvas: ChartView | None = None  # once the first chart (or picture) is ready
        self.first_done = False  # this process's first chart is on screen
        self._first_job_started = False
        self.figure: Figure | None = None  # the one on screen
        self._started = False
        self._redraw_pending = False  # a new chart is wanted and not on screen yet
        self._job: BackgroundTask | None = None
        self._again = False  # something changed while the running job was drawing
        self._stale = False  # something changed while the chart was hidden
        self._restoring_range = False
        self.kind_combo = self._combo(CHART_KINDS, translate("ChartPanel", "Chart"))
        self.range_combo = self._combo(
            RANGES, translate("ChartPanel", "Time range shown in the chart")
        )
        today = diary.today()
        self.start_edit = self._date_edit(
            today - timedelta(days=89), translate("ChartPanel", "From date of the chart")
        )
        self.end_edit = self._date_edit(today, translate("ChartPanel", "To date of the chart"))
        # A range that ends today goes on ending today when the day changes (window left
        # open overnight); one that ends on a chosen day stays. Moving it redraws the chart,
        # also for "Last 30 days" and the other periods counted from today.
        self.end_follows_today = FollowsClock(diary.clock, self.end_edit, None, self)
        self.end_follows_today.start()
        self.metric_boxes = {}
        for metric, text in (
            ("pain", translate("ChartPanel", "&Pain")),
            ("soreness", translate("ChartPanel", "So&reness")),  # Alt+S: Save check-in
        ):
            box = QCheckBox(text, self)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.redraw())
            self.metric_boxes[metric] = box
        self.export_button = QPushButton(translate("ChartPanel", "E&xport chart…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        # One choice a row, the custom dates on a row of their own: side by side they made
        # the window 861 px wide at least (more than an 800x600 screen) and squeezed the
        # boxes until "Change from baseline" read "Change fro".
        choose = QGridLayout()
        for row, (label, widget) in enumerate(
            (
                (translate("ChartPanel", "&Chart:"), self.kind_combo),  # Alt+H: the Help menu
                (translate("ChartPanel", "Per&iod:"), self.range_combo),
            )
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            choose.addWidget(caption, row, 0)
            choose.addWidget(widget, row, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.end_edit)
        choose.addLayout(dates, 2, 1)
        choose.setColumnStretch(2, 1)
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
        self._changes = 0  # writes so far: lists read on the background thread before one are old
        diary.changed.connect(self._on_diary_changed)

    def _combo(self, items: Iterable[tuple[str, object]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never cut
        for label, data in items:
            combo.addItem(translate("ChartPanel", label), data)
        combo.currentIndexChanged.connect(lambda _i: self._on_choice())
        return combo

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = DayStepDateEdit(to_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_date_format(DateStyle.SHORT))
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self._on_dates())
        return edit

    def _show_custom(self, visible: bool) -> None:
        self.start_edit.setVisible(visible)
        self.end_edit.setVisible(visible)

    def _on_choice(self) -> None:
        custom = self.range_combo.currentData() == CUSTOM
        if not custom:
            # Every other period ends today: the end field follows the clock again, so the
            # chart moves on at midnight even after a custom range that ended on another day.
            self.end_follows_today.start()
        self._show_custom(custom)
        self._remember_range()
        self.redraw()

    def _on_dates(self) -> None:
        if self.end_edit.date() == to_qdate(self.diary.today()):
            self.end_follows_today.start()  # to today again, by the patient or a restore
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

            # The first day logged and the injections: two small reads, not the whole diary.
            try:
                first, today = self.diary.first_checkin_date(), self.diary.today()
                if default_chart_start(self.diary.injections(), first, today):
                    days = SERIES
            except StorageError as error:  # a damaged diary: the chart's own read says so
                self.diary.unreadable_met(error)
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
        return chart_options(self.choices(), self.diary.snapshot())

    def choices(self) -> ChartChoices:
        """What the patient chose, as plain values: the background thread turns them into
        ChartOptions, so the window's thread never imports matplotlib (charts/ does)."""
        days = self.range_combo.currentData()
        today = self.diary.today()
        if days == CUSTOM:
            start, end = qdate_to_date(self.start_edit.date()), qdate_to_date(self.end_edit.date())
        elif days is None:
            # To today, as every other period: a medicine, an event or an injection after the
            # last check-in is drawn, and "the last 7 days" are the same 7 days everywhere.
            start, end = None, today
        elif days == SERIES:  # its start is worked out where the chart is drawn
            start, end = None, today
        else:
            start, end = today - timedelta(days=days - 1), today
        metrics = tuple(m for m, box in self.metric_boxes.items() if box.isChecked())
        return ChartChoices(start, end, metrics, self.colours(), series=days == SERIES)

    def theme(self) -> ChartTheme:
        """Chart colours from the window's palette, so a dark desktop gets a dark chart."""
        from recovery_tracker.charts.style import ChartTheme

        return ChartTheme(**self.colours())

    def colours(self) -> dict[str, str]:
        palette = self.palette()
        return {
            "background": palette.base().color().name(),
            "foreground": palette.text().color().name(),
            "grid": palette.mid().color().name(),
            "injection": palette.placeholderText().color().name(),
        }

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop switched light/dark
            self.redraw()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _on_diary_changed(self, kinds: frozenset[str]) -> None:
        self._changes += 1
        if kinds & _DRAWN:
            self.redraw()

    def ensure_canvas(self) -> None:
        """Start making the first chart (on the background thread); at start-up, this is
        called once the Today form has been painted. The diary's lists are read there too,
        and kept for the other views (History, reminders) if nothing changed meanwhile.

        If the command line started a process for the first chart (ui/chart_process.py), it
        is asked first, and this process's own first chart waits for its picture: on a
        computer with two cores, the two would otherwise take turns on the second one."""
        if self._started:
            return
        self._started = True
        self._redraw_pending = True
        self.restore_range()  # the patient's last range, before drawing
        if not self._ask_chart_process():
            self._make_first_chart()

    def _make_first_chart(self) -> None:
        if self._first_job_started or not shiboken6.isValid(self):
            return
        self._first_job_started = True
        # What the patient sees now: a change meanwhile (the period, a save) asked for no
        # redraw of its own, the first chart being still to come.
        kind, choices, size, ratio = self._drawn_now()
        diary, medicines, changes = self.diary, self.diary.medicines, self._changes

        def first_chart() -> tuple[dict[str, object], RenderedChart, int]:
            # The diary is read on a thread of its own meanwhile matplotlib loads here: SQLite
            # lets go of Python's lock while it works, so the two overlap (50-150 ms sooner at
            # 10-30 years). That thread touches neither matplotlib nor the window's connection.
            # Not the check-ins: making years of them competed with matplotlib's import for
            # Python's lock; they are read next (ui/first_read.py). The file's pages are
            # checked there too, if no save has checked them yet (ui/startup.py, note 10).
            read: dict[str, dict[str, object]] = {}
            failed: list[Exception] = []

            def read_lists() -> None:
                try:
                    read["lists"] = diary.read_everything(checkins=False)
                except Exception as error:  # raised in this job below (damaged pages, say)
                    failed.append(error)

            reader = threading.Thread(target=read_lists, name="recovery-tracker-first-read")
            reader.start()
            startup.import_matplotlib_2d()
            import recovery_tracker.charts  # noqa: F401  # the chart's own modules, while reading

            reader.join()
            if failed:
                raise failed[0]
            lists = read["lists"]
            snapshot = snapshot_for_charts(lists, medicines)
            return lists, render_chart(kind, snapshot, choices, size, ratio), changes

        self._start(first_chart, self._show_first)
        read_checkins_next(self.diary)  # the background thread's next job

    def _ask_chart_process(self) -> bool:
        """Ask the first chart's own process, if the command line started one, for the
        chart as it is to be drawn now; False if there is none to ask."""
        from recovery_tracker.ui import chart_process

        process = chart_process.take()
        if process is None:
            return False
        from recovery_tracker.ui.translation import locale_for_charts_without_qt

        kind, choices, size, ratio = self._drawn_now()
        request = ChartRequest(
            str(self.diary.data_dir), kind, choices, size, ratio, locale_for_charts_without_qt()
        )
        asked = (*self._drawn_now(), self._changes)
        process.ask(request, lambda picture: self._show_first_picture(picture, asked))
        # A process that is slow to answer (a busy computer) is not waited for long.
        QTimer.singleShot(chart_process.ANSWER_WITHIN_MS, self, self._make_first_chart)
        return True

    def _show_first_picture(self, picture: ChartPixels | None, asked: tuple[object, ...]) -> None:
        """The chart process's picture, unless this process's own came first, or the patient
        has meanwhile changed what the chart shows (or its size, or the diary). Then this
        process makes its own first chart, the one it keeps up to date."""
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile
        now = (*self._drawn_now(), self._changes)
        self._make_first_chart()  # first: its size is the placeholder's, laid out already
        if picture is not None and self.canvas is None and now == asked:
            self._make_canvas().show_chart(picture)

    def _show_first(self, result: tuple[dict[str, object], RenderedChart, int]) -> None:
        lists, chart, changes = result
        if changes == self._changes:  # nothing written since they were read
            self.diary.adopt(lists)
        else:
            self._again = True  # drawn from what was there before the write
        self._show(chart)

    def _drawn_now(self) -> tuple[str, ChartChoices, tuple[int, int], float]:
        """The chart as it is to be drawn now: kind, choices, size and pixel ratio."""
        return self.kind(), self.choices(), self._size(), self.devicePixelRatioF()

    def _size(self) -> tuple[int, int]:
        area = self.canvas if self.canvas is not None else self.placeholder
        size = area.size().expandedTo(MINIMUM)
        return size.width(), size.height()

    def _start(self, work, done, after_paint: bool = False) -> None:  # type: ignore[no-untyped-def]
        from recovery_tracker.ui.background import BackgroundTask  # see TYPE_CHECKING above

        job = BackgroundTask(work, self)
        job.finished.connect(done)
        job.failed.connect(self._failed)
        self._job = job
        if after_paint:
            job.start_after_paint()
        else:
            job.start()

    def is_busy(self) -> bool:
        """A chart is being made, or waits to be: what is on screen is not the latest."""
        return self._redraw_pending

    def redraw(self) -> None:
        """Redraw soon, once: several changes in a row (or a save) cost one redraw, after the
        click has returned; none while the chart is hidden."""
        if not self._started:
            return
        if not self.isVisible():
            self._stale = True
            return
        if self._job is not None:  # the picture being made is outdated: one more after it
            self._again = self._redraw_pending = True
            return
        if self._redraw_pending:
            return
        self._redraw_pending = True
        QTimer.singleShot(0, self, self.redraw_now)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.redraw()

    def redraw_now(self) -> None:
        """Hand the chart as it should be now to the background thread."""
        if self._job is not None:
            self._again = True  # the running job's picture is outdated: one more after it
            return
        if self.diary.is_written_apart():
            # An import or a restore is writing the whole diary on the background thread: a
            # chart queued behind it would show the diary before it, drawn just as the window
            # takes the new lists (competing with it for Python's lock). Drawn once it is over.
            self.diary.when_written_apart(self, self.redraw_now)
            return
        from recovery_tracker.ui.background import snapshot_for_background

        size, ratio, figure = self._size(), self.devicePixelRatioF(), self.figure
        try:
            snapshot = snapshot_for_background(self.diary.snapshot(), checkins=False)
        except StorageError as error:  # a damaged diary: said, and drawn again once restored
            self._cannot_draw(error)
            return
        kind, choices = self.kind(), self.choices()
        # After the window has painted what changed (the Today panel after a save or an
        # import): see BackgroundTask.start_after_paint.
        self._start(
            lambda: render_chart(kind, snapshot, choices, size, ratio, figure),
            self._show,
            after_paint=True,
        )

    def _show(self, chart: RenderedChart) -> None:
        self._finish_job()
        self.figure = chart.figure
        if not self.first_done:
            self.first_done = True
            startup.resume_garbage_collection()  # the start-up is over: see ui/startup.py
        self._make_canvas().show_chart(chart.picture)

    def _make_canvas(self) -> ChartView:
        if self.canvas is None:
            self.canvas = ChartView(self)
            self._layout.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.deleteLater()
        return self.canvas

    def _failed(self, error: Exception) -> None:
        self.figure = None  # perhaps half drawn on: the next chart starts on a new one
        if isinstance(error, StorageError):  # the diary could not be read: said, not drawn
            self._again = False
            self._finish_job()
            startup.resume_garbage_collection()  # no first chart to wait for
            self._cannot_draw(error)
            return
        self._finish_job()
        raise error  # as if drawn here: the same traceback a redraw on this thread gave

    def _cannot_draw(self, error: StorageError) -> None:
        """The diary could not be read for the chart: the window says why; the next change
        (a restore) draws it again."""
        self._redraw_pending = False
        if self.canvas is None:
            self.placeholder.setText(
                translate("ChartPanel", "No chart: your diary file could not be read.")
            )
        self.diary.unreadable.emit(error)  # the window says it (MainWindow.tell_unreadable)

    def _finish_job(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        if self._again and self.isVisible():
            self._again = False
            self.redraw_now()
        else:
            self._stale = self._stale or self._again  # hidden (or closed) meanwhile
            self._again = self._redraw_pending = False

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
