"""A read-only table model over a Python list, reloaded whenever the diary changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.live_diary import EVERYTHING, LiveDiary

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class DiaryTableModel(QAbstractTableModel):
    """Subclasses name their ``headers`` and build ``rows`` in ``load_rows``."""

    headers: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP in header_context
    header_context = "Tables"
    depends_on: frozenset[str] = EVERYTHING  # the kinds of change that alter these rows

    def __init__(self, diary: LiveDiary, parent: Any = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self._rows: list[Any] | None = None  # loaded on first use: a hidden tab costs nothing
        diary.changed.connect(self._on_changed)

    @property
    def rows(self) -> list[Any]:
        if self._rows is None:
            self._rows = self.load_rows()
        return self._rows

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.depends_on and self._rows is not None:
            self.reload()

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def entry_at(self, row: int) -> Any:
        """The diary entry shown in ``row`` (a row may hold more, e.g. a medicine's check)."""
        return self.rows[row]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.load_rows()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.header_context, self.headers[section])
        return None
