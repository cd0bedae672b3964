"""The app's icon in the system tray: where reminders come from while the window is closed.

Its menu has what a patient needs without the window: log now, open the window, quit. Clicking
the icon opens the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from recovery_tracker.domain.text import translate


def make_tray(
    window: QWidget,
    tooltip: str,
    log_now: Callable[[], object],
    open_window: Callable[[], object],
    quit_app: Callable[[], object],
) -> QSystemTrayIcon | None:
    """A tray icon with its menu, or None where the desktop has no tray (GNOME, for one)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = window.windowIcon()
    if icon.isNull():
        icon = _fallback_icon(window)
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip(tooltip)
    menu = QMenu(window)
    for text, slot in (
        (translate("Tray", "&Log how I feel now"), log_now),
        (translate("Tray", "&Open Recovery Tracker"), open_window),
        (translate("Tray", "&Quit"), quit_app),
    ):
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        menu.addAction(action)
        if slot is open_window:
            menu.addSeparator()
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: open_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
    )
    tray.show()
    return tray


def _fallback_icon(window: QWidget) -> QIcon:
    from PySide6.QtWidgets import QStyle  # a fallback only: its type costs ~5 ms to load

    return window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
