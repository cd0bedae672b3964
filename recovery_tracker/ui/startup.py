"""Every trick that makes the window start sooner, in one place, each with its reason.

Qt-free on purpose: cli.py uses it before it knows whether a window is wanted at all.
If one of these ever goes wrong, the app still works; only start-up gets slower.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
import types

# 1. Start-up makes tens of thousands of objects and frees almost none: Python's cyclic
#    collector would sweep them again and again (about 80 ms), so it is paused from the
#    command line's first line until the window's first chart is up, then resumed.


def pause_garbage_collection() -> None:
    gc.disable()


def resume_garbage_collection() -> None:
    """Collect again, freezing the start-up's objects (all kept) out of future sweeps."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


# 2. matplotlib imports its 3D toolkit only to register a "3d" projection (about 40 ms);
#    our charts are all 2D, so a stand-in without Axes3D is offered while matplotlib loads.
_matplotlib_lock = threading.Lock()


def import_matplotlib_2d() -> None:
    """Import matplotlib without mplot3d. If matplotlib is already loaded, or loads
    differently one day, nothing changes but the time. Safe from any thread (no warning
    filters: those are process-wide and not safe to change from a second thread)."""
    with _matplotlib_lock:
        if "matplotlib.projections" in sys.modules or "mpl_toolkits.mplot3d" in sys.modules:
            return
        stand_in = types.ModuleType("mpl_toolkits.mplot3d")
        stand_in.Axes3D = None  # type: ignore[attr-defined]  # matplotlib skips a None
        sys.modules["mpl_toolkits.mplot3d"] = stand_in
        try:
            import matplotlib.projections  # noqa: F401
        finally:
            del sys.modules["mpl_toolkits.mplot3d"]  # a later, deliberate import works


