from datetime import date, time, timedelta

import pytest

from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import daily_summaries
from recovery_tracker.domain.statistics import (
    Change,
    Period,
    daily_series,
    rolling_mean,
    session_curves,
    summarise,
    weekly_means,
)
from recovery_tracker.domain.text import DateStyle, format_date

FIRST = Injection(date=date(2026, 10, 8), site="Knee", id=1)
SECOND = Injection(date=date(2026, 10, 22), site="Knee", id=2)


def _days(pains: dict[date, list[int]]):
    return daily_summaries(
        CheckIn(date=d, time=time(8 + i, 0), pain=p)
        for d, ps in pains.items()
        for i, p in enumerate(ps)
    )


def test_rolling_mean_uses_the_last_seven_calendar_days():
    series = {date(2026, 10, 1) + timedelta(days=i): float(i) for i in range(10)}
    del series[date(2026, 10, 5)]
    rolled = dict(rolling_mean(series))
    assert rolled[date(2026, 10, 1)] == 0.0
    assert rolled[date(2026, 10, 10)] == pytest.approx((3 + 5 + 6 + 7 + 8 + 9) / 6)


@pytest.mark.parametrize(
    ("baseline", "current", "points", "percent", "meaningful"),
    [
        (6.4, 3.9, 2.5, 39.0625, True),
        (6.0, 4.1, 1.9, 31.6667, True),  # 30 % alone is enough
        (8.0, 6.0, 2.0, 25.0, True),  # 2 points alone is enough
        (8.0, 6.5, 1.5, 18.75, False),
        (5.0, 6.0, -1.0, -20.0, False),
    ],
)
def test_change_and_its_meaning(baseline, current, points, percent, meaningful):
    change = Change(baseline, current)
    assert change.points == pytest.approx(points)
    assert change.percent == pytest.approx(percent, abs=1e-3)
    assert change.meaningful is meaningful


def test_change_sentence():
    assert Change(6.4, 3.9).sentence() == (
        "Pain 6.4 → 3.9: 2.5 points (39 %) better, "
        "a meaningful improvement (at least 2 points or 30 %)."
    )


def test_summary_baseline_is_the_week_before_the_first_injection():
    pains = {FIRST.date - timedelta(days=i): [6, 7] for i in range(1, 8)}  # 6.5 each day
    pains[FIRST.date - timedelta(days=9)] = [10]  # outside the baseline week
    pains.update({date(2026, 11, 20) + timedelta(days=i): [3, 4] for i in range(7)})  # 3.5
    days = _days(pains)
    summary = summarise(days, [SECOND, FIRST], first=date(2026, 9, 1), last=date(2026, 11, 26))
    assert summary.baseline_period == Period(date(2026, 10, 1), date(2026, 10, 7))
    assert summary.baseline == 6.5 and summary.latest == 3.5
    assert summary.change.points == 3.0 and summary.change.meaningful
    assert summary.days_logged == 15 and summary.days_in_range == 87
    assert summary.best_week.mean == 3.5
    assert summary.worst_week.mean == pytest.approx((10 + 4 * 6.5) / 5)  # week of 28 Sep


def test_a_chosen_baseline_period_is_honoured():
    days = _days({date(2026, 9, 1): [8], date(2026, 9, 2): [6], date(2026, 11, 1): [2]})
    summary = summarise(
        days,
        [FIRST],
        first=date(2026, 9, 1),
        last=date(2026, 11, 1),
        baseline_period=Period(date(2026, 9, 1), date(2026, 9, 2)),
    )
    assert summary.baseline == 7.0 and summary.latest == 2.0


def test_weekly_means_skip_thin_weeks():
    series = daily_series(
        _days(
            {
                date(2026, 11, 2): [4],
                date(2026, 11, 3): [6],
                date(2026, 11, 4): [5],
                date(2026, 11, 10): [9],
            }
        ),
        "pain",
    )
    [week] = weekly_means(series)
    assert week.monday == date(2026, 11, 2) and week.mean == 5.0 and week.days == 3


def test_session_curves_align_on_days_since_and_stop_at_the_next_injection():
    pains = {FIRST.date + timedelta(days=i): [i % 10] for i in range(-10, 30)}
    curves = session_curves(_days(pains), [FIRST, SECOND])
    first, second = curves
    assert first.number == 1 and first.points[0][0] == -7
    assert first.points[-1][0] == 13  # the day before injection 2
    assert second.points[0] == (-7, float((14 - 7) % 10))
    assert second.points[-1][0] == 29 - 14


