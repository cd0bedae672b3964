"""The report dialog's title bar said "Appointment r… covery Tracker" at its default size (about
300 px wide): the title is what tells the patient which window this is."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication

# What a title bar has besides its text: the icon and three buttons (minimise, maximise,
# close), about 24 px each in openbox and most themes, and the margins around them.
DECORATIONS_PX = 4 * 24 + 20


def test_the_report_dialog_opens_wide_enough_for_its_title(qtbot, window):
    dialog = window.open_report()
    qtbot.waitExposed(dialog)
    shown = f"{dialog.windowTitle()} — {QGuiApplication.applicationDisplayName()}"
    font = QFont(dialog.font())
    font.setBold(True)  # title bars write it in bold
    needed = QFontMetrics(font).horizontalAdvance(shown) + DECORATIONS_PX
    assert dialog.width() >= needed
    # Still whole on a small screen, and all of it laid out (the intro wraps less).
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert dialog.height() >= dialog.minimumSizeHint().height()
    dialog.reject()
