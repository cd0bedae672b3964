"""Health data never leaves the machine, and lands nowhere but the diary and its exports."""

import socket
from datetime import date, time

import pytest

MARKER = "MARKER-7f3a-private-note"


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python code could open a connection fails, and is recorded."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled by the privacy test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_a_full_session_makes_no_network_connection(
    qtbot, no_network, open_main_window, tmp_path, data_dir, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    window = open_main_window()
    window.diary.save_injection({"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP"})
    window.today.form.scores["pain"].setValue(4)
    window.today.form.notes_edit.setPlainText(MARKER)
    assert window.today.save() is not None
    window.diary.save_medication({"date": date(2026, 11, 20), "time": time(9), "name": "Advil"})
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    for index in range(3):
        window.chart.kind_combo.setCurrentIndex(index)
    exports = tmp_path / "exports"
    exports.mkdir()
    window.chart.export(exports / "chart.png")
    window.open_report().save_pdf(exports / "report.pdf")
    window.export_csv(exports / "csv")
    window.export_calendar(exports / "visits.ics")
    window.diary.service.diary.backup_now(window.diary.clock())
    window.reminders.check()
    window.close()

    assert no_network == []

    # The note is only in the diary, its WAL, its backups and the exports the patient asked for.
    allowed = {"diary.sqlite3", "diary.sqlite3-wal", "checkins.csv"}
    for root in (data_dir, tmp_path / "home"):
        for path in root.rglob("*"):
            if path.is_file() and MARKER.encode() in path.read_bytes():
                assert path.name in allowed or path.parent.name == "backups", path
    assert not list(data_dir.rglob("*.log"))
