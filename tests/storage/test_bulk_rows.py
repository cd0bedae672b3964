"""Many rows per INSERT statement: the same rows, ids and order as one statement per row."""

from datetime import date, time, timedelta

import pytest

from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.bulk import DiaryContent, insert_content, insert_rows
from recovery_tracker.storage.checkins import CHECKIN_COLUMNS, checkin_values
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.medications import medication_values


def _checkins(count: int) -> list[CheckIn]:
    start = date(2000, 1, 1)
    return [
        CheckIn(
            start + timedelta(days=n // 2),
            time(8 + 12 * (n % 2), 0),
            n % 11,
            None if n % 3 else n % 7,
            notes=f"note {n}" if n % 5 else "",
            for_doctor=n % 4 == 0,
            leg_pain=None if n % 2 else 3,
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("count", [0, 1, 98, 99, 100, 250])
def test_rows_written_many_per_statement_are_those_written_one_by_one(tmp_path, count):
    """Counts around one statement's worth (99 check-ins: 999 parameters, the least any
    SQLite allows) and several statements' worth."""
    checkins = _checkins(count)
    doses = [
        MedicationDose(c.date, time(9, 0), f"Med {n}", "1 tab") for n, c in enumerate(checkins)
    ]
    one_by_one = Diary.open(tmp_path / "one")
    many = Diary.open(tmp_path / "many")
    try:
        with one_by_one.database.transaction() as connection:
            for checkin in checkins:
                connection.execute(
                    f"INSERT INTO checkins ({', '.join(CHECKIN_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(CHECKIN_COLUMNS))})",
                    checkin_values(checkin),
                )
        insert_content(
            many,
            DiaryContent(
                checkins=checkins[: count // 2],  # written first, then the values
                checkin_values=[checkin_values(c) for c in checkins[count // 2 :]],
                medication_values=[medication_values(d) for d in doses],
            ),
        )
        assert _by_id(many) == _by_id(one_by_one)
        assert [(m.id, m.name) for m in many.medications.list()] == [
            (n + 1, f"Med {n}") for n in range(count)
        ]
    finally:
        one_by_one.close()
        many.close()


def _by_id(diary: Diary) -> list[CheckIn]:
    return sorted(diary.checkins.list(), key=lambda c: c.id or 0)


def test_a_row_of_the_wrong_length_is_refused_not_shifted(tmp_path):
    diary = Diary.open(tmp_path / "data")
    try:
        rows = [checkin_values(c) for c in _checkins(3)]
        rows[1] = rows[1][:-1]
        with pytest.raises(ValueError), diary.database.transaction() as connection:
            insert_rows(connection, "checkins", CHECKIN_COLUMNS, rows)
        assert diary.checkins.count() == 0
    finally:
        diary.close()
