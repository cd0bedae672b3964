"""The appointment report as HTML: one document for the PDF and the printer alike.

Everything here is pure (no Qt): numbers come from domain/statistics.py, exactly what the
charts show, and the text is escaped, so a note can never break the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.domain.advice import ActiveAdvice
from recovery_tracker.domain.chart_range import series_baseline_period
from recovery_tracker.domain.conflicts import MedicineCheck
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.recovery import (
    NumberedInjection,
    numbered_injections,
    position_on,
    short_position,
)
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import Summary, summarise
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.warning_signs import LEVEL_HEADINGS, by_level, signs_for
from recovery_tracker.reports.events_section import (
    PAIN_LATEST,
    count_events_since_visit,
    events_section,
    leg_pain_section,
)

CHART_TITLES = {
    "timeline": QT_TRANSLATE_NOOP("Report", "Pain and soreness over time"),
    "sessions": QT_TRANSLATE_NOOP(
        "Report", "Recovery after each injection, aligned on the injection day"
    ),
    "baseline": QT_TRANSLATE_NOOP("Report", "Change from baseline"),
}
NOT_ADVICE = QT_TRANSLATE_NOOP(
    "Report",
    "Kept by the patient with Recovery Tracker, a diary app. Scores are the patient's own "
    "ratings (0 = none, 10 = worst imaginable). Meaningful change: at least 2 points or 30 % "
    "lower than baseline.",
)


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the patient asked the report for: its dates, their name and the charts."""

    first: date
    last: date
    patient_name: str = ""
    charts: tuple[str, ...] = ("timeline", "sessions", "baseline")


@dataclass(frozen=True, slots=True)
class SummaryLimits:
    """How much page 1 lists before pointing to the detail pages: longer lists end with
    "… on the detail pages", so page 1 fits one page of A4 or US Letter."""

    injections: int
    medicines: int
    questions: int
    chart_height: int  # points
    events: int = 4


# pdf.py tries these in turn until page 1 fits its page.
SUMMARY_LIMITS = (
    SummaryLimits(injections=5, medicines=4, questions=6, chart_height=210),
    SummaryLimits(injections=3, medicines=3, questions=4, chart_height=180, events=3),
    SummaryLimits(injections=2, medicines=2, questions=3, chart_height=150, events=2),
    SummaryLimits(injections=1, medicines=1, questions=2, chart_height=130, events=1),
)
# Charts in points: the printable width of A4 and Letter.
CHART_WIDTH_PT = 500
DETAIL_CHART_HEIGHT_PT = 250
SUMMARY_CHART = "timeline"
DETAILS_ANCHOR = "details"


# Rows told apart by shading every other one (stripe_rows), not by cell borders: Qt paints
# collapsed borders piece by piece, more than half of the report's painting at 30 years.
WIDE_TABLE = "<table border='0' cellspacing='0' width='100%'>"  # fewer wrapped cells
STRIPE = "#f0f0f0"


def _e(text: object) -> str:
    return html.escape(str(text))


def _num(value: float | None, unit: str = "", places: int = 1) -> str:
    return "–" if value is None else f"{value:.{places}f}{unit}"


def report_summary(snapshot: DiarySnapshot, request: ReportRequest) -> Summary:
    return summarise(
        snapshot.days,
        snapshot.injections,
        first=request.first,
        last=request.last,
        baseline_period=series_baseline_period(snapshot.injections, request.last),
    )


