"""Small widgets shared by the forms."""

from __future__ import annotations

import time as _time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import translate

_SCORE_BUTTON_STYLE = """
QPushButton {
    border: 1px solid palette(mid); border-radius: 6px; background: palette(button);
    color: palette(button-text); min-width: 1.2em; min-height: 2.1em; font-size: 1.05em;
}
QPushButton:hover { border: 1px solid palette(highlight); }
QPushButton:checked {
    background: palette(highlight); color: palette(highlighted-text); font-weight: bold;
    border: 2px solid palette(highlight);
}
"""

# Typing "1" then "0" within this many seconds picks 10 rather than 0.
_TEN_KEY_WINDOW = 0.8


class ScoreSelector(QWidget):
    """A 0-10 score as eleven big buttons, with its anchors written underneath.

    One focus stop for the whole row: digits pick a score ("1" then "0" gives 10), arrow keys
    step, Home/End jump, Delete clears. The value is None until the patient picks one.
    """

    valueChanged = Signal(object)

    def __init__(
        self, label: str, low_anchor: str, high_anchor: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._label = label
        self._value: int | None = None
        self._last_digit: tuple[str, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(label)
        self.setAccessibleDescription(
            translate(
                "ScoreSelector", "{low}; {high}. Type a number from 0 to 10 or use the arrow keys."
            ).format(low=low_anchor, high=high_anchor)
        )
        self.setStyleSheet(_SCORE_BUTTON_STYLE)  # once for all eleven buttons
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusive groups cannot be cleared back to None
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{label} {score}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, score)
            buttons.addWidget(button)
        self._group.idClicked.connect(self._on_clicked)
        anchors = QHBoxLayout()
        low, high = QLabel(low_anchor, self), QLabel(high_anchor, self)
        for anchor in (low, high):
            anchor.setEnabled(False)  # the palette's muted text colour, in light and dark
            anchor.setWordWrap(True)  # large text: the anchors wrap, the buttons stay whole
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        anchors.addWidget(low)
        anchors.addStretch(1)
        anchors.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(buttons)
        layout.addLayout(anchors)

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= 10:
            raise ValueError(f"score out of range: {value}")
        for score, button in enumerate(self._group.buttons()):
            button.setChecked(score == value)
        if value != self._value:
            self._value = value
            shown = translate("ScoreSelector", "not set") if value is None else str(value)
            self.setAccessibleName(f"{self._label}: {shown}")
            self.valueChanged.emit(value)

    def clear(self) -> None:
        self.setValue(None)

    def set_label(self, label: str) -> None:
        """Ask the question in other words (soreness, before the first injection)."""
        if label != self._label:
            name = self.accessibleName()  # the label, or "label: value"
            self.setAccessibleName(label + name[len(self._label) :])
            self._label = label

    def _on_clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(None if score == self._value else score)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1:
            self.setValue(self._digit_to_score(text))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue(0 if self._value is None else min(10, self._value + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.setValue(0 if self._value is None else max(0, self._value - 1))
        elif key == Qt.Key.Key_Home:
            self.setValue(0)
        elif key == Qt.Key.Key_End:
            self.setValue(10)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _digit_to_score(self, digit: str) -> int:
        now = _time.monotonic()
        previous, self._last_digit = self._last_digit, (digit, now)
        ten = previous and previous[0] == "1" and now - previous[1] < _TEN_KEY_WINDOW
        # ... and the "1" still the score: after a save (which empties the form) or a click,
        # a "0" is the next entry's zero
        if digit == "0" and ten and self._value == 1:
            self._last_digit = None
            return 10
        return int(digit)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # the buttons take no focus, so the row shows it for them
            painter = QPainter(self)
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class FieldError(QLabel):
    """A message shown right under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("fieldError")
        self.setStyleSheet("QLabel#fieldError { color: #c62828; font-weight: bold; }")
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


def tell(widget: QWidget, message: str) -> None:
    """Say in the window's status line what an action just did ("✓ Medicine logged: …").

    Found through the parents, so panels and their dialogs need not know the window."""
    current: QWidget | None = widget
    while current is not None:
        show_status = getattr(current, "show_status", None)
        if callable(show_status):
            show_status(message)
            return
        current = current.parentWidget()


def wide_enough_for_title(dialog: QWidget) -> None:
    """Size ``dialog`` at least as wide as its title bar needs: the title, with the " — Recovery
    Tracker" Qt adds, in bold, and the frame's icon and buttons (about six lines' height in
    the usual themes). Laid out as narrow as its form, the report dialog's title showed as
    "Appointment r… covery Tracker". Never wider than the screen."""
    from PySide6.QtGui import QFontMetrics, QGuiApplication

    font = dialog.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    title = dialog.windowTitle()
    if name := QGuiApplication.applicationDisplayName():
        title = f"{title} — {name}"
    needed = metrics.horizontalAdvance(title) + 8 * metrics.height()
    screen = dialog.screen().availableGeometry().width()
    width = min(max(dialog.sizeHint().width(), needed), screen)
    height = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
    dialog.resize(width, max(height, dialog.minimumSizeHint().height()))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


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
