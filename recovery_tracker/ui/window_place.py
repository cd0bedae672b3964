"""Where the main window opens: inside the screen's free area, then where the patient left it.

1180x760 plus a title bar did not fit a 1366x768 laptop. Size and position are kept in a
small settings file of their own (QSettings), apart from the diary.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QWidget

PREFERRED_WIDTH, PREFERRED_HEIGHT = 1180, 760
# Room for the title bar and borders, which the window manager adds around the window.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40
GEOMETRY_KEY = "main_window/geometry"


def window_settings() -> QSettings:
    """~/.config/recovery-tracker/window.ini on Linux (tests point QSettings elsewhere)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "recovery-tracker", "window"
    )


def place_window(window: QWidget) -> None:
    """Restore the last size and position, or a size that fits; in the free area either way."""
    saved = window_settings().value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        # Where the patient left it, if that still fits. Not moved again: restoreGeometry
        # places the window's own area, move() the window manager's frame, and a move to the
        # same coordinates shifted the window by one border width at every start (openbox:
        # 1 px to the right a start, 100 px in 100 starts).
        if _available(window).contains(window.geometry()):
            return
    else:
        window.resize(PREFERRED_WIDTH, PREFERRED_HEIGHT)
        _centre(window, _available(window))
    fit_on_screen(window)


def fit_on_screen(window: QWidget) -> None:
    area = _available(window)
    width = min(window.width(), max(area.width() - FRAME_WIDTH, 1))
    height = min(window.height(), max(area.height() - FRAME_HEIGHT, 1))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() - width - FRAME_WIDTH + 1)
    y = min(max(window.y(), area.top()), area.bottom() - height - FRAME_HEIGHT + 1)
    window.move(max(x, area.left()), max(y, area.top()))


def remember_window(window: QWidget) -> None:
    settings = window_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()


def _available(window: QWidget) -> QRect:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def _centre(window: QWidget, area: QRect) -> None:
    window.move(
        area.left() + max((area.width() - window.width() - FRAME_WIDTH) // 2, 0),
        area.top() + max((area.height() - window.height() - FRAME_HEIGHT) // 2, 0),
    )
