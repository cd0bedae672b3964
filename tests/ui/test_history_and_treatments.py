from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from recovery_tracker.ui.first_read import checkins_pending
from recovery_tracker.ui.history import CheckInDialog
from recovery_tracker.ui.treatments import InjectionDialog
from tests.ui.conftest import settle


def _log(window, day: int, hour: int, pain: int) -> None:
    window.diary.save_checkin({"date": date(2026, 11, day), "time": time(hour, 0), "pain": pain})


def _open_history(qtbot, window, rows: int) -> None:
    """History as the patient finds it once "Loading check-ins…" has gone: the check-ins are
    read just after the first chart (tests/ui/test_first_read.py), and a row selected before
    they arrived selected nothing (flaky on a loaded CI machine)."""
    qtbot.waitUntil(lambda: not checkins_pending(window.diary), timeout=20_000)
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.model.rowCount() == rows, timeout=20_000)


def test_history_is_newest_first_and_sortable_by_score(qtbot, window):
    _log(window, 20, 8, 5)
    _log(window, 22, 8, 2)
    _log(window, 21, 20, 9)
    model = window.history.model
    assert [model.index(r, 2).data() for r in range(3)] == ["2", "9", "5"]
    window.tabs.setCurrentWidget(window.history)
    window.history.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 2).data() for r in range(3)] == ["9", "5", "2"]
    assert window.history.count_label.text() == "3 check-ins"


def test_history_shows_the_day_after_which_injection(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 18), "site": "Knee", "kind": "PRP"})
    _log(window, 20, 8, 5)
    _log(window, 10, 8, 6)
    model = window.history.model
    assert [model.index(r, 1).data() for r in range(2)] == ["#1 day 2", "baseline"]


def test_editing_a_checkin_from_history_updates_the_chart(qtbot, window):
    _log(window, 20, 8, 5)
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    # The check-ins are read just after the first chart; History opened before that read
    # arrives says "Loading check-ins…" (tests/ui/test_first_read.py): the patient waits.
    qtbot.waitUntil(lambda: not checkins_pending(window.diary), timeout=20_000)
    window.tabs.setCurrentWidget(window.history)
    window.history.table.selectRow(0)
    window.history.edit_selected()
    dialog = window.history.findChild(CheckInDialog)
    assert dialog is not None
    dialog.form.scores["pain"].setValue(3)
    dialog.save()
    assert window.history.model.index(0, 2).data() == "3"
    window.tabs.setCurrentIndex(0)  # the chart is brought up to date when it shows
    settle(window)
    line = next(
        a for a in window.chart.figure.axes[0].get_children() if a.get_gid() == "series-pain"
    )
    assert list(line.get_ydata()) == [3.0]


def test_an_edit_with_a_bad_value_keeps_the_dialog_open_with_a_message(qtbot, window):
    _log(window, 20, 8, 5)
    _open_history(qtbot, window, rows=1)
    window.history.table.selectRow(0)
    window.history.edit_selected()
    dialog = window.history.findChild(CheckInDialog)
    dialog.form.scores["pain"].setValue(None)
    dialog.save()
    assert dialog.isVisible() and dialog.form.errors["pain"].isVisible()
    assert window.diary.checkins()[0].pain == 5
    dialog.reject()


