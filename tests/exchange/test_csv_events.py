"""events.csv and the leg_pain column of checkins.csv: out and back in, exactly."""

import csv
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.exchange.csv_folder import CsvImportError, export_csv, import_csv
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates

NOW = datetime(2026, 11, 24, 18, 5)
TEMPLATES = load_templates().templates
EVENTS = [
    AdverseEvent(date(2026, 11, 2), "fever", "moderate", time=time(21, 30), contacted_clinic=True),
    AdverseEvent(date(2026, 11, 5), "other", "severe", other="=rash, both arms", notes="a\nb"),
    AdverseEvent(date(2026, 11, 5), "bruising", "mild"),
]


def _without_ids(items):
    return sorted((replace(i, id=None) for i in items), key=repr)


def test_events_and_leg_pain_survive_export_and_import(diary, tmp_path):
    for event in EVENTS:
        diary.events.add(event)
    diary.checkins.add(CheckIn(date(2026, 11, 2), time(8), pain=5, leg_pain=7))
    diary.checkins.add(CheckIn(date(2026, 11, 3), time(8), pain=4))
    counts = export_csv(diary, tmp_path / "out")
    assert counts["events.csv"] == 3

    with (tmp_path / "out" / "checkins.csv").open(encoding="utf-8") as file:
        assert [row["leg_pain"] for row in csv.DictReader(file)] == ["7", ""]
    with (tmp_path / "out" / "events.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert rows[0] == {
        "date": "2026-11-02",
        "time": "21:30",
        "kind": "fever",
        "severity": "moderate",
        "other": "",
        "contacted_clinic": "yes",
        "notes": "",
    }
    assert rows[1]["other"] == "'=rash, both arms"  # no formula in a spreadsheet

    other = Diary.open(tmp_path / "other")
    try:
        result = import_csv(other, tmp_path / "out", now=NOW, templates=TEMPLATES)
        assert "3 events" in result.sentence()
        assert _without_ids(other.events.list()) == _without_ids(EVENTS)
        assert [c.leg_pain for c in other.checkins.list()] == [7, None]
        again = import_csv(other, tmp_path / "out", now=NOW, templates=TEMPLATES)
        assert again.added["events"] == 0 and again.skipped["events"] == 3
        assert len(other.events.list()) == 3
    finally:
        other.close()


def test_a_bad_event_row_is_named_and_nothing_is_imported(diary, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "checkins.csv").write_text("date,time,pain\n2026-11-02,08:00,5\n", encoding="utf-8")
    (folder / "events.csv").write_text(
        "date,kind,severity\n2026-11-02,fever,awful\n2026-11-03,hiccups,mild\n",
        encoding="utf-8",
    )
    with pytest.raises(CsvImportError) as raised:
        import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    assert [p.split(":")[0] for p in raised.value.problems] == [
        "events.csv, line 2",
        "events.csv, line 3",
    ]
    assert diary.checkins.list() == [] and diary.events.list() == []


def test_a_folder_from_before_events_still_imports(diary, tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "checkins.csv").write_text("date,time,pain\n2026-11-02,08:00,5\n", encoding="utf-8")
    import_csv(diary, folder, now=NOW, templates=TEMPLATES)
    [checkin] = diary.checkins.list()
    assert checkin.leg_pain is None
