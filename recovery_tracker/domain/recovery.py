"""Recovery arithmetic: where a day sits in the injection series, and each day's summary."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from math import fsum
from typing import NamedTuple

from recovery_tracker.domain.arithmetic import fmean
from recovery_tracker.domain.models import SCORE_FIELDS, CheckIn, Injection
from recovery_tracker.domain.text import translate


@dataclass(frozen=True, slots=True)
class NumberedInjection:
    """An injection with its place in the series."""

    number: int  # 1-based position in the series, in date order
    injection: Injection


def numbered_injections(injections: Iterable[Injection]) -> list[NumberedInjection]:
    """Injections in date order with their series number ("Injection 2 of the series")."""
    ordered = sorted(injections, key=lambda inj: (inj.date, inj.id or 0))
    return [NumberedInjection(index, inj) for index, inj in enumerate(ordered, start=1)]


@dataclass(frozen=True, slots=True)
class SeriesPosition:
    """Where a day falls: N days after injection k, or before the first injection."""

    injection_number: int | None
    days_since: int | None
    days_before_first: int | None
    series_length: int


def position_on(day: date, injections: Sequence[Injection]) -> SeriesPosition:
    numbered = numbered_injections(injections)
    dates = [item.injection.date for item in numbered]
    latest = bisect.bisect_right(dates, day)  # injections on or before `day`
    if latest == 0:
        before = (dates[0] - day).days if dates else None
        return SeriesPosition(None, None, before, len(numbered))
    current = numbered[latest - 1]
    return SeriesPosition(current.number, (day - current.injection.date).days, None, len(numbered))


def describe_position(position: SeriesPosition) -> str:
    """The sentence the check-in form shows, e.g. "Day 3 after injection 2"."""
    if position.injection_number is None:
        if position.days_before_first is None:
            return translate(
                "Recovery", "No injection recorded yet: this entry counts towards your baseline."
            )
        return translate(
            "Recovery", "Baseline: %n day(s) before injection 1", None, position.days_before_first
        )
    if position.days_since == 0:
        return translate("Recovery", "Injection day (injection {number})").format(
            number=position.injection_number
        )
    return translate("Recovery", "Day {day} after injection {number}").format(
        day=position.days_since, number=position.injection_number
    )


def short_position(position: SeriesPosition) -> str:
    """A compact form for table cells: "#2 day 3", "baseline"."""
    if position.injection_number is None:
        return translate("Recovery", "baseline")
    return translate("Recovery", "#{number} day {day}").format(
        number=position.injection_number, day=position.days_since
    )


class ScoreStats(NamedTuple):
    """One score over a day (or week). A tuple: ten years hold tens of thousands of these, and
    a tuple is built several times faster than a frozen dataclass."""

    mean: float
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class DailySummary:
    """All check-ins of one day reduced to mean and range per score; charts plot these."""

    date: date
    count: int
    scores: dict[str, ScoreStats]

    def mean(self, field: str) -> float | None:
        stats = self.scores.get(field)
        return stats.mean if stats else None


def daily_summaries(checkins: Iterable[CheckIn]) -> list[DailySummary]:
    """One summary per day that has check-ins, in date order."""
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(checkin.date, []).append(checkin)
    return [_summarise(day, by_day[day]) for day in sorted(by_day)]


def _summarise(day: date, checkins: list[CheckIn]) -> DailySummary:
    scores: dict[str, ScoreStats] = {}
    for field, _label in SCORE_FIELDS:
        values = [v for c in checkins if (v := getattr(c, field)) is not None]
        if values:
            scores[field] = ScoreStats(fmean(values), min(values), max(values))
    return DailySummary(day, len(checkins), scores)


_BACK_TO_MONDAY = tuple(timedelta(days=n) for n in range(7))
_THURSDAY = timedelta(days=3)  # a week is dated on its Thursday, its middle


def weekly_summaries(
    days: Sequence[DailySummary], fields: Iterable[str] | None = None
) -> list[DailySummary]:
    """Days merged into weeks (dated on their Thursday): mean of the daily means, and the
    lowest and highest check-in of the week; of ``fields`` only (the scores a chart draws:
    the others would cost each redraw of ten years twice as much again), else of all."""
    wanted = tuple(fields) if fields is not None else tuple(f for f, _label in SCORE_FIELDS)
    # Thirty years are 11,000 days and 1,600 weeks, merged at every redraw of the timeline:
    # no timedelta, list or score tuple is made that is not kept (a third of the time).
    weeks: dict[date, list[DailySummary]] = {}
    for day in days:
        monday = day.date - _BACK_TO_MONDAY[day.date.weekday()]
        members = weeks.get(monday)
        if members is None:
            weeks[monday] = [day]
        else:
            members.append(day)
    merged = []
    stats_of = tuple.__new__  # a NamedTuple's own constructor is a Python function
    for monday in sorted(weeks):
        members = weeks[monday]
        scores = {}
        for field in wanted:
            stats = [s for m in members if (s := m.scores.get(field)) is not None]
            if stats:
                means, lows, highs = zip(*stats, strict=True)
                scores[field] = stats_of(
                    ScoreStats, (fsum(means) / len(means), min(lows), max(highs))
                )
        merged.append(DailySummary(monday + _THURSDAY, sum(m.count for m in members), scores))
    return merged