def test_the_change_shows_the_values_it_was_computed_from():
    # 6.86 and 4.44 round to 6.9 and 4.4, whose difference (2.5) is not the change (2.42)
    sentence = Change(6.86, 4.44).sentence()
    assert sentence.startswith("Pain 6.86 → 4.44: 2.42 points (35 %) better")
    assert Change(6.4, 3.9).sentence().startswith("Pain 6.4 → 3.9: 2.5 points")
    assert Change(6.86, 4.44).decimals == 2 and Change(6.4, 3.9).decimals == 1


def test_best_and_worst_week_never_start_before_the_period():
    # Sunday 1 Nov is in the period; its week began on Monday 26 Oct, before it
    pains = {date(2026, 10, 26) + timedelta(days=i): [9] for i in range(7)}
    pains.update({date(2026, 11, 2) + timedelta(days=i): [4] for i in range(7)})
    pains.update({date(2026, 11, 9) + timedelta(days=i): [6] for i in range(7)})
    summary = summarise(_days(pains), [], first=date(2026, 10, 29), last=date(2026, 11, 15))
    assert summary.worst_week.monday == date(2026, 11, 9)
    assert summary.best_week.monday == date(2026, 11, 2)


def test_one_week_is_neither_the_best_nor_the_worst():
    """With one week of enough entries (or weeks all alike) there is nothing to compare:
    "best week" and "worst week" would name the same week twice."""
    pains = {date(2026, 11, 2) + timedelta(days=i): [4] for i in range(7)}
    pains[date(2026, 11, 10)] = [8]  # a thin week: not counted
    summary = summarise(_days(pains), [], first=date(2026, 10, 29), last=date(2026, 11, 12))
    assert (summary.best_week, summary.worst_week) == (None, None)
    pains.update({date(2026, 11, 9) + timedelta(days=i): [4] for i in range(7)})
    alike = summarise(_days(pains), [], first=date(2026, 10, 29), last=date(2026, 11, 15))
    assert (alike.best_week, alike.worst_week) == (None, None)


def test_days_since_a_recent_injection_are_compared_only_with_the_baseline():
    """Three days after the first injection, "the last 7 days" held four baseline days: the
    change compared the baseline with itself, half of it. Only days after the baseline
    count, and the sentence says how many."""
    pains = {FIRST.date - timedelta(days=i): [6] for i in range(1, 8)}  # baseline 1-7 Oct
    pains.update({FIRST.date + timedelta(days=i): [3] for i in (0, 1, 2)})  # 8-10 Oct
    summary = summarise(_days(pains), [FIRST], first=date(2026, 9, 1), last=date(2026, 10, 10))
    assert summary.latest_period == Period(date(2026, 10, 8), date(2026, 10, 10))
    assert summary.latest == 3.0
    assert summary.change.sentence() == (
        "Pain 6.0 → 3.0 (3 days logged since the injection): 3.0 points (50 %) better, "
        "a meaningful improvement (at least 2 points or 30 %)."
    )


def test_a_week_after_the_injection_the_last_seven_days_need_no_note():
    pains = {FIRST.date + timedelta(days=i): [6 if i < 0 else 3] for i in range(-7, 10)}
    summary = summarise(_days(pains), [FIRST], first=date(2026, 9, 1), last=date(2026, 10, 17))
    assert summary.latest_period == Period(date(2026, 10, 11), date(2026, 10, 17))
    assert summary.change.sentence().startswith("Pain 6.0 → 3.0: 3.0 points")


def test_before_the_injection_there_is_nothing_to_compare_yet():
    pains = {FIRST.date - timedelta(days=i): [6] for i in range(1, 8)}
    summary = summarise(_days(pains), [FIRST], first=date(2026, 9, 1), last=date(2026, 10, 7))
    assert summary.latest is None and summary.change is None


def test_a_baseline_from_the_first_logged_days_never_names_days_after_the_period():
    """Without an injection the baseline is the first 7 logged days; a one-day report
    named it "mean of 25 Nov 2026 – 1 Dec 2026": days after the report, in the future."""
    day = date(2026, 11, 25)
    days = daily_summaries([CheckIn(date=day, time=time(9), pain=5)])
    summary = summarise(days, [], first=day, last=day)
    assert summary.baseline_period is not None
    assert summary.baseline_period.last == day
    assert summary.baseline_period.label() == format_date(day, DateStyle.SHORT)
