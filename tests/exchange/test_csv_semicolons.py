"""A CSV folder saved by a spreadsheet that separates columns with semicolons (the default in
much of Europe) is refused with a sentence that says so, not "missing column(s)"."""

import pytest

from recovery_tracker.exchange.csv_folder import CsvImportError, import_csv
from recovery_tracker.storage.resources import load_templates
from tests.conftest import NOW


def test_a_semicolon_separated_file_is_named_as_such(tmp_path, diary):
    folder = tmp_path / "from-a-spreadsheet"
    folder.mkdir()
    (folder / "checkins.csv").write_text("date;time;pain\n2026-11-20;08:00;5\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as caught:
        import_csv(diary, folder, now=NOW, templates=load_templates().templates)
    [problem] = caught.value.problems
    assert problem.startswith("checkins.csv, line 1: ")
    assert "semicolons" in problem and "comma" in problem
