"""File > Appointment report: the PDF is made and printed on the background thread, with its
progress in the dialog and a Cancel that leaves no file; the window keeps answering."""

import threading
import time
from datetime import date
from datetime import time as clock_time

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter

from recovery_tracker import charts
from recovery_tracker.reports.content import CHART_WIDTH_PT
from recovery_tracker.ui import report_dialog
from recovery_tracker.ui.app import open_window
from tests.conftest import NOW

SLOW_CHART_S = 0.4  # each of the three charts: a 30-year diary on a slow machine


def _diary_with_charts(window) -> None:
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    for day in (2, 3, 4):
        window.diary.save_checkin({"date": date(2026, 11, day), "time": clock_time(9), "pain": 5})


def _draw_slowly(monkeypatch) -> list[str]:
    """Every chart of the report as it is, but slow; records the thread each one was drawn
    on. The window's own chart (drawn on the same thread now and then) is left alone."""
    threads: list[str] = []
    for kind, (title, draw) in list(charts.CHARTS.items()):

        def slow(figure, snapshot, options, draw=draw) -> None:
            if round(figure.get_figwidth() * 72) == CHART_WIDTH_PT:  # the report's
                threads.append(threading.current_thread().name)
                time.sleep(SLOW_CHART_S)
            draw(figure, snapshot, options)

        monkeypatch.setitem(charts.CHARTS, kind, (title, slow))
    return threads


class Ticks:
    """A 10 ms timer on the window's thread: it ticks only while the event loop answers."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def _save_through_the_button(qtbot, dialog, path, monkeypatch) -> float:
    """Click Save PDF… as the patient does (the file dialog answers ``path``); the seconds
    the click held the window."""
    monkeypatch.setattr(report_dialog, "choose_save_path", lambda *_args: path)
    started = time.monotonic()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return time.monotonic() - started


def _first_page(path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_saving_the_report_keeps_the_window_answering(qtbot, window, tmp_path, monkeypatch):
    _diary_with_charts(window)
    dialog = window.open_report()
    threads = _draw_slowly(monkeypatch)
    path = tmp_path / "report.pdf"
    ticks = Ticks()

    held = _save_through_the_button(qtbot, dialog, path, monkeypatch)

    assert held < 0.2  # the click returns at once: the report is made elsewhere
    assert dialog.is_busy() and not path.exists()
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.message.text() == "Drawing the charts…", timeout=5000)
    qtbot.keyClicks(dialog.name, "Tom")  # the dialog answers keys meanwhile
    assert dialog.name.text().endswith("Tom") and dialog.is_busy()
    with qtbot.waitSignal(dialog.report_done, timeout=20_000) as done:
        pass
    assert done.args == [path]
    assert ticks.count >= 0.8 * 3 * SLOW_CHART_S * 100 * 0.5  # the event loop kept turning
    assert threading.main_thread().name not in threads and len(threads) == 3
    assert "Recovery report" in _first_page(path)
    assert dialog.message.text() == f"Saved to {path}."
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert _leftovers(tmp_path) == []
    dialog.reject()


def test_cancel_stops_the_report_and_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    _diary_with_charts(window)
    dialog = window.open_report()
    threads = _draw_slowly(monkeypatch)
    path = tmp_path / "report.pdf"
    _save_through_the_button(qtbot, dialog, path, monkeypatch)
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)  # drawing the first chart

    with qtbot.waitSignal(dialog.report_done, timeout=5000) as done:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert done.args == [None]
    assert len(threads) == 1  # stopped before the next chart
    assert not path.exists() and _leftovers(tmp_path) == []
    assert dialog.message.text() == "Cancelled; no report was saved."
    assert dialog.save_button.isEnabled() and not dialog.is_busy()
    dialog.reject()


def test_a_report_goes_on_after_its_dialog_is_closed(qtbot, window, tmp_path, monkeypatch):
    _diary_with_charts(window)
    dialog = window.open_report()
    _draw_slowly(monkeypatch)
    path = tmp_path / "report.pdf"
    _save_through_the_button(qtbot, dialog, path, monkeypatch)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the patient closes the dialog: the work goes on
    assert not dialog.isVisible()

    notes = window.today.form.notes_edit  # and types a note in the window meanwhile
    notes.setFocus()
    qtbot.keyClicks(notes, "stiff")
    assert notes.toPlainText() == "stiff" and not path.exists()
    qtbot.waitUntil(path.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Report saved" in window.today.confirmation.text(), timeout=5000)
    assert "Recovery report" in _first_page(path)


def test_closing_the_window_during_a_report_is_safe(qtbot, data_dir, tmp_path, monkeypatch):
    window = open_window(data_dir, clock=lambda: NOW)
    window.show()
    _diary_with_charts(window)
    dialog = window.open_report()
    _draw_slowly(monkeypatch)
    path = tmp_path / "report.pdf"
    _save_through_the_button(qtbot, dialog, path, monkeypatch)

    window.today.form.reset(window.diary.clock())
    service = window.diary.service
    window._quitting = True  # File > Quit, without ending the test's QApplication
    window.close()  # it waits for the report, which is then finished or not begun
    window.deleteLater()
    qtbot.wait(100)  # the late result finds its dialog gone
    service.diary.close()

    assert _leftovers(tmp_path) == []
    if path.exists():
        assert "Recovery report" in _first_page(path)


def test_printing_runs_off_the_event_loop(qtbot, window, tmp_path, monkeypatch):
    _diary_with_charts(window)
    dialog = window.open_report()
    threads = _draw_slowly(monkeypatch)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    started = time.monotonic()
    with qtbot.waitSignal(dialog.report_done, timeout=20_000) as done:
        dialog.print_to(printer)
        assert time.monotonic() - started < 0.2 and dialog.is_busy()
    assert done.args == [tmp_path / "printed.pdf"]  # the printer's file, as the dialog chose
    assert threading.main_thread().name not in threads and len(threads) >= 3
    assert dialog.message.text() == "Sent to the printer."
    assert "Recovery report" in _first_page(tmp_path / "printed.pdf")
    dialog.reject()


def test_the_check_ins_are_read_on_the_background_thread(qtbot, window, tmp_path, monkeypatch):
    """After a save the window no longer holds every check-in; the report reads them on the
    background thread (30 years of them: 0.1-0.2 s), on a connection of its own."""
    from recovery_tracker.storage.checkins import CheckInRepository

    _diary_with_charts(window)
    window.today.form.scores["pain"].setValue(4)
    window.today.save()  # the window's list of every check-in is dropped
    read_on: list[str] = []
    original = CheckInRepository.list

    def recorded(store, *args, **kwargs):
        if not args and not kwargs:  # every check-in, as the report needs them
            read_on.append(threading.current_thread().name)
        return original(store, *args, **kwargs)

    monkeypatch.setattr(CheckInRepository, "list", recorded)
    dialog = window.open_report()
    path = tmp_path / "report.pdf"
    with qtbot.waitSignal(dialog.report_done, timeout=20_000):
        dialog.save_pdf(path)
    assert read_on and threading.main_thread().name not in read_on
    assert "Recovery report" in _first_page(path)
    dialog.reject()


def test_cancel_report_is_offered_only_while_a_report_is_made(qtbot, window):
    """Ctrl+R: Save PDF…, Print… and Close; a Cancel with nothing to cancel did nothing."""
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(report_dialog.ReportDialog) is not None)
    dialog = window.findChild(report_dialog.ReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.save_button.isVisible()
    assert not dialog.cancel_button.isVisible()


def _record_report_objects(monkeypatch) -> dict[str, list[str]]:
    """The threads that make and destroy the report's QObjects (documents, chart renderers,
    PDF writer and its buffer), and those that call Qt's registerHandler through PySide."""
    import weakref

    from PySide6.QtGui import QAbstractTextDocumentLayout

    from recovery_tracker.exchange import report_pdf

    seen: dict[str, list[str]] = {"made": [], "destroyed": [], "registered_holding_gil": []}

    def recorded(cls):  # type: ignore[no-untyped-def]
        class Recorded(cls):  # type: ignore[misc, valid-type]
            def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
                super().__init__(*args)
                seen["made"].append(threading.current_thread().name)
                weakref.finalize(
                    self, lambda: seen["destroyed"].append(threading.current_thread().name)
                )

        return Recorded

    for name in ("QTextDocument", "QSvgRenderer", "QPdfWriter", "QBuffer"):
        monkeypatch.setattr(report_pdf, name, recorded(getattr(report_pdf, name)))
    original = QAbstractTextDocumentLayout.registerHandler

    def register(layout, *args):  # type: ignore[no-untyped-def]
        seen["registered_holding_gil"].append(threading.current_thread().name)
        return original(layout, *args)

    monkeypatch.setattr(QAbstractTextDocumentLayout, "registerHandler", register)
    return seen


