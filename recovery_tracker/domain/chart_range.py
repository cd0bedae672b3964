"""Which days the chart shows when the patient has not chosen: the current series.

A diary of many years drawn whole hides the weeks that matter now. The chart opens on the
current series of injections, from the week before its first injection (the baseline), or
on the last six months when no series is under way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.statistics import BASELINE_DAYS, Period

# Injections further apart than this belong to different series (a PRP series repeats every
# 2-6 weeks; a pause of four months means a new course of treatment).
SERIES_GAP_DAYS = 120
# A diary this short is shown whole; a longer one opens on the current series.
SHOW_WHOLE_UP_TO_DAYS = 183
RECENT_DAYS = 182  # "the last six months"


def current_series_start(injections: Sequence[Injection], today: date) -> date | None:
    """The first injection of the series the latest injection (up to today) belongs to."""
    days = sorted(i.date for i in injections if i.date <= today)
    if not days:
        return None
    start = days[-1]
    for earlier in reversed(days[:-1]):
        if (start - earlier).days > SERIES_GAP_DAYS:
            break
        start = earlier
    return start


def default_chart_start(
    injections: Sequence[Injection], first_logged: date | None, today: date
) -> date | None:
    """The first day the chart opens on; None for the whole diary."""
    if first_logged is None or (today - first_logged).days <= SHOW_WHOLE_UP_TO_DAYS:
        return None
    recent = today - timedelta(days=RECENT_DAYS)
    series = current_series_start(injections, today)
    latest = max((i.date for i in injections if i.date <= today), default=None)
    if series is None or latest is None or latest < recent:  # no series under way
        return recent
    return max(first_logged, series - timedelta(days=BASELINE_DAYS))


def series_view_start(
    injections: Sequence[Injection], first_logged: date | None, today: date
) -> date | None:
    """The first day of "Current series" when the patient chooses it, also in a short diary."""
    start = default_chart_start(injections, first_logged, today)
    if start is None:
        series = current_series_start(injections, today)
        return None if series is None else series - timedelta(days=BASELINE_DAYS)
    return start


def series_baseline_period(injections: Sequence[Injection], last: date) -> Period | None:
    """The week before the first injection of the series under way on ``last``: a report on
    this autumn's series compares with the pain before it, not with a baseline years ago."""
    start = current_series_start(injections, last)
    if start is None:
        return None
    return Period(start - timedelta(days=BASELINE_DAYS), start - timedelta(days=1))
