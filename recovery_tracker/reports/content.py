"""The appointment report as HTML: one document for the PDF and the printer alike.

Everything here is pure (no Qt): numbers come from domain/statistics.py, exactly what the
charts show, and the text is escaped, so a note can never break the page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime

from recovery_tracker import APP_NAME, __version__
from recovery_tracker.domain.recovery import numbered_injections, position_on, short_position
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import Summary, summarise
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate
from recovery_tracker.domain.warning_signs import LEVEL_HEADINGS, by_level, signs_for
from recovery_tracker.reports.events_section import events_section, leg_pain_section

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
    first: date
    last: date
    patient_name: str = ""
    charts: tuple[str, ...] = ("timeline", "sessions", "baseline")


def _e(text: object) -> str:
    return html.escape(str(text))


def _num(value: float | None, unit: str = "") -> str:
    return "–" if value is None else f"{value:.1f}{unit}"


def report_summary(snapshot: DiarySnapshot, request: ReportRequest) -> Summary:
    return summarise(snapshot.days, snapshot.injections, first=request.first, last=request.last)


def build_report_html(
    snapshot: DiarySnapshot, request: ReportRequest, today: date, image_width: int = 500
) -> str:
    summary = report_summary(snapshot, request)
    parts = [
        "<html><body>",
        _header(request, today),
        _summary_table(summary),
        leg_pain_section(snapshot, request.first, request.last),
        _treatments(snapshot),
        events_section(snapshot, request.first, request.last, today),
        # The figures carry their own titles; a separate heading could be stranded at a page
        # foot while its image moves to the next page.
        *[_chart_image(kind, image_width) for kind in request.charts],
        _medicines_against_plan(snapshot, request),
        _impressions(snapshot, request),
        _doctor_notes(snapshot, request),
        _questions(snapshot, datetime.combine(today, datetime.min.time())),
        warning_signs_to_confirm(snapshot),  # the last page: see its docstring
        f'<p class="small">{_e(translate("Report", NOT_ADVICE))} {APP_NAME} {__version__}.</p>',
        "</body></html>",
    ]
    return "\n".join(parts)


def _chart_image(kind: str, width: int) -> str:
    title = _e(translate("Report", CHART_TITLES[kind]))
    return f'<p><img src="chart://{kind}" width="{width}" alt="{title}"></p>'


def _session(day: date, snapshot: DiarySnapshot) -> str:
    return short_position(position_on(day, snapshot.injections))


STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { text-align: left; background-color: #eeeeee; padding: 3px 6px; }
td { padding: 3px 6px; vertical-align: top; }
.small { font-size: 8pt; color: #555555; }
.verdict { font-weight: bold; }
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


def _summary_table(summary: Summary) -> str:
    change = summary.change
    mean_of = translate("Report", "{value} (mean of {period})")
    rows = [
        (
            translate("Report", "Baseline pain"),
            mean_of.format(value=_num(summary.baseline), period=summary.baseline_period.label())
            if summary.baseline_period
            else _num(summary.baseline),
        ),
        (
            translate("Report", "Pain, last 7 days"),
            mean_of.format(value=_num(summary.latest), period=summary.latest_period.label()),
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
                points.format(points=f"{abs(change.points):.1f}", percent=percent),
            )
        )
    week_of = translate("Report", "{value} (week of {monday})")
    for label, week in (
        (translate("Report", "Best week"), summary.best_week),
        (translate("Report", "Worst week"), summary.worst_week),
    ):
        if week:
            rows.append((label, week_of.format(value=_num(week.mean), monday=_short(week.monday))))
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
    heading = _e(translate("Report", "Summary"))
    return f"<h2>{heading}</h2><table border='1' cellspacing='0'>{body}</table>{verdict}"


def _treatments(snapshot: DiarySnapshot) -> str:
    numbered = numbered_injections(snapshot.injections)
    if not numbered:
        return _section(
            translate("Report", "Injections"), translate("Report", "No injection recorded.")
        )
    head = _headings(
        "#",
        translate("Report", "Date"),
        translate("Report", "Kind"),
        translate("Report", "Site"),
        translate("Report", "Side"),
        translate("Report", "Guidance"),
        translate("Report", "Clinic"),
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e(v)}</td>"
            for v in (
                n.number,
                _short(n.injection.date),
                translate("Choices", n.injection.kind),
                translate("Choices", n.injection.site),
                translate("Choices", n.injection.side),
                translate("Choices", n.injection.guidance),
                n.injection.clinic,
            )
        )
        + "</tr>"
        for n in numbered
    )
    heading = _e(translate("Report", "Injections"))
    return f"<h2>{heading}</h2><table border='1' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def _section(heading: str, text: str) -> str:
    return f"<h2>{_e(heading)}</h2><p>{_e(text)}</p>"


def _headings(*titles: str) -> str:
    return "".join(f"<th>{_e(title)}</th>" for title in titles)


def _medicines_against_plan(snapshot: DiarySnapshot, request: ReportRequest) -> str:
    flagged = [
        (dose, check)
        for dose, check in snapshot.medicine_checks
        if check.breaks_a_rule and request.first <= dose.date <= request.last
    ]
    if not flagged:
        return _section(
            translate("Report", "Medicines during avoidance windows"),
            translate("Report", "None logged."),
        )
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
                "; ".join(
                    translate("Report", "{rule} (injection {number})").format(
                        rule=w.rule.title, number=w.injection_number
                    )
                    for w in c.broken_rules
                ),
            )
        )
        + "</tr>"
        for d, c in flagged
    )
    return (
        f"<h2>{_e(translate('Report', 'Medicines during avoidance windows'))}</h2>"
        f"<table border='1' cellspacing='0'><tr>{head}</tr>{rows}</table>"
    )


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


def _questions(snapshot: DiarySnapshot, now: datetime) -> str:
    upcoming = [a for a in snapshot.appointments if not a.is_past(now) and a.questions.strip()]
    if not upcoming:
        return ""
    visit = upcoming[0]
    items = "".join(f"<li>{_e(q.strip())}</li>" for q in visit.questions.splitlines() if q.strip())
    heading = translate("Report", "Questions for the visit of {day}").format(
        day=_long(visit.starts_at.date())
    )
    return f"<h2>{_e(heading)}</h2><ol>{items}</ol>"


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
    parts = [f'<h2 style="page-break-before: always">{_e(heading)}</h2>']
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