def test_the_report_objects_are_destroyed_on_the_window_thread(
    qtbot, window, tmp_path, monkeypatch
):
    """The report is made on the background thread, but its QObjects are destroyed on the
    window's thread, and the handler that draws its charts is registered without the GIL.
    Destroying a QObject, or registering a handler (a connection), takes one of Qt's shared
    signal-slot locks: on the background thread, holding the GIL, that deadlocked with the
    window's thread holding the same lock while waiting for the GIL (a CI run hung)."""
    _diary_with_charts(window)
    seen = _record_report_objects(monkeypatch)
    dialog = window.open_report()
    for ending in ("saved", "cancelled", "printed"):
        path = tmp_path / f"{ending}.pdf"
        with qtbot.waitSignal(dialog.report_done, timeout=20_000) as done:
            if ending == "printed":
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(path))
                dialog.print_to(printer)
            else:
                dialog.save_pdf(path)
                if ending == "cancelled":
                    dialog.cancel()
        assert (done.args == [None]) == (ending == "cancelled")
    qtbot.waitUntil(lambda: len(seen["destroyed"]) == len(seen["made"]), timeout=5000)
    main = threading.main_thread().name
    assert seen["made"] and main not in seen["made"]  # made on the background thread
    assert set(seen["destroyed"]) == {main}
    assert seen["registered_holding_gil"] == []
    assert "Recovery report" in _first_page(tmp_path / "saved.pdf")
    assert "Recovery report" in _first_page(tmp_path / "printed.pdf")
    dialog.reject()


def test_a_report_printed_to_a_file_is_private_as_a_saved_one(qtbot, window, tmp_path):
    """Print to file wrote the report readable by every user of the computer (0644), where
    Save PDF… writes it for the patient alone (0600)."""
    _diary_with_charts(window)
    dialog = window.open_report()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.report_done, timeout=20_000):
        assert dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_mode & 0o777 == 0o600
    dialog.reject()
