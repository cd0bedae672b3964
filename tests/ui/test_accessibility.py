"""Every control a keyboard or screen-reader user meets has a name to announce."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

INPUTS = (QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTableView)


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    return id(widget) in buddies  # a label points at it, and screen readers use that


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        interesting = (
            isinstance(widget, (*INPUTS, QAbstractButton))
            or type(widget).__name__ == "ScoreSelector"
        )
        inner = isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))  # Qt's own editor
        if (
            focusable
            and interesting
            and not inner
            and widget.isVisibleTo(root)
            and not _named(widget, buddies)
        ):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_every_tab_has_a_name(qtbot, window):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert unnamed_controls(window) == []


def test_every_dialog_control_has_a_name(qtbot, window):
    from datetime import date

    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    window.tabs.setCurrentWidget(window.treatments)
    window.treatments.table.selectRow(0)
    dialogs = [
        window.treatments.add_injection(),
        window.treatments.edit_plan(),
        window.medicines.add_medicine(),
        window.appointments.add_appointment(),
        window.open_report(),
        window.edit_reminder(),
        window.open_first_start(),
    ]
    for dialog in dialogs:
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.reject()
