"""Another program writes to the diary while the window is open (issue 12 §4).

The window notices (SQLite's ``PRAGMA data_version`` polled on its own connection, and on
activation) and shows what the file holds; nothing it reports as saved lands outside it.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage import backups
from recovery_tracker.storage.database import StorageError
from recovery_tracker.storage.diary import Diary
from recovery_tracker.ui.live_diary import CHECKINS, LiveDiary
from tests.conftest import NOW


@pytest.fixture
def live(qtbot, data_dir: Path):
    opened = LiveDiary(Diary.open(data_dir), clock=lambda: NOW)
    yield opened
    opened.close()


def test_data_version_changes_for_other_connections_commits_only(diary, data_dir):
    seen = diary.database.data_version()
    diary.settings.set("own", "write")
    assert diary.database.data_version() == seen  # our own commits are not news
    other = Diary.open(data_dir)
    try:
        other.settings.set("other", "write")
    finally:
        other.close()
    assert diary.database.data_version() != seen


def test_a_save_through_another_connection_shows_within_a_second(qtbot, live, data_dir):
    live.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    assert len(live.days()) == 1  # read, and so cached, before the other program writes
    other = Diary.open(data_dir)
    try:
        other.checkins.add(CheckIn(date=date(2026, 11, 21), time=time(9), pain=4))
    finally:
        other.close()
    with qtbot.waitSignal(live.changed, timeout=3000) as changed:
        pass
    assert CHECKINS in changed.args[0]
    assert [c.pain for c in live.checkins()] == [6, 4]
    assert [d.date for d in live.days()] == [date(2026, 11, 20), date(2026, 11, 21)]
    # Undo does not reach back across another program's change: its steps might undo it.
    assert live.undo_text() is None


def test_a_diary_replaced_under_the_window_is_never_saved_into_the_old_file(qtbot, live, data_dir):
    live.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    backup = live.service.diary.backup_now(NOW, "manual")
    live.save_checkin({"date": date(2026, 11, 21), "time": time(8), "pain": 5})
    # What `recovery-tracker backup restore` does from another process.
    backups.restore(data_dir, backup, NOW)

    with pytest.raises(StorageError, match="moved or replaced"):
        live.save_checkin({"date": date(2026, 11, 22), "time": time(8), "pain": 4})
    assert [c.pain for c in live.checkins()] == [6]  # the window now shows the diary
    live.save_checkin({"date": date(2026, 11, 22), "time": time(8), "pain": 4})
    live.close()
    in_file = Diary.open(data_dir)
    try:
        assert [c.pain for c in in_file.checkins.list()] == [6, 4]
    finally:
        in_file.close()


def test_the_poll_reopens_a_replaced_diary_by_itself(qtbot, live, data_dir):
    backup = live.service.diary.backup_now(NOW, "manual")
    live.save_checkin({"date": date(2026, 11, 21), "time": time(8), "pain": 5})
    assert len(live.checkins()) == 1
    backups.restore(data_dir, backup, NOW)
    qtbot.waitUntil(lambda: live.checkins() == [], timeout=3000)


def test_a_diary_moved_away_under_the_window_refuses_saves(qtbot, live, data_dir):
    live.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    backups.move_aside(data_dir, "elsewhere", NOW)
    with pytest.raises(StorageError, match="moved away"):
        live.save_checkin({"date": date(2026, 11, 21), "time": time(8), "pain": 5})
    assert not live.notice_outside_changes()  # nothing in its place to show yet


def test_reading_everything_at_start_up_is_no_outside_change(live):
    """The first chart reads the diary on a connection of its own: closing it must not look
    like another program's write, or the window read everything again on the first
    activation (a 100-300 ms stall at 30 years, issue 17)."""
    live.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    live.read_everything()
    assert not live.notice_outside_changes()


def test_the_reports_background_read_is_not_taken_for_an_outside_write(live):
    """The report reads the check-ins on a connection of its own; closing it must not look
    like another program's write, or the window reads everything again (0.5 s at 30 years)."""
    for day in (1, 2, 3):
        live.save_checkin({"date": date(2026, 11, day), "time": time(9), "pain": 4})
    live.service.notice_outside_changes()  # up to date
    read = live.checkins_for_background()  # nothing held after the saves: read apart
    assert [c.date.day for c in read()] == [1, 2, 3]
    assert live.service.notice_outside_changes() is False


def test_the_csv_exports_own_connection_is_not_taken_for_an_outside_write(live, tmp_path):
    """The export reads on a connection of its own: closing it must not look like another
    program's write, or the window read the whole diary again on its own thread (seen on CI
    as the window's thread reading ten years after an export)."""
    live.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    live.service.notice_outside_changes()  # up to date
    assert live.service.export_csv_apart(tmp_path / "exported")["checkins.csv"] == 1
    assert live.service.notice_outside_changes() is False
