"""The change-from-baseline chart's last point is the number its sentence names.

A tester saw 5.75 on the chart and 6.0 in the sentence for "the same week": the chart drew
calendar weeks (Monday to Sunday) while the sentence compares the last 7 days. Both now come
from one computation.
"""

from datetime import date, time, timedelta
from itertools import pairwise

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import daily_summaries
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.statistics import summarise
from tests.charts.helpers import artist, as_dates

INJECTION = Injection(date=date(2026, 9, 1), site="Lumbar facet joint", kind="PRP", id=1)
PATTERN = (5, 6, 7, 4, 6, 8, 5, 3, 9)  # not a multiple of 7 long: each 7 days differ


def _snapshot(last: date, skip: frozenset[date] = frozenset()) -> DiarySnapshot:
    checkins = []
    day, index = INJECTION.date - timedelta(days=7), 0
    while day <= last:
        if day not in skip:
            pain = 6 if day < INJECTION.date else PATTERN[index % len(PATTERN)]
            checkins.append(CheckIn(date=day, time=time(9, 0), pain=pain))
        day, index = day + timedelta(days=1), index + 1
    return DiarySnapshot(injections=[INJECTION], checkins=checkins)


def _chart_and_summary(snapshot: DiarySnapshot, last: date):
    figure = build_figure("baseline", snapshot, ChartOptions(end=last))
    summary = summarise(
        daily_summaries(snapshot.checkins), snapshot.injections, first=INJECTION.date, last=last
    )
    return figure, summary


def test_the_last_point_is_the_last_seven_days_the_sentence_names():
    last = date(2026, 10, 21)  # a Wednesday: its calendar week is not the last 7 days
    figure, summary = _chart_and_summary(_snapshot(last), last)
    weekly = artist(figure.axes[0], "weekly-pain")
    assert summary.latest is not None and summary.change is not None
    assert list(weekly.get_ydata())[-1] == summary.latest
    assert as_dates(weekly.get_xdata())[-1] == last - timedelta(days=3)  # mid of the 7 days
    sentence = artist(figure, "change-summary").get_text().replace("\n", " ")
    assert f"→ {summary.latest:.{summary.change.decimals}f}" in sentence


def test_every_point_is_seven_days_apart_back_from_the_last_day():
    last = date(2026, 10, 23)
    figure, _summary = _chart_and_summary(_snapshot(last), last)
    days = as_dates(artist(figure.axes[0], "weekly-pain").get_xdata())
    assert all((later - earlier).days == 7 for earlier, later in pairwise(days))


def test_a_sparse_last_week_still_has_the_point_the_sentence_speaks_of():
    # Maria's report: one check-in in the last 7 days, said in the sentence, missing on the chart
    last = date(2026, 10, 21)
    sparse = frozenset(last - timedelta(days=n) for n in range(1, 7))
    figure, summary = _chart_and_summary(_snapshot(last, sparse), last)
    assert summary.latest is not None
    assert list(artist(figure.axes[0], "weekly-pain").get_ydata())[-1] == summary.latest


def test_one_logged_day_without_an_injection_says_there_is_nothing_to_compare_yet():
    """A one-day report drew the baseline and thresholds with no weekly point at all (and an
    empty line the PDF's SVG reader called invalid path data): the empty-chart sentence
    instead."""
    day = date(2026, 11, 25)
    snapshot = DiarySnapshot(injections=[], checkins=[CheckIn(date=day, time=time(9), pain=6)])
    figure = build_figure("baseline", snapshot, ChartOptions(start=day, end=day))
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert texts and texts[0].startswith("Not enough entries yet to compare")
    assert figure.axes[0].get_lines() == []
