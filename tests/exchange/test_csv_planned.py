"""The status column of injections.csv: planned injections move with the diary."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule
from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.exchange.csv_folder import CsvImportError, export_csv, import_csv
from recovery_tracker.storage.diary import Diary

NOW = datetime(2026, 11, 24, 18, 5)
NO_NSAIDS = AdviceRule(
    "No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, avoid=("nsaid",)
)


def test_a_planned_injection_and_its_plan_survive_export_and_import(tmp_path):
    source = Diary.open(tmp_path / "a")
    source.advice.add_injection_with_plan(Injection(date(2026, 10, 1), "Knee"), ())
    planned = Injection(date(2026, 12, 3), "Knee", status=InjectionStatus.PLANNED)
    source.advice.add_injection_with_plan(planned, (NO_NSAIDS,))
    export_csv(source, tmp_path / "csv")
    source.close()
    rows = list(csv.DictReader((tmp_path / "csv" / "injections.csv").open(encoding="utf-8")))
    assert [r["status"] for r in rows] == ["done", "planned"]

    target = Diary.open(tmp_path / "b")
    import_csv(target, tmp_path / "csv", now=NOW, templates=[])
    done, copied = target.injections.list()
    assert (done.status, copied.status, copied.date) == (
        InjectionStatus.DONE,
        InjectionStatus.PLANNED,
        date(2026, 12, 3),
    )
    [plan] = [p for p in target.advice.plans([copied])]
    assert [(r.title, r.start_day, r.end_day) for r in plan.rules] == [
        ("No anti-inflammatories", -7, 14)
    ]
    target.close()


def _import(tmp_path, text: str) -> Diary:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "injections.csv").write_text(text, encoding="utf-8")
    diary = Diary.open(tmp_path / "diary")
    import_csv(diary, folder, now=NOW, templates=[])
    return diary


def test_an_empty_or_missing_status_is_done(tmp_path):
    diary = _import(tmp_path, "date,site,status\n2026-10-01,Knee,\n")
    assert diary.injections.list()[0].status is InjectionStatus.DONE
    diary.close()


def test_a_booked_day_that_passed_while_moving_is_kept_planned(tmp_path):
    diary = _import(tmp_path, "date,site,status\n2026-11-20,Knee,planned\n")
    [kept] = diary.injections.list()
    assert (kept.date, kept.status) == (date(2026, 11, 20), InjectionStatus.PLANNED)
    diary.close()


def test_a_status_that_is_neither_is_named_with_its_line(tmp_path):
    with pytest.raises(CsvImportError) as refused:
        _import(tmp_path, "date,site,status\n2026-10-01,Knee,maybe\n")
    assert "line 2" in str(refused.value) and "planned" in str(refused.value)


def _diary_with(tmp_path, injection: Injection) -> Diary:
    diary = Diary.open(tmp_path / "diary")
    diary.advice.add_injection_with_plan(injection, (NO_NSAIDS,))
    return diary


def _import_into(diary: Diary, tmp_path, text: str):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "injections.csv").write_text(text, encoding="utf-8")
    return import_csv(diary, folder, now=NOW, templates=[])


def test_a_booking_done_on_the_other_computer_becomes_done_here_not_a_second_injection(
    tmp_path,
):
    booked = Injection(date(2026, 11, 20), "Knee", status=InjectionStatus.PLANNED)
    diary = _diary_with(tmp_path, booked)
    _import_into(diary, tmp_path, "date,site,kind,status\n2026-11-20,Knee,PRP,done\n")
    [injection] = diary.injections.list()
    assert (injection.date, injection.status) == (date(2026, 11, 20), InjectionStatus.DONE)
    assert len(diary.advice.rules_for(injection.id)) == 1  # its plan stays
    diary.close()


def test_a_booking_from_a_file_older_than_what_happened_here_adds_nothing(tmp_path):
    diary = _diary_with(tmp_path, Injection(date(2026, 11, 20), "Knee"))
    _import_into(diary, tmp_path, "date,site,kind,status\n2026-11-20,Knee,PRP,planned\n")
    [injection] = diary.injections.list()
    assert injection.status is InjectionStatus.DONE
    diary.close()
