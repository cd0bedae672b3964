"""A tab listing one kind of diary entry: its table, and Edit and Delete for the selected row.

History, Medicines, Treatments, Visits and Events are each this shape; a subclass says which
dialog edits its entry, how to ask before deleting one and what the status line says then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.record_tables import (
    delete_after_asking,
    needs_selection,
    record_table,
    selected_row,
)
from recovery_tracker.ui.table_model import DiaryTableModel
from recovery_tracker.ui.widgets import tell

_Dialog = TypeVar("_Dialog", bound=QDialog)


class EntryListPanel(QWidget):
    """The table (Enter or a double-click edits) and ``edit_button`` and ``delete_button``,
    enabled only while a row is selected; the subclass lays them out with its own widgets."""

    def __init__(
        self, diary: LiveDiary, model: DiaryTableModel, table_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.model = model
        model.setParent(self)  # destroyed with the tab, and with it its link to diary.changed
        self.table = record_table(self, model, table_name, self.edit_selected)
        self.edit_button = self.button(translate("EntryList", "Ed&it…"), self.edit_selected)
        self.delete_button = self.button(translate("EntryList", "Dele&te…"), self.delete_selected)
        needs_selection(self.table, self.edit_button, self.delete_button)

    # What a subclass says about its entries.

    def open_editor(self, entry: Any) -> QDialog:
        """Open the dialog that edits ``entry`` (through ``open_dialog``) and return it."""
        raise NotImplementedError

    def entry_id(self, entry: Any) -> int | None:
        entry_id: int | None = entry.id
        return entry_id

    def delete_question(self, entry: Any) -> tuple[str, str]:
        """The title and the question of the box that asks before ``entry`` is deleted."""
        raise NotImplementedError

    def delete_entry(self, entry_id: int) -> None:
        raise NotImplementedError

    def deleted_sentence(self) -> str:
        """What the status line says once an entry is deleted (and how to get it back)."""
        raise NotImplementedError

    # What every list does the same way.

    def button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        # clicked(bool) would hand its "checked" flag to an action's first parameter.
        button.clicked.connect(lambda _checked=False: action())
        return button

    def button_row(self, *buttons: QWidget, lead: QWidget | None = None) -> QHBoxLayout:
        """The buttons at the right; ``lead`` (a count, say) takes the room to their left."""
        row = QHBoxLayout()
        if lead is None:
            row.addStretch(1)
        else:
            row.addWidget(lead, 1)
        for button in buttons:
            row.addWidget(button)
        return row

    def open_dialog(self, dialog: _Dialog, said: Callable[[], str | None]) -> _Dialog:
        """Open ``dialog``; once it is accepted the status line says ``said()`` (if anything)."""
        dialog.accepted.connect(lambda: self._tell(said()))
        dialog.open()
        return dialog

    def selected(self) -> Any:
        """The selected row's entry, or None."""
        row = selected_row(self.table)
        return None if row is None else self.model.entry_at(row)

    def edit_selected(self) -> QDialog | None:
        entry = self.selected()
        return None if entry is None else self.open_editor(entry)

    def delete_selected(self) -> None:
        entry = self.selected()
        entry_id = None if entry is None else self.entry_id(entry)
        if entry_id is None:
            return
        title, question = self.delete_question(entry)
        if delete_after_asking(self, title, question, lambda: self.delete_entry(entry_id)):
            tell(self, self.deleted_sentence())

    def _tell(self, message: str | None) -> None:
        if message is not None:
            tell(self, message)
