"""Escape, Cancel or the close button on an editing dialog with typed changes asks before
throwing them away, as the main window does for a half-typed check-in."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from recovery_tracker.ui.treatments import InjectionDialog


def _open_injection_dialog(qtbot, window) -> InjectionDialog:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), InjectionDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(
        lambda: dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget())
    )
    return dialog


def test_escape_after_typing_asks_and_cancel_keeps_what_was_typed(qtbot, window, answer_dialogs):
    dialog = _open_injection_dialog(qtbot, window)
    qtbot.keyClicks(dialog.notes, "Dr Weber, second of three")
    asked = answer_dialogs(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Dr Weber, second of three"

    answer_dialogs(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.diary.injections() == []


def test_cancel_button_after_typing_offers_to_save(qtbot, window, answer_dialogs):
    dialog = _open_injection_dialog(qtbot, window)
    qtbot.keyClicks(dialog.site.lineEdit(), "Knee")
    qtbot.keyClicks(dialog.clinic, "Back Clinic")
    asked = answer_dialogs(QMessageBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(i.site, i.clinic) for i in window.diary.injections()] == [("Knee", "Back Clinic")]


def test_closing_the_dialog_window_after_typing_asks(qtbot, window, answer_dialogs):
    dialog = _open_injection_dialog(qtbot, window)
    qtbot.keyClicks(dialog.notes, "x")
    asked = answer_dialogs(QMessageBox.StandardButton.Cancel)
    dialog.close()  # the title bar's close button
    assert len(asked) == 1 and dialog.isVisible()
    answer_dialogs(QMessageBox.StandardButton.Discard)
    dialog.close()
    assert not dialog.isVisible()


def test_escape_on_an_untouched_dialog_closes_without_a_question(qtbot, window, answer_dialogs):
    dialog = _open_injection_dialog(qtbot, window)
    asked = answer_dialogs()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == []
