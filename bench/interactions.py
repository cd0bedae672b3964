"""Timings inside one running app on a prepared diary; prints one JSON line. Used by run.py.

Every operation is started from the running event loop and timed until its result has been
painted, with the longest event-loop stall meanwhile (bench/probe.py); each is repeated and
the median kept. Where the issue defines a floor (the least any app could do for the same
result), the floor runs interleaved with the operation, so both see the same machine.
"""

from __future__ import annotations

import csv
import gc
import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from bench.probe import PaintWatch, StallProbe, Timing, timed


def median(timings: list[Timing]) -> dict[str, float]:
    return {
        "ms": statistics.median(t.ms for t in timings),
        "stall_ms": statistics.median(t.stall_ms for t in timings),
        "worst_stall_ms": max(t.stall_ms for t in timings),
    }


def chart_settled(window) -> Callable[[], bool]:  # type: ignore[no-untyped-def]
    chart = window.chart

    def settled() -> bool:
        busy = getattr(chart, "is_busy", lambda: False)()
        return chart.canvas is not None and not chart._redraw_pending and not busy

    return settled


def open_and_settle(folder: Path, probe: StallProbe, startup_done: bool = False):  # type: ignore[no-untyped-def]
    """A shown window with its first chart drawn and the check-ins read just after it
    (ui/first_read.py: History opened before they arrive waits for them, a start-up matter
    not timed as History's); with ``startup_done``, also after its start-up's background
    work (reminders, the daily backup), so none of it is timed with the operation measured
    next."""
    from PySide6.QtWidgets import QApplication

    from recovery_tracker.ui.app import open_window
    from recovery_tracker.ui.first_read import checkins_pending

    window = open_window(folder)
    window.show()
    chart = chart_settled(window)

    def settled() -> bool:
        background = window._background
        started = not startup_done or (background is not None and not background.isActive())
        return chart() and started and not checkins_pending(window.diary)

    deadline = time.monotonic() + 60
    while not settled() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    timed(lambda: None, settled, None, probe)
    return window


