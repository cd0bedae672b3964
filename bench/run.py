"""Recovery Tracker benchmark: start-up, charts, saving, report and CSV at 3 months, 1 year
and 10 years of data, beside two floors measured in the same run on the same machine.

    .venv/bin/python -m bench.run [--quick] [--json bench/results/latest.json]

Floor A: a bare Python process that imports PySide6, shows an empty QMainWindow and quits.
Floor B: the same plus matplotlib's Qt backend and one canvas drawing a 3,650-point line.
Every start-up figure is a fresh process timed from its launch, like a patient's double-click;
the floors run interleaved with the app's start-ups, so each ratio compares neighbours.
Qt draws offscreen, so no display is needed. Prints a table and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"3 months": (91, 1), "1 year": (365, 4), "10 years": (3650, 40)}
BUDGET = {
    "window_ratio": 2.5,
    "chart_ratio": 1.3,
    "save_p95_ms": 30,
    "redraw_ms": 150,
    "range_ms": 150,
    "report_s": 3.0,
    "csv_import_s": 2.0,
    "peak_rss_mb": 250,
    "growth": 3.0,
}

FLOOR_A = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.show(); app.processEvents()
print("window", time.time(), flush=True)
"""

FLOOR_B = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.show(); app.processEvents()
print("window", time.time(), flush=True)
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
figure = Figure(figsize=(8, 4.5))
figure.add_subplot().plot(range(3650), [i % 10 for i in range(3650)])
canvas = FigureCanvasQTAgg(figure); window.setCentralWidget(canvas)
canvas.mpl_connect("draw_event", lambda e: (print("chart", time.time(), flush=True), app.quit()))
canvas.draw_idle(); app.exec()
"""

# The app exactly as a patient starts it; its start-up trace points (ui/startup_trace.py) print
# when the Today form is first painted and when the chart is drawn, then it quits.
APP = ["-m", "recovery_tracker", "--data-dir"]


# One matplotlib cache for the whole run, warmed before measuring: a patient's font cache
# persists between starts, and rebuilding it in every process would swamp the figures.
MPL_CACHE = os.environ.get("MPLCONFIGDIR") or tempfile.mkdtemp(prefix="bench-mpl-")


def warm_caches() -> None:
    """A patient's second start finds matplotlib's font cache and Python's compiled modules
    (__pycache__) from the first. Python writes the latter itself, unless
    PYTHONDONTWRITEBYTECODE is set (as on some build machines), so compile them here; pip
    already compiled the installed libraries the floors use."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "recovery_tracker")], check=True
    )
    run_child(FLOOR_B)


