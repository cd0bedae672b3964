"""Tables of diary records (History, Medicines, Treatments, Visits, Events): read-only rows,
one selected at a time, edited on double-click or Enter, their buttons enabled while a row is
selected. Apart from widgets.py: none of the tabs they are in is built before the window's
first paint, so neither are their Qt classes (ui/startup.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from recovery_tracker.domain.text import translate


def record_table(
    parent: QWidget,
    model: QAbstractItemModel,
    accessible_name: str,
    on_activate: Callable[[], object],
) -> QTableView:
    """A read-only table of whole rows, one selected at a time; double-click or Enter edits."""
    table = QTableView(parent)
    table.setAccessibleName(accessible_name)
    # The model is attached when the table is first shown (see _AttachOnShow): until then a
    # hidden tab reads nothing from the diary.
    table.installEventFilter(_AttachOnShow(table, model))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(50)  # size columns on 50 rows, not on years of them
    header.setStretchLastSection(True)
    table.doubleClicked.connect(lambda _index: on_activate())
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), table, on_activate)
    return table


class _AttachOnShow(QObject):
    def __init__(self, table: QTableView, model: QAbstractItemModel) -> None:
        super().__init__(table)
        self._model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QTableView):
            watched.removeEventFilter(self)
            attach_model(watched, self._model)
        return False


def attach_model(table: QTableView, model: QAbstractItemModel) -> None:
    """Give ``table`` its model (once) and size the columns to a sample of rows."""
    if table.model() is model:
        return
    table.setModel(model)
    shown_in = getattr(model, "shown_in", None)
    if shown_in is not None:  # the diary's tables follow changes only while shown
        shown_in(table)
    table.resizeColumnsToContents()
    for gate in table.findChildren(_SelectionGate):
        gate.watch()
    # Sized while empty, columns stayed too narrow once entries came ("Thu 10 …"): size them
    # again whenever the rows change, once per turn of the event loop.
    resize = QTimer(table)
    resize.setSingleShot(True)
    resize.setInterval(0)
    resize.timeout.connect(table.resizeColumnsToContents)
    for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
        signal.connect(resize.start)
    _KeptSelection(table)
    sort_column = table.horizontalHeader().sortIndicatorSection()
    if table.isSortingEnabled() and sort_column >= 0:
        model.sort(sort_column, table.horizontalHeader().sortIndicatorOrder())


class _KeptSelection(QObject):
    """The selected entry stays selected when the rows are read again (after an edit, a
    save elsewhere, an undo): a tester lost his place in History after every edit."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._kept: object = None
        model = table.model()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def _entries(self) -> Sequence[object]:
        entries: Sequence[object] = getattr(self._table.model(), "rows", ())
        return entries

    def _remember(self) -> None:
        row = selected_row(self._table)
        entries = self._entries()
        entry = entries[row] if row is not None and row < len(entries) else None
        self._kept = getattr(entry, "id", None)

    def _restore(self) -> None:
        if self._kept is None:
            return
        for row, entry in enumerate(self._entries()):
            if getattr(entry, "id", None) == self._kept:
                self._table.selectRow(row)
                return


class _SelectionGate(QObject):
    """Keeps buttons that act on the selected row disabled while no row is selected."""

    def __init__(self, table: QTableView, buttons: tuple[QWidget, ...]) -> None:
        super().__init__(table)
        self._table, self._buttons = table, buttons
        self.update()

    def watch(self) -> None:
        """Follow the table's selection (called once the table has its model)."""
        self._table.selectionModel().selectionChanged.connect(self.update)
        self._table.model().modelReset.connect(self.update)
        self._table.model().layoutChanged.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        enabled = selected_row(self._table) is not None
        for button in self._buttons:
            button.setEnabled(enabled)


def needs_selection(table: QTableView, *buttons: QWidget) -> None:
    """Edit, Delete and the like: enabled only while a row is selected (they did nothing)."""
    gate = _SelectionGate(table, buttons)
    if table.selectionModel() is not None:
        gate.watch()


def selected_row(table: QTableView) -> int | None:
    if table.selectionModel() is None:
        return None
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def delete_after_asking(
    parent: QWidget, title: str, question: str, delete: Callable[[], object]
) -> bool:
    """Ask (No is the default), then delete; a storage problem is said, never raised."""
    from recovery_tracker.storage.database import StorageError

    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        delete()
    except StorageError as error:
        QMessageBox.warning(parent, translate("RecordTable", "Could not delete"), str(error))
        return False
    return True
