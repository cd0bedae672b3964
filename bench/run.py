"""Recovery Tracker benchmark: start-up, charts, saving, tabs, History, report, CSV and backup
on a 10-year and a 30-year diary, each beside its floor measured in the same run.

    .venv/bin/python -m bench.run [--quick] [--json bench/results/latest.json]

Every figure is the MEDIAN of at least 5 runs (3 with --quick, which also skips 30 years),
timed until the result has been PAINTED, with the longest event-loop STALL meanwhile (a 10 ms
timer recording its gaps: a key typed during a stall waits that long).
Floors, each run interleaved with what it is the floor of:
  A: a fresh Python that imports PySide6 and shows an empty QMainWindow (for the window);
  B: the same plus matplotlib's Qt backend and one canvas drawing a 3,650-point line (chart);
  the report: the same three charts saved straight to one PDF with matplotlib;
  History's first opening: a bare QTableView over the same check-in rows;
  CSV import: csv.reader plus executemany of the same files into plain tables (the import
  itself is timed into a new diary's shown window, until its chart shows what was imported).
Start-ups are fresh processes timed from their launch, like a patient's double-click. Qt draws
offscreen, so no display is needed. Prints a table and writes the figures as JSON.
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
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# days, injections: two check-ins a day, an injection every ~3 months
SIZES = {"10 years": (3650, 40), "30 years": (10950, 120)}
QUICK_SIZES = {"10 years": (3650, 40)}
STALL_MS = 50  # the event loop never blocked longer (issue 17)
TARGETS = {
    "window_ratio": 2.0,
    "chart_ratio": 1.2,
    "report_ratio": 2.0,
    "history_ratio": 2.0,
    "csv_import_ratio": 3.0,
    "key_after_start_ms": 100,
    "peak_rss_mb": 210,
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
# Likewise the app's own cache folder (compiled code, ui/code_cache.py): the patient's, not
# the user's running the benchmark. Warmed on each diary by a start that is not counted.
APP_CACHE = os.environ.get("RECOVERY_TRACKER_CACHE_DIR") or tempfile.mkdtemp(prefix="bench-app-")


def warm_caches() -> None:
    """A patient's second start finds matplotlib's font cache, Python's compiled modules
    (__pycache__) and the app's compiled code (its cache folder) from the first. Python writes
    its modules' itself, unless PYTHONDONTWRITEBYTECODE is set (as on some build machines), so
    compile them here; pip already compiled the installed libraries the floors use. The app's
    is filled by a start on each diary that is not counted (measure_startups)."""
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
    env.setdefault("RECOVERY_TRACKER_CACHE_DIR", APP_CACHE)
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
        if name.endswith("_ms"):
            events[name] = float(stamp)  # a duration, not a moment
        elif stamp:
            events[name] = float(stamp) - started
    events["rss_mb"] = usage.ru_maxrss / 1024
    return events


def summary(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def make_diary(folder: Path, days: int, injections: int) -> Path:
    code = (
        "import sys; from pathlib import Path; from datetime import date\n"
        "from recovery_tracker.sample_data import synthetic_content\n"
        "from recovery_tracker.storage.bulk import insert_content\n"
        "from recovery_tracker.storage.diary import Diary\n"
        "from recovery_tracker.storage.resources import load_templates\n"
        "d = Diary.open(Path(sys.argv[1]))\n"
        "insert_content(d, synthetic_content(int(sys.argv[2]), int(sys.argv[3]),"
        " date.fromisoformat(sys.argv[4]), load_templates().templates))\n"
        "d.close()\n"
    )
    # The diary ends yesterday: its evening check-in at 20:00 would be in the future before
    # 20:00 today, and the CSV import rightly refuses entries from the future.
    last_day = (date.today() - timedelta(days=1)).isoformat()
    subprocess.run(
        [sys.executable, "-c", code, str(folder), str(days), str(injections), last_day],
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return folder


def measure_startups(folder: Path, repeats: int) -> dict[str, list[float]]:
    """The app's start-ups interleaved with both floors: A, B, app, A, B, app, ... so a busy
    spell on the machine weighs on the floors and the app alike, and each size's ratios
    compare runs made side by side."""
    runs: dict[str, list[float]] = {"floor_a": [], "floor_b": [], "window": [], "chart": []}
    runs["rss_mb"], runs["stall_ms"] = [], []
    run_child(APP, str(folder))  # as a patient's second start: the app's cache filled
    for _ in range(repeats):
        runs["floor_a"].append(run_child(FLOOR_A)["window"])
        runs["floor_b"].append(run_child(FLOOR_B)["chart"])
        app = run_child(APP, str(folder))
        runs["window"].append(app["window"])
        runs["chart"].append(app["chart"])
        runs["rss_mb"].append(app["rss_mb"])
        runs["stall_ms"].append(app["stall_ms"])
    return runs


def measure_size(folder: Path, repeats: int) -> dict[str, object]:
    startup = measure_startups(folder, repeats)
    worker = subprocess.run(
        [sys.executable, "-m", "bench.interactions", str(folder), str(repeats)],
        check=False,
        text=True,
        capture_output=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "MPLCONFIGDIR": MPL_CACHE,
            "RECOVERY_TRACKER_CACHE_DIR": APP_CACHE,
        },
        cwd=ROOT,
    )
    if worker.returncode != 0:
        raise RuntimeError(f"bench.interactions failed: {worker.stderr[-3000:]}")
    interactions = json.loads(worker.stdout.strip().splitlines()[-1])
    size = sum(p.stat().st_size for p in folder.glob("diary.sqlite3*"))
    return {
        "window_s": summary(startup["window"]),
        "chart_s": summary(startup["chart"]),
        "floor_a_s": summary(startup["floor_a"]),
        "floor_b_s": summary(startup["floor_b"]),
        "startup_stall_ms": summary(startup["stall_ms"]),
        "startup_rss_mb": max(startup["rss_mb"]),
        "database_mb": size / 1e6,
        **interactions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    args = parser.parse_args()
    repeats = 3 if args.quick else 5
    began = time.monotonic()
    warm_caches()
    results: dict[str, object] = {"sizes": {}, "repeats": repeats, "machine": machine()}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        for name, (days, injections) in (QUICK_SIZES if args.quick else SIZES).items():
            folder = make_diary(Path(scratch) / name.replace(" ", "-"), days, injections)
            results["sizes"][name] = measure_size(folder, repeats)  # type: ignore[index]
    results["seconds"] = time.monotonic() - began
    report(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nFigures written to {args.json} ({results['seconds']:.0f} s in all)")
    return 0


def machine() -> str:
    cpus = os.cpu_count()
    load = os.getloadavg()[0]
    python = sys.version.split()[0]
    return f"{os.uname().machine}, {cpus} CPUs, load {load:.1f} at start, Python {python}"


def _ms(entry: dict[str, float]) -> float:
    return entry["ms"]


# label, figure, floor (or None), target: a ratio to the floor, else a ceiling in ms
ROWS: list[tuple[str, str, str | None, float | None]] = [
    ("window painted (start-up)", "window", "floor_a", TARGETS["window_ratio"]),
    ("chart painted (start-up)", "chart", "floor_b", TARGETS["chart_ratio"]),
    ("save: confirmation painted", "save", None, None),
    ("save: chart updated", "save_chart_updated", None, None),
    ("save, Progress hidden", "save_chart_hidden", None, None),
    ("range: last 30 days", "range_30_days", None, None),
    ("range: last year", "range_1_year", None, None),
    ("range: all", "range_all", None, None),
    ("tab switch", "tab_switch", None, None),
    ("History first opened", "history_first_open", "history_floor", TARGETS["history_ratio"]),
    ("reminder check", "reminders_check", None, None),
    ("report PDF", "report", "report_floor", TARGETS["report_ratio"]),
    ("CSV export", "csv_export", None, None),
    ("CSV import, files to diary", "csv_import_files", "csv_floor", TARGETS["csv_import_ratio"]),
    ("CSV import, until shown", "csv_import", "csv_floor", None),
    ("backup now", "backup", None, None),
    ("restore from backup", "restore", None, None),
    ("save a copy", "save_copy", None, None),
]


# Rows timed by calling the work itself on this thread, as its floor is: their "stall" is the
# work, not a wait of the window's (the window's import is "CSV import, until shown").
NO_STALL_TARGET = {"csv_import_files"}


def figures(size: dict) -> dict[str, dict[str, float]]:  # type: ignore[type-arg]
    """Every timed operation as {ms, stall_ms}; start-ups in the same shape."""
    found = {k: v for k, v in size.items() if isinstance(v, dict) and "ms" in v}
    stall = size["startup_stall_ms"]["median"]
    found["window"] = {"ms": size["window_s"]["median"] * 1000, "stall_ms": stall}
    found["chart"] = {"ms": size["chart_s"]["median"] * 1000, "stall_ms": stall}
    found["floor_a"] = {"ms": size["floor_a_s"]["median"] * 1000, "stall_ms": 0.0}
    found["floor_b"] = {"ms": size["floor_b_s"]["median"] * 1000, "stall_ms": 0.0}
    return found


def report(results: dict) -> None:  # type: ignore[type-arg]
    sizes = results["sizes"]
    names = list(sizes)
    print(f"Medians of {results['repeats']} runs; {results['machine']}.")
    print("ms: until painted; stall: longest event-loop stall meanwhile (target <= 50 ms);")
    print("floor: the same result done the least possible way, run interleaved; ratio: ms/floor.\n")
    header = f"{'':28}"
    for name in names:
        header += f"{name + ': ms':>13}{'floor':>8}{'ratio':>7}{'stall':>7}"
    print(header + "  target")
    table = {name: figures(sizes[name]) for name in names}
    for label, key, floor, target in ROWS:
        line = f"{label:28}"
        over = False
        for name in names:
            entry = table[name].get(key)
            if entry is None:
                line += f"{'-':>13}{'':>8}{'':>7}{'':>7}"
                continue
            stall = entry["stall_ms"]
            shown_stall = "-" if key in NO_STALL_TARGET else f"{stall:.0f}"
            over |= stall > STALL_MS and key not in NO_STALL_TARGET
            if floor is not None:
                base = _ms(table[name][floor])
                ratio = _ms(entry) / base
                over |= target is not None and ratio > target
                line += f"{_ms(entry):>13.0f}{base:>8.0f}{ratio:>7.2f}{shown_stall:>7}"
            else:
                line += f"{_ms(entry):>13.1f}{'':>8}{'':>7}{stall:>7.0f}"
        goal = f"x{target:g}" if target is not None else ""
        stall_goal = "" if key in NO_STALL_TARGET else f"stall<={STALL_MS}"
        goals = ", ".join(g for g in (goal, stall_goal) if g)
        print(line + f"  {goals}" + ("  MISSED" if over else ""))
    for label, value in (
        ("check_medicines, ms", lambda s: s["check_medicines_ms"]),
        ("  medicine doses", lambda s: s["doses"]),
        ("CSV rows", lambda s: s["csv_rows"]),
        ("peak RSS, MB", lambda s: max(s["startup_rss_mb"], s["peak_rss_mb"])),
        ("database on disk, MB", lambda s: s["database_mb"]),
    ):
        print(f"{label:28}" + "".join(f"{value(sizes[n]):>13.1f}{'':>22}" for n in names))


if __name__ == "__main__":
    sys.exit(main())
