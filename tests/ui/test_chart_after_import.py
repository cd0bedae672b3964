"""After a CSV import the window's thread first shows the imported diary (the Today panel
repainted), and only then does the background thread draw its chart; a picture that was
outdated while it waited is not drawn at all (issue 17).

Drawn meanwhile, the chart held Python's lock through the window's repaint, which needs it
for every Python-made widget it paints: the repaint after an import into a 30-year diary
took 30-40 ms instead of 5, the longest stall of that import. And a chart asked for while
the import ran (the window resized, say) was drawn of the diary before the import, right
as the window took the imported lists: a picture nobody would see, competing with them.
"""

import threading
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from recovery_tracker.exchange.csv_folder import export_csv
from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from recovery_tracker.ui import chart_panel
from tests.conftest import NOW
from tests.ui.conftest import settle

DAYS = 365  # two check-ins a day


@pytest.fixture
def exported_year(tmp_path, monkeypatch):
    source = Diary.open(tmp_path / "a-year")
    last_day = NOW.date() - timedelta(days=1)
    insert_content(source, synthetic_content(DAYS, 4, last_day, load_templates().templates))
    export_csv(source, tmp_path / "csv")
    source.close()
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)  # "Import finished"
    return tmp_path / "csv"


@pytest.fixture
def drawn(monkeypatch):
    """Every chart the background thread draws: (when it began, how many days it shows)."""
    pictures: list[tuple[float, int]] = []
    real = chart_panel.render_chart

    def spied(kind, snapshot, *args, **kwargs):
        pictures.append((time.perf_counter(), len(snapshot.daily or [])))
        return real(kind, snapshot, *args, **kwargs)

    monkeypatch.setattr(chart_panel, "render_chart", spied)
    return pictures


def _shown_and_drawn(qtbot, window) -> None:
    window.show()
    qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
    qtbot.waitUntil(
        lambda: window._background and not window._background.isActive(), timeout=20_000
    )
    settle(window)


class _Paints(QObject):
    """When ``widget`` was painted."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.at: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at.append(time.perf_counter())
        return False


def test_the_imported_diary_is_painted_before_its_chart_is_drawn(
    qtbot, window, exported_year, drawn
):
    _shown_and_drawn(qtbot, window)
    paints = _Paints(window.today.position_label)  # "No injection recorded yet" becomes "Day 85 …"
    taken: list[float] = []
    window.diary.changed.connect(lambda _kinds: taken.append(time.perf_counter()))
    drawn.clear()
    assert window.import_csv(exported_year) is not None
    settle(window)
    assert taken and drawn
    chart_begun = min(at for at, _days in drawn if at > taken[0])
    assert [at for at in paints.at if taken[0] < at < chart_begun], (
        "the chart was drawn before the window had painted the imported diary"
    )
    assert drawn[-1][1] == DAYS


def test_a_chart_outdated_while_it_waits_for_an_import_is_not_drawn(
    qtbot, window, exported_year, drawn, monkeypatch
):
    _shown_and_drawn(qtbot, window)
    service = window.diary.service
    go_on = threading.Event()
    real_import = service.import_csv_apart

    def held_import(folder):
        go_on.wait(10)  # until the chart below has asked for a picture
        return real_import(folder)

    monkeypatch.setattr(service, "import_csv_apart", held_import)

    def meanwhile() -> None:
        window.chart.redraw()  # as a resize of the window does, while the import runs
        QTimer.singleShot(100, go_on.set)  # its job queued behind the import's by then

    QTimer.singleShot(0, meanwhile)
    drawn.clear()
    assert window.import_csv(exported_year) is not None
    settle(window)
    assert [days for _at, days in drawn] == [DAYS]  # only the imported diary's chart
    assert window.chart.canvas is not None and not window.chart.is_busy()


def test_a_chart_asked_for_during_a_failed_import_is_drawn_after_it(
    qtbot, window, exported_year, drawn, monkeypatch
):
    """No import, so no reload to redraw: the chart that waited for it is drawn anyway."""
    _shown_and_drawn(qtbot, window)
    service = window.diary.service
    go_on = threading.Event()

    def failing_import(_folder):
        go_on.wait(10)
        raise StorageError("The disk is full.")

    monkeypatch.setattr(service, "import_csv_apart", failing_import)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)

    def meanwhile() -> None:
        window.chart.redraw()
        QTimer.singleShot(100, go_on.set)

    QTimer.singleShot(0, meanwhile)
    drawn.clear()
    assert window.import_csv(exported_year) is None
    settle(window)
    assert [days for _at, days in drawn] == [0]  # the diary as it was, once
    assert not window.diary.is_written_apart()
