from datetime import date, time

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMenu, QMessageBox

from recovery_tracker.ui.report_dialog import ReportDialog


def test_report_dialog_saves_a_pdf_and_remembers_the_name(qtbot, window, tmp_path):
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    window.diary.save_checkin({"date": date(2026, 11, 2), "time": time(9), "pain": 5})
    dialog = window.open_report()
    assert isinstance(dialog, ReportDialog)
    assert dialog.first.date().toPython() == date(2026, 11, 1)  # the diary's first day
    dialog.name.setText("Tom Runner")
    with qtbot.waitSignal(dialog.report_done, timeout=20_000):
        path = dialog.save_pdf(tmp_path / "report.pdf")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Recovery report for Tom Runner" in text
    assert window.diary.service.diary.settings.get("report_patient_name") == "Tom Runner"
    dialog.first.setDate(date(2026, 11, 20))
    dialog.last.setDate(date(2026, 11, 10))
    assert dialog.save_pdf(tmp_path / "x.pdf") is None
    assert "after the last day" in dialog.message.text()
    dialog.reject()


def test_csv_export_and_import_through_the_window(qtbot, open_main_window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    window = open_main_window()
    window.diary.save_checkin({"date": date(2026, 11, 2), "time": time(9), "pain": 5})
    window.export_csv(tmp_path / "csv")
    assert (tmp_path / "csv" / "checkins.csv").exists()
    window.diary.delete_checkin(window.diary.checkins()[0].id)
    assert window.history.model.rowCount() == 0
    window.import_csv(tmp_path / "csv")
    assert window.history.model.rowCount() == 1  # the views followed the import
    assert said == ["Imported 1 check-in."]


def test_a_bad_csv_folder_imports_nothing_and_lists_the_rows(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "checkins.csv").write_text(
        "date,time,pain\n2026-11-01,08:00,4\n2026-11-02,08:00,eleven\n", encoding="utf-8"
    )
    assert window.import_csv(tmp_path / "bad") is None
    assert window.diary.checkins() == []
    assert "checkins.csv, line 3: Pain now must be a whole number" in shown[0]


def _refused_cases():
    from tests.test_hostile_input import HOSTILE_CSV

    return [case for case, (_make, fragment) in HOSTILE_CSV.items() if fragment is not None]


@pytest.mark.parametrize("case", _refused_cases())
def test_file_import_shows_every_refusal_as_a_sentence(qtbot, window, tmp_path, monkeypatch, case):
    """File > Import diary from CSV…, as the patient chooses it: whatever is wrong with the
    folder, a box says it in words (never nothing, never a traceback) and nothing changes."""
    from PySide6.QtWidgets import QFileDialog

    from tests.test_hostile_input import HOSTILE_CSV

    make, fragment = HOSTILE_CSV[case]
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(f"{box.text()}\n{box.informativeText()}")
    )
    [action] = [
        a
        for menu in window.menuBar().findChildren(QMenu)
        for a in menu.actions()
        if a.text().replace("&", "").startswith("Import diary from CSV")
    ]
    action.trigger()
    [message] = shown
    assert fragment in message, message
    assert window.diary.checkins() == [] and window.diary.service.diary.injections.list() == []


def test_no_export_from_the_window_writes_over_the_diary(qtbot, window, data_dir, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    window.diary.save_checkin({"date": date(2026, 11, 2), "time": time(9), "pain": 5})
    diary_file = data_dir / "diary.sqlite3"
    assert window.export_calendar(diary_file) is None
    assert window.export_csv(data_dir / "backups") is None
    assert window.chart.export(data_dir / "diary.sqlite3-wal.png") is not None  # a new name
    assert window.chart.export(data_dir / "backups" / "chart.png") is None
    dialog = window.open_report()
    assert dialog.save_pdf(data_dir / "diary.sqlite3-shm") is None
    dialog.reject()
    assert len(warned) == 4 and all("nothing was written" in w for w in warned)
    assert window.diary.service.diary.checkins.count() == 1


def test_exporting_into_a_folder_holding_an_export_asks_first(
    qtbot, window, tmp_path, answer_dialogs
):
    window.diary.save_checkin({"date": date(2026, 11, 2), "time": time(9), "pain": 5})
    window.export_csv(tmp_path / "csv")
    (tmp_path / "csv" / "checkins.csv").write_text("date,time,pain\n", encoding="utf-8")
    asked = answer_dialogs(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    assert window.export_csv(tmp_path / "csv") is None
    assert (tmp_path / "csv" / "checkins.csv").read_text(encoding="utf-8") == "date,time,pain\n"
    assert len(asked) == 1 and str(tmp_path / "csv") in asked[0] and "Replace" in asked[0]
    assert window.export_csv(tmp_path / "csv") == tmp_path / "csv"
    assert "2026-11-02" in (tmp_path / "csv" / "checkins.csv").read_text(encoding="utf-8")


def test_a_refused_import_says_how_many_problems_are_not_in_sight(
    qtbot, window, tmp_path, monkeypatch
):
    """Eight problems were shown and nothing said 504 more waited under Show Details: the
    patient fixed eight rows and tried again."""
    folder = tmp_path / "in"
    folder.mkdir()
    rows = "".join(f"2026-11-{day:02d},08:00,{11 + day}\n" for day in range(1, 21))
    (folder / "checkins.csv").write_text("date,time,pain\n" + rows, encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    assert window.import_csv(folder) is None
    [message] = shown
    assert message.count("checkins.csv, line") == 8
    assert message.splitlines()[-1] == "… and 12 more: Show Details… lists them all."
