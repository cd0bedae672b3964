"""The report's pages: page 1 is the summary a doctor reads in a minute, details follow."""

import re
import subprocess
from datetime import date, datetime, time, timedelta

import pytest

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import ReportRequest
from recovery_tracker.storage.resources import medicine_list
from tests.reports.test_report import qapp_module, snapshot  # noqa: F401

TODAY = date(2026, 11, 24)
NO_NSAIDS = AdviceRule("No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",))


def busy_diary() -> DiarySnapshot:
    """A year with twelve injections, many doses against the plan, many notes and questions."""
    start = date(2025, 12, 1)
    injections = [  # the last two in the report's period
        Injection(date=start + timedelta(days=30 * i), site="Knee", kind="PRP", id=i + 1)
        for i in range(12)
    ]
    checkins = [
        CheckIn(
            start + timedelta(days=d),
            time(9),
            7 - d // 60,
            soreness=3,
            notes=f"Day {d}: stiff in the morning, better after a walk." if d % 30 == 0 else "",
            for_doctor=d % 30 == 0,
        )
        for d in range(-7, (TODAY - start).days + 1)
    ]
    doses = [
        MedicationDose(i.date + timedelta(days=d), time(9), "Advil", "400 mg")
        for i in injections
        for d in range(1, 7)
    ]
    questions = "\n".join(f"Question number {n} about what comes next?" for n in range(1, 11))
    return DiarySnapshot(
        injections=injections,
        checkins=checkins,
        plans=[Plan(i, (NO_NSAIDS,)) for i in injections],
        medications=doses,
        appointments=[Appointment(datetime(2026, 12, 1, 10, 30), "Dr. Lee", "", questions)],
        medicines=medicine_list(),
    )


def pages_of(path) -> list[str]:
    """Each page's text as pdftotext lays it out (the lines a reader sees, top to bottom)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def report(tmp_path, diary, paper, name="Maria Example"):
    path = tmp_path / f"report-{paper}.pdf"
    request = ReportRequest(date(2026, 10, 1), TODAY, name)
    write_report_pdf(diary, request, path, today=TODAY, paper=paper)
    return path


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("diary", [snapshot, busy_diary], ids=["short", "busy"])
def test_page_one_is_the_whole_summary_and_the_details_follow(tmp_path, qapp_module, paper, diary):  # noqa: F811
    path = report(tmp_path, diary(), paper)
    pages = [" ".join(page.split()) for page in pages_of(path)]
    first = pages[0]
    for expected in (
        "Recovery report for Maria Example",
        "Period: 1 October 2026 to 24 November 2026",
        "Baseline pain",
        "Pain, last 7 days",
        "points",  # the verdict
        "Pain and soreness over time",  # the timeline
        "Injections",
        "Medicines during avoidance windows",
        "Questions for the visit of 1 December 2026",
        "Summary · page 1 of",
    ):
        assert expected in first, expected
    assert "Details" not in first.replace("detail pages", "")
    assert pages[1].startswith("Details")
    assert all("Details · page" in page for page in pages[1:])


def test_long_lists_end_on_page_one_with_a_pointer_to_the_details(tmp_path, qapp_module):  # noqa: F811
    pages = [" ".join(page.split()) for page in pages_of(report(tmp_path, busy_diary(), "letter"))]
    first, rest = pages[0], " ".join(pages[1:])
    assert re.search(r"The detail pages list \d+ earlier injections?\.", first)
    assert "all are on the detail pages" in first
    assert "more questions are on the detail pages" in first
    assert "Question number 10" not in first and "Question number 10" in rest
    assert "All injections" in rest and "1 Dec 2025" in rest


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_question_and_warning_sign_reaches_the_pages(tmp_path, qapp_module, paper):  # noqa: F811
    """Qt lays a long document out piecemeal: headings moved on a partial layout left the
    blocks after them without lines, neither drawn nor counted. The busy diary's A4 report
    ended after the medicines, without "All questions" and the warning signs."""
    text = " ".join(" ".join(pages_of(report(tmp_path, busy_diary(), paper))).split())
    for n in range(1, 11):
        assert f"Question number {n} about" in text, n
    assert "Warning signs the patient was given" in text
    assert "a fever (38 °C / 100.4 °F or more)" in text
    assert "by the doctor: [ ] as listed" in text  # "Conﬁrmed": pdftotext keeps the ligature


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path, qapp_module, paper):  # noqa: F811
    headings = (
        "Details",
        "Notes for the doctor",
        "Weekly pain",
        "All injections",
        "All medicines",
        "All questions",
        "Overall change",
        "Injections",
        "Medicines during",
        "Questions for",
    )
    for page in pages_of(report(tmp_path, busy_diary(), paper)):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "Recovery report ·" not in line]
        assert not body[-1].startswith(headings), body[-3:]


def test_a_report_on_a_later_series_compares_with_the_week_before_that_series(
    tmp_path,
    qapp_module,  # noqa: F811
):
    old = Injection(date=date(2020, 3, 2), site="Knee", kind="PRP", id=1)
    new = Injection(date=date(2026, 10, 8), site="Knee", kind="PRP", id=2)
    checkins = [CheckIn(date(2020, 2, 24) + timedelta(days=d), time(9), 9) for d in range(7)]
    checkins += [CheckIn(date(2026, 10, 1) + timedelta(days=d), time(9), 6) for d in range(55)]
    path = report(tmp_path, DiarySnapshot(injections=[old, new], checkins=checkins), "a4")
    first = " ".join(pages_of(path)[0].split())
    assert "Baseline pain 6.0 (mean of 1 Oct 2026 – 7 Oct 2026)" in first


def test_printing_lays_out_the_same_pages_on_the_printers_paper(tmp_path, qapp_module):  # noqa: F811
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from recovery_tracker.exchange.report_pdf import build_document, page_size, paint_onto

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    request = ReportRequest(date(2026, 10, 1), TODAY, "Maria Example")
    document = build_document(busy_diary(), request, TODAY, page_size(printer))
    paint_onto(document, printer)
    del printer  # finishes the file
    pages = [" ".join(page.split()) for page in pages_of(tmp_path / "printed.pdf")]
    assert "Summary · page 1 of" in pages[0] and pages[1].startswith("Details")


def test_a_ten_year_report_ends_with_the_warning_signs(tmp_path, qapp_module):  # noqa: F811
    """Every page is written: Qt lays a long document out piecemeal, and the page count taken
    halfway through it left out the last pages (the warning signs, the disclaimer) and, at
    30 years, a heading in the middle."""
    from recovery_tracker.sample_data import synthetic_content
    from recovery_tracker.service.diary_service import DiaryService
    from recovery_tracker.storage.bulk import insert_content
    from recovery_tracker.storage.diary import Diary
    from recovery_tracker.storage.resources import load_templates

    diary = Diary.open(tmp_path / "data")
    insert_content(diary, synthetic_content(3650, 40, TODAY, load_templates().templates))
    snapshot = DiaryService(diary).snapshot()
    first, last = snapshot.date_range()
    path = tmp_path / "report.pdf"
    write_report_pdf(snapshot, ReportRequest(first, last), path, today=TODAY)
    diary.close()
    pages = [" ".join(page.split()) for page in pages_of(path)]
    assert "All medicines during avoidance windows" in " ".join(pages)
    assert "Warning signs the patient was given" in " ".join(pages[-2:])
    assert "Kept by the patient with Recovery Tracker" in pages[-1]
    assert pages[-1].endswith(f"page {len(pages)} of {len(pages)}")
