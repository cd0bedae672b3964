"""The numbers a doctor asks about: baseline, recent level, change, and whether it matters.

A change counts as meaningful when pain is at least 2 points or 30 % lower than at baseline,
the thresholds commonly used for chronic pain on a 0-10 scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from math import fsum

from recovery_tracker.domain.arithmetic import fmean
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.recovery import DailySummary, numbered_injections
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, DateStyle, format_date, translate

MEANINGFUL_POINTS = 2.0
MEANINGFUL_PERCENT = 30.0
BASELINE_DAYS = 7


def daily_series(days: Sequence[DailySummary], metric: str) -> dict[date, float]:
    return {d.date: m for d in days if (m := d.mean(metric)) is not None}


def rolling_mean(series: dict[date, float], window: int = 7) -> list[tuple[date, float]]:
    """For each logged day, the mean of the logged days in the ``window`` days ending there."""
    ordered = sorted(series)
    values = [series[d] for d in ordered]
    result, start = [], 0
    for end, day in enumerate(ordered):
        while (day - ordered[start]).days >= window:
            start += 1
        in_window = values[start : end + 1]
        result.append((day, fsum(in_window) / len(in_window)))  # fmean's exact sum, less overhead
    return result


def mean_between(series: dict[date, float], first: date, last: date) -> float | None:
    values = [v for d, v in series.items() if first <= d <= last]
    return fmean(values) if values else None


@dataclass(frozen=True, slots=True)
class Period:
    """A span of days, both ends included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def label(self) -> str:
        if self.first == self.last:
            return format_date(self.first, DateStyle.SHORT)
        return translate("Statistics", "{first} – {last}").format(
            first=format_date(self.first, DateStyle.SHORT),
            last=format_date(self.last, DateStyle.SHORT),
        )


def default_baseline_period(
    injections: Sequence[Injection], series: dict[date, float]
) -> Period | None:
    """The 7 days before the first injection; without injections, the first 7 logged days."""
    numbered = numbered_injections(injections)
    if numbered:
        first = numbered[0].injection.date
        return Period(first - timedelta(days=BASELINE_DAYS), first - timedelta(days=1))
    if series:
        start = min(series)
        return Period(start, start + timedelta(days=BASELINE_DAYS - 1))
    return None


@dataclass(frozen=True, slots=True)
class ChangeSentences:
    """How a change in one measure is said: whole sentences (a translator needs them whole,
    not a measure's name put into one), marked for translation in ``context``; each may use
    {baseline}, {current}, {points} and {percent}."""

    context: str
    unchanged: str
    meaningful: str
    better: str  # but not yet meaningfully
    worse: str


PAIN_CHANGE = ChangeSentences(
    "Statistics",
    unchanged=QT_TRANSLATE_NOOP("Statistics", "Pain {baseline} → {current}: unchanged."),
    meaningful=QT_TRANSLATE_NOOP(
        "Statistics",
        "Pain {baseline} → {current}: {points} points{percent} better, "
        "a meaningful improvement (at least 2 points or 30 %).",
    ),
    better=QT_TRANSLATE_NOOP(
        "Statistics",
        "Pain {baseline} → {current}: {points} points{percent} better, "
        "not yet a meaningful improvement (2 points or 30 %).",
    ),
    worse=QT_TRANSLATE_NOOP(
        "Statistics",
        "Pain {baseline} → {current}: {points} points{percent} worse, worse than at baseline.",
    ),
)


