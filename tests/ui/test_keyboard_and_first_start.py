"""Keyboard: Tab follows the eye, every assistant control has its own Alt key, Ctrl+Return
saves in every editing dialog, and a whole check-in can be logged without the mouse."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from recovery_tracker.ui.first_read import checkins_pending
from recovery_tracker.ui.first_start import FirstStartWizard


def _focused():
    return QApplication.focusWidget()


def _tab(qtbot) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def test_tab_goes_from_the_expander_to_the_three_scales_then_notes(qtbot, window):
    form = window.today.form
    window.activateWindow()
    form.more_button.setFocus()
    qtbot.waitUntil(form.more_button.hasFocus)
    qtbot.keyClick(form.more_button, Qt.Key.Key_Space)  # open it
    expected = ["enjoyment_interference", "activity_interference", "sleep"]
    for field in expected:
        _tab(qtbot)
        assert _focused() is form.scores[field], field
    _tab(qtbot)
    assert _focused() is form.notes_edit


def test_a_checkin_logged_from_start_to_save_with_the_keyboard_only(qtbot, window):
    """Every field of the form, reached with Tab, filled with keys, saved with Ctrl+Return."""
    form = window.today.form
    window.activateWindow()
    form.date_edit.setFocus()  # where the form starts
    qtbot.waitUntil(form.date_edit.hasFocus)
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Down)  # the day before
    for _section in range(4):  # Tab steps through the date's parts, then on to the time
        if _focused() is form.date_edit:
            _tab(qtbot)
    assert _focused() is form.time_edit
    qtbot.keyClicks(form.time_edit, "0715")
    _tab(qtbot)
    assert _focused() is form.scores["pain"]
    qtbot.keyClick(_focused(), Qt.Key.Key_6)
    _tab(qtbot)
    assert _focused() is form.scores["soreness"]
    qtbot.keyClick(_focused(), Qt.Key.Key_3)
    _tab(qtbot)
    assert _focused() is form.more_button
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    for field, key in (
        ("enjoyment_interference", Qt.Key.Key_4),
        ("activity_interference", Qt.Key.Key_5),
        ("sleep", Qt.Key.Key_7),
    ):
        _tab(qtbot)
        assert _focused() is form.scores[field]
        qtbot.keyClick(_focused(), key)
    _tab(qtbot)
    assert _focused() is form.notes_edit
    qtbot.keyClicks(form.notes_edit, "walked 20 minutes")
    _tab(qtbot)
    assert _focused() is form.for_doctor
    qtbot.keyClick(form.for_doctor, Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = window.diary.checkins()
    assert (saved.date, saved.time.hour, saved.time.minute) == (date(2026, 11, 23), 7, 15)
    assert (saved.pain, saved.soreness) == (6, 3)
    assert (saved.enjoyment_interference, saved.activity_interference, saved.sleep) == (4, 5, 7)
    assert (saved.notes, saved.for_doctor) == ("walked 20 minutes", True)


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def test_every_control_of_the_assistant_has_its_own_alt_key(qtbot, window):
    wizard = window.open_first_start()
    assert isinstance(wizard, FirstStartWizard)
    buttons = [
        wizard.buttonText(button)
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    ] + [wizard.buttonText(QWizard.WizardButton.FinishButton)]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = [w.text() for w in page.findChildren(QAbstractButton)]
        texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        keys = [k for k in map(_mnemonic, texts + buttons) if k]
        assert len(keys) == len(set(keys)), (page.title(), texts + buttons)


def test_not_yet_by_keyboard_records_no_injection(qtbot, window):
    wizard = window.open_first_start()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()  # the injection page
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(_focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(wizard.not_yet.isChecked)  # a mnemonic "animates" its click
    assert wizard.currentId() == wizard.pageIds()[2]  # not moved on by Alt+N's Next
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.accept()
    assert window.diary.injections() == []


def test_clicking_next_through_the_assistant_records_nothing_not_chosen(qtbot, window):
    wizard = window.open_first_start()
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.accept()
    assert window.diary.injections() == []
    assert not wizard.had_it.isChecked() and not wizard.not_yet.isChecked()


def _ctrl_return(qtbot, dialog, field) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_return_saves_in_every_editing_dialog(qtbot, window):
    medicine = window.medicines.add_medicine()
    qtbot.keyClicks(medicine.name.lineEdit(), "paracetamol")
    medicine.name.lineEdit().completer().popup().hide()  # as Tab or Escape would
    _ctrl_return(qtbot, medicine, medicine.reason)
    assert [d.name for d in window.diary.medications()] == ["paracetamol"]

    appointment = window.appointments.add_appointment()
    appointment.date_edit.setDate(date(2026, 12, 1))
    qtbot.keyClicks(appointment.questions, "How long until it works?")
    _ctrl_return(qtbot, appointment, appointment.questions)
    [saved] = window.diary.appointments()
    assert saved.questions == "How long until it works?"  # no new line added either

    injection = window.treatments.add_injection()
    qtbot.keyClicks(injection.site.lineEdit(), "Knee")
    _ctrl_return(qtbot, injection, injection.notes)
    assert len(window.diary.injections()) == 1

    reminder = window.edit_reminder()
    reminder.time_edit.setTime(QTime(19, 45))
    _ctrl_return(qtbot, reminder, reminder.time_edit)
    assert window.diary.reminder_settings().at.hour == 19

    window.diary.save_checkin({"date": date(2026, 11, 20), "time": "08:00", "pain": 4})
    # The check-ins are read just after the first chart; History opened before that read
    # arrives says "Loading check-ins…" (tests/ui/test_first_read.py): the patient waits.
    qtbot.waitUntil(lambda: not checkins_pending(window.diary), timeout=20_000)
    window.tabs.setCurrentWidget(window.history)
    window.history.table.selectRow(0)
    dialog = window.history.edit_selected()
    dialog.form.scores["pain"].setValue(2)
    _ctrl_return(qtbot, dialog, dialog.form.notes_edit)
    assert [c.pain for c in window.diary.checkins()] == [2]


def test_a_new_injection_starts_from_the_site_and_kind_of_the_last_one(qtbot, window):
    window.diary.save_injection(
        {"date": date(2026, 10, 1), "site": "Knee", "side": "Left", "kind": "Corticosteroid"}
    )
    window.diary.save_injection(
        {"date": date(2026, 11, 1), "site": "L4-L5 facet joint", "side": "Right", "kind": "PRP"}
    )
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "kind"))
    assert dialog.site.currentText() == "L4-L5 facet joint"
    assert dialog.side.currentText() == "Right"
    assert dialog.kind.currentText() == "PRP"


def test_the_assistant_keeps_a_typed_future_date_and_waits_for_a_real_one(qtbot, window):
    wizard = window.open_first_start()
    wizard.next()
    wizard.next()
    wizard.had_it.setChecked(True)
    wizard.injection_date.setDate(date(2026, 11, 28))
    assert wizard.injection_date.date().toPython() == date(2026, 11, 28)
    assert "after today" in wizard.date_problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.injection_date.setDate(date(2026, 11, 20))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_weekly_question_comes_in_the_tab_order_where_it_is_seen(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    box = window.today.impression
    assert box.isVisible()
    form = window.today.form
    window.activateWindow()
    form.scores["soreness"].setFocus()
    qtbot.waitUntil(form.scores["soreness"].hasFocus)
    _tab(qtbot)
    assert box.isAncestorOf(_focused())
    for _step in range(10):
        if not box.isAncestorOf(_focused()):
            break
        _tab(qtbot)
    assert _focused() is form.more_button


def test_the_window_starts_on_the_pain_score(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert _focused() is window.today.form.scores["pain"]


def test_a_new_injection_starts_from_a_booked_one_too(qtbot, window):
    window.diary.save_injection(
        {
            "date": date(2026, 12, 3),
            "site": "Lumbar facet joint",
            "kind": "PRP",
            "status": "planned",
        }
    )
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    # This window's dialog (another test's may still be open beside it).
    dialog = next(w for w in window.findChildren(QWidget) if w.isVisible() and hasattr(w, "kind"))
    assert dialog.site.currentText() == "Lumbar facet joint"
    dialog.reject()
