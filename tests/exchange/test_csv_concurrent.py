"""Two imports of the same folder at once (the window's and the command line's) add it once:
each decides what is new inside the transaction that writes it."""

import contextlib
import threading
from datetime import date, time, timedelta

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.exchange.csv_folder import export_csv, import_csv
from recovery_tracker.storage import backups
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.resources import load_templates
from tests.conftest import NOW


def _exported_folder(tmp_path):
    source = Diary.open(tmp_path / "source", now=lambda: NOW)
    for day in range(20):
        source.checkins.add(CheckIn(date(2026, 11, 1) + timedelta(days=day), time(9), 5))
    export_csv(source, tmp_path / "csv")
    source.close()
    return tmp_path / "csv"


def test_two_imports_of_one_folder_at_the_same_time_add_it_once(tmp_path, monkeypatch):
    folder = _exported_folder(tmp_path)
    target = tmp_path / "diary"
    Diary.open(target, now=lambda: NOW).close()
    # Hold each import at its backup (made once it knows what is new, before it writes) so
    # that both have decided before either writes, as two processes may.
    both_decided = threading.Barrier(2, timeout=3)
    real_backup = backups.make_backup

    def backup_when_both_decided(*args, **kwargs):
        # Broken: the other import waits for this one's transaction, as it should.
        with contextlib.suppress(threading.BrokenBarrierError):
            both_decided.wait()
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", backup_when_both_decided)
    results, errors = [], []

    def run() -> None:
        diary = Diary.open(target, now=lambda: NOW)
        try:
            results.append(import_csv(diary, folder, now=NOW, templates=load_templates().templates))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            diary.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    diary = Diary.open(target, now=lambda: NOW)
    assert len(diary.checkins.list()) == 20
    assert sorted(r.added["check-ins"] for r in results) == [0, 20]
    diary.close()
