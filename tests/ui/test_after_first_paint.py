"""The first paint shows the Today form; the Progress tab's controls, the reminders and the
tray are made one event-loop turn later. Nothing the patient does right after start is lost
meanwhile: a digit lands in the Today form, a tab click and a menu key work, and the first
chart is made for the size the Progress tab really has."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_unshown(data_dir):
    from recovery_tracker.ui.app import open_window
    from tests.conftest import NOW

    return open_window(data_dir, clock=lambda: NOW)


def _show_as_the_desktop_does(qtbot, window) -> None:
    """Shown, made the active window as the desktop does with a new window, and painted."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _close(window) -> None:
    window.today.form.reset(window.diary.clock())
    window.close()
    window.deleteLater()
    window.diary.service.diary.close()


def test_the_progress_tab_is_built_once_the_today_form_is_painted(qtbot, data_dir, monkeypatch):
    from recovery_tracker.ui import chart_panel

    shown = []  # the size of each chart put on screen
    show_chart = chart_panel.ChartView.show_chart

    def recording(view, chart):
        shown.append((chart.width, chart.height))
        show_chart(view, chart)

    monkeypatch.setattr(chart_panel.ChartView, "show_chart", recording)
    window = _open_unshown(data_dir)
    try:
        assert window.tabs.widget(0).objectName() == "placeholder-progress"
        assert window.tabs.tabText(0) == "Progress"  # its title is there from the start
        assert not window.started_up()
        window.show()
        qtbot.waitUntil(window.started_up)
        assert isinstance(window.tabs.widget(0), chart_panel.ChartPanel)
        assert window.tabs.widget(0) is window.chart
        qtbot.waitUntil(lambda: window.chart.canvas is not None)
        settle(window)
        # The view, put in the placeholder's place with the first picture, takes its size in
        # the layout's next pass; a chart redrawn for that size would come then too.
        qtbot.wait(100)
        settle(window)
        # Made for the tab's real size the first time: no second chart for a corrected size.
        view = window.chart.canvas
        ratio = view.devicePixelRatioF()
        assert shown == [(round(view.width() * ratio), round(view.height() * ratio))]
    finally:
        _close(window)


def test_a_digit_typed_at_once_lands_in_the_today_form(qtbot, data_dir):
    window = _open_unshown(data_dir)
    try:
        _show_as_the_desktop_does(qtbot, window)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7)
        assert window.today.form.scores["pain"].value() == 7
        qtbot.waitUntil(window.started_up)
        assert window.today.form.scores["pain"].value() == 7
    finally:
        _close(window)


def test_a_tab_click_and_a_menu_key_right_after_start_work(qtbot, data_dir):
    window = _open_unshown(data_dir)
    try:
        _show_as_the_desktop_does(qtbot, window)
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
        assert window.tabs.currentIndex() == 2
        assert window.tabs.widget(2) is window.medicines  # built when opened, as always
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
        assert window.tabs.currentIndex() == 1
        qtbot.waitUntil(window.started_up)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
        assert window.tabs.currentIndex() == 0
        # The chart, made while another tab was in front, is there when Progress shows.
        qtbot.waitUntil(lambda: window.chart.canvas is not None and window.chart.canvas.isVisible())
        file_menu = window.menuBar().actions()[0].menu()
        assert next(a.text() for a in file_menu.actions() if a.text()) == "Appointment &report…"
        assert window.reminders is not None  # made after the paint, there when asked for
    finally:
        _close(window)


def test_the_progress_tab_shows_the_patients_range_from_its_first_frame(qtbot, data_dir):
    from dataclasses import replace

    window = _open_unshown(data_dir)
    try:
        window.diary.save_settings(replace(window.diary.settings(), chart_range="30"))
        assert window.chart.range_combo.currentData() == 30  # before its first chart
    finally:
        _close(window)
