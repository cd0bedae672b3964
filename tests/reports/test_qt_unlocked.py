"""The report's long Qt calls leave Python's GIL to the window's thread meanwhile."""

import threading
import time

from PySide6.QtCore import QEventLoop, QSizeF
from PySide6.QtGui import QTextDocument

from recovery_tracker.exchange import qt_unlocked
from tests.reports.test_report import qapp_module  # noqa: F401

PAGE = QSizeF(500, 750)


def _long_table() -> QTextDocument:
    rows = "".join(
        f"<tr><td>{n}</td><td>Advil</td><td>400 mg</td><td>note {n}</td></tr>" for n in range(3000)
    )
    document = QTextDocument()
    document.setHtml(f"<table>{rows}</table>")
    # As the report (which registers its chart objects there): once Python holds the
    # document's layout, PySide keeps the GIL while Qt lays the document out.
    document.documentLayout()
    return document


def _lay_out_elsewhere(lay_out) -> tuple[float, float, int]:
    """Lay a long document out on another thread, as the report does; returns the seconds
    it took, the longest this thread waited to run Python meanwhile, and the page count."""
    ready, done = threading.Event(), threading.Event()
    result: list[float] = []

    def run() -> None:
        loop = QEventLoop()  # the thread's event dispatcher, as in report_pdf
        document = _long_table()
        ready.set()
        started = time.perf_counter()
        pages = lay_out(document)
        result.extend([time.perf_counter() - started, pages])
        del document, loop
        done.set()

    threading.Thread(target=run).start()
    ready.wait()
    longest, last = 0.0, time.perf_counter()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return result[0], longest, int(result[1])


def _with_pyside(document: QTextDocument) -> int:
    document.setPageSize(PAGE)
    return document.pageCount()


def _unlocked(document: QTextDocument) -> int:
    qt_unlocked.set_page_size(document, PAGE)
    return qt_unlocked.page_count(document)


def test_laying_out_a_long_document_lets_other_threads_run(qapp_module):  # noqa: F811
    held_took, held_wait, held_pages = _lay_out_elsewhere(_with_pyside)
    assert held_took > 0.1 and held_wait > 0.3 * held_took  # PySide held the GIL meanwhile

    took, waited, pages = _lay_out_elsewhere(_unlocked)
    assert took > 0.1 and waited < held_wait / 3  # only as long as the busy machine made it
    assert pages == held_pages > 10


def test_every_call_is_found_in_the_qt_this_process_loaded(qapp_module):  # noqa: F811
    """A call not found falls back to PySide, which holds the GIL: on Linux, where the
    report's layout and chart handler must be made without it (Qt's locks, see the module's
    notes), every one is found."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    missing = [name for name in qt_unlocked._NAMES if qt_unlocked._function(name) is None]
    assert missing == []
