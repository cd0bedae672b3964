"""While work runs behind the busy box, input is held at the app's windows (where the
desktop's keys and clicks arrive), not by a filter over every object of the application:
that one saw Qt's private animation timer and style objects too, and PySide built their
Python types (some 85 enum types) on the window's thread in one 20-70 ms stall, in the middle
of a session's first CSV import."""

from __future__ import annotations

import time

from recovery_tracker.ui import background


def test_the_busy_box_watches_only_the_windows(qtbot, window, monkeypatch):
    watched: set[str] = set()
    real = background._InputHeld.eventFilter

    def spied(self, obj, event):
        watched.add(obj.metaObject().className())
        return real(self, obj, event)

    monkeypatch.setattr(background._InputHeld, "eventFilter", spied)
    # Long enough for the busy box to show, with its animated bar.
    assert background.run_with_progress(window, "Working", lambda: time.sleep(0.6) or 7) == 7
    assert watched  # it held something
    assert watched <= {"QWidgetWindow", "QProgressDialog"}, watched  # the box: to see it show
