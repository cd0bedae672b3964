"""Timings inside one running app on a prepared diary; prints one JSON line. Used by run.py."""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

SAVES = 60


def main(folder: Path) -> dict[str, object]:
    from recovery_tracker.ui.app import application, open_window

    app = application()
    window = open_window(folder)
    window.show()
    window.chart.ensure_canvas()
    canvas = window.chart.canvas
    app.processEvents()
    today = window.today

    # Save: pick two scores and press Save, until the transaction is committed and the views
    # that follow the diary have updated (what the patient waits for after the click).
    saves = []
    for i in range(SAVES):
        today.form.scores["pain"].setValue(i % 11)
        today.form.scores["soreness"].setValue((i + 3) % 11)
        started = time.perf_counter()
        today.save_button.click()
        saves.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # let the deferred chart redraw happen outside the timed click

    # After a save, the chart on screen is rebuilt and painted (the patient sees it change).
    redraws = []
    for i in range(5):
        today.form.scores["pain"].setValue(i % 11)
        today.save_button.click()
        started = time.perf_counter()
        window.chart.redraw_now()
        canvas.draw()
        redraws.append((time.perf_counter() - started) * 1000)
    # For information: each of the three charts rebuilt and painted once.
    every_chart = []
    for _ in range(2):
        started = time.perf_counter()
        for index in range(window.chart.kind_combo.count()):
            window.chart.kind_combo.setCurrentIndex(index)
            window.chart.redraw_now()
            canvas.draw()
        every_chart.append((time.perf_counter() - started) * 1000)
    window.chart.kind_combo.setCurrentIndex(0)

    ranges = {}
    for label, index in (("30 days", 1), ("1 year", 3), ("all", 0)):
        times = []
        for _ in range(3):
            window.chart.range_combo.setCurrentIndex(2 if index != 2 else 1)
            window.chart.redraw_now()
            canvas.draw()
            started = time.perf_counter()
            window.chart.range_combo.setCurrentIndex(index)
            window.chart.redraw_now()
            canvas.draw()
            times.append((time.perf_counter() - started) * 1000)
        ranges[label] = min(times)

    from recovery_tracker.exchange.csv_folder import export_csv, import_csv
    from recovery_tracker.exchange.report_pdf import write_report_pdf
    from recovery_tracker.reports.content import ReportRequest
    from recovery_tracker.storage.diary import Diary

    snapshot = window.diary.snapshot()
    span = snapshot.date_range()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        write_report_pdf(
            snapshot, ReportRequest(span[0], span[1]), Path(scratch) / "r.pdf", today=span[1]
        )
        report_s = time.perf_counter() - started
        started = time.perf_counter()
        rows = sum(export_csv(window.diary.diary, Path(scratch) / "csv").values())
        export_s = time.perf_counter() - started
        target = Diary.open(Path(scratch) / "fresh")
        started = time.perf_counter()
        import_csv(
            target, Path(scratch) / "csv", now=datetime.now(), templates=window.diary.templates
        )
        import_s = time.perf_counter() - started
        target.close()

    saves.sort()
    result = {
        "save_p50_ms": statistics.median(saves),
        "save_p95_ms": saves[int(len(saves) * 0.95) - 1],
        "redraw_after_save_ms": statistics.median(redraws),
        "every_chart_ms": min(every_chart),
        "range_ms": ranges,
        "report_s": report_s,
        "csv_export_s": export_s,
        "csv_import_s": import_s,
        "csv_rows": rows,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    window.today.form.reset(window.diary.clock())
    window.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))), flush=True)
    os._exit(0)  # PySide can crash while the interpreter tears down; the figures are out
