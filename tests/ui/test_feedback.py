"""Every action says what it did; buttons that need a row wait for one; file dialogs start in
Documents and then in the last folder; the wording named in the issue."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from recovery_tracker.ui import file_dialogs
from tests.ui.test_advice_and_medicines import answer_next_message_box


def _status(window) -> str:
    return window.today.confirmation.text()


def test_logging_a_medicine_says_so_in_the_status_line(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})
    dialog = window.medicines.add_medicine()
    qtbot.keyClicks(dialog.name.lineEdit(), "paracetamol")
    qtbot.keyClicks(dialog.dose, "500 mg")
    dialog.save()
    assert _status(window) == "✓ Medicine logged: paracetamol 500 mg, Tue 24 Nov at 18:05."


def test_recording_an_injection_and_an_appointment_say_so(qtbot, window):
    injection = window.treatments.add_injection()
    injection.site.setCurrentText("Knee")
    injection.save()
    assert _status(window).startswith("✓ Injection recorded: PRP, Knee,")
    appointment = window.appointments.add_appointment()
    appointment.date_edit.setDate(QDate(2026, 12, 2))
    appointment.save()
    assert _status(window) == "✓ Appointment saved: Wed 2 Dec 2026 at 09:00."


def test_answering_the_weekly_question_says_so(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    box = window.today.impression
    box.group.button(2).click()
    assert box.save()
    assert _status(window) == "✓ Weekly answer saved: Much improved."


def test_exporting_a_chart_says_where_it_went(qtbot, window, tmp_path):
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})
    path = window.chart.export(tmp_path / "chart.png")
    assert path is not None and path.exists()
    assert _status(window) == f"✓ Chart saved to {path}."


def test_edit_and_delete_wait_for_a_selected_row(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    window.diary.save_medication({"date": date(2026, 11, 24), "time": time(8), "name": "x"})
    window.diary.save_appointment({"date": date(2026, 12, 1), "time": time(9)})
    panels = (window.history, window.medicines, window.treatments, window.appointments)
    for panel in panels:
        window.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda p=panel: p.table.model() is not None)
        assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
        panel.table.selectRow(0)
        assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    assert window.treatments.plan_button.isEnabled()


def test_the_events_tab_waits_for_a_row_and_says_what_delete_did(qtbot, window, answer_dialogs):
    """The Events tab is a list like the others: Edit and Delete wait for a selected row,
    and a deletion is said in the status line with the way back."""
    window.diary.save_event({"date": date(2026, 11, 20), "kind": "fever", "severity": "mild"})
    panel = window.events
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.model() is not None)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    asked = answer_dialogs(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete event?: Delete “Fever” of Friday 20 November 2026?"]
    assert window.diary.events() == []
    assert _status(window) == "Event deleted. Edit > Undo brings it back."


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()

    class Paths:
        StandardLocation = file_dialogs.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_location):
            return str(folder)

    monkeypatch.setattr(file_dialogs, "QStandardPaths", Paths)
    return folder


def test_file_dialogs_start_in_documents_then_in_the_last_folder(
    qtbot, window, documents, tmp_path, monkeypatch
):
    offered: list[str] = []
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()

    def save_file_name(_parent, _title, suggested, _filters):
        offered.append(suggested)
        return str(elsewhere / "chart.png"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 3})
    window.chart.export()
    window.export_calendar()
    assert Path(offered[0]).parent == documents
    assert Path(offered[1]) == elsewhere / "recovery-tracker.ics"  # remembered

    folders: list[str] = []

    def existing_directory(_parent, _title, folder):
        folders.append(folder)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", existing_directory)
    window.import_csv()
    assert folders == [str(elsewhere)]


def test_a_back_dated_nsaid_counts_the_days_left_from_today(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 20), "site": "Knee", "kind": "PRP"})
    dialog = window.medicines.add_medicine()
    dialog.date_edit.setDate(QDate(2026, 11, 22))  # logged two days late
    qtbot.keyClicks(dialog.name.lineEdit(), "ibuprofen")
    assert "10 more days, until 4 December" in dialog.warning.text()  # from today, the 24th
    answer_next_message_box("Go back")
    dialog.reject()


def test_a_recognised_medicine_is_named_once(qtbot, window):
    dialog = window.medicines.add_medicine()
    qtbot.keyClicks(dialog.name.lineEdit(), "paracetamol")
    QApplication.processEvents()
    assert dialog.classification.text() == "Recognised as paracetamol (acetaminophen)."
    dialog.reject()


def test_finishing_the_first_start_assistant_says_so(qtbot, window):
    wizard = window.open_first_start()
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.accept()
    assert _status(window).startswith("✓ Set up with your answers")
