"""The report speaks to the doctor: counted right, and no instructions meant for the patient."""

from datetime import date, time, timedelta

from pypdf import PdfReader

from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import SUMMARY_LIMITS, ReportRequest, build_report_html
from tests.reports.test_report import extracted

TODAY = date(2026, 11, 24)


def _injections(count: int) -> list[Injection]:
    return [
        Injection(date=date(2026, 6, 1) + timedelta(days=14 * n), site="Knee", kind="PRP", id=n)
        for n in range(1, count + 1)
    ]


def test_one_earlier_injection_is_counted_in_the_singular():
    shown = SUMMARY_LIMITS[0].injections
    one_more = DiarySnapshot(injections=_injections(shown + 1), checkins=[])
    html = build_report_html(one_more, ReportRequest(date(2026, 6, 1), TODAY), TODAY)
    assert "The detail pages list 1 earlier injection." in html
    two_more = DiarySnapshot(injections=_injections(shown + 2), checkins=[])
    html = build_report_html(two_more, ReportRequest(date(2026, 6, 1), TODAY), TODAY)
    assert "The detail pages list 2 earlier injections." in html


def test_a_period_without_check_ins_says_so_instead_of_instructions(tmp_path, qapp):
    before = [CheckIn(date(2026, 9, 1), time(9), 5)]  # before the period: not in it
    snapshot = DiarySnapshot(injections=_injections(1), checkins=before)
    path = tmp_path / "report.pdf"
    write_report_pdf(snapshot, ReportRequest(date(2026, 11, 1), TODAY), path, today=TODAY)
    text = extracted(PdfReader(path))
    assert "No check-ins in this period." in text
    assert "Today panel" not in text and "Record an injection" not in text
