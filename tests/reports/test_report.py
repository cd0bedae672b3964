"""The appointment report: its numbers are checked against values computed here, by hand."""

import unicodedata
from datetime import date, time, timedelta
from statistics import fmean

import pytest
from pypdf import PdfReader

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import ReportRequest, build_report_html
from recovery_tracker.storage.resources import medicine_list

TODAY = date(2026, 11, 24)
FIRST = Injection(
    date=date(2026, 10, 8),
    site="Lumbar facet joint (L4-L5)",
    kind="PRP",
    side="Both sides",
    guidance="X-ray / fluoroscopy",
    clinic="Dr. Lee",
    id=1,
)
NO_NSAIDS = AdviceRule("No anti-inflammatories", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",))

# Baseline week 1-7 Oct: pains 7,6,7,6,7,6,6 (two check-ins a day averaging to those)
BASELINE = {date(2026, 10, 1) + timedelta(days=i): p for i, p in enumerate((7, 6, 7, 6, 7, 6, 6))}
# Last week 18-24 Nov: 4,4,3,4,3,4,4
LATEST = {date(2026, 11, 18) + timedelta(days=i): p for i, p in enumerate((4, 4, 3, 4, 3, 4, 4))}


def snapshot():
    checkins = []
    for day, pain in {**BASELINE, **LATEST}.items():
        checkins += [CheckIn(day, time(8), pain - 1), CheckIn(day, time(20), pain + 1)]
    checkins.append(
        CheckIn(
            date(2026, 10, 20), time(12), 5, notes="Numb toes <b>twice</b> & more", for_doctor=True
        )
    )
    checkins.append(CheckIn(date(2026, 10, 21), time(12), 5, notes="private note"))
    return DiarySnapshot(
        injections=[FIRST],
        checkins=checkins,
        plans=[Plan(FIRST, (NO_NSAIDS,))],
        medications=[
            MedicationDose(date(2026, 10, 12), time(9, 15), "Advil", "400 mg"),
            MedicationDose(date(2026, 10, 13), time(9, 15), "Paracetamol", "1 g"),
        ],
        appointments=[
            Appointment(
                __import__("datetime").datetime(2026, 12, 1, 10, 30),
                "Dr. Lee",
                "",
                "Second injection?\nCan I garden?",
            )
        ],
        medicines=medicine_list(),
    )


@pytest.fixture(scope="module")
def report_text(tmp_path_factory, qapp_module):
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    request = ReportRequest(date(2026, 10, 1), TODAY, "Maria Example")
    write_report_pdf(snapshot(), request, path, today=TODAY, paper="a4")
    reader = PdfReader(path)
    return extracted(reader), reader


def extracted(reader: PdfReader) -> str:
    """Page text with ligatures undone (ﬂ -> fl) and cell line-breaks after hyphens rejoined."""
    return " ".join(extracted_page(page) for page in reader.pages)


def extracted_page(page) -> str:
    text = " ".join(page.extract_text().split())
    return unicodedata.normalize("NFKC", text).replace("- ", "-")


@pytest.fixture(scope="module")
def qapp_module():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def test_summary_numbers_match_an_independent_computation(report_text):
    text, _ = report_text
    baseline = fmean(BASELINE.values())  # 6.43
    latest = fmean(LATEST.values())  # 3.71
    points = baseline - latest
    percent = 100 * points / baseline
    assert f"Baseline pain {baseline:.1f}" in text
    assert f"Pain, last 7 days {latest:.1f}" in text
    assert f"Change {points:.1f} points better · {percent:.0f} %" in text
    assert (
        f"Pain {baseline:.1f} → {latest:.1f}: {points:.1f} points ({percent:.0f} %) better, "
        "a meaningful improvement" in text
    )
    logged_days = len(BASELINE) + len(LATEST) + 2
    assert f"Days logged {logged_days} of {(TODAY - date(2026, 10, 1)).days + 1} days" in text


def test_report_lists_treatments_medicines_notes_and_questions(report_text):
    text, _ = report_text
    assert "Recovery report for Maria Example" in text
    assert "8 Oct 2026 PRP Lumbar facet joint (L4-L5)" in text
    assert "Advil 400 mg" in text and "No anti-inflammatories (injection 1)" in text
    assert (
        "Paracetamol" not in text.split("Medicines during avoidance windows")[1].split("Notes")[0]
    )
    assert "Numb toes <b>twice</b> & more" in text  # escaped, not interpreted
    assert "private note" not in text
    assert "Second injection?" in text and "Can I garden?" in text


def test_report_is_a4_with_the_charts_drawn_as_vectors(report_text):
    _, reader = report_text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    assert sum(len(page.images) for page in reader.pages) == 0  # no pictures of charts
    pages = [extracted_page(page) for page in reader.pages]
    assert "Pain and soreness over time" in pages[0]  # the chart's own text, searchable
    rest = " ".join(pages[1:])
    assert "after each injection" in rest and "Change from your baseline" in rest


def test_letter_paper(tmp_path, qapp_module):
    path = write_report_pdf(
        snapshot(),
        ReportRequest(date(2026, 10, 1), TODAY),
        tmp_path / "r.pdf",
        today=TODAY,
        paper="letter",
    )
    page = PdfReader(path).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_html_escapes_every_patient_text():
    html = build_report_html(snapshot(), ReportRequest(date(2026, 10, 1), TODAY, "<script>"), TODAY)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_last_page_lists_the_warning_signs_for_the_doctor_to_confirm(report_text):
    _text, reader = report_text
    last = unicodedata.normalize("NFKC", " ".join(reader.pages[-1].extract_text().split()))
    assert "Warning signs the patient was given: please confirm or correct" in last
    assert "After PRP (Lumbar facet joint (L4-L5)):" in last
    assert "Call an ambulance or go to an emergency department now" in last
    assert "loss of bladder or bowel control" in last  # a spinal injection's sign
    assert "fever with back pain" not in last  # not a disc injection
    assert "Call your clinic today if you notice:" in last
    assert "Confirmed by the doctor" in last


def test_days_after_a_recent_injection_are_named_as_such_not_as_the_last_7_days():
    """Three days after the injection "the last 7 days" hold only the days since it: the
    row says so, beside the dates it covers."""
    injection = Injection(date=date(2026, 11, 21), site="Lumbar facet joint", id=1)
    checkins = [
        CheckIn(injection.date + timedelta(days=d), time(9), 6 if d < 0 else 3, leg_pain=4)
        for d in range(-7, 4)
    ]
    diary = DiarySnapshot(injections=[injection], checkins=checkins, medicines=medicine_list())
    html = build_report_html(diary, ReportRequest(date(2026, 11, 1), TODAY), TODAY)
    assert "Pain since the injection" in html and "Pain, last 7 days" not in html
    assert "Leg pain since the injection" in html and "Leg pain, last 7 days" not in html
    assert "3.0 (mean of 21 Nov 2026 – 24 Nov 2026)" in html
    assert "Pain 6.0 → 3.0 (4 days logged since the injection): 3.0 points" in html
