"""A read-only table model over a Python list, reloaded whenever the diary changes (while
its table is hidden, when it shows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import StorageError
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
        self._view: QWidget | None = None  # the table showing the rows, once it has shown
        self._stale = False  # the diary changed while that table was hidden
        diary.changed.connect(self._on_changed)

    def shown_in(self, view: QWidget) -> None:
        """``view`` shows these rows. While it is hidden (another tab is open), a change of
        the diary only marks them old: they are read again when it shows, or when asked.
        After an import or a restore, a hidden History's rows were read and sorted and the
        columns of every built tab measured (20-40 ms at 30 years), for nobody."""
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self._stale:
            self.reload()
        return False

    @property
    def rows(self) -> list[Any]:
        if self._rows is None:
            self._rows = self._load()
        elif self._stale:  # asked while hidden (a summary, a count): never the old rows
            self.reload()
        assert self._rows is not None
        return self._rows

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.depends_on and self._rows is not None:
            if self._view is not None and not self._view.isVisible():
                self._stale = True
            else:
                self.reload()

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def entry_at(self, row: int) -> Any:
        """The diary entry shown in ``row`` (a row may hold more, e.g. a medicine's check)."""
        return self.rows[row]

    def reload(self) -> None:
        self._stale = False
        self.beginResetModel()
        self._rows = self._load()
        self.endResetModel()

    def _load(self) -> list[Any]:
        """The rows; none if the diary cannot be read (a damaged file), which the window
        says. Raised here, inside Qt's own call for the row count, it crashed the window."""
        try:
            return self.load_rows()
        except StorageError as error:
            self.diary.unreadable_met(error)
            return []

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