def build_report_html(
    snapshot: DiarySnapshot,
    request: ReportRequest,
    today: date,
    image_width: int = CHART_WIDTH_PT,
    limits: SummaryLimits = SUMMARY_LIMITS[0],
) -> str:
    """Page 1, the one-page summary; then the detail pages, starting on a page of their own.

    Sections are in the order a doctor asks: how is the patient, what was done, what went
    against the plan, what happened, what the patient wants to ask.
    """
    summary = report_summary(snapshot, request)
    now = datetime.combine(today, datetime.min.time())
    logged = _logged(snapshot, request)

    def chart(kind: str, height: int) -> str:
        if logged:
            return _chart_image(kind, image_width, height)
        return f"<p>{_e(translate('Report', 'No check-ins in this period.'))}</p>"

    summary_page = [
        _header(request, today),
        _verdict(summary),
        leg_pain_section(snapshot, request.first, request.last, compact=True),
        *([chart(SUMMARY_CHART, limits.chart_height)] if SUMMARY_CHART in request.charts else []),
        _recent_injections(snapshot, limits.injections) + _next_planned(snapshot, today),
        _medicines_against_plan(snapshot, request, limit=limits.medicines),
        events_section(
            snapshot,
            request.first,
            request.last,
            today,
            limit=limits.events,
            more=translate("Report", "All events are listed on the detail pages."),
        ),
        _questions(snapshot, now, limit=limits.questions),
    ]
    details = [
        _details_heading(),
        _doctor_notes(snapshot, request),  # the patient's own words first
        _weeks(summary),
        leg_pain_section(snapshot, request.first, request.last),
        *_detail_charts(request, logged, chart),
        _treatments(snapshot),
        _medicines_against_plan(snapshot, request, heading=False)
        if len(_flagged(snapshot, request)) > limits.medicines
        else "",
        _impressions(snapshot, request),
        events_section(snapshot, request.first, request.last, today)
        if count_events_since_visit(snapshot, request.first, request.last, today) > limits.events
        else "",
        _questions(snapshot, now, heading=False)
        if len(_question_list(snapshot, now)[1]) > limits.questions
        else "",
        warning_signs_to_confirm(snapshot),  # the last page: see its docstring
        f'<p class="small">{_e(translate("Report", NOT_ADVICE))} {APP_NAME} {__version__}.</p>',
    ]
    return stripe_rows("\n".join(["<html><body>", *summary_page, *details, "</body></html>"]))


_TABLE = re.compile(r"<table[^>]*>.*?</table>", re.S)
_ROW = re.compile(r"<tr>((?:(?!</tr>).)*)</tr>", re.S)


def stripe_rows(html: str) -> str:
    """Shade every other row of data in each table (the first stays white; a row of
    headings only is not counted), so a printed row reads across its columns."""

    def stripe_table(table: re.Match[str]) -> str:
        counted = 0

        def stripe_row(row: re.Match[str]) -> str:
            nonlocal counted
            if "<td" not in row.group(1):
                return row.group(0)
            counted += 1
            if counted % 2:
                return row.group(0)
            return f"<tr bgcolor='{STRIPE}'>{row.group(1)}</tr>"

        return _ROW.sub(stripe_row, table.group(0))

    return _TABLE.sub(stripe_table, html)


def _logged(snapshot: DiarySnapshot, request: ReportRequest) -> bool:
    """Without a check-in in the period the charts would show the window's hints to the
    patient ("Log how you feel in the Today panel…"); the doctor reads a sentence instead."""
    return any(request.first <= day.date <= request.last for day in snapshot.days)


def report_charts(
    snapshot: DiarySnapshot, request: ReportRequest, limits: SummaryLimits = SUMMARY_LIMITS[0]
) -> list[tuple[str, int]]:
    """The charts (kind, height in points) build_report_html places, in the order it does:
    known before the HTML is written, so they can be drawn meanwhile."""
    if not _logged(snapshot, request):
        return []
    summary = [(SUMMARY_CHART, limits.chart_height)] if SUMMARY_CHART in request.charts else []
    details = [(k, DETAIL_CHART_HEIGHT_PT) for k in request.charts if k != SUMMARY_CHART]
    return summary + details


def _details_heading() -> str:
    heading = _e(translate("Report", "Details"))
    note = _e(translate("Report", "The numbers, charts and lists behind the summary on page 1."))
    return (
        f'<h1 style="page-break-before: always"><a name="{DETAILS_ANCHOR}"></a>{heading}</h1>'
        f'<p class="small">{note}</p>'
    )


def _detail_charts(
    request: ReportRequest, logged: bool, chart: Callable[[str, int], str]
) -> list[str]:
    kinds = [kind for kind in request.charts if kind != SUMMARY_CHART]
    if logged:
        return [chart(kind, DETAIL_CHART_HEIGHT_PT) for kind in kinds]
    # Nothing to draw: said once, on page 1 if it has a chart, else here.
    return [chart(kinds[0], 0)] if kinds and SUMMARY_CHART not in request.charts else []


