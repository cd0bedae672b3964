"""Events and leg pain in the window, driven as a patient would: keyboard first."""

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_tracker.ui.events import EventDialog
from tests.ui.test_accessibility import unnamed_controls


def _open_event_dialog(qtbot, window) -> EventDialog:
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(EventDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _focused():
    return QApplication.activeWindow().focusWidget()


def _tab_out_of(qtbot, edit) -> None:
    """Tab steps through the parts of a date or time (weekday, day, month...) before leaving."""
    for _part in range(6):
        if _focused() is not edit:
            return
        qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_logging_an_event_with_the_keyboard_only(qtbot, window):
    dialog = _open_event_dialog(qtbot, window)
    assert _focused() is dialog.kind  # what happened comes first
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Fever -> Swelling
    assert dialog.kind.currentData() == "swelling"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert _focused() is dialog.date_edit  # "what was it" is only for Other: skipped
    _tab_out_of(qtbot, dialog.date_edit)
    assert _focused() is dialog.time_known
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.time_edit
    _tab_out_of(qtbot, dialog.time_edit)
    assert _focused() is dialog.severity_buttons["mild"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)  # the three answers stand in a row
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert dialog.severity() == "moderate"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.contacted
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.notes
    qtbot.keyClicks(dialog.notes, "knee hot and swollen")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    [event] = window.diary.events()
    assert (event.date, event.kind, event.severity) == (date(2026, 11, 24), "swelling", "moderate")
    assert event.time is not None and event.contacted_clinic
    assert event.notes == "knee hot and swollen"
    panel = window.events
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Swelling"


def test_every_control_of_the_event_dialog_has_a_name_for_screen_readers(qtbot, window):
    dialog = _open_event_dialog(qtbot, window)
    controls = [dialog.kind, dialog.other, dialog.date_edit, dialog.time_known, dialog.time_edit]
    controls += [*dialog.severity_buttons.values(), dialog.contacted, dialog.notes]
    assert all(control.accessibleName() for control in controls)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_other_asks_what_it_was_and_a_missing_severity_is_named(qtbot, window):
    dialog = _open_event_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    assert dialog.other.isEnabled()
    dialog.save()
    assert dialog.isVisible() and window.diary.events() == []
    assert dialog.errors["other"].isVisible() and dialog.errors["severity"].isVisible()
    qtbot.keyClicks(dialog.other, "itchy rash")
    dialog.severity_buttons["severe"].click()
    dialog.save()
    [event] = window.diary.events()
    assert (event.label, event.severity) == ("itchy rash", "severe")


def test_an_event_can_be_edited_and_its_deletion_undone(qtbot, window, answer_dialogs):
    saved = window.diary.save_event(
        {"date": date(2026, 11, 20), "kind": "fever", "severity": "mild", "notes": "38.1"}
    )
    panel = window.events
    window.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    dialog = panel.edit_selected()
    dialog.severity_buttons["severe"].click()
    dialog.save()
    [changed] = window.diary.events()
    assert (changed.id, changed.severity, changed.notes) == (saved.id, "severe", "38.1")

    answer_dialogs(QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    panel.delete_selected()
    assert window.diary.events() == [] and panel.model.rowCount() == 0
    assert window.undo_action.text() == "&Undo Delete event of 20 Nov"
    window.undo_action.trigger()
    assert window.diary.events() == [changed]


def _leg_pain_shown(window) -> bool:
    selector = window.today.form.scores.get("leg_pain")
    return selector is not None and selector.isVisible()


def test_leg_pain_is_offered_only_when_the_spine_is_treated(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP"})
    assert not _leg_pain_shown(window)
    window.diary.save_injection(
        {"date": date(2026, 11, 17), "site": "Lumbar facet joint", "kind": "PRP"}
    )
    assert _leg_pain_shown(window)

    form = window.today.form
    form.scores["pain"].setFocus()
    qtbot.keyClick(form.scores["pain"], Qt.Key.Key_4)
    qtbot.keyClick(form.scores["pain"], Qt.Key.Key_Tab)
    qtbot.keyClick(form.scores["soreness"], Qt.Key.Key_2)
    qtbot.keyClick(form.scores["soreness"], Qt.Key.Key_Tab)
    assert _focused() is form.scores["leg_pain"]  # right after the back-pain scores
    qtbot.keyClick(form.scores["leg_pain"], Qt.Key.Key_7)
    qtbot.keyClick(form.scores["leg_pain"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [saved] = window.diary.checkins()
    assert (saved.pain, saved.leg_pain) == (4, 7)

    history = window.history
    window.tabs.setCurrentWidget(history)
    column = history.model.column_of("leg_pain")
    assert not history.table.isColumnHidden(column)
    assert history.model.index(0, column).data() == "7"


def test_the_first_start_area_offers_leg_pain_before_any_injection(qtbot, open_main_window):
    window = open_main_window()
    assert not _leg_pain_shown(window)
    window.diary.service.diary.settings.set("treatment_area", "Lower back")
    window.close()
    again = open_main_window()
    assert _leg_pain_shown(again)
    again.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})


def test_knee_patients_see_no_leg_pain_column(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})
    history = window.history
    window.tabs.setCurrentWidget(history)
    assert history.table.isColumnHidden(history.model.column_of("leg_pain"))


def test_a_fever_logged_without_calling_the_clinic_says_to_call_it_today(qtbot, window):
    dialog = _open_event_dialog(qtbot, window)
    assert dialog.kind.currentData() == "fever"  # what happened comes first
    qtbot.mouseClick(dialog.severity_buttons["moderate"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    box = dialog.advice_box
    qtbot.waitUntil(box.isVisible)
    assert "please call them now" in box.text()
    assert "emergency department now" in box.text()
    box.accept()


def test_a_mild_bruise_needs_no_word_about_the_clinic(qtbot, window):
    dialog = _open_event_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("bruising"))
    qtbot.mouseClick(dialog.severity_buttons["mild"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert not hasattr(dialog, "advice_box")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_logging_an_event_says_so_in_the_status_line(qtbot, window):
    dialog = _open_event_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("bruising"))
    qtbot.mouseClick(dialog.severity_buttons["mild"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.today.confirmation.text().startswith("✓ Event logged: Bruising, Tue 24 Nov")
