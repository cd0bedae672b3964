"""The busy box (a long CSV import or restore) shows its whole title, and no minimise or
maximise button on a box that cannot be closed: it showed "Recov…racker" between them."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QProgressDialog

from recovery_tracker.ui import background


def test_the_busy_box_has_room_for_its_title_and_no_window_buttons(qtbot, window):
    seen: list[QProgressDialog] = []

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if boxes and boxes[0].isVisible():
            seen.append(boxes[0])
            flags = boxes[0].windowFlags()
            seen.append(flags)  # type: ignore[arg-type]
            font = boxes[0].font()
            font.setBold(True)
            metrics = QFontMetrics(font)
            title = QApplication.applicationDisplayName() or "Recovery Tracker"
            # the title, and the frame's icon and close button beside it
            needed = metrics.horizontalAdvance(title) + 4 * metrics.height()
            seen.append(boxes[0].width() >= needed)  # type: ignore[arg-type]
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    assert background.run_with_progress(window, "Working", lambda: time.sleep(0.9) or 7) == 7
    assert seen, "the busy box did not show"
    _box, flags, wide = seen
    # The desktop is told which buttons it has: a plain dialog gets minimise and maximise.
    assert flags & Qt.WindowType.CustomizeWindowHint
    assert flags & Qt.WindowType.WindowTitleHint
    assert not flags & Qt.WindowType.WindowMinimizeButtonHint
    assert not flags & Qt.WindowType.WindowMaximizeButtonHint
    assert wide