@dataclass(frozen=True, slots=True)
class Change:
    """A score's mean now against its mean before the injections."""

    baseline: float
    current: float
    # When ``current`` is the mean of fewer than the last 7 days because the rest of them were
    # baseline days: the number of logged days it rests on, said in the sentence.
    days: int | None = None
    since_injection: bool = True

    @property
    def points(self) -> float:
        """Positive when pain went down (better)."""
        return self.baseline - self.current

    @property
    def percent(self) -> float | None:
        return None if self.baseline == 0 else 100.0 * self.points / self.baseline

    @property
    def meaningful(self) -> bool:
        percent = self.percent
        return self.points >= MEANINGFUL_POINTS or (
            percent is not None and percent >= MEANINGFUL_PERCENT
        )

    @property
    def decimals(self) -> int:
        """Decimals to write the values with so that they visibly subtract to the change:
        6.86 → 4.44 is 2.42 points, but written 6.9 → 4.4 it would read as 2.5."""
        for places in (1, 2):
            shown = round(self.baseline, places) - round(self.current, places)
            if f"{abs(shown):.{places}f}" == f"{abs(self.points):.{places}f}":
                return places
        return 2

    def basis(self) -> str:
        """ " (3 days since the injection)" when the current value rests on fewer days."""
        if self.days is None:
            return ""
        if self.since_injection:
            return translate(
                "Statistics", " (%n day(s) logged since the injection)", None, self.days
            )
        return translate("Statistics", " (%n day(s) logged after the baseline)", None, self.days)

    def sentence(self, said: ChangeSentences | None = None) -> str:
        """The change in words, for pain unless ``said`` gives another measure's sentences."""
        said = said or PAIN_CHANGE
        places = self.decimals
        if self.points == 0:
            template = said.unchanged
        elif self.meaningful:
            template = said.meaningful
        elif self.points > 0:
            template = said.better
        else:
            template = said.worse
        return translate(said.context, template).format(
            baseline=f"{self.baseline:.{places}f}",
            current=f"{self.current:.{places}f}" + self.basis(),
            points=f"{abs(self.points):.{places}f}",
            percent="" if self.percent is None else f" ({abs(self.percent):.0f} %)",
        )


@dataclass(frozen=True, slots=True)
class WeekMean:
    """A score's mean over the logged days of one week (Monday to Sunday)."""

    monday: date
    mean: float
    days: int


def weekly_means(series: dict[date, float], min_days: int = 3) -> list[WeekMean]:
    """Calendar weeks (Monday to Sunday) with at least ``min_days`` logged days."""
    weeks: dict[date, list[float]] = {}
    for day, value in series.items():
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(value)
    return [
        WeekMean(monday, fmean(values), len(values))
        for monday, values in sorted(weeks.items())
        if len(values) >= min_days
    ]


@dataclass(frozen=True, slots=True)
class Summary:
    """One score's figures over a period, as the report and the Progress tab give them."""

    metric: str
    baseline_period: Period | None
    baseline: float | None
    latest_period: Period
    latest: float | None
    change: Change | None
    best_week: WeekMean | None
    worst_week: WeekMean | None
    days_logged: int
    days_in_range: int


def summarise(
    days: Sequence[DailySummary],
    injections: Sequence[Injection],
    *,
    first: date,
    last: date,
    metric: str = "pain",
    baseline_period: Period | None = None,
) -> Summary:
    """Baseline, last 7 days, change, best and worst week, days logged in ``first..last``."""
    series = daily_series(days, metric)
    period = baseline_period or default_baseline_period(injections, series)
    if baseline_period is None and period is not None and period.first <= last < period.last:
        # Only the baseline days up to the period's end: a report must not name days after it
        # (in the future, for a report ending today).
        period = Period(period.first, last)
    baseline = mean_between(series, period.first, period.last) if period else None
    latest_period, shortened = _latest_period(period, last)
    in_baseline = period is not None and period.first <= last <= period.last
    latest = None if in_baseline else mean_between(series, latest_period.first, last)
    in_range = {d: v for d, v in series.items() if first <= d <= last}
    # Only weeks that start in the period: "week of 26 Oct" in a report from 29 Oct would
    # name days the report does not cover.
    weeks = [w for w in weekly_means(in_range) if w.monday >= first]
    change = None
    if baseline is not None and latest is not None:
        change = Change(baseline, latest)
        if shortened and period is not None:
            after = period.last + timedelta(days=1)
            logged_after = len([d for d in series if after <= d <= last])
            injected = any(i.date == after for i in injections)
            change = Change(baseline, latest, logged_after, since_injection=injected)
    logged = len({d.date for d in days if first <= d.date <= last})
    best, worst = _best_and_worst(weeks)
    return Summary(
        metric,
        period,
        baseline,
        latest_period,
        latest,
        change,
        best,
        worst,
        logged,
        (last - first).days + 1,
    )


