"""Every screen whole on a small screen: the window fits and comes back where it was left,
dialogs scroll instead of squashing, and tables follow their content."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from recovery_tracker.ui.history import CheckInDialog
from recovery_tracker.ui.window_place import FRAME_HEIGHT


def test_the_window_opens_inside_the_screens_free_area(window):
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() + FRAME_HEIGHT <= area.height()
    assert area.contains(QRect(window.pos(), window.size()))


def test_the_window_comes_back_with_the_size_and_place_it_was_left_at(qtbot, open_main_window):
    first = open_main_window()
    first.resize(720, 470)
    first.move(30, 20)
    first.close()
    again = open_main_window()
    assert (again.width(), again.height()) == (720, 470)
    # (the window frame's few pixels aside, which the platform adds or not)
    assert abs(again.x() - 30) <= 8 and abs(again.y() - 20) <= 8


def test_the_edit_checkin_dialog_scrolls_rather_than_squashing_at_800_by_600(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 4, "sleep": 6})
    [checkin] = window.diary.checkins()
    dialog = CheckInDialog(window.diary, checkin, window)
    qtbot.addWidget(dialog)
    assert dialog.form.more.isVisible() or dialog.form.more_button.isChecked()
    assert dialog.minimumSizeHint().height() <= 560  # fits 600 with a title bar
    dialog.resize(700, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field, selector in dialog.form.scores.items():  # whole, never pressed flat
        assert selector.height() >= selector.minimumSizeHint().height(), field


def test_table_columns_follow_their_content_when_it_arrives(qtbot, window):
    window.tabs.setCurrentWidget(window.history)  # sized while the diary is empty
    table = window.history.table
    qtbot.waitUntil(lambda: table.model() is not None)
    window.diary.save_checkin(
        {"date": date(2026, 11, 20), "time": time(8), "pain": 4, "notes": "walked"}
    )
    for _ in range(5):
        QApplication.processEvents()
    for column in range(table.model().columnCount() - 1):  # the last one stretches
        if table.isColumnHidden(column):
            continue  # e.g. leg pain, for the spine only
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column


def test_a_failed_save_on_a_scrolled_panel_scrolls_to_the_field_and_focuses_it(qtbot, window):
    window.resize(760, 420)
    window.today.form.show_more(True)
    QApplication.processEvents()
    scroll = window.today._scroll
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    window.activateWindow()
    window.today.save()  # no pain score
    pain = window.today.form.scores["pain"]
    qtbot.waitUntil(pain.hasFocus)
    top = pain.mapTo(scroll.viewport(), pain.rect().topLeft()).y()
    assert top >= 0 and top + pain.height() <= scroll.viewport().height()  # in sight


def test_at_800_by_600_the_tabs_and_the_medicines_key_column_are_whole(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 20), "site": "Knee", "kind": "PRP"})
    window.diary.save_medication({"date": date(2026, 11, 24), "time": time(8), "name": "Advil"})
    window.resize(800 - 16, 600 - 40)  # what fits an 800x600 screen with a title bar
    window._share_width()
    QApplication.processEvents()
    bar = window.tabs.tabBar()
    assert bar.width() >= bar.sizeHint().width()  # no scroll arrows hiding Visits
    window.tabs.setCurrentWidget(window.medicines)
    table = window.medicines.table
    qtbot.waitUntil(lambda: table.model() is not None)
    QApplication.processEvents()
    plan = table.model().headers.index("Your plan")
    assert table.model().index(0, plan).data().startswith("⚠ against")
    right = table.columnViewportPosition(plan) + table.columnWidth(plan)
    assert right <= table.viewport().width()


def test_a_window_made_narrower_keeps_every_tab_title_in_sight(qtbot, window):
    window.resize(1180, 740)
    QApplication.processEvents()
    window._share_width()  # as at first show, on a wide screen
    window.resize(800 - 16, 600 - 40)  # then the patient makes it narrow
    qtbot.waitUntil(lambda: window.tabs.tabBar().width() >= window.tabs.tabBar().sizeHint().width())
