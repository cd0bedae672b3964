"""`export report` without --from and --to covers the diary, also when its entries are dated
after this computer's today (a diary moved from a time zone ahead: a CSV import accepts rows
up to 26 hours after the clock). It said "--from (…) is after --to (…)" for options never given.
"""

from datetime import date, time, timedelta

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.diary import Diary
from tests.test_cli import run_cli


def test_a_report_without_dates_covers_entries_dated_tomorrow(tmp_path):
    data = tmp_path / "data"
    diary = Diary.open(data)
    tomorrow = date.today() + timedelta(days=1)
    diary.checkins.add(CheckIn(date=tomorrow, time=time(0, 30), pain=5))
    diary.close()
    result = run_cli("--data-dir", str(data), "export", "report", "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    assert f"to {tomorrow.isoformat()})" in result.stdout
    assert "--from" not in result.stderr
