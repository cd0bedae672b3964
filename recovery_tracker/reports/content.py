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

CHART_TITLES = {
    "timeline": "Pain and soreness over time",
    "sessions": "Recovery after each injection, aligned on the injection day",
    "baseline": "Change from baseline",
}
NOT_ADVICE = (
    "Kept by the patient with Recovery Tracker, a diary app. Scores are the patient's own "
    "ratings (0 = none, 10 = worst imaginable). Meaningful change: at least 2 points or 30 % "
    "lower than baseline."
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
        _treatments(snapshot),
        # The figures carry their own titles; a separate heading could be stranded at a page
        # foot while its image moves to the next page.
        *[_chart_image(kind, image_width) for kind in request.charts],
        _medicines_against_plan(snapshot, request),
        _impressions(snapshot, request),
        _doctor_notes(snapshot, request),
        _questions(snapshot, datetime.combine(today, datetime.min.time())),
        f'<p class="small">{_e(NOT_ADVICE)} {APP_NAME} {__version__}.</p>',
        "</body></html>",
    ]
    return "\n".join(parts)


def _chart_image(kind: str, width: int) -> str:
    return f'<p><img src="chart://{kind}" width="{width}" alt="{_e(CHART_TITLES[kind])}"></p>'


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
    who = f" for {_e(request.patient_name)}" if request.patient_name.strip() else ""
    return (
        f"<h1>Recovery report{who}</h1>"
        f"<p>Period: {request.first:%d %B %Y} to {request.last:%d %B %Y} · "
        f"prepared {today:%d %B %Y}</p>"
    )


def _summary_table(summary: Summary) -> str:
    change = summary.change
    rows = [
        (
            "Baseline pain",
            _num(summary.baseline)
            + (f" (mean of {summary.baseline_period.label()})" if summary.baseline_period else ""),
        ),
        ("Pain, last 7 days", _num(summary.latest) + f" (mean of {summary.latest_period.label()})"),
    ]
    if change is not None:
        percent = "–" if change.percent is None else f"{abs(change.percent):.0f} %"
        better = "better" if change.points >= 0 else "worse"
        rows.append(("Change", f"{abs(change.points):.1f} points {better} · {percent}"))
    if summary.best_week:
        rows.append(
            (
                "Best week",
                f"{_num(summary.best_week.mean)} (week of {summary.best_week.monday:%d %b %Y})",
            )
        )
    if summary.worst_week:
        rows.append(
            (
                "Worst week",
                f"{_num(summary.worst_week.mean)} (week of {summary.worst_week.monday:%d %b %Y})",
            )
        )
    rows.append(
        ("Days logged", f"{summary.days_logged} of {summary.days_in_range} days in the period")
    )
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    verdict = (
        f'<p class="verdict">{_e(change.sentence())}</p>'
        if change
        else ("<p>Not enough entries to compare with a baseline.</p>")
    )
    return f"<h2>Summary</h2><table border='1' cellspacing='0'>{body}</table>{verdict}"


def _treatments(snapshot: DiarySnapshot) -> str:
    numbered = numbered_injections(snapshot.injections)
    if not numbered:
        return "<h2>Injections</h2><p>No injection recorded.</p>"
    head = "".join(
        f"<th>{h}</th>" for h in ("#", "Date", "Kind", "Site", "Side", "Guidance", "Clinic")
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e(v)}</td>"
            for v in (
                n.number,
                f"{n.injection.date:%d %b %Y}",
                n.injection.kind,
                n.injection.site,
                n.injection.side,
                n.injection.guidance,
                n.injection.clinic,
            )
        )
        + "</tr>"
        for n in numbered
    )
    return f"<h2>Injections</h2><table border='1' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def _medicines_against_plan(snapshot: DiarySnapshot, request: ReportRequest) -> str:
    flagged = [
        (dose, check)
        for dose, check in snapshot.medicine_checks
        if check.breaks_a_rule and request.first <= dose.date <= request.last
    ]
    if not flagged:
        return "<h2>Medicines during avoidance windows</h2><p>None logged.</p>"
    head = "".join(f"<th>{h}</th>" for h in ("Date", "Medicine", "Dose", "Kind", "Rule in force"))
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e(v)}</td>"
            for v in (
                f"{d.date:%d %b %Y} {d.time:%H:%M}",
                d.name,
                d.dose,
                c.classification.label,
                "; ".join(
                    f"{w.rule.title} (injection {w.injection_number})" for w in c.broken_rules
                ),
            )
        )
        + "</tr>"
        for d, c in flagged
    )
    return (
        "<h2>Medicines during avoidance windows</h2>"
        f"<table border='1' cellspacing='0'><tr>{head}</tr>{rows}</table>"
    )


def _impressions(snapshot: DiarySnapshot, request: ReportRequest) -> str:
    answers = [a for a in snapshot.impressions if request.first <= a.date <= request.last]
    if not answers:
        return ""
    items = "".join(f"<li>{a.date:%d %b %Y}: {a.score} – {_e(a.label)}</li>" for a in answers)
    return f"<h2>Overall change, in the patient's words (weekly PGIC, 1–7)</h2><ul>{items}</ul>"


def _doctor_notes(snapshot: DiarySnapshot, request: ReportRequest) -> str:
    notes = [
        c
        for c in snapshot.checkins
        if c.for_doctor and c.notes.strip() and request.first <= c.date <= request.last
    ]
    if not notes:
        return "<h2>Notes for the doctor</h2><p>None.</p>"
    items = "".join(
        f"<li><b>{c.date:%d %b %Y}</b> ({_e(_session(c.date, snapshot))}): "
        f"{_e(c.notes.strip()).replace(chr(10), '<br>')}</li>"
        for c in notes
    )
    return f"<h2>Notes for the doctor</h2><ul>{items}</ul>"


def _questions(snapshot: DiarySnapshot, now: datetime) -> str:
    upcoming = [a for a in snapshot.appointments if not a.is_past(now) and a.questions.strip()]
    if not upcoming:
        return ""
    visit = upcoming[0]
    items = "".join(f"<li>{_e(q.strip())}</li>" for q in visit.questions.splitlines() if q.strip())
    return f"<h2>Questions for the visit of {visit.starts_at:%d %B %Y}</h2><ol>{items}</ol>"
