"""Every editing dialog opens with the keyboard in its first field, so typing goes there."""

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from recovery_tracker.ui.medicines import MedicationDialog
from recovery_tracker.ui.treatments import InjectionDialog


def _opened(qtbot, window, key, kind):
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(_focused()))
    return dialog


def _focused():
    return QApplication.focusWidget()


def _close(dialog: QDialog) -> None:
    dialog.reject()


def test_ctrl_m_then_typing_names_the_medicine(qtbot, window):
    dialog = _opened(qtbot, window, Qt.Key.Key_M, MedicationDialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Paracetamol")
    assert dialog.name.currentText() == "Paracetamol"
    _close(dialog)


def test_ctrl_i_then_typing_goes_to_the_first_field(qtbot, window):
    dialog = _opened(qtbot, window, Qt.Key.Key_I, InjectionDialog)
    first = next(iter(dialog.widgets.values()))
    before = dialog.date_edit.date()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the day before
    assert first is dialog.date_edit and dialog.date_edit.date() == before.addDays(-1)
    _close(dialog)


def test_every_form_dialog_starts_in_its_first_field(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 2), "time": time(9), "pain": 5})
    for open_dialog in (
        lambda: window.treatments.add_injection(),
        lambda: window.appointments.add_appointment(),
        window.log_event,
    ):
        dialog = open_dialog()
        qtbot.waitUntil(lambda d=dialog: d.isActiveWindow() and d.isAncestorOf(_focused()))
        first = next(iter(dialog.widgets.values()))
        focused = QApplication.focusWidget()
        assert focused is first or first.isAncestorOf(focused) or focused is first.focusProxy()
        dialog.reject()
