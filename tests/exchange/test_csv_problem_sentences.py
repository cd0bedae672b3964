"""What a refused CSV import says must be true and readable: the day it calls "today" is
today, an empty file is called empty, and a thousand rows with one problem are one line."""

import pytest

from recovery_tracker.domain.text import DateStyle, format_date
from recovery_tracker.exchange.csv_folder import CsvImportError, import_csv
from recovery_tracker.storage.resources import load_templates
from tests.conftest import NOW


def _problems(diary, folder) -> list[str]:
    with pytest.raises(CsvImportError) as caught:
        import_csv(diary, folder, now=NOW, templates=load_templates().templates)
    return caught.value.problems


def test_a_row_dated_past_the_allowance_names_todays_date_as_today(tmp_path, diary):
    """Rows may be up to 26 hours "later" than this clock (a diary from a time zone ahead);
    the refusal said "today is" of the day after, the allowance's."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "checkins.csv").write_text("date,time,pain\n2099-01-01,08:00,5\n", encoding="utf-8")
    [problem] = _problems(diary, folder)
    assert f"(today is {format_date(NOW.date(), DateStyle.DAY)})" in problem


def test_an_empty_file_is_called_empty(tmp_path, diary):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "checkins.csv").write_text("", encoding="utf-8")
    [problem] = _problems(diary, folder)
    assert problem.startswith("checkins.csv: the file is empty")
    assert "missing column" not in problem


def test_many_rows_with_one_problem_are_one_line(tmp_path, diary):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = "".join(f"2099-01-{day:02d},08:00,5\n" for day in range(1, 29))
    rows += "2026-11-01,08:00,11\n"  # another problem, named on its own
    rows += "".join(f"2099-02-{day:02d},08:00,5\n" for day in range(1, 11))
    (folder / "checkins.csv").write_text("date,time,pain\n" + rows, encoding="utf-8")
    problems = _problems(diary, folder)
    assert len(problems) == 3, problems
    assert problems[0].startswith("checkins.csv, 28 rows from line 2 to line 29: Date cannot")
    assert problems[1].startswith("checkins.csv, line 30: Pain now must be from 0 to 10")
    assert problems[2].startswith("checkins.csv, 10 rows from line 31 to line 40: Date cannot")
