from datetime import date, time, timedelta

import pytest

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.timeline import EMPTY_MESSAGE, rolling_label, series_label
from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.storage.resources import medicine_list
from tests.charts.helpers import artist, as_dates, has_artist, marker_dates

START = date(2026, 10, 1)
INJECTIONS = [
    Injection(date=date(2026, 10, 5), site="Lumbar facet joint", kind="PRP", id=1),
    Injection(date=date(2026, 10, 20), site="Knee", kind="Corticosteroid", id=2),
]
NO_NSAIDS = AdviceRule("No NSAIDs", "", AdviceCategory.MEDICATION, -2, 3, ("nsaid",))


def _checkins():
    for offset in range(30):
        day = START + timedelta(days=offset)
        yield CheckIn(date=day, time=time(8, 0), pain=6, soreness=2 if offset % 2 else None)
        yield CheckIn(date=day, time=time(20, 0), pain=4)


def snapshot(checkins=None, injections=INJECTIONS, medications=()):
    return DiarySnapshot(
        injections=list(injections),
        checkins=list(_checkins() if checkins is None else checkins),
        plans=[Plan(INJECTIONS[0], (NO_NSAIDS,)), Plan(INJECTIONS[1], ())],
        medications=list(medications),
        medicines=medicine_list(),
    )


@pytest.fixture
def axes():
    return build_figure("timeline", snapshot()).axes[0]


def test_pain_line_plots_each_days_mean_on_its_date(axes):
    pain = artist(axes, "series-pain")
    assert pain.get_label() == series_label("pain")
    assert as_dates(pain.get_xdata()) == [START + timedelta(days=i) for i in range(30)]
    assert list(pain.get_ydata()) == [5.0] * 30  # mean of 6 and 4


def test_soreness_line_only_has_days_with_soreness(axes):
    soreness = artist(axes, "series-soreness")
    assert len(soreness.get_xdata()) == 15 and set(soreness.get_ydata()) == {2.0}


def test_a_seven_day_rolling_mean_is_drawn(axes):
    rolling = artist(axes, "rolling-pain")
    assert rolling.get_label() == rolling_label("pain")
    assert list(rolling.get_ydata()) == [5.0] * 30


def test_each_injection_is_a_labelled_vertical_marker_at_its_date(axes):
    assert marker_dates(axes) == [i.date for i in INJECTIONS]
    for number, injection in enumerate(INJECTIONS, start=1):
        label = artist(axes, f"injection-label-{number}")
        assert label.get_text() == f"#{number} {injection.kind}\n{injection.site}"


def test_the_days_range_is_drawn_behind_the_mean(axes):
    ys = artist(axes, "range-pain").get_paths()[0].vertices[:, 1]
    assert ys.min() == 4 and ys.max() == 6


def test_advice_windows_are_shaded_from_first_to_last_day(axes):
    [band] = artist(axes, "avoid-windows").get_paths()  # injection 2 has no medicine rule
    xs = band.vertices[:, 0]
    assert as_dates([min(xs), max(xs)]) == [date(2026, 10, 3), date(2026, 10, 9)]  # -2..3


def test_days_with_a_rule_breaking_medicine_are_marked():
    doses = [
        MedicationDose(date(2026, 10, 6), time(9), "Advil", "400 mg"),  # in the window
        MedicationDose(date(2026, 10, 7), time(9), "Tylenol", "1 g"),  # allowed
        MedicationDose(date(2026, 10, 15), time(9), "Advil", "400 mg"),  # after the window
    ]
    axes = build_figure("timeline", snapshot(medications=doses)).axes[0]
    flags = artist(axes, "rule-breaking-medicines")
    assert as_dates(flags.get_xdata()) == [date(2026, 10, 6)]


def test_axes_are_labelled_and_a_legend_names_the_series():
    figure = build_figure("timeline", snapshot())
    assert "0 = none" in figure.axes[0].get_ylabel()
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    # a day's mean and its 7-day mean share one entry, so the legend fits a small window
    assert "Pain now: daily, 7-day mean" in legend
    assert "Injection-site soreness: daily, 7-day mean" in legend
    assert "Medicines to avoid (your plan)" in legend


def test_range_and_metric_choices_limit_what_is_drawn(tmp_path):
    options = ChartOptions(start=date(2026, 10, 15), end=date(2026, 10, 30), metrics=("pain",))
    figure = build_figure("timeline", snapshot(), options)
    axes = figure.axes[0]
    assert len(artist(axes, "series-pain").get_xdata()) == 16
    assert not has_artist(axes, "series-soreness")
    assert marker_dates(axes) == [INJECTIONS[1].date]
    figure.savefig(tmp_path / "chart.png")  # and it renders


def test_an_empty_diary_gets_a_friendly_sentence_not_an_empty_box():
    figure = build_figure("timeline", snapshot(checkins=[], injections=[]))
    assert [t.get_text() for t in figure.axes[0].texts] == [EMPTY_MESSAGE]


def test_weeks_without_entries_are_not_bridged_by_a_line():
    checkins = [
        CheckIn(date=date(2026, 10, 1), time=time(8, 0), pain=6, soreness=6),
        CheckIn(date=date(2026, 10, 2), time=time(8, 0), pain=5, soreness=5),
        CheckIn(date=date(2026, 10, 30), time=time(8, 0), pain=3, soreness=2),
    ]
    axes = build_figure("timeline", snapshot(checkins=checkins, injections=[])).axes[0]
    ys = list(artist(axes, "series-soreness").get_ydata())
    assert ys[:2] == [6.0, 5.0] and ys[-1] == 2.0
    assert len(ys) == 4 and ys[2] != ys[2]  # a NaN breaks the line in the gap


def test_an_injection_near_the_right_edge_is_labelled_on_its_left():
    late = [Injection(date=date(2026, 10, 29), site="Knee", kind="PRP", id=9)]
    axes = build_figure("timeline", snapshot(injections=late)).axes[0]
    assert artist(axes, "injection-label-1").get_horizontalalignment() == "right"


def test_spans_over_two_years_are_drawn_one_point_a_week():
    start = date(2023, 1, 2)  # a Monday
    checkins = [
        CheckIn(date=start + timedelta(days=i), time=time(8, 0), pain=(i % 7))
        for i in range(3 * 365)
    ]
    axes = build_figure("timeline", snapshot(checkins=checkins, injections=[])).axes[0]
    pain = artist(axes, "series-pain")
    assert pain.get_label() == "Pain now (weekly mean)"
    xs = as_dates(pain.get_xdata())
    assert len(xs) == 157 and all(d.weekday() == 3 for d in xs)  # Thursdays
    assert list(pain.get_ydata())[:2] == [3.0, 3.0]  # mean of 0..6


def test_many_injections_get_short_labels_with_room_between_them():
    many = [
        Injection(date=START + timedelta(days=i), site="Knee", kind="PRP", id=i + 1)
        for i in range(15)  # one a day: closer than a label is wide
    ]
    axes = build_figure("timeline", snapshot(injections=many)).axes[0]
    assert len(marker_dates(axes)) == 15
    labels = [a.get_text() for a in axes.texts if (a.get_gid() or "").startswith("injection-label")]
    assert labels[0] == "#1" and all(t.startswith("#") and "\n" not in t for t in labels)
    assert 5 <= len(labels) < 15  # only where there is room
