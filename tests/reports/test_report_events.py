"""The report's "Events since the last visit" and leg pain apart from back pain."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import ReportRequest, build_report_html
from tests.reports.test_report import TODAY, extracted, snapshot

LAST_VISIT = Appointment(datetime(2026, 10, 22, 9, 0), "Dr. Lee")
EVENTS = [
    AdverseEvent(date(2026, 10, 10), "headache", "mild"),  # before the last visit
    AdverseEvent(
        date(2026, 11, 2),
        "fever",
        "moderate",
        time=time(21, 30),
        contacted_clinic=True,
        notes="38.4 °C <hot>",
    ),
    AdverseEvent(date(2026, 11, 5), "other", "severe", other="rash on both arms"),
]


def spine_snapshot():
    shown = snapshot()
    shown.appointments = [LAST_VISIT, *shown.appointments]
    shown.events = list(EVENTS)
    # Leg pain on the baseline days (8 each) and the last 7 days (3 each).
    checkins = list(shown.checkins)
    for index, checkin in enumerate(checkins):
        if checkin.date < date(2026, 10, 8):
            checkins[index] = replace(checkin, leg_pain=8)
        elif checkin.date >= TODAY - timedelta(days=6):
            checkins[index] = replace(checkin, leg_pain=3)
    shown.checkins = checkins
    shown.__dict__.pop("days", None)  # the daily summaries follow the changed check-ins
    return shown


@pytest.fixture(scope="module")
def report_text(tmp_path_factory, qapp_module):
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    request = ReportRequest(date(2026, 10, 1), TODAY, "Maria Example")
    write_report_pdf(spine_snapshot(), request, path, today=TODAY, paper="a4")
    return extracted(PdfReader(path))


@pytest.fixture(scope="module")
def qapp_module():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def test_events_since_the_last_visit_are_listed_with_severity_and_contact(report_text):
    assert "Events since the last visit (22 Oct 2026)" in report_text
    section = report_text.split("Events since the last visit")[1]
    assert "2 Nov 2026 21:30 Fever Moderate yes 38.4 °C <hot>" in section
    assert "5 Nov 2026 rash on both arms Severe no" in section
    assert "Headache" not in section  # before the last visit: discussed then


def test_leg_pain_has_its_own_baseline_and_change(report_text):
    assert "Baseline leg pain 8.0" in report_text
    assert "Leg pain, last 7 days 3.0" in report_text
    assert "Leg pain 8.0 → 3.0: 5.0 points (62 %) better, a meaningful improvement" in report_text


def test_without_a_past_visit_the_events_of_the_period_are_listed():
    shown = spine_snapshot()
    shown.appointments = [a for a in shown.appointments if a is not LAST_VISIT]
    html = build_report_html(shown, ReportRequest(date(2026, 10, 1), TODAY), TODAY)
    assert "Events in this period" in html and "Headache" in html
    assert "38.4 °C &lt;hot&gt;" in html  # escaped


def test_a_diary_without_leg_pain_or_events_says_none_and_shows_no_leg_pain():
    html = build_report_html(snapshot(), ReportRequest(date(2026, 10, 1), TODAY), TODAY)
    assert "leg pain" not in html.casefold()
    assert "Events in this period" in html
    assert "None logged." in html.split("Events in this period")[1]


def test_leg_pain_logged_only_lately_is_still_reported():
    shown = snapshot()
    shown.checkins = [*shown.checkins, CheckIn(date(2026, 11, 24), time(22), 4, leg_pain=6)]
    html = build_report_html(shown, ReportRequest(date(2026, 10, 1), TODAY), TODAY)
    assert "Leg pain, last 7 days" in html


@pytest.mark.parametrize(
    ("baseline", "current", "said"),
    [
        # Written to the hundredth where tenths would not visibly subtract (6.9 - 4.4 = 2.5).
        (6.86, 4.44, "Leg pain 6.86 → 4.44: 2.42 points (35 %) better, a meaningful improvement"),
        (5.0, 4.0, "Leg pain 5.0 → 4.0: 1.0 points (20 %) better, not yet a meaningful"),
        (4.0, 5.5, "Leg pain 4.0 → 5.5: 1.5 points (38 %) worse."),
        (4.0, 4.0, "Leg pain 4.0 → 4.0: unchanged."),
    ],
)
def test_the_leg_pain_change_is_said_as_pain_is_in_its_own_sentences(baseline, current, said):
    from recovery_tracker.domain.statistics import Change
    from recovery_tracker.reports.events_section import LEG_PAIN_CHANGE

    assert Change(baseline, current).sentence(LEG_PAIN_CHANGE).startswith(said)