def close(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.today.form.reset(window.diary.clock())
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    # Gone now, as a patient's closed window is: deleteLater() outside an event loop would
    # wait for one that never comes, and each kept window counted in the peak memory.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # And its garbage collected now, as a patient's closed window's process has exited:
    # left to the collector, a whole window's years of lists were swept during whatever was
    # measured next (a restore at 30 years stalled 100-200 ms on a window no patient has).
    gc.collect()


def measure_saves(window, probe: StallProbe, repeats: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Pick two scores, press Save: until the confirmation is painted (what the patient
    waits for), and until the chart beside it shows the new check-in; stalls include the
    work a save leaves queued behind it."""
    today = window.today
    confirmation = PaintWatch(today.confirmation)
    chart_watch = PaintWatch(window.chart.canvas)
    shown, charted = [], []
    for i in range(repeats):
        today.form.scores["pain"].setValue(i % 11)
        today.form.scores["soreness"].setValue((i + 3) % 11)
        shown.append(
            timed(today.save_button.click, lambda: True, confirmation, probe, settle_ms=150)
        )
        today.form.scores["pain"].setValue((i + 5) % 11)
        charted.append(timed(today.save_button.click, chart_settled(window), chart_watch, probe))
    # With the Progress tab hidden (History open), a save must not pay for the chart.
    window.tabs.setCurrentIndex(1)
    hidden = []
    for i in range(repeats):
        today.form.scores["pain"].setValue(i % 11)
        hidden.append(
            timed(today.save_button.click, lambda: True, confirmation, probe, settle_ms=150)
        )
    window.tabs.setCurrentIndex(0)
    timed(lambda: None, chart_settled(window), None, probe)
    return {
        "save": median(shown),
        "save_chart_updated": median(charted),
        "save_chart_hidden": median(hidden),
    }


def measure_ranges(window, probe: StallProbe, repeats: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    combo = window.chart.range_combo
    watch = PaintWatch(window.chart.canvas)
    result = {}
    for label, index in (("range_30_days", 1), ("range_1_year", 3), ("range_all", 0)):
        runs = []
        for _ in range(repeats):
            other = 2 if index != 2 else 1
            timed(lambda o=other: combo.setCurrentIndex(o), chart_settled(window), watch, probe)
            runs.append(
                timed(lambda i=index: combo.setCurrentIndex(i), chart_settled(window), watch, probe)
            )
        result[label] = median(runs)
    return result


def measure_tab_switches(window, probe: StallProbe, repeats: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Switching between built tabs, Progress last so the chart shows again."""
    _built = (window.medicines, window.history)  # built first: watch the real tabs
    runs = []
    for _ in range(repeats):
        for index in (2, 1, 0):
            target = window.tabs.widget(index)
            watch = PaintWatch(target) if index else PaintWatch(window.chart.canvas)
            done = chart_settled(window) if index == 0 else (lambda: True)
            runs.append(timed(lambda i=index: window.tabs.setCurrentIndex(i), done, watch, probe))
    return {"tab_switch": median(runs)}


def history_rows(folder: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(folder / "diary.sqlite3") as connection:
        return connection.execute(
            "SELECT date, time, pain, soreness, enjoyment_interference, activity_interference,"
            " sleep, notes FROM checkins ORDER BY date DESC, time DESC"
        ).fetchall()


def bare_table(rows_of: Callable[[], list[tuple[object, ...]]]):  # type: ignore[no-untyped-def]
    """The floor for History: a plain QTableView over a minimal model of the same rows."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    NO_PARENT = QModelIndex()

    class Rows(QAbstractTableModel):
        def __init__(self, rows: list[tuple[object, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=NO_PARENT) -> int:  # type: ignore[no-untyped-def]
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=NO_PARENT) -> int:  # type: ignore[no-untyped-def]
            return 0 if parent.isValid() else 8

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    view = QTableView()
    view.setModel(Rows(rows_of()))
    view.resize(700, 600)
    return view


def first_paint_of_table(show: Callable[[], object], probe: StallProbe) -> Timing:
    """Time ``show()`` (which returns the table view it shows) until the table is painted."""
    seen: dict[str, bool] = {}

    def start() -> None:
        view = show()
        watch = PaintWatch(view.viewport())  # type: ignore[attr-defined]
        watch.listener = lambda: seen.setdefault("painted", True)
        view.viewport().update()  # type: ignore[attr-defined]

    return timed(start, lambda: "painted" in seen, None, probe)


def measure_history(folder: Path, probe: StallProbe, repeats: int) -> dict[str, object]:
    """History's first opening in a fresh window, interleaved with the bare table."""
    from PySide6.QtWidgets import QTableView

    app_runs, floor_runs = [], []
    for _ in range(repeats):
        views: list[QTableView] = []

        def show_floor(views: list[QTableView] = views) -> QTableView:
            views.append(bare_table(lambda: history_rows(folder)))
            views[0].show()
            return views[0]

        floor_runs.append(first_paint_of_table(show_floor, probe))
        views[0].close()
        window = open_and_settle(folder, probe)

        def open_history(window=window) -> QTableView:  # type: ignore[no-untyped-def]
            window.tabs.setCurrentIndex(1)
            return window.history.findChild(QTableView)  # type: ignore[no-any-return]

        app_runs.append(first_paint_of_table(open_history, probe))
        close(window)
    return {"history_first_open": median(app_runs), "history_floor": median(floor_runs)}


def floor_report(snapshot, span, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The report's floor: the same three charts saved straight to one PDF."""
    from matplotlib.backends.backend_pdf import PdfPages

    from recovery_tracker.charts import build_figure
    from recovery_tracker.charts.options import ChartOptions

    with PdfPages(path) as pdf:
        for kind in ("timeline", "sessions", "baseline"):
            pdf.savefig(build_figure(kind, snapshot, ChartOptions(start=span[0], end=span[1])))


def floor_import(source: Path, target: Path) -> None:
    """The import's floor: csv.reader and executemany of every file into plain tables."""
    with sqlite3.connect(target) as connection:
        for path in sorted(source.glob("*.csv")):
            with path.open(newline="", encoding="utf-8") as handle:
                reader = csv.reader(handle)
                header = next(reader, [])
                if not header:
                    continue
                columns = ", ".join(f'"c{i}"' for i in range(len(header)))
                table = f'"{path.stem}"'
                connection.execute(f"CREATE TABLE {table} ({columns})")
                marks = ", ".join("?" * len(header))
                connection.executemany(f"INSERT INTO {table} VALUES ({marks})", reader)


def import_files(source: Path, data_dir: Path, templates: list) -> None:  # type: ignore[type-arg]
    """The import alone, as the floor does it: the files into a new diary, in this thread
    (every check, the comparison with the diary and the backup before it included)."""
    from recovery_tracker.exchange.csv_folder import import_csv
    from recovery_tracker.storage.diary import Diary

    diary = Diary.open(data_dir)
    try:
        import_csv(diary, source, now=datetime.now(), templates=templates)
    finally:
        diary.close()


def measure_files(window, probe: StallProbe, repeats: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Report, CSV export and import, backup: through the window, exactly as the patient's
    menu commands run them (on whatever thread they use), each beside its floor."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information = lambda *_args: None  # type: ignore[assignment]  # "Import finished"
    snapshot = window.diary.snapshot()
    span = snapshot.date_range()
    runs: dict[str, list[Timing]] = {
        k: [] for k in ("report", "report_floor", "csv_export", "csv_import", "csv_floor")
    }
    runs["csv_import_files"] = []
    templates = window.diary.templates  # loaded once, as the window does
    runs["backup"], runs["restore"], runs["save_copy"] = [], [], []
    QMessageBox.question = lambda *_args, **_kw: QMessageBox.StandardButton.Yes  # type: ignore[assignment]
    rows = 0
    dialog = window.open_report()
    report_watch = PaintWatch(dialog.message)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        for i in range(repeats):
            runs["report_floor"].append(
                timed(
                    lambda p=scratch / f"f{i}.pdf": floor_report(snapshot, span, p),
                    lambda: True,
                    None,
                    probe,
                )
            )
            # Made on the background thread: done when the dialog has painted "Saved to …".
            runs["report"].append(
                timed(
                    lambda p=scratch / f"r{i}.pdf": dialog.save_pdf(p),
                    lambda p=scratch / f"r{i}.pdf": not dialog.is_busy() and p.exists(),
                    report_watch,
                    probe,
                )
            )
            folder = scratch / f"csv{i}"
            runs["csv_export"].append(
                timed(lambda f=folder: window.export_csv(f), lambda: True, None, probe)
            )
            rows = sum(1 for path in folder.glob("*.csv") for _line in path.open()) - 5
            runs["csv_floor"].append(
                timed(
                    lambda f=folder, n=i: floor_import(f, scratch / f"floor{n}.db"),
                    lambda: True,
                    None,
                    probe,
                )
            )
            runs["csv_import_files"].append(
                timed(
                    lambda f=folder, n=i: import_files(f, scratch / f"files{n}", templates),
                    lambda: True,
                    None,
                    probe,
                )
            )
            # Into a new diary's window, as the patient sees it: shown, its start-up done;
            # timed until its chart shows the imported diary.
            fresh = open_and_settle(scratch / f"fresh{i}", probe, startup_done=True)
            runs["csv_import"].append(
                timed(
                    lambda f=folder, w=fresh: w.import_csv(f),
                    chart_settled(fresh),
                    PaintWatch(fresh.chart.canvas),
                    probe,
                )
            )
            close(fresh)
            runs["backup"].append(
                timed(
                    lambda: window.diary.service.diary.backup_now(datetime.now(), "bench"),
                    lambda: True,
                    None,
                    probe,
                )
            )
            # File > Restore from backup, of the backup just made, until the chart shows it.
            restore = window.open_restore()
            runs["restore"].append(
                timed(restore.restore_selected, chart_settled(window), None, probe)
            )
            runs["save_copy"].append(
                timed(
                    lambda p=scratch / f"copy{i}.sqlite3": window.save_copy(p),
                    lambda: True,
                    None,
                    probe,
                )
            )
    dialog.reject()
    result: dict[str, object] = {name: median(times) for name, times in runs.items()}
    result["csv_rows"] = rows
    return result


def measure_background(window, probe: StallProbe, repeats: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The reminder check that runs at start and every minute."""
    runs = [
        timed(lambda: window.reminders.check(starting=True), lambda: True, None, probe)
        for _ in range(repeats)
    ]
    return {"reminders_check": median(runs)}


def measure_medicine_check(window, repeats: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from recovery_tracker.domain.conflicts import check_medicines

    doses, plans = window.diary.medications(), window.diary.plans()
    medicines = window.diary.medicines
    times = []
    for _ in range(max(repeats, 7)):  # CPU time: other processes on the machine do not count
        started = time.process_time()
        check_medicines(doses, plans, medicines)
        times.append((time.process_time() - started) * 1000)
    return {"check_medicines_ms": statistics.median(times), "doses": len(doses)}


def main(folder: Path, repeats: int) -> dict[str, object]:
    from recovery_tracker.ui.app import application

    application()
    probe = StallProbe()
    window = open_and_settle(folder, probe)
    result: dict[str, object] = {}
    result.update(measure_saves(window, probe, repeats))
    result.update(measure_ranges(window, probe, repeats))
    result.update(measure_tab_switches(window, probe, repeats))
    result.update(measure_background(window, probe, repeats))
    result.update(measure_medicine_check(window, repeats))
    result.update(measure_files(window, probe, repeats))
    close(window)
    result.update(measure_history(folder, probe, repeats))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]))), flush=True)
    os._exit(0)  # PySide can crash while the interpreter tears down; the figures are out
