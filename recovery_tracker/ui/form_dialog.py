"""A dialog of labelled fields, each with its own error line, saved through one callable."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import translate
from recovery_tracker.domain.validation import ValidationError
from recovery_tracker.storage.database import StorageError
from recovery_tracker.ui.note_edit import NoteEdit
from recovery_tracker.ui.now_fields import FollowsClock
from recovery_tracker.ui.widgets import FieldError


class AsksBeforeDiscarding(QDialog):
    """An editing dialog whose Escape, Cancel and close button ask before throwing typed
    changes away (a patient who typed a long injection note and pressed Escape lost it
    without a word), as the main window does for a half-typed check-in. ``reject()`` called
    by code closes silently. Subclasses say what counts as a change and how to save."""

    asks_before_discarding = True  # False for dialogs that ask a question, not take an entry
    _discarding = False  # the patient said Discard: closing now, without a second question

    def has_typed_changes(self) -> bool:
        raise NotImplementedError

    def save(self) -> Any:
        raise NotImplementedError

    def cancel(self) -> None:
        """Cancel or Escape: close, after asking when something typed would be lost."""
        if self._may_close():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def _may_close(self) -> bool:
        if not self.asks_before_discarding or self._discarding or not self.isVisible():
            return True
        if not self.has_typed_changes():
            return True
        answer = QMessageBox.question(
            self,
            translate("FormDialog", "Save what you typed?"),
            translate(
                "FormDialog", "What you typed here is not saved yet. Save it before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # saved and closed, or an error is shown and the dialog stays
        if answer == QMessageBox.StandardButton.Discard:
            self._discarding = True
            return True
        return False


class FormDialog(AsksBeforeDiscarding):
    """Subclasses add fields with ``add_field`` and implement ``values``; ``save`` does the rest."""

    def __init__(
        self, title: str, save: Callable[[Mapping[str, object]], Any], parent: QWidget | None
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved: Any = None
        self.errors: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.extra = QVBoxLayout()  # for notes and warnings under the fields
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = save_cancel_buttons(self, self.save)
        self._as_opened: dict[str, object] | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.extra)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._opened = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._opened:
            # Left to Qt, the focus lands on Save, and what the patient types goes nowhere.
            self._opened = True
            self._as_opened = self._typed_values()
            first = next(iter(self.widgets.values()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":* "))
        self.form.addRow(caption, widget)
        self.errors[name] = FieldError(self)
        if isinstance(widget, NoteEdit):
            widget.refused.connect(self.errors[name].show_message)
        self.form.addRow("", self.errors[name])
        self.widgets[name] = widget
        return widget

    def values(self) -> dict[str, object]:
        raise NotImplementedError

    def has_typed_changes(self) -> bool:
        return self._as_opened is not None and self._typed_values() != self._as_opened

    def _typed_values(self) -> dict[str, object]:
        """The values, less the date and time fields still following the clock: the clock
        moving them is not the patient typing."""
        following = {
            edit
            for follower in self.findChildren(FollowsClock)
            if follower.following()
            for edit in follower.edits()
        }
        untouched = {name for name, widget in self.widgets.items() if widget in following}
        return {k: v for k, v in self.values().items() if k not in untouched}

    def confirm(self, values: Mapping[str, object]) -> bool:
        """A last word before saving; subclasses may ask the patient. True to go on."""
        return True

    def save(self) -> Any:
        for follower in self.findChildren(FollowsClock):
            follower.catch_up()  # a dialog left open past midnight logs at the real "now"
        values = self.values()
        if not self.confirm(values):
            return None
        try:
            self.saved = self._save(values)
        except ValidationError as error:
            self.show_errors(error.errors)
            return None
        except StorageError as error:
            self.message.setText(str(error))
            return None
        self.accept()
        return self.saved

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for field, label in self.errors.items():
            label.show_message(errors.get(field))
        for field in self.errors:
            if field in errors:
                self.widgets[field].setFocus()
                break


def save_cancel_buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """The Save / Cancel row every editing dialog ends with."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(
        dialog.cancel if isinstance(dialog, AsksBeforeDiscarding) else dialog.reject
    )
    # The documented save key, as on the Today panel: the window's menu shortcut cannot reach
    # a dialog, so every dialog carries its own.
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), dialog)
        shortcut.activated.connect(save)
    buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
        translate("FormDialog", "Save (Ctrl+Return)")
    )
    return buttons