# 3. PySide6 looks at every module imported after it (to support its optional
#    ``from __feature__ import snake_case``): it reads the module's source through
#    inspect.getsource, which searches the file system and fills linecache. Over the 390
#    modules the window and matplotlib import that cost 80-150 ms of CPU; reading the file
#    and looking for the same word costs 20.
def speed_up_pyside_imports() -> None:
    """Give PySide6 a quicker answer to "does this module use PySide6?". The answer is the
    same (the word "PySide6" in the module's source); modules that are not a plain .py file
    get PySide6's own answer."""
    import PySide6.QtCore  # noqa: F401  # loads shibokensupport, where the check lives

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quick", False):
        return  # another PySide6 version: nothing to speed up, or done already

    def uses_pyside(module: types.ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return False  # as inspect.getsource's OSError
        return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  # a module mypy cannot see


# 4. The tabs other than Progress are imported (module, class) when first opened: the
#    Today form need not wait for History's, Medicines', Treatments' or Appointments' code.
LAZY_TABS: dict[str, tuple[str, str]] = {
    "history": ("recovery_tracker.ui.history", "HistoryPanel"),
    "medicines": ("recovery_tracker.ui.medicines", "MedicinesPanel"),
    "treatments": ("recovery_tracker.ui.treatments", "TreatmentsPanel"),
    "appointments": ("recovery_tracker.ui.appointments", "AppointmentsPanel"),
    "events": ("recovery_tracker.ui.events", "EventsPanel"),
}


def lazy_tab_class(name: str) -> type:
    module_name, class_name = LAZY_TABS[name]
    cls: type = getattr(importlib.import_module(module_name), class_name)
    return cls


# 5. The chart (matplotlib) is imported, built and rendered on a background thread once the
#    Today form has been painted (ui/chart_panel.py), so the patient can type at once.
# 6. Reminders and the daily backup wait BACKGROUND_DELAY_MS after the first paint, and
#    for the first chart (whose job reads the diary's lists for every view), checking
#    every CHART_WAIT_MS, at most CHART_WAITS times: nothing in them is urgent at start-up.
BACKGROUND_DELAY_MS = 1500
CHART_WAIT_MS, CHART_WAITS = 200, 100
# 7. Nothing the Today form does not show is loaded or made before its first paint
#    (tests/ui/test_first_paint_imports.py): the background thread's code (ui/background.py:
#    socket, queue, thread pool) loads with the first chart, hashlib with the single-instance
#    socket, the planned injection's question when first put (MainWindow.planned_question).
#    The command line parses the window's own options without building every command's
#    parser (cli.parse_arguments, 5 ms), and the window's shortcuts follow the focus from the
#    first paint on (ui/window_shortcuts.py: the first walk up the focus chain made PySide6
#    build the Python classes and enums of some 30 Qt widget types). The Progress tab's
#    controls (ui/chart_panel.py), the reminders (ui/reminders.py) and the tray icon are made
#    after the first paint, one event-loop turn each with the chart's job and the focus watch
#    (MainWindow._after_first_paint): in one turn, once the chart's job competed for Python's
#    lock, they held a key typed at once 50-90 ms.
# 8. PySide6 makes a Qt class's Python type, with all its enums, when the class is first named:
#    the Qt namespace alone is 93 enums, 13-15 ms. The Today form's modules take Qt and the
#    message box from ui/qt_later.py, made when first used, and set enum properties by name
#    (qt_later.set_by_name); tables and dialogs opened from menus live in modules of their
#    own. No Python event filter or changeEvent runs before the first paint (each made PySide6
#    build 53 event classes): the first paint is told by TodayPanel.paintEvent, coming back
#    to the app by focusWindowChanged. tests/ui/test_first_paint_imports.py holds all this.
# 9. Measured and dropped: checking the diary's pages (quick_check, 20-25 ms at 30 years) on a
#    thread while the window's code loads painted the window 17 ms sooner at 30 years (none
#    at 10) but the first chart 14-17 ms later: its process lost that time on the other core.
#    Warming fontconfig the same way (FcInit through ctypes) saved nothing with the chart's
#    process on the other core (+3 ms over 36 interleaved starts; -11 ms without it).
# 10. So the pages are checked once the window is up: the first chart's read checks them
#    through its own connection on the background thread (DiaryService.read_everything),
#    once the chart's process has answered and left its core. A write or a backup before
#    that checks them first (storage/database.py, check_pages): nothing goes into a damaged
#    file. Damage met while the window is built is offered the newest backup as before
#    (ui/diary_file.build_with_recovery); damage found later is said in a notice. The window
#    painted 16-21 ms sooner at 30 years, 6-7 at 10 (CPU time to the first paint, 24
#    interleaved starts).
# 11. What the Today form never shows is not imported before its first paint, whatever the
#    diary holds: the diary's snapshot, the medicine checks and classifier, appointments,
#    events, reminders (each module says where it is imported); the service's own holders
#    are plain classes (a dataclass is 0.5-0.8 ms to make: Python 3.11 compiles its methods).
#    28 dataclasses were made before the first paint, 15 now: 8-11 ms of imports. Today's
#    advice reads only the rules around its day until all plans are read (2.5 ms at 10
#    years, 6 at 30: storage/advice.py, plans_around).


# 12. Code that Python's __pycache__ misses (PySide6's support modules, kept as source in its
#    library; regular expressions; the methods @dataclass writes) is compiled once and kept
#    in the user's cache folder, taken from there until the window's first paint
#    (ui/code_cache.py): identical code. The window painted at 200 ms instead of 241 (20
#    interleaved starts), nearly all of it PySide6's own code; the first chart's process does
#    the same for matplotlib's regular expressions (chart at 640 ms instead of 692).


def keep_compiled_code(purpose: str = "window") -> None:
    """From now until code_cache.finish (the window's first paint, the first chart's picture
    sent), compiled code comes from the cache folder. Before PySide6 or matplotlib loads."""
    from recovery_tracker.locations import cache_dir
    from recovery_tracker.ui import code_cache

    code_cache.install(cache_dir(), purpose)