def _latest_period(baseline: Period | None, last: date) -> tuple[Period, bool]:
    """The last 7 days up to ``last``, without any baseline day: a few days after the
    injection, the last 7 days held baseline days too, and the change compared the
    baseline partly with itself. True when baseline days were left out (the period is
    shorter, or with ``last`` still in the baseline, has no day left: returned as it was,
    to be named, with no mean)."""
    week = Period(last - timedelta(days=BASELINE_DAYS - 1), last)
    if baseline is None or baseline.last < week.first or baseline.first > last:
        return week, False
    after = baseline.last + timedelta(days=1)
    return (Period(after, last) if after <= last else week), True


def _best_and_worst(weeks: Sequence[WeekMean]) -> tuple[WeekMean | None, WeekMean | None]:
    """The weeks of lowest and highest pain; none when there is nothing to compare (one week,
    or weeks all alike), where "best" and "worst" named the same week twice."""
    if not weeks:
        return None, None
    best, worst = min(weeks, key=lambda w: w.mean), max(weeks, key=lambda w: w.mean)
    return (None, None) if best.mean == worst.mean else (best, worst)


@dataclass(frozen=True, slots=True)
class SessionCurve:
    """One injection's recovery: daily means by day since that injection."""

    number: int
    injection: Injection
    points: list[tuple[int, float]]


def session_curves(
    days: Sequence[DailySummary],
    injections: Sequence[Injection],
    metric: str = "pain",
    before: int = 7,
    after: int = 90,
) -> list[SessionCurve]:
    """From ``before`` days before each injection to ``after`` days after, or the next one."""
    series = daily_series(days, metric)
    numbered = numbered_injections(injections)
    curves = []
    for index, item in enumerate(numbered):
        start = item.injection.date
        limit = after
        if index + 1 < len(numbered):
            limit = min(after, (numbered[index + 1].injection.date - start).days - 1)
        points = [
            (offset, series[start + timedelta(days=offset)])
            for offset in range(-before, limit + 1)
            if start + timedelta(days=offset) in series
        ]
        curves.append(SessionCurve(item.number, item.injection, points))
    return curves


@dataclass(frozen=True, slots=True)
class PeriodMean:
    """A score's mean over the logged days of a period."""

    period: Period
    mean: float
    days: int

    @property
    def middle(self) -> date:
        return self.period.first + timedelta(days=(self.period.days - 1) // 2)


def means_back_from(series: dict[date, float], latest: Period, first: date) -> list[PeriodMean]:
    """The change-from-baseline chart's points, oldest first: ``latest`` (the summary's "last 7
    days") and the periods of its length before it, back to the one holding ``first``.

    One computation for the chart and its sentence: a point per calendar week put 5.75 on the
    chart beside 6.0 in the sentence. Each mean adds the same days in the same order as
    ``mean_between`` (so the last point is the summary's ``latest`` to the last bit); a period
    with any logged day has a point, as the sentence speaks of any."""
    length = latest.days
    oldest = max(0, (latest.last - first).days // length)
    buckets: dict[int, list[float]] = {}
    for day, value in series.items():  # date order, as mean_between adds them
        back = (latest.last - day).days // length
        if 0 <= back <= oldest:
            buckets.setdefault(back, []).append(value)
    return [
        PeriodMean(
            Period(
                latest.first - timedelta(days=length * back),
                latest.last - timedelta(days=length * back),
            ),
            fmean(values),
            len(values),
        )
        for back, values in sorted(buckets.items(), reverse=True)
    ]
