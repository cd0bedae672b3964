from datetime import date, time, timedelta

import pytest

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import Period
from tests.charts.helpers import artist, as_dates

FIRST = Injection(date=date(2026, 9, 1), site="Lumbar facet joint", kind="PRP", id=1)
SECOND = Injection(date=date(2026, 10, 13), site="Lumbar facet joint", kind="PRP", id=2)


def _diary():
    checkins = []
    for offset in range(-7, 70):
        day = FIRST.date + timedelta(days=offset)
        pain = 6 if offset < 0 else (4 if day < SECOND.date else 2)
        checkins.append(CheckIn(date=day, time=time(9, 0), pain=pain))
    return DiarySnapshot(injections=[FIRST, SECOND], checkins=checkins)


def test_sessions_are_aligned_on_days_since_each_injection():
    figure = build_figure("sessions", _diary())
    axes = figure.axes[0]
    first, second = artist(axes, "session-1-pain"), artist(axes, "session-2-pain")
    first_x, second_x = list(first.get_xdata()), list(second.get_xdata())
    assert first_x[0] == -7 and first_x[-1] == 41
    assert second_x[0] == -7 and second_x[-1] == 27
    assert list(second.get_ydata())[-1] == 2.0
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "Injection 1 (PRP, 1 Sep 2026)" in legend
    assert axes.get_xlabel() == "Days since the injection"
    assert artist(axes, "day-zero").get_xdata()[0] == 0


def test_baseline_chart_draws_baseline_thresholds_and_summary():
    figure = build_figure("baseline", _diary())
    axes = figure.axes[0]
    assert artist(axes, "baseline").get_ydata()[0] == 6.0
    assert artist(axes, "threshold-points").get_ydata()[0] == 4.0
    assert artist(axes, "threshold-percent").get_ydata()[0] == pytest.approx(4.2)
    assert artist(axes, "threshold-points").get_label() == "2 points better (4.0)"
    assert artist(axes, "threshold-percent").get_label() == "30 % better (4.2)"
    summary = artist(figure, "change-summary").get_text().replace("\n", " ")
    assert "6.0 → 2.0" in summary and "4.0 points (67 %) better" in summary
    weekly = artist(axes, "weekly-pain")
    assert list(weekly.get_ydata())[-1] == 2.0


def test_baseline_period_can_be_chosen():
    options = ChartOptions(baseline_period=Period(date(2026, 9, 10), date(2026, 9, 16)))
    axes = build_figure("baseline", _diary(), options).axes[0]
    assert artist(axes, "baseline").get_ydata()[0] == 4.0


def test_empty_diary_charts_explain_themselves():
    empty = DiarySnapshot(injections=[], checkins=[])
    for kind in ("sessions", "baseline"):
        texts = [t.get_text() for t in build_figure(kind, empty).axes[0].texts]
        assert len(texts) == 1 and len(texts[0]) > 20


def test_weekly_points_sit_mid_week():
    # weeks of the sentence's "last 7 days" back from the last day, not calendar weeks
    axes = build_figure("baseline", _diary()).axes[0]
    days = as_dates(artist(axes, "weekly-pain").get_xdata())
    last = FIRST.date + timedelta(days=69)
    assert all((last - d).days % 7 == 3 for d in days)


def test_a_long_series_compares_the_last_eight_sessions():
    injections = [
        Injection(date=date(2026, 1, 1) + timedelta(days=20 * i), site="Knee", kind="PRP", id=i + 1)
        for i in range(12)
    ]
    checkins = [
        CheckIn(date=date(2026, 1, 1) + timedelta(days=d), time=time(9), pain=5) for d in range(240)
    ]
    axes = build_figure("sessions", DiarySnapshot(injections=injections, checkins=checkins)).axes[0]
    drawn = sorted(
        int(a.get_gid().split("-")[1])
        for a in axes.get_lines()
        if (a.get_gid() or "").startswith("session-")
    )
    assert drawn == list(range(5, 13))
    assert axes.get_title(loc="left").endswith("(the last 8 of 12)")


def test_years_of_weekly_pain_are_a_line_without_a_marker_a_week():
    start = date(2023, 1, 2)
    first = Injection(date=start + timedelta(days=14), site="Knee", kind="PRP", id=1)
    checkins = [CheckIn(date=start + timedelta(days=d), time=time(9), pain=5) for d in range(1100)]
    axes = build_figure("baseline", DiarySnapshot(injections=[first], checkins=checkins)).axes[0]
    assert artist(axes, "weekly-pain").get_marker() in ("", "None", None)
    assert artist(build_figure("baseline", _diary()).axes[0], "weekly-pain").get_marker() == "o"


def test_a_session_curve_is_not_joined_across_days_nobody_logged():
    # Maria's report: check-ins on days -7 and -6, then day 1; the line ran flat at 7 across
    # the five days between, as if she had logged them.
    injection = Injection(date=date(2026, 10, 8), site="Lumbar facet joint", kind="PRP", id=1)
    checkins = [
        CheckIn(date=date(2026, 10, 1), time=time(9), pain=6),
        CheckIn(date=date(2026, 10, 2), time=time(9), pain=7),
        CheckIn(date=date(2026, 10, 9), time=time(9), pain=7),
        CheckIn(date=date(2026, 10, 10), time=time(9), pain=6),
    ]
    figure = build_figure("sessions", DiarySnapshot(injections=[injection], checkins=checkins))
    line = artist(figure.axes[0], "session-1-pain")
    xs, ys = list(line.get_xdata()), list(line.get_ydata())
    gap = [x for x, y in zip(xs, ys, strict=True) if y != y]  # NaN: the line stops there
    assert len(gap) == 1 and -6 < gap[0] < 1
    assert [(x, y) for x, y in zip(xs, ys, strict=True) if y == y] == [
        (-7, 6.0),
        (-6, 7.0),
        (1, 7.0),
        (2, 6.0),
    ]