def run_child(code: str | list[str], *args: str) -> dict[str, float]:
    """Launch a fresh Python (``-c code``, or the argument list given); returns seconds from
    launch to each event it printed, and RSS."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "RECOVERY_TRACKER_TRACE_STARTUP": "quit",
    }
    env.setdefault("MPLCONFIGDIR", MPL_CACHE)
    argv = ["-c", code] if isinstance(code, str) else code
    started = time.time()
    child = subprocess.Popen(
        [sys.executable, *argv, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    out, err = child.stdout.read(), child.stderr.read()  # type: ignore[union-attr]
    if child.returncode != 0:
        raise RuntimeError(f"benchmark child failed: {err[-2000:]}")
    events = {}
    for line in out.splitlines():
        name, _, stamp = line.partition(" ")
        if stamp:
            events[name] = float(stamp) - started
    events["rss_mb"] = usage.ru_maxrss / 1024
    return events


def summary(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values)}


def make_diary(folder: Path, days: int, injections: int) -> Path:
    code = (
        "import sys; from pathlib import Path; from datetime import date\n"
        "from recovery_tracker.sample_data import synthetic_content\n"
        "from recovery_tracker.storage.bulk import insert_content\n"
        "from recovery_tracker.storage.diary import Diary\n"
        "from recovery_tracker.storage.resources import load_templates\n"
        "d = Diary.open(Path(sys.argv[1]))\n"
        "insert_content(d, synthetic_content(int(sys.argv[2]), int(sys.argv[3]), date.today(),"
        " load_templates().templates))\n"
        "d.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(folder), str(days), str(injections)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return folder


def measure_startups(folder: Path, repeats: int) -> dict[str, list[float]]:
    """The app's start-ups interleaved with both floors: A, B, app, A, B, app, ... so a busy
    spell on the machine weighs on the floors and the app alike, and each size's ratios
    compare runs made side by side."""
    runs: dict[str, list[float]] = {"floor_a": [], "floor_b": [], "window": [], "chart": []}
    runs["rss_mb"] = []
    for _ in range(repeats):
        runs["floor_a"].append(run_child(FLOOR_A)["window"])
        runs["floor_b"].append(run_child(FLOOR_B)["chart"])
        app = run_child(APP, str(folder))
        runs["window"].append(app["window"])
        runs["chart"].append(app["chart"])
        runs["rss_mb"].append(app["rss_mb"])
    return runs


def measure_size(folder: Path, repeats: int) -> dict[str, object]:
    startup = measure_startups(folder, repeats)
    worker = subprocess.run(
        [sys.executable, "-m", "bench.interactions", str(folder)],
        check=True,
        text=True,
        capture_output=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "MPLCONFIGDIR": MPL_CACHE,
        },
        cwd=ROOT,
    )
    interactions = json.loads(worker.stdout.strip().splitlines()[-1])
    size = sum(p.stat().st_size for p in folder.glob("diary.sqlite3*"))
    return {
        "window_s": summary(startup["window"]),
        "chart_s": summary(startup["chart"]),
        "floor_a_s": summary(startup["floor_a"]),
        "floor_b_s": summary(startup["floor_b"]),
        "startup_rss_mb": max(startup["rss_mb"]),
        "database_mb": size / 1e6,
        **interactions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    args = parser.parse_args()
    repeats = 2 if args.quick else 7
    began = time.monotonic()
    warm_caches()
    results: dict[str, object] = {"sizes": {}}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        for name, (days, injections) in SIZES.items():
            folder = make_diary(Path(scratch) / name.replace(" ", "-"), days, injections)
            results["sizes"][name] = measure_size(folder, repeats)  # type: ignore[index]
    every = results["sizes"].values()  # type: ignore[attr-defined]
    results["floor_a_window_s"] = summary([s["floor_a_s"]["median"] for s in every])
    results["floor_b_chart_s"] = summary([s["floor_b_s"]["median"] for s in every])
    results["seconds"] = time.monotonic() - began
    report(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nFigures written to {args.json} ({results['seconds']:.0f} s in all)")
    return 0


def report(results: dict) -> None:  # type: ignore[type-arg]
    print(
        "Floors, measured beside each size's start-ups (median of each size's median):\n"
        f"  A (empty window): {results['floor_a_window_s']['median'] * 1000:.0f} ms\n"
        f"  B (+ matplotlib canvas, 3,650 points): "
        f"{results['floor_b_chart_s']['median'] * 1000:.0f} ms\n"
    )
    sizes = results["sizes"]
    rows = [
        ("floor A, ms (median, this size)", lambda s: s["floor_a_s"]["median"] * 1000, None),
        ("window usable, ms (median)", lambda s: s["window_s"]["median"] * 1000, None),
        (
            "  ratio to floor A",
            lambda s: s["window_s"]["median"] / s["floor_a_s"]["median"],
            BUDGET["window_ratio"],
        ),
        ("floor B, ms (median, this size)", lambda s: s["floor_b_s"]["median"] * 1000, None),
        ("chart painted, ms (median)", lambda s: s["chart_s"]["median"] * 1000, None),
        (
            "  ratio to floor B",
            lambda s: s["chart_s"]["median"] / s["floor_b_s"]["median"],
            BUDGET["chart_ratio"],
        ),
        ("save p50, ms", lambda s: s["save_p50_ms"], None),
        ("save p95, ms", lambda s: s["save_p95_ms"], BUDGET["save_p95_ms"]),
        ("chart redrawn after save, ms", lambda s: s["redraw_after_save_ms"], BUDGET["redraw_ms"]),
        ("  all three charts, ms (info)", lambda s: s["every_chart_ms"], None),
        ("range switch 30 days, ms", lambda s: s["range_ms"]["30 days"], BUDGET["range_ms"]),
        ("range switch 1 year, ms", lambda s: s["range_ms"]["1 year"], BUDGET["range_ms"]),
        ("range switch all, ms", lambda s: s["range_ms"]["all"], BUDGET["range_ms"]),
        ("report PDF, s", lambda s: s["report_s"], BUDGET["report_s"]),
        ("CSV export, s", lambda s: s["csv_export_s"], None),
        ("CSV import, s", lambda s: s["csv_import_s"], BUDGET["csv_import_s"]),
        # The whole diary grows 10x from 1 to 10 years: per row, the cost must stay flat.
        ("  CSV rows (info)", lambda s: s["csv_rows"], None),
        ("  import per row, us (info)", lambda s: s["csv_import_s"] / s["csv_rows"] * 1e6, None),
        (
            "peak RSS, MB",
            lambda s: max(s["startup_rss_mb"], s["peak_rss_mb"]),
            BUDGET["peak_rss_mb"],
        ),
        ("database on disk, MB", lambda s: s["database_mb"], None),
    ]
    names = list(sizes)
    print(f"{'':36}" + "".join(f"{n:>11}" for n in names) + f"{'budget':>9}{'10y/1y':>8}")
    for label, value, budget in rows:
        values = [value(sizes[n]) for n in names]
        growth = values[2] / values[1] if values[1] else float("nan")
        flag = "" if budget is None or values[2] <= budget else "  OVER"
        budget_text = f"{budget:>9g}" if budget is not None else f"{'':>9}"
        print(
            f"{label:36}"
            + "".join(f"{v:>11.1f}" for v in values)
            + budget_text
            + f"{growth:>8.2f}{flag}"
        )


if __name__ == "__main__":
    sys.exit(main())
