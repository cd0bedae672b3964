"""Start the window: the Qt application, the diary, and clear words if the diary cannot open."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.text import translate
from recovery_tracker.locations import set_application_metadata
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import resource_path
from recovery_tracker.ui import code_cache, startup
from recovery_tracker.ui.diary_file import CheckpointTimer, build_with_recovery
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.main_window import MainWindow
from recovery_tracker.ui.qt_later import QMessageBox
from recovery_tracker.ui.translation import install_translations

if TYPE_CHECKING:
    from recovery_tracker.ui.single_instance import SingleInstance

FINISH_CODE_CACHE_MS = 5000  # a window started in the background is never painted


def application() -> QApplication:
    # Done by the command line already; here for every other way in (the benchmark, tests):
    # what is imported from now on (matplotlib above all) is checked quickly.
    startup.speed_up_pyside_imports()
    app = QApplication.instance()
    if app is None:
        set_application_metadata()
        app = QApplication(sys.argv[:1])
        app.setWindowIcon(app_icon())
        install_translations(app)
    assert isinstance(app, QApplication)
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("recovery-tracker-*.png")):
        icon.addFile(str(path))
    return icon


def open_window(
    data_dir: Path, clock: Clock = system_clock, diary: Diary | None = None
) -> MainWindow:
    """Open the diary in ``data_dir`` and build the main window on it (not yet shown)."""
    diary = diary or Diary.open(data_dir, now=clock)
    window = MainWindow(LiveDiary(diary, clock))
    # The window's child, so that it goes with the window: the window's slots connected to
    # its signals refer back to the window, a cycle through Qt that Python's collector cannot
    # see, and a closed window kept its diary, lists and chart (8-10 MB at 10 years) for good.
    window.diary.setParent(window)
    window.destroyed.connect(lambda *_: diary.close())
    CheckpointTimer(window.diary, window).start()
    # Compiled code came from the cache folder until now (ui/startup.py, note 12): Python is
    # given back its own once the Today form has been painted, or anyway if it never is.
    window.today.first_painted.connect(lambda: QTimer.singleShot(0, code_cache.finish))
    QTimer.singleShot(FINISH_CODE_CACHE_MS, code_cache.finish)
    return window


def say_storage_errors_in(window: MainWindow) -> None:
    """A StorageError that reaches the event loop (a value another program put in the diary,
    met by a read in some slot after the window was built) is said in the window, not printed
    as a traceback while the window looks as if nothing happened."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, StorageError) and shiboken6.isValid(window):
            window.tell_unreadable(error)
        else:
            previous(kind, error, trace)

    sys.excepthook = hook


def _window_on(data_dir: Path, diary: Diary) -> MainWindow:
    from recovery_tracker.ui import chart_process

    chart_process.diary_opened(data_dir)  # opened and migrated: it may read it now
    return open_window(data_dir, diary=diary)


def create_demo_diary(data_dir: Path, clock: Clock = system_clock) -> None:
    """Fill a new diary with Maria's sample series (see sample_data.py)."""
    from recovery_tracker.sample_data import demo_content
    from recovery_tracker.storage.bulk import insert_content
    from recovery_tracker.storage.resources import load_templates

    diary = Diary.open(data_dir)
    try:
        now = clock()
        content = demo_content(now.date(), load_templates().templates, now=now.time())
        insert_content(diary, content)
    finally:
        diary.close()


def run_demo() -> int:
    """A sample diary in a temporary folder, removed when the window closes."""
    with tempfile.TemporaryDirectory(prefix="recovery-tracker-demo-") as folder:
        create_demo_diary(Path(folder))
        return run_gui(Path(folder), demo=True)


# The socket a second start asks to bring this window forward opens once the first chart is
# up: QtNetwork's import (30-40 ms of Python) at one second competed with the chart for the
# interpreter on a diary of 30 years. A second start keeps asking for 5 s, so at the latest
# after LISTEN_AT_LATEST_MS; at the earliest after LISTEN_AFTER_MS.
LISTEN_AFTER_MS = 1000
LISTEN_AT_LATEST_MS = 4000
LISTEN_CHECK_MS = 100


