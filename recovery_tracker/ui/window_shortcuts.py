"""The window's own shortcuts go before a text field's use of the same key.

Qt first offers a key to the focused field ("shortcut override"); a field that wants it
keeps it and the menu never sees it. With the key bindings of Linux desktops, a date, time
or one-line field takes Ctrl+E (emacs' "end of line"; End does the same), so File > Export
chart… did nothing while the cursor was in the Today form. The keys given here go to the
window instead. Standard editing keys the app also uses (Ctrl+Z, Ctrl+Shift+Z for the
diary's undo and redo) are not given, so they still undo typing inside a field.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class WindowShortcutsFirst(QObject):
    """Watches only the focused widget of ``window`` (and its parents inside the window, which
    Qt also asks), not every event of the application."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._keys: set[str] = set()  # as QKeySequence writes them, "Ctrl+E"
        self._watched: list[QWidget] = []
        self._started = False

    def start(self) -> None:
        """Follow the keyboard focus from now on. Called once the window has been painted:
        the first walk up from a focused field meets widgets Qt made itself (a scroll area's
        viewport, a date field's line edit), and PySide6 then builds the Python classes and
        enums of some 30 Qt widget types (3 ms or more), which the first paint need not wait
        for. No key reaches a field before the window is painted."""
        if self._started:
            return
        self._started = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def add(self, keys: Iterable[QKeySequence]) -> None:
        self._keys.update(_written(key) for key in keys if key.count() == 1)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        for old in self._watched:
            # A widget deleted meanwhile took its filters with it.
            with contextlib.suppress(RuntimeError):
                old.removeEventFilter(self)
        self._watched = []
        widget = new
        while widget is not None and widget is not self._window and widget.window() is self._window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _written(QKeySequence(event.keyCombination())) in self._keys
        ):
            event.ignore()  # not the field's: Qt then runs the window's shortcut
            return True
        return False


def _written(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.PortableText)
