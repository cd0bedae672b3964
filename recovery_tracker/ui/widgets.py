"""Small widgets shared by the forms."""

from __future__ import annotations

import time as _time

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.text import translate
from recovery_tracker.ui.qt_later import Qt, set_by_name

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
        set_by_name(self, "focusPolicy", "StrongFocus")
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
            set_by_name(button, "focusPolicy", "NoFocus")
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
        set_by_name(high, "alignment", "AlignRight")
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
            # A stroked path, not setPen and drawRoundedRect: choosing among their overloads
            # made the Qt namespace's enums, and the focused pain score is in the first paint
            # (ui/qt_later.py). Same pixels.
            pen = QPen()
            pen.setColor(self.palette().highlight().color())
            pen.setWidth(2)
            frame = QPainterPath()
            frame.addRoundedRect(QRectF(self.rect().adjusted(1, 1, -1, -1)), 6, 6)
            QPainter(self).strokePath(frame, pen)

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
        set_by_name(self, "textFormat", "PlainText")
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