def test_deleting_a_checkin_asks_first(qtbot, window, answer_dialogs):
    _log(window, 20, 8, 5)
    _open_history(qtbot, window, rows=1)
    window.history.table.selectRow(0)
    asked = answer_dialogs(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    window.history.delete_selected()
    assert len(window.diary.checkins()) == 1
    window.history.delete_selected()
    assert window.diary.checkins() == []
    assert "Friday 20 November 2026 at 08:00" in asked[0]


def test_recording_injections_numbers_them_in_date_order(qtbot, window):
    window.tabs.setCurrentWidget(window.treatments)
    dialog = window.treatments.add_injection()
    assert dialog.kind.currentText() == "PRP"
    assert dialog.date_edit.date() == QDate(2026, 11, 24)  # today by default
    dialog.date_edit.setDate(QDate(2026, 11, 25))  # kept as chosen, refused visibly
    assert "after today" in dialog.errors["date"].text()
    dialog.date_edit.setDate(QDate(2026, 11, 10))
    qtbot.keyClicks(dialog.site.lineEdit(), "L4-L5 facet joint")
    dialog.side.setCurrentText("Both sides")
    dialog.guidance.setCurrentText("X-ray / fluoroscopy")
    qtbot.keyClicks(dialog.clinic, "Dr. Lee")
    dialog.save()
    assert not dialog.isVisible()

    earlier = window.treatments.add_injection()
    earlier.date_edit.setDate(QDate(2026, 10, 1))
    earlier.site.setCurrentText("Knee")
    earlier.save()

    model = window.treatments.model
    assert [model.index(r, 0).data() for r in range(2)] == ["1", "2"]
    assert [model.index(r, 3).data() for r in range(2)] == ["Knee", "L4-L5 facet joint"]
    assert model.index(1, 6).data() == "Dr. Lee"
    assert window.treatments.summary.text() == "2 injections in your series."


def test_an_injection_without_a_site_is_not_saved_and_says_why(qtbot, window):
    dialog = window.treatments.add_injection()
    qtbot.keyClicks(dialog.clinic, "Dr. Lee")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["site"].text() == "Site is required."
    assert dialog.clinic.text() == "Dr. Lee"
    assert window.diary.injections() == []
    dialog.reject()


def test_editing_and_deleting_an_injection(qtbot, window, answer_dialogs):
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    window.tabs.setCurrentWidget(window.treatments)
    window.treatments.table.selectRow(0)
    dialog = window.treatments.edit_selected()
    assert isinstance(dialog, InjectionDialog) and dialog.site.currentText() == "Knee"
    dialog.side.setCurrentText("Left")
    dialog.save()
    assert window.diary.injections()[0].side == "Left"

    window.tabs.setCurrentWidget(window.treatments)
    window.treatments.table.selectRow(0)
    answer_dialogs(QMessageBox.StandardButton.Yes)
    window.treatments.delete_selected()
    assert window.diary.injections() == []


def test_the_edited_checkin_stays_selected(qtbot, window):
    for day, pain in ((18, 3), (19, 5), (20, 7)):
        _log(window, day, 8, pain)
    window.tabs.setCurrentWidget(window.history)
    table = window.history.table
    qtbot.waitUntil(lambda: table.model() is not None)
    table.selectRow(1)  # 19 Nov, the middle one
    chosen = window.history.selected()
    window.diary.save_checkin(
        {"id": chosen.id, "date": chosen.date, "time": chosen.time, "pain": 2}
    )  # as the edit dialog saves it
    assert window.history.selected().id == chosen.id
    assert window.history.selected().pain == 2


def test_the_injection_confirmation_names_the_side(qtbot, window):
    # Ahmed's left knee was confirmed as "Corticosteroid, Knee, Tue 24 Nov 2026.": which knee?
    dialog = window.treatments.add_injection()
    qtbot.keyClicks(dialog.site.lineEdit(), "Knee")
    qtbot.keyClicks(dialog.side.lineEdit(), "Left")
    dialog.save()
    assert not dialog.isVisible()
    assert (
        window.today.confirmation.text()
        == "✓ Injection recorded: PRP, Knee (Left), Tue 24 Nov 2026."
    )


def test_history_first_opening_sorts_its_rows_once(qtbot, window):
    # Read newest first already: sorting them again on show re-laid out and re-measured the
    # whole table, a stall at History's first opening with years of check-ins.
    _log(window, 20, 8, 5)
    _log(window, 22, 8, 2)
    _log(window, 21, 20, 9)
    model = window.history.model
    relayouts: list[object] = []
    model.layoutChanged.connect(lambda *_args: relayouts.append(True))
    window.tabs.setCurrentWidget(window.history)
    settle(window)
    assert relayouts == []
    assert [model.index(r, 2).data() for r in range(3)] == ["2", "9", "5"]


def test_escape_after_changing_a_past_check_in_asks_before_dropping_it(
    qtbot, window, answer_dialogs
):
    _log(window, 20, 8, 5)
    _open_history(qtbot, window, rows=1)
    window.history.table.selectRow(0)
    window.history.edit_selected()
    dialog = window.history.findChild(CheckInDialog)
    qtbot.waitUntil(dialog.isVisible)
    asked = answer_dialogs()
    qtbot.keyClick(dialog.form.notes_edit, Qt.Key.Key_Escape)  # nothing changed: no question
    assert asked == [] and not dialog.isVisible()

    window.history.edit_selected()
    dialog = next(d for d in window.history.findChildren(CheckInDialog) if d.isVisible())
    qtbot.keyClicks(dialog.form.notes_edit, "worse after gardening")
    asked = answer_dialogs(QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog.form.notes_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()
    assert window.diary.checkins()[0].notes == "worse after gardening"