def _chart_image(kind: str, width: int, height: int) -> str:
    """The chart, in a paragraph of its own; pdf.py draws it there as vector graphics."""
    title = _e(translate("Report", CHART_TITLES[kind]))
    return f'<p><img src="chart://{kind}" width="{width}" height="{height}" alt="{title}"></p>'


def _session(day: date, snapshot: DiarySnapshot) -> str:
    return short_position(position_on(day, snapshot.injections))


# Sizes in px: pdf.py lays the page out in points, so one px here is one point on paper
# (pt would be converted with the screen's resolution).
STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: 10px; }
h1 { font-size: 18px; margin-bottom: 2px; }
h2 { font-size: 13px; margin-top: 10px; margin-bottom: 3px; }
th { text-align: left; background-color: #dddddd; padding: 2px 5px; }
td { padding: 2px 5px; vertical-align: top; }
.small { font-size: 8px; color: #555555; }
.verdict { font-weight: bold; font-size: 11px; }
"""


def _header(request: ReportRequest, today: date) -> str:
    heading = (
        translate("Report", "Recovery report for {name}").format(name=request.patient_name.strip())
        if request.patient_name.strip()
        else translate("Report", "Recovery report")
    )
    period = translate("Report", "Period: {first} to {last} · prepared {today}").format(
        first=_long(request.first), last=_long(request.last), today=_long(today)
    )
    return f"<h1>{_e(heading)}</h1><p>{_e(period)}</p>"


def _long(day: date) -> str:
    return format_date(day, DateStyle.LONG)


def _short(day: date) -> str:
    return format_date(day, DateStyle.SHORT)


def _verdict(summary: Summary) -> str:
    """The verdict in a sentence, then the numbers it rests on."""
    change = summary.change
    places = change.decimals if change else 1  # the same digits as the sentence
    mean_of = translate("Report", "{value} (mean of {period})")
    rows = [
        (
            translate("Report", "Baseline pain"),
            mean_of.format(
                value=_num(summary.baseline, places=places),
                period=summary.baseline_period.label(),
            )
            if summary.baseline_period
            else _num(summary.baseline, places=places),
        ),
        (
            PAIN_LATEST.for_change(change),
            mean_of.format(
                value=_num(summary.latest, places=places), period=summary.latest_period.label()
            ),
        ),
    ]
    if change is not None:
        percent = "–" if change.percent is None else f"{abs(change.percent):.0f} %"
        points = (
            translate("Report", "{points} points better · {percent}")
            if change.points >= 0
            else translate("Report", "{points} points worse · {percent}")
        )
        rows.append(
            (
                translate("Report", "Change"),
                points.format(points=f"{abs(change.points):.{places}f}", percent=percent),
            )
        )
    rows.append(
        (
            translate("Report", "Days logged"),
            translate("Report", "{logged} of {days} days in the period").format(
                logged=summary.days_logged, days=summary.days_in_range
            ),
        )
    )
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    verdict = (
        f'<p class="verdict">{_e(change.sentence())}</p>'
        if change
        else f"<p>{_e(translate('Report', 'Not enough entries to compare with a baseline.'))}</p>"
    )
    return f"{verdict}<table border='0' cellspacing='0'>{body}</table>"


def _weeks(summary: Summary) -> str:
    week_of = translate("Report", "{value} (week of {monday})")
    rows = [
        (label, week_of.format(value=_num(week.mean), monday=_short(week.monday)))
        for label, week in (
            (translate("Report", "Best week"), summary.best_week),
            (translate("Report", "Worst week"), summary.worst_week),
        )
        if week
    ]
    if not rows:
        return ""
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    heading = _e(translate("Report", "Weekly pain (weeks starting in the period)"))
    return f"<h2>{heading}</h2><table border='0' cellspacing='0'>{body}</table>"


def _recent_injections(snapshot: DiarySnapshot, limit: int) -> str:
    numbered = numbered_injections(snapshot.injections)
    heading = translate("Report", "Injections")
    if not numbered:
        return _section(heading, translate("Report", "No injection recorded."))
    shown = numbered[-limit:]
    table = _injection_table(shown, details=False)
    more = ""
    if len(shown) < len(numbered):
        more = _more(
            # Worded so that one sentence reads right for 1 and for many ("is"/"are").
            translate(
                "Report",
                "The detail pages list %n earlier injection(s).",
                None,
                len(numbered) - len(shown),
            )
        )
    return f"<h2>{_e(heading)}</h2>{table}" + more


def _injection_table(numbered: Sequence[NumberedInjection], details: bool) -> str:
    """The injections as a table: on page 1 the five columns a doctor scans, in the details
    also the guidance and the clinic."""
    titles = [
        "#",
        translate("Report", "Date"),
        translate("Report", "Kind"),
        translate("Report", "Site"),
        translate("Report", "Side"),
    ]
    if details:
        titles += [translate("Report", "Guidance"), translate("Report", "Clinic")]
    rows = []
    for n in numbered:
        injection = n.injection
        values: list[object] = [
            n.number,
            _short(injection.date),
            translate("Choices", injection.kind),
            translate("Choices", injection.site),
            translate("Choices", injection.side),
        ]
        if details:
            values += [translate("Choices", injection.guidance), injection.clinic]
        rows.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in values) + "</tr>")
    return f"{WIDE_TABLE}<tr>{_headings(*titles)}</tr>{''.join(rows)}</table>"


def _next_planned(snapshot: DiarySnapshot, today: date) -> str:
    """The next booked injection: not in the series (no number) until it is done."""
    booked = snapshot.next_planned(today)
    if booked is None:
        return ""
    text = translate("Report", "Next planned injection: {day} ({kind}, {site}).").format(
        day=format_date(booked.date, DateStyle.WEEKDAY_LONG),
        kind=translate("Choices", booked.kind),
        site=translate("Choices", booked.site),
    )
    return f"<p>{_e(text)}</p>"


def _rule_in_force(window: ActiveAdvice) -> str:
    if window.injection.planned:
        return translate("Report", "{rule} (planned injection of {day})").format(
            rule=window.rule.title, day=_short(window.injection.date)
        )
    return translate("Report", "{rule} (injection {number})").format(
        rule=window.rule.title, number=window.injection_number
    )


def _more(text: str) -> str:
    return f'<p class="small">{_e(text)}</p>'


def _treatments(snapshot: DiarySnapshot) -> str:
    numbered = numbered_injections(snapshot.injections)
    if not numbered:
        return _section(
            translate("Report", "Injections"), translate("Report", "No injection recorded.")
        )
    heading = _e(translate("Report", "All injections"))
    return f"<h2>{heading}</h2>{_injection_table(numbered, details=True)}"


def _section(heading: str, text: str) -> str:
    return f"<h2>{_e(heading)}</h2><p>{_e(text)}</p>"


def _headings(*titles: str) -> str:
    return "".join(f"<th>{_e(title)}</th>" for title in titles)


def _flagged(
    snapshot: DiarySnapshot, request: ReportRequest
) -> list[tuple[MedicationDose, MedicineCheck]]:
    return [
        (dose, check)
        for dose, check in snapshot.medicine_checks
        if check.breaks_a_rule and request.first <= dose.date <= request.last
    ]


MEDICINES_HEADING = QT_TRANSLATE_NOOP("Report", "Medicines during avoidance windows")


def _medicines_against_plan(
    snapshot: DiarySnapshot, request: ReportRequest, limit: int | None = None, heading: bool = True
) -> str:
    flagged = _flagged(snapshot, request)
    title = translate("Report", MEDICINES_HEADING)
    if not heading:
        title = translate("Report", "All medicines during avoidance windows")
    if not flagged:
        return _section(title, translate("Report", "None logged."))
    shown = flagged if limit is None else flagged[-limit:]
    head = _headings(
        translate("Report", "Date"),
        translate("Report", "Medicine"),
        translate("Report", "Dose"),
        translate("Report", "Kind"),
        translate("Report", "Rule in force"),
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e(v)}</td>"
            for v in (
                f"{_short(d.date)} {d.time:%H:%M}",
                d.name,
                d.dose,
                c.classification.label,
                "; ".join(_rule_in_force(w) for w in c.broken_rules),
            )
        )
        + "</tr>"
        for d, c in shown
    )
    more = ""
    if len(shown) < len(flagged):
        more = _more(
            translate("Report", "The last {shown} of {count}; all are on the detail pages.").format(
                shown=len(shown), count=len(flagged)
            )
        )
    return f"<h2>{_e(title)}</h2>{WIDE_TABLE}<tr>{head}</tr>{rows}</table>" + more


def _impressions(snapshot: DiarySnapshot, request: ReportRequest) -> str:
    answers = [a for a in snapshot.impressions if request.first <= a.date <= request.last]
    if not answers:
        return ""
    items = "".join(f"<li>{_short(a.date)}: {a.score} – {_e(a.label)}</li>" for a in answers)
    heading = translate("Report", "Overall change, in the patient's words (weekly PGIC, 1–7)")
    return f"<h2>{_e(heading)}</h2><ul>{items}</ul>"


def _doctor_notes(snapshot: DiarySnapshot, request: ReportRequest) -> str:
    notes = [
        c
        for c in snapshot.checkins
        if c.for_doctor and c.notes.strip() and request.first <= c.date <= request.last
    ]
    if not notes:
        return _section(translate("Report", "Notes for the doctor"), translate("Report", "None."))
    items = "".join(
        f"<li><b>{_short(c.date)}</b> ({_e(_session(c.date, snapshot))}): "
        f"{_e(c.notes.strip()).replace(chr(10), '<br>')}</li>"
        for c in notes
    )
    return f"<h2>{_e(translate('Report', 'Notes for the doctor'))}</h2><ul>{items}</ul>"


def _question_list(snapshot: DiarySnapshot, now: datetime) -> tuple[date | None, list[str]]:
    upcoming = [a for a in snapshot.appointments if not a.is_past(now) and a.questions.strip()]
    if not upcoming:
        return None, []
    visit = upcoming[0]
    return visit.starts_at.date(), [q.strip() for q in visit.questions.splitlines() if q.strip()]


def _questions(
    snapshot: DiarySnapshot, now: datetime, limit: int | None = None, heading: bool = True
) -> str:
    day, questions = _question_list(snapshot, now)
    if day is None:
        return ""
    shown = questions if limit is None else questions[:limit]
    items = "".join(f"<li>{_e(q)}</li>" for q in shown)
    title = (
        translate("Report", "Questions for the visit of {day}")
        if heading
        else translate("Report", "All questions for the visit of {day}")
    ).format(day=_long(day))
    more = ""
    if len(shown) < len(questions):
        more = _more(
            translate("Report", "{count} more questions are on the detail pages.").format(
                count=len(questions) - len(shown)
            )
        )
    return f"<h2>{_e(title)}</h2><ol>{items}</ol>{more}"


def warning_signs_to_confirm(snapshot: DiarySnapshot) -> str:
    """The warning signs the app showed the patient, for the doctor to confirm or correct.

    Its own section (and page) so the report's layout can move around it: one per kind and site
    of injection in the diary, the latest first.
    """
    treatments = list(
        dict.fromkeys(
            (n.injection.kind, n.injection.site)
            for n in reversed(numbered_injections(snapshot.injections))
        )
    )
    if not treatments:
        return ""
    heading = translate("Report", "Warning signs the patient was given: please confirm or correct")
    parts = [f"<h2>{_e(heading)}</h2>"]
    for kind, site in treatments:
        title = translate("Report", "After {kind} ({site}):").format(
            kind=translate("Choices", kind), site=translate("Choices", site)
        )
        parts.append(f"<p><b>{_e(title)}</b></p>")
        for level, signs in by_level(signs_for(kind, site)):
            items = "".join(f"<li>{_e(sign.label)}</li>" for sign in signs)
            parts.append(
                f"<p>{_e(translate('WarningSigns', LEVEL_HEADINGS[level]))}</p><ul>{items}</ul>"
            )
    confirm = translate(
        "Report",
        "Confirmed by the doctor: [  ] as listed   [  ] with these changes: ____________________",
    )
    parts.append(f"<p>{_e(confirm)}</p>")
    return "\n".join(parts)
