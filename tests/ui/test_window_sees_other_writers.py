"""The window shows what another program wrote to the diary while it was open (issue 12 §4)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

from recovery_tracker.storage.diary import Diary

CHECKINS_CSV = (
    "date,time,pain\n"
    "2026-11-01,08:00,7\n2026-11-02,08:00,6\n2026-11-03,08:00,6\n2026-11-04,08:00,5\n"
)


def test_a_command_line_import_with_the_window_open_shows_in_history(
    qtbot, open_main_window, data_dir, tmp_path
):
    window = open_main_window()
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    window.tabs.setCurrentWidget(window.history)
    assert window.history.model.rowCount() == 1
    folder = tmp_path / "from-the-other-computer"
    folder.mkdir()
    (folder / "checkins.csv").write_text(CHECKINS_CSV, encoding="utf-8")

    command = ["import", "csv", str(folder)]
    subprocess.run(
        [sys.executable, "-m", "recovery_tracker", "--data-dir", str(data_dir), *command],
        check=True,
        capture_output=True,
        timeout=60,
    )

    qtbot.waitUntil(lambda: window.history.model.rowCount() == 5, timeout=3000)
    window.diary.save_checkin({"date": date(2026, 11, 21), "time": time(8), "pain": 5})
    assert window.history.model.rowCount() == 6
    in_file = Diary.open(data_dir)
    try:
        assert in_file.checkins.count() == 6
    finally:
        in_file.close()


def test_coming_back_to_the_window_shows_other_writes_without_the_poll(qtbot, window, data_dir):
    from recovery_tracker.domain.models import CheckIn
    from tests.ui.conftest import come_back_to

    window.tabs.setCurrentWidget(window.history)
    window.diary._poll.stop()  # the activation alone: it reads on the background thread
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = Diary.open(data_dir)
    try:
        other.checkins.add(CheckIn(date=date(2026, 11, 21), time=time(9), pain=4))
    finally:
        other.close()
    assert window.history.model.rowCount() == 0  # no turn of the event loop, so no poll yet
    come_back_to(qtbot, window)
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=5_000)


def test_a_diary_file_replaced_under_the_window_is_followed_and_said(
    qtbot, window, data_dir, tmp_path
):
    """Another program put a different file in the diary's place (mv, then a copy): the
    window shows the file now there, and says so, since what is saved next goes into it."""
    import os

    from recovery_tracker.domain.models import CheckIn

    window.diary._poll.stop()  # the look alone
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    other = Diary.open(tmp_path / "elsewhere")
    try:
        other.checkins.add(CheckIn(date=date(2026, 11, 2), time=time(9), pain=3))
        other.checkins.add(CheckIn(date=date(2026, 11, 3), time=time(9), pain=2))
    finally:
        other.close()
    os.replace(tmp_path / "elsewhere" / "diary.sqlite3", data_dir / "diary.sqlite3")
    window.diary.look_for_outside_changes()
    qtbot.waitUntil(lambda: len(window.diary.checkins()) == 2, timeout=5_000)
    [message] = [m for m in window.notices.messages() if "replaced" in m]
    assert "now shows" in message
