"""An unanswered score (None) is written without Python 3.11's slow adapter search.

sqlite3 looks for an adapter for every value that is not an int, float, str or bytes; for
None, finding none, it raised and cleared an AttributeError each time. A 30-year CSV import
writes 90,000 of them (check-ins' unanswered items): that took more time than the rest of
its inserting (75 ms of check-in inserts, 56 ms with an adapter registered for None)."""

import sqlite3

from recovery_tracker.storage.diary import Diary


def test_none_has_an_adapter_once_storage_is_imported():
    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters


def test_none_is_still_written_as_null(tmp_path):
    diary = Diary.open(tmp_path / "data")
    try:
        with diary.database.transaction() as connection:
            connection.execute("CREATE TEMP TABLE scores (score)")
            connection.executemany("INSERT INTO scores VALUES (?)", [(None,), (0,)])
            stored = connection.execute("SELECT typeof(score) FROM scores").fetchall()
    finally:
        diary.close()
    assert [tuple(row) for row in stored] == [("null",), ("integer",)]