def listen_once_the_chart_is_up(
    window: MainWindow, instance: SingleInstance, waited: int = 0
) -> None:
    chart_up = not window.isVisible() or window.chart.first_done
    if chart_up or waited >= LISTEN_AT_LATEST_MS - LISTEN_AFTER_MS:
        instance.listen()
        return
    QTimer.singleShot(
        LISTEN_CHECK_MS,
        window,
        lambda: listen_once_the_chart_is_up(window, instance, waited + LISTEN_CHECK_MS),
    )


def run_gui(data_dir: Path, demo: bool = False, background: bool = False) -> int:
    try:
        return _run_gui(data_dir, demo, background)
    finally:
        from recovery_tracker.ui import chart_process

        chart_process.let_go()  # if the window never asked it for the first chart


def _run_gui(data_dir: Path, demo: bool, background: bool) -> int:
    from recovery_tracker.ui.single_instance import SingleInstance, ask_running_instance_to_show

    app = application()
    instance = SingleInstance(data_dir)
    if not instance.acquire(listen=False):
        if ask_running_instance_to_show(data_dir):
            print(
                translate(
                    "App",
                    "Recovery Tracker is already open with this diary ({folder}); "
                    "its window was brought to the front.",
                ).format(folder=data_dir)
            )
        else:
            QMessageBox.information(
                None,
                translate("App", "Already open"),
                translate(
                    "App",
                    "Recovery Tracker is already open with this diary. "
                    "Look for its window, or close it first.",
                ),
            )
        return 0
    try:
        # The file's pages are checked once the window is up (ui/startup.py, note 10).
        window = build_with_recovery(
            data_dir, system_clock, lambda diary: _window_on(data_dir, diary), check_later=True
        )
        if window is None:
            return 1
    except StorageError as error:
        QMessageBox.critical(
            None, translate("App", "Recovery Tracker cannot open your diary"), str(error)
        )
        return 1
    if demo:
        # Qt adds " — Recovery Tracker" (the display name) itself: said once.
        window.setWindowTitle(translate("App", "Sample diary"))
        window.notices.add(
            translate("App", "Sample diary."),
            translate(
                "App",
                "This is Maria's made-up diary, to show what the app does. Nothing you change "
                "here is kept, and your own diary is not touched.",
            ),
        )
    say_storage_errors_in(window)
    instance.show_requested.connect(window.bring_forward)
    # Started at login: only the tray and the reminders, unless this desktop offers no way to
    # remind without the window, or the patient has not been through the first start yet.
    first_start = not demo and window.diary.first_start_needed()
    if not (background and not first_start and window.start_in_background()):
        window.show()
    QTimer.singleShot(
        LISTEN_AFTER_MS, window, lambda: listen_once_the_chart_is_up(window, instance)
    )  # the window and chart come first
    if first_start:
        window.open_first_start()
    code = app.exec()
    window.diary.close()
    instance.release()
    return code


def run_smoke_test() -> int:
    """Open the sample diary, wait for the chart to be painted, say ok and quit: proves a
    build (e.g. the PyInstaller bundle) has everything it needs. Used by scripts/bundle.sh."""
    from PySide6.QtCore import QTimer

    app = application()
    with tempfile.TemporaryDirectory(prefix="recovery-tracker-smoke-") as folder:
        create_demo_diary(Path(folder))
        window = open_window(Path(folder))
        window.show()
        result = {"painted": False}

        def check() -> None:
            chart = window.chart
            if chart.canvas is not None and chart.figure is not None and not chart.is_busy():
                chart.canvas.repaint()
                result["painted"] = bool(chart.figure.axes[0].get_lines())
                app.quit()
            else:
                QTimer.singleShot(50, check)

        QTimer.singleShot(0, check)
        QTimer.singleShot(30_000, app.quit)  # never hang a build
        app.exec()
        window.today.form.reset(window.diary.clock())
        window.close()
        window.diary.close()
    print("ok: window shown, chart painted" if result["painted"] else "failed: no chart")
    return 0 if result["painted"] else 1
