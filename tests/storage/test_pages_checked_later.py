"""The window checks the diary's pages once it is up, not before its first paint (issue 17):
a check that grows with the diary (20-25 ms at 30 years) no longer delays the Today form. What
the check guards still holds: nothing is written or backed up before the pages are found
sound, and a value no Recovery Tracker writes is damage, said in a sentence."""

import contextlib
import io
import sqlite3
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tracker.cli import main as cli_main
from recovery_tracker.domain.clock import system_clock
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.service.diary_service import DiaryService
from recovery_tracker.storage import backups, readable
from recovery_tracker.storage.database import DATABASE_FILENAME, DamagedDatabaseError
from recovery_tracker.storage.diary import Diary

NOW = datetime(2026, 11, 24, 8, 30)


def _diary_with(data_dir, bad_row: str | None) -> None:
    """A diary of a few check-ins and one backup; ``bad_row``, a check-in's values put there
    by another program past the schema's CHECKs (out of range, or an impossible date)."""
    diary = Diary.open(data_dir)
    for day in range(1, 5):
        diary.checkins.add(CheckIn(date(2026, 11, day), time(8), 5))
    diary.daily_backup_if_due(datetime(2026, 11, 5, 9))
    diary.close()
    if bad_row is not None:
        with contextlib.closing(sqlite3.connect(data_dir / DATABASE_FILENAME)) as connection:
            connection.execute("PRAGMA ignore_check_constraints = ON")
            connection.execute(f"INSERT INTO checkins (date, time, pain) VALUES {bad_row}")
            connection.commit()


OUT_OF_RANGE = "('2020-03-01', '08:00', 13)"  # years back: no Today read meets it
IMPOSSIBLE_DATE = "('2020-99-99', '08:00', 4)"  # passes the schema's date CHECK (a GLOB)


def test_opened_to_check_later_the_pages_are_checked_before_the_first_write(data_dir):
    _diary_with(data_dir, OUT_OF_RANGE)
    with pytest.raises(DamagedDatabaseError):
        Diary.open(data_dir)  # checked at once, as the command line opens it
    diary = Diary.open(data_dir, check_later=True)
    try:
        assert diary.checkins.count() == 5  # read at once
        with pytest.raises(DamagedDatabaseError, match="CHECK constraint"):
            diary.checkins.add(CheckIn(date(2026, 11, 6), time(8), 3))
        with pytest.raises(DamagedDatabaseError):  # refused again, without checking again
            diary.checkins.add(CheckIn(date(2026, 11, 6), time(8), 3))
        with pytest.raises(DamagedDatabaseError):  # never pushes a sound backup out
            diary.backup_now(NOW, "manual")
        assert diary.checkins.count() == 5
    finally:
        diary.close()
    assert len(backups.list_backups(data_dir)) == 1


def test_pages_checked_by_another_connection_are_not_checked_again(data_dir):
    _diary_with(data_dir, None)
    diary = Diary.open(data_dir, check_later=True)
    try:
        assert not diary.database.pages_checked
        diary.database.found_damaged(DamagedDatabaseError("found elsewhere"))
        with pytest.raises(DamagedDatabaseError):
            diary.checkins.add(CheckIn(date(2026, 11, 6), time(8), 3))
    finally:
        diary.close()
    diary = Diary.open(data_dir, check_later=True)
    try:
        diary.database.pages_checked_elsewhere()
        diary.checkins.add(CheckIn(date(2026, 11, 6), time(8), 3))
        assert diary.checkins.count() == 5
    finally:
        diary.close()


@pytest.mark.parametrize("bad_row", [OUT_OF_RANGE, None])
def test_the_first_charts_read_checks_the_pages_for_the_windows_connection(data_dir, bad_row):
    _diary_with(data_dir, bad_row)
    service = DiaryService(Diary.open(data_dir, check_later=True), system_clock)
    try:
        if bad_row is None:
            service.read_everything(checkins=False)
            assert service.diary.database.pages_checked
            return
        with pytest.raises(DamagedDatabaseError):
            service.read_everything(checkins=False)  # on the background thread, in the window
        with pytest.raises(DamagedDatabaseError):
            service.save_checkin({"date": date(2026, 11, 6), "time": time(8), "pain": 3})
    finally:
        service.diary.close()


def test_an_impossible_date_is_damage_said_in_a_sentence_not_a_traceback(data_dir, tmp_path):
    _diary_with(data_dir, IMPOSSIBLE_DATE)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(
            ["--data-dir", str(data_dir), "export", "csv", "--out", str(tmp_path / "x")]
        )
    assert code == 1
    assert err.getvalue().startswith("recovery-tracker: The diary file")
    assert "damaged" in err.getvalue() and "Traceback" not in err.getvalue()
    assert "backup restore --latest" in err.getvalue()  # and what to do about it


