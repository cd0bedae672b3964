"""CSV export and import run on the background thread: the window keeps answering."""

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from recovery_tracker.exchange import csv_folder  # imported by the service when used


def _slowed(monkeypatch, module, name: str, seconds: float) -> None:
    original = getattr(module, name)

    def slow(*args, **kwargs):
        time.sleep(seconds)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)


def _ticks_during(action) -> tuple[object, int]:
    """How often a 10 ms timer fired while ``action`` ran (0: the event loop was held)."""
    ticks = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    result = action()
    timer.stop()
    return result, ticks[0]


def test_csv_export_and_import_keep_the_window_answering(qtbot, window, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    window.today.form.scores["pain"].setValue(4)
    window.today.save()
    _slowed(monkeypatch, csv_folder, "export_csv", 0.5)
    folder, ticks = _ticks_during(lambda: window.export_csv(tmp_path / "csv"))
    assert folder == tmp_path / "csv" and (folder / "checkins.csv").exists()
    assert ticks >= 20

    _slowed(monkeypatch, csv_folder, "import_csv", 0.5)
    sentence, ticks = _ticks_during(lambda: window.import_csv(tmp_path / "csv"))
    assert sentence is not None and said == [sentence]
    assert ticks >= 20
