"""The report with a planned injection: its next booking, and a medicine taken in a window
before it listed with the rule in force; the booking is no session."""

from __future__ import annotations

from datetime import date, time

from pypdf import PdfReader

from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import ReportRequest
from recovery_tracker.service.diary_service import DiaryService
from tests.conftest import NOW
from tests.reports.test_report import extracted

TODAY = NOW.date()


def test_the_report_shows_the_next_planned_injection_and_the_medicine_before_it(
    diary, tmp_path, qapp
):
    service = DiaryService(diary, clock=lambda: NOW)
    service.save_injection({"date": date(2026, 12, 1), "site": "Lower back", "status": "planned"})
    service.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 6})
    service.save_medication({"date": TODAY, "time": time(9), "name": "Ibuprofen", "dose": "400 mg"})
    path = tmp_path / "report.pdf"
    write_report_pdf(service.snapshot(), ReportRequest(date(2026, 11, 1), TODAY), path, today=TODAY)
    text = extracted(PdfReader(path))
    assert "Next planned injection: Tuesday 1 December 2026 (PRP, Lower back)." in text
    assert "No injection recorded." in text  # a booking is no session
    assert "Ibuprofen" in text
    assert "No anti-inflammatories (planned injection of 1 Dec 2026)" in text
