from datetime import date, datetime, time

from PySide6.QtCore import Qt


def test_deleting_a_checkin_can_be_undone_with_ctrl_z_and_redone(qtbot, window, answer_dialogs):
    from PySide6.QtWidgets import QMessageBox

    saved = window.diary.save_checkin(
        {
            "date": date(2026, 11, 20),
            "time": time(8),
            "pain": 6,
            "notes": "kept",
            "for_doctor": True,
        }
    )
    window.tabs.setCurrentWidget(window.history)
    window.history.table.selectRow(0)
    answer_dialogs(QMessageBox.StandardButton.Yes)
    window.history.delete_selected()
    assert window.history.model.rowCount() == 0
    assert window.undo_action.text() == "&Undo Delete check-in of 20 Nov 08:00"

    window.history.table.setFocus()
    qtbot.keyClick(window.history.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [back] = window.diary.checkins()
    assert back == saved  # same id, same everything
    assert window.history.model.rowCount() == 1
    window.redo_action.trigger()
    assert window.diary.checkins() == []


def test_an_injection_comes_back_with_its_advice_plan(qtbot, window, answer_dialogs):
    from PySide6.QtWidgets import QMessageBox

    injection = window.diary.save_injection(
        {"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP"}
    )
    rules_before = window.diary.service.diary.advice.rules_for(injection.id)
    assert rules_before
    window.tabs.setCurrentWidget(window.treatments)
    window.treatments.table.selectRow(0)
    answer_dialogs(QMessageBox.StandardButton.Yes)
    window.treatments.delete_selected()
    assert window.diary.injections() == []
    window.undo_action.trigger()
    assert window.diary.injections() == [injection]
    assert window.diary.service.diary.advice.rules_for(injection.id) == rules_before
    assert "No anti-inflammatories" in window.today.advice.text()


def test_medicines_and_appointments_deletions_undo_too(qtbot, window):
    dose = window.diary.save_medication(
        {"date": date(2026, 11, 20), "time": time(9), "name": "Tylenol"}
    )
    visit = window.diary.save_appointment(
        {"date": date(2026, 12, 2), "time": time(10), "clinician": "Dr. Lee"}
    )
    window.diary.delete_medication(dose.id)
    window.diary.delete_appointment(visit.id)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.diary.medications() == [dose]
    assert window.diary.appointments() == [visit]
    assert visit.starts_at == datetime(2026, 12, 2, 10, 0)


def test_an_undo_that_cannot_be_done_says_so_instead_of_crashing(qtbot, window):
    saved = window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    window.diary.delete_checkin(saved.id)
    # Meanwhile the same id was taken (e.g. by an import): putting it back must not crash.
    window.diary.service.diary.checkins.restore(saved)
    window.undo_action.trigger()
    assert any("could not be undone" in m for m in window.notices.messages())
    assert len(window.diary.checkins()) == 1


def test_undo_is_one_history_so_redo_cannot_cross_an_edit(qtbot, window):
    """Issue 12 §3: delete, undo, edit the date, redo. The redo used to delete the entry again
    while the chart kept its new day, and one more undo put the old values back over the edit."""
    saved = window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    window.diary.delete_checkin(saved.id)
    window.undo_action.trigger()
    window.diary.save_checkin(
        {"id": saved.id, "date": date(2026, 11, 22), "time": time(8), "pain": 3}
    )
    assert not window.redo_action.isEnabled()  # the edit is the newest step of the history
    window.redo_action.trigger()
    in_file = window.diary.service.diary.checkins
    assert window.diary.days() == in_file.daily_summaries()
    assert [(c.date, c.pain) for c in in_file.list()] == [(date(2026, 11, 22), 3)]

    assert window.undo_action.text() == "&Undo Edit check-in of 22 Nov 08:00"
    window.undo_action.trigger()  # the edit is undone, not some older step
    assert in_file.list() == [saved]
    assert window.diary.checkins() == [saved]
    assert window.diary.days() == in_file.daily_summaries()


def test_an_edit_made_in_history_is_undone_with_ctrl_z(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox

    from recovery_tracker.ui.history import CheckInDialog

    saved = window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 5})
    window.tabs.setCurrentWidget(window.history)
    window.history.table.selectRow(0)
    qtbot.mouseClick(window.history.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.history.findChild(CheckInDialog)
    qtbot.keyClick(dialog.form.scores["pain"], Qt.Key.Key_2)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert window.history.model.index(0, 2).data() == "2"
    assert window.undo_action.text() == "&Undo Edit check-in of 20 Nov 08:00"

    window.history.table.setFocus()
    qtbot.keyClick(window.history.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.history.model.index(0, 2).data() == "5"
    assert window.diary.service.diary.checkins.list() == [saved]


def test_undo_and_redo_say_what_they_did(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 4})
    window.undo_action.trigger()
    assert window.today.confirmation.text().startswith("↶ Undone: Save check-in")
    window.redo_action.trigger()
    assert window.today.confirmation.text().startswith("↷ Redone: Save check-in")