def test_a_value_no_version_writes_is_found_by_the_check(data_dir, tmp_path):
    """quick_check finds a 2020-99-99 sound (the schema's CHECK is a GLOB): the page check
    looks for such values too, so no save, backup or copy goes into or out of the diary."""
    _diary_with(data_dir, IMPOSSIBLE_DATE)
    with pytest.raises(DamagedDatabaseError, match='check-ins holds "2020-99-99 08:00"'):
        Diary.open(data_dir)
    diary = Diary.open(data_dir, check_later=True)
    try:
        with pytest.raises(DamagedDatabaseError, match="2020-99-99"):
            diary.checkins.add(CheckIn(date(2026, 11, 7), time(8), 3))
        with pytest.raises(DamagedDatabaseError):
            diary.backup_now(NOW, "manual")
        with pytest.raises(DamagedDatabaseError):
            backups.save_copy(diary.database, data_dir, tmp_path / "copy.sqlite3")
        assert diary.checkins.count() == 5
    finally:
        diary.close()
    assert len(backups.list_backups(data_dir)) == 1
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_value_met_by_a_read_after_the_check_stops_writes_too(data_dir):
    """Put there after the pages were checked (another program, while the window is open):
    the first read that meets it treats the diary as damaged from then on."""
    _diary_with(data_dir, IMPOSSIBLE_DATE)
    diary = Diary.open(data_dir, check_later=True)
    try:
        diary.database.pages_checked_elsewhere()  # as if checked before the value came
        diary.checkins.add(CheckIn(date(2026, 11, 6), time(8), 3))  # not met yet
        with pytest.raises(DamagedDatabaseError, match="cannot read"):
            diary.checkins.list()
        with pytest.raises(DamagedDatabaseError, match="cannot read"):
            diary.checkins.add(CheckIn(date(2026, 11, 7), time(8), 3))
        with pytest.raises(DamagedDatabaseError):
            diary.backup_now(NOW, "manual")
        assert diary.checkins.count() == 6
    finally:
        diary.close()


def test_a_copy_of_a_diary_with_damaged_pages_is_refused(data_dir, tmp_path):
    _diary_with(data_dir, OUT_OF_RANGE)
    diary = Diary.open(data_dir, check_later=True)
    try:
        with pytest.raises(DamagedDatabaseError):
            backups.save_copy(diary.database, data_dir, tmp_path / "copy.sqlite3")
    finally:
        diary.close()
    assert not (tmp_path / "copy.sqlite3").exists()


days = st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
moments = st.from_regex(r"\A[0-2][0-9]:[0-5][0-9]\Z")


@settings(max_examples=300, deadline=None)
@given(
    day=st.one_of(days, st.sampled_from(["2021-02-29", "2020-02-29", "0000-01-01"])),
    moment=st.one_of(moments, st.sampled_from(["24:00", "23:59", "00:00"])),
)
def test_the_check_finds_exactly_the_dates_and_times_the_reads_cannot_take(day, moment):
    """Every value of the CHECKs' shape: flagged by the check exactly when Python's
    fromisoformat, which the reads use, refuses it."""
    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        flagged_day, flagged_moment = connection.execute(
            f"SELECT {readable._day('?1')}, {readable._moment('?2')}", (day, moment)
        ).fetchone()

    def refused(parse, text):
        try:
            parse(text)
        except ValueError:
            return True
        return False

    assert bool(flagged_day) == refused(date.fromisoformat, day)
    assert bool(flagged_moment) == refused(time.fromisoformat, moment)


def test_an_import_into_a_diary_with_such_a_value_writes_nothing(data_dir, tmp_path):
    """Tester: the window's import (on a connection of its own) wrote into it, made a
    before-import backup of it, and only then said "Could not import"."""
    source = DiaryService(Diary.open(tmp_path / "other"), system_clock)
    try:
        source.save_checkin({"date": date(2026, 11, 20), "time": time(12, 34), "pain": 2})
        source.export_csv(tmp_path / "csv")
    finally:
        source.diary.close()
    _diary_with(data_dir, IMPOSSIBLE_DATE)
    service = DiaryService(Diary.open(data_dir, check_later=True), system_clock)
    try:
        with pytest.raises(DamagedDatabaseError):
            service.import_csv_apart(tmp_path / "csv")
        assert service.diary.checkins.count() == 5
    finally:
        service.diary.close()
    assert len(backups.list_backups(data_dir)) == 1
