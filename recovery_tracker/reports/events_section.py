"""The report's parts about events and leg pain: what happened since the last visit, and
leg pain apart from back pain (spine patients), each a self-contained HTML section."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime

from recovery_tracker.domain.events import events_between
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import Change, ChangeSentences, summarise
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate


def _e(text: object) -> str:
    return html.escape(str(text))


def _short(day: date) -> str:
    return format_date(day, DateStyle.SHORT)


def last_visit_before(snapshot: DiarySnapshot, today: date) -> date | None:
    """The day of the latest appointment before ``today``: what was discussed then is known."""
    start_of_today = datetime.combine(today, datetime.min.time())
    past = [a.starts_at.date() for a in snapshot.appointments if a.is_past(start_of_today)]
    return max(past, default=None)


def events_section(
    snapshot: DiarySnapshot,
    first: date,
    last: date,
    today: date,
    limit: int | None = None,
    more: str = "",
) -> str:
    """The events logged since the last visit in the period (or in the whole period).

    With ``limit`` (page 1) at most that many, the latest, then ``more`` (a pointer to the
    detail pages, which list them all)."""
    visit = last_visit_before(snapshot, today)
    if visit is not None and first <= visit <= last:
        heading = translate("Report", "Events since the last visit ({day})").format(
            day=_short(visit)
        )
        since = visit
    else:
        heading = translate("Report", "Events in this period")
        since = first
    events = events_between(snapshot.events, since, last)
    if not events:  # one line: page 1 has no room to spare
        return f"<p><b>{_e(heading)}:</b> {_e(translate('Report', 'None logged.'))}</p>"
    shown = events if limit is None else events[-limit:]
    pointer = f'<p class="small">{_e(more)}</p>' if more and len(shown) < len(events) else ""
    titles = (
        translate("Report", "Date"),
        translate("Report", "Event"),
        translate("Report", "How bad"),
        translate("Report", "Clinic contacted"),
        translate("Report", "Note"),
    )
    head = "".join(f"<th>{_e(t)}</th>" for t in titles)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e(value)}</td>"
            for value in (
                _short(e.date) + (f" {e.time:%H:%M}" if e.time else ""),
                e.label,
                e.severity_label,
                translate("Report", "yes") if e.contacted_clinic else translate("Report", "no"),
                e.notes.strip(),
            )
        )
        + "</tr>"
        for e in shown
    )
    table = f"<table border='0' cellspacing='0'><tr>{head}</tr>{rows}</table>"
    return f"<h2>{_e(heading)}</h2>{table}{pointer}"


def count_events_since_visit(snapshot: DiarySnapshot, first: date, last: date, today: date) -> int:
    visit = last_visit_before(snapshot, today)
    since = visit if visit is not None and first <= visit <= last else first
    return len(events_between(snapshot.events, since, last))


LEG_PAIN_CHANGE = ChangeSentences(
    "Report",
    unchanged=QT_TRANSLATE_NOOP("Report", "Leg pain {baseline} → {current}: unchanged."),
    meaningful=QT_TRANSLATE_NOOP(
        "Report",
        "Leg pain {baseline} → {current}: {points} points{percent} better, "
        "a meaningful improvement (at least 2 points or 30 %).",
    ),
    better=QT_TRANSLATE_NOOP(
        "Report",
        "Leg pain {baseline} → {current}: {points} points{percent} better, "
        "not yet a meaningful improvement (2 points or 30 %).",
    ),
    worse=QT_TRANSLATE_NOOP(
        "Report", "Leg pain {baseline} → {current}: {points} points{percent} worse."
    ),
)


@dataclass(frozen=True)
class LatestLabels:
    """The name of a measure's recent days in the report's change table, whole for the
    translator (context "Report"): the last 7 days, or what they are when baseline days were
    left out of them."""

    last_7_days: str
    since_injection: str
    after_baseline: str

    def for_change(self, change: Change | None) -> str:
        if change is None or change.days is None:
            return translate("Report", self.last_7_days)
        if change.since_injection:
            return translate("Report", self.since_injection)
        return translate("Report", self.after_baseline)


PAIN_LATEST = LatestLabels(
    QT_TRANSLATE_NOOP("Report", "Pain, last 7 days"),
    QT_TRANSLATE_NOOP("Report", "Pain since the injection"),
    QT_TRANSLATE_NOOP("Report", "Pain after the baseline"),
)
LEG_PAIN_LATEST = LatestLabels(
    QT_TRANSLATE_NOOP("Report", "Leg pain, last 7 days"),
    QT_TRANSLATE_NOOP("Report", "Leg pain since the injection"),
    QT_TRANSLATE_NOOP("Report", "Leg pain after the baseline"),
)


def leg_pain_section(
    snapshot: DiarySnapshot, first: date, last: date, compact: bool = False
) -> str:
    """Leg pain's baseline, last 7 days and change, as for pain; nothing if never scored.
    ``compact`` (page 1, which must stay one page): the change in one line, the table on
    the detail pages."""
    summary = summarise(
        snapshot.days, snapshot.injections, first=first, last=last, metric="leg_pain"
    )
    if summary.baseline is None and summary.latest is None:
        return ""
    mean_of = translate("Report", "{value} (mean of {period})")
    rows = []
    if summary.baseline is not None and summary.baseline_period is not None:
        rows.append(
            (
                translate("Report", "Baseline leg pain"),
                mean_of.format(
                    value=f"{summary.baseline:.1f}", period=summary.baseline_period.label()
                ),
            )
        )
    if summary.latest is not None:
        rows.append(
            (
                LEG_PAIN_LATEST.for_change(summary.change),
                mean_of.format(value=f"{summary.latest:.1f}", period=summary.latest_period.label()),
            )
        )
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    sentence = ""
    change = summary.change
    if change is not None:
        sentence = f"<p>{_e(change.sentence(LEG_PAIN_CHANGE))}</p>"
    heading = _e(translate("Report", "Leg pain, apart from back pain"))
    if compact and sentence:
        return sentence.replace("<p>", f"<p><b>{heading}:</b> ", 1)
    return f"<h2>{heading}</h2><table border='0' cellspacing='0'>{body}</table>{sentence}"
