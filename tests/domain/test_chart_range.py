"""Which days the chart opens on: the current series of injections, not decades of diary."""

from datetime import date, timedelta

from recovery_tracker.domain.chart_range import current_series_start, default_chart_start
from recovery_tracker.domain.models import Injection

TODAY = date(2026, 11, 24)


def injections(*days: date) -> list[Injection]:
    return [Injection(date=d, site="Knee", kind="PRP", id=i) for i, d in enumerate(days, 1)]


def test_the_current_series_starts_at_its_first_injection_after_a_long_pause():
    series = injections(date(2023, 3, 1), date(2023, 4, 1), date(2026, 9, 1), date(2026, 10, 6))
    assert current_series_start(series, TODAY) == date(2026, 9, 1)
    assert current_series_start([], TODAY) is None
    assert current_series_start(injections(date(2026, 12, 1)), TODAY) is None  # not yet had


def test_a_long_diary_opens_on_the_current_series_with_its_baseline_week():
    series = injections(date(2023, 3, 1), date(2026, 9, 1), date(2026, 10, 6))
    assert default_chart_start(series, date(2016, 1, 1), TODAY) == date(2026, 8, 25)


def test_a_long_diary_without_a_recent_series_opens_on_the_last_six_months():
    old = injections(date(2023, 3, 1))
    assert default_chart_start(old, date(2016, 1, 1), TODAY) == TODAY - timedelta(days=182)
    assert default_chart_start([], date(2016, 1, 1), TODAY) == TODAY - timedelta(days=182)


def test_a_diary_of_a_few_months_is_shown_whole():
    assert default_chart_start(injections(date(2026, 9, 1)), date(2026, 8, 1), TODAY) is None
    assert default_chart_start([], None, TODAY) is None


def test_the_baseline_of_a_later_series_is_the_week_before_that_series():
    from recovery_tracker.domain.chart_range import series_baseline_period
    from recovery_tracker.domain.statistics import Period

    series = injections(date(2016, 12, 4), date(2017, 3, 5), date(2026, 8, 23), date(2026, 9, 20))
    assert series_baseline_period(series, TODAY) == Period(date(2026, 8, 16), date(2026, 8, 22))
    # a report that ends during the first series compares with the first series' baseline
    assert series_baseline_period(series, date(2017, 4, 1)) == Period(
        date(2016, 11, 27), date(2016, 12, 3)
    )
    assert series_baseline_period([], TODAY) is None
