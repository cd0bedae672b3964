"""The first chart, drawn by a process of its own while the window starts.

Why: the window's process spends its first fifth of a second making the window, and loading
matplotlib takes about a third of a second more. In one process these add up, whatever
thread each runs on (Python runs one thread at a time); in two processes they overlap on a
second core. So the command line starts this process before it loads Qt (``start()``): it
loads matplotlib and the chart code at once, then waits. Once the window has been painted
and knows the chart's size, colours and period, it asks (``FirstChartProcess.ask``): this
process reads the diary (only reads: the window has opened, checked and migrated it), draws
the chart with the window's own code (ui/chart_picture.render_chart), hands back the pixels
and ends. The window shows that picture until its own first chart, drawn from the same file
on its background thread as always, is ready; that one then takes over, with the figure it
keeps updating.

If anything goes wrong here, nothing is lost: the window draws its first chart as it always
did, only later. Nothing in this module loads Qt in this process, except the patient's
translation when their dates or language need it (see ``ChartRequest.locale``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

import recovery_tracker

if TYPE_CHECKING:
    from recovery_tracker.ui.background import WindowRelay
    from recovery_tracker.ui.chart_picture import ChartPixels, ChartRequest

OFF_VARIABLE = "RECOVERY_TRACKER_NO_CHART_PROCESS"  # set: the window draws its chart alone
# Asked within this long or not at all (a window started minimised, or never shown): the
# process then ends by itself rather than wait with matplotlib loaded.
WAIT_FOR_REQUEST_S = 20.0
# The window makes its own first chart if no picture came within this long of asking.
ANSWER_WITHIN_MS = 2000
# The lowest priority (Unix "nice" 19): it runs on a core the window leaves free, never on the
# window's. With 5, on a 2-core computer with one core busy, the window's start took 350 ms
# instead of 255 (over 11 interleaved starts) and the first chart came later, not sooner.
NICER = 19


# --- the window's side ------------------------------------------------------------------


class FirstChartProcess:
    """The process started by ``start()``, seen from the window."""

    def __init__(self, pid: int, request: IO[bytes], picture: IO[bytes], wait: Callable[[], None]):
        self.pid = pid
        self._request, self._picture, self._wait = request, picture, wait
        self._asked = False

    @classmethod
    def spawn(cls) -> FirstChartProcess:
        # This process's own copy of the code, and its libraries, wherever they were found;
        # without the site module (-S), whose start-up hooks (an editable install's finder)
        # cost 15-20 ms, as the folders it would add are given here.
        root = str(Path(recovery_tracker.__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([root, *(p for p in sys.path if os.path.isdir(p))])
        argv = [sys.executable, "-S", "-m", __name__]
        if hasattr(os, "posix_spawn"):  # Linux and macOS: no subprocess module to load
            to_child, request_end = os.pipe()
            picture_end, from_child = os.pipe()
            try:
                pid = os.posix_spawn(
                    sys.executable,
                    argv,
                    env,
                    file_actions=[
                        (os.POSIX_SPAWN_DUP2, to_child, 0),
                        (os.POSIX_SPAWN_DUP2, from_child, 1),
                        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
                    ],
                )
            except OSError:
                for end in (to_child, request_end, picture_end, from_child):
                    os.close(end)
                raise
            os.close(to_child)
            os.close(from_child)
            return cls(
                pid,
                os.fdopen(request_end, "wb"),
                os.fdopen(picture_end, "rb"),
                lambda: _reap(pid),
            )
        import subprocess

        child = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert child.stdin is not None and child.stdout is not None

        def wait() -> None:
            child.wait()

        return cls(child.pid, child.stdin, child.stdout, wait)

    def tell_diary(self, data_dir: Path) -> None:
        """Which diary the window has opened (and so checked and migrated): the process
        reads it at once, while it still loads matplotlib, rather than once the window has
        been painted and asks. One short line: the pipe takes it without waiting."""
        import json

        try:
            self._request.write(json.dumps({"diary": str(data_dir)}).encode() + b"\n")
            self._request.flush()
        except OSError:
            pass  # it has gone: asking will find out

    def ask(self, request: ChartRequest, answer: Callable[[ChartPixels | None], None]) -> None:
        """Hand over ``request``; ``answer`` is called later on the window's thread with the
        picture, or with None if none came."""
        from recovery_tracker.ui.background import window_relay

        relay = window_relay()  # made here, on the window's thread
        self._asked = True
        try:
            self._request.write(request.encode())
            self._request.close()
        except OSError:  # it has gone: the window's own chart comes as before
            relay.post(lambda: answer(None))
            self.close()
            return
        # A daemon: quitting the app never waits for a picture no one will see.
        threading.Thread(
            target=self._receive,
            args=(relay, answer),
            name="recovery-tracker-first-chart",
            daemon=True,
        ).start()

    def _receive(self, relay: WindowRelay, answer: Callable[[ChartPixels | None], None]) -> None:
        picture: ChartPixels | None = None
        try:
            picture = read_picture(self._picture)
        except (OSError, ValueError):
            picture = None
        relay.post(lambda: answer(picture))
        self.close()

    def close(self) -> None:
        """Let it go: never asked, it ends as soon as it sees no request can come."""
        for stream in (self._request, self._picture):
            with contextlib.suppress(OSError):
                stream.close()
        if self._asked:
            self._wait()  # it has written its picture (or failed): gone in a moment
        else:
            threading.Thread(target=self._wait, daemon=True).start()


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


_started: list[FirstChartProcess] = []


def start() -> None:
    """Start the process, if this way of drawing can work here; called before Qt loads."""
    if os.environ.get(OFF_VARIABLE) or getattr(sys, "frozen", False) or not sys.executable:
        return  # a bundled app's executable is not a Python that runs ``-m``
    try:
        _started.append(FirstChartProcess.spawn())
    except OSError:
        return


def diary_opened(data_dir: Path) -> None:
    """The window has opened the diary in ``data_dir``: the process may read it now."""
    if _started:
        _started[-1].tell_diary(data_dir)


def take() -> FirstChartProcess | None:
    """The process started for this window, once (None if there is none)."""
    return _started.pop() if _started else None


def let_go() -> None:
    """The window will not ask (it is not shown, or another start has it)."""
    process = take()
    if process is not None:
        process.close()


def read_picture(stream: IO[bytes]) -> ChartPixels | None:
    import json

    from recovery_tracker.ui.chart_picture import ChartPixels

    header = stream.readline()
    if not header:
        return None  # it failed, or had nothing to draw: the window's chart comes as before
    size = json.loads(header)
    width, height, ratio = int(size["width"]), int(size["height"]), float(size["ratio"])
    pixels = stream.read(width * height * 4)
    if len(pixels) != width * height * 4:
        raise ValueError("the first chart's picture was cut short")
    return ChartPixels(pixels, width, height, ratio)


# --- this process's side -----------------------------------------------------------------


def _read_request_and_diary(
    found: dict[str, object], on_request: Callable[[], None] = lambda: None
) -> None:
    """On a thread of its own, while matplotlib loads: the diary's lists as soon as the window
    says which diary it has opened (SQLite lets go of Python's lock while it reads, so that
    overlaps the import), then the request, once the window has been painted.

    Only what a chart draws: the days' scores the window's charts can show (at 30 years,
    reading all six cost the picture 40-50 ms: SQLite's pass over them, and Python's lock
    taken from matplotlib's import to make their values) and, of the medicine checks, the
    days a dose broke a rule (checking every dose took another 10-20 ms of that lock)."""
    import json

    from recovery_tracker.storage.diary import Diary
    from recovery_tracker.storage.resources import medicine_list
    from recovery_tracker.ui.chart_picture import CHART_SCORES, ChartRequest, scores_drawn

    def read(diary: Diary, scores: tuple[str, ...] | None) -> dict[str, object]:
        return diary.read_lists(
            medicine_list(), checkins=False, day_scores=scores, every_check=False
        )

    stream = sys.stdin.buffer

    def take_request(line: bytes) -> None:
        try:
            if line:
                found["asked"] = ChartRequest.decode(line)
        finally:
            on_request()  # the chart's drawing may start getting ready (or it never will)

    diary: Diary | None = None
    lists: dict[str, object] | None = None
    version = 0
    listener: threading.Thread | None = None
    try:
        line = stream.readline()
        if line and "diary" in (told := json.loads(line)):
            # The request, taken as it comes while the diary is read.
            listener = threading.Thread(target=lambda: take_request(stream.readline()), daemon=True)
            listener.start()
            diary = Diary.open_for_reading(Path(told["diary"]))
            version = diary.database.data_version()
            lists = read(diary, CHART_SCORES)
            listener.join()
        else:
            take_request(line)
        request = found.get("asked")
        if not isinstance(request, ChartRequest):
            return  # the window will not ask
        scores = CHART_SCORES if set(scores_drawn(request.choices)) <= set(CHART_SCORES) else None
        # Read (again) unless what was read is still the diary as it is: another diary, a
        # write since by the window or another program (SQLite's data_version says so), or
        # a score not read.
        if diary is None or diary.data_dir != Path(request.data_dir):
            if diary is not None:
                diary.close(checkpoint=False)
            diary = Diary.open_for_reading(Path(request.data_dir))
            lists = None
        if lists is None or scores is None or diary.database.data_version() != version:
            lists = read(diary, scores)
        found["lists"] = lists
        found["request"] = request
    finally:
        if listener is None:
            on_request()  # none will come
        if diary is not None:
            diary.close(checkpoint=False)  # no "outside change" for the window


def _use_the_windows_language(locale_name: str) -> None:
    from PySide6.QtCore import QLocale

    from recovery_tracker.domain import text
    from recovery_tracker.ui.translation import qt_date, use_translations_without_application

    locale = QLocale(locale_name)
    QLocale.setDefault(locale)
    use_translations_without_application(locale)
    text.set_date_formatter(qt_date)


def draw(out: IO[bytes]) -> int:
    from recovery_tracker.ui import startup

    # Only what the window leaves: on a computer with one free core, or a busy one, the
    # window's start comes first (and the window draws its chart itself if this is late).
    with contextlib.suppress(AttributeError, OSError):
        os.nice(NICER)
    startup.pause_garbage_collection()  # a short life that frees almost nothing
    startup.keep_compiled_code("chart")  # until the picture is sent (ui/code_cache.py)
    found: dict[str, object] = {}
    asked = threading.Event()
    reader = threading.Thread(target=_read_request_and_diary, args=(found, asked.set), daemon=True)
    reader.start()
    startup.import_matplotlib_2d()
    import json

    import recovery_tracker.charts  # noqa: F401  # the chart's own modules, while waiting
    from recovery_tracker.storage.resources import medicine_list
    from recovery_tracker.ui.chart_picture import (
        ChartRequest,
        blank_figure_for,
        find_fonts_ahead,
        render_chart,
        snapshot_for_charts,
    )

    deadline = time.monotonic() + WAIT_FOR_REQUEST_S
    asked.wait(WAIT_FOR_REQUEST_S)
    request = found.get("asked")
    if not isinstance(request, ChartRequest):
        return 1
    # What drawing does first, done while the days are still being read (SQLite works
    # without Python's lock): the plot, and the fonts of each text size (matplotlib weighs
    # every installed font the first time a size is asked for). At 30 years the days come
    # 30-50 ms after matplotlib has loaded.
    figure = blank_figure_for(request.choices, request.size, request.ratio)
    if reader.is_alive():
        find_fonts_ahead()
    reader.join(max(0.0, deadline - time.monotonic()))
    if found.get("request") is not request:
        return 1  # the diary could not be read: the window draws its chart itself

    if request.locale is not None:
        _use_the_windows_language(request.locale)
    snapshot = snapshot_for_charts(found["lists"], medicine_list())  # type: ignore[arg-type]
    picture = render_chart(
        request.kind, snapshot, request.choices, request.size, request.ratio, figure
    ).picture
    size = {"width": picture.width, "height": picture.height, "ratio": picture.ratio}
    out.write(json.dumps(size).encode() + b"\n")
    out.write(picture.pixels)
    out.flush()
    from recovery_tracker.ui import code_cache

    code_cache.finish()  # the window has its picture: written if anything was new
    return 0


if __name__ == "__main__":
    code = draw(sys.stdout.buffer)
    # At once: tidying up matplotlib's modules would take the window's core for 30-50 ms,
    # and there is nothing to tidy (the diary was only read, and is closed).
    os._exit(code)
