from datetime import date, time, timedelta

from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.recovery import (
    ScoreStats,
    daily_summaries,
    describe_position,
    numbered_injections,
    position_on,
    weekly_summaries,
)

FIRST = Injection(date=date(2026, 9, 25), site="Lumbar facet joint", id=7)
SECOND = Injection(date=date(2026, 11, 6), site="Lumbar facet joint", id=3)


def test_injections_are_numbered_in_date_order_whatever_their_ids():
    numbered = numbered_injections([SECOND, FIRST])
    assert [(n.number, n.injection.id) for n in numbered] == [(1, 7), (2, 3)]


def test_position_counts_days_from_the_latest_injection():
    injections = [SECOND, FIRST]
    assert describe_position(position_on(date(2026, 11, 9), injections)) == (
        "Day 3 after injection 2"
    )
    assert describe_position(position_on(date(2026, 11, 6), injections)) == (
        "Injection day (injection 2)"
    )
    assert describe_position(position_on(date(2026, 11, 5), injections)) == (
        "Day 41 after injection 1"
    )
    assert describe_position(position_on(date(2026, 9, 24), injections)) == (
        "Baseline: 1 day before injection 1"
    )
    assert describe_position(position_on(date(2026, 9, 18), injections)) == (
        "Baseline: 7 days before injection 1"
    )


def test_position_without_injections_is_baseline():
    position = position_on(date(2026, 11, 1), [])
    assert position.injection_number is None and position.series_length == 0
    assert "baseline" in describe_position(position)


def test_daily_summary_uses_the_mean_and_keeps_the_range():
    day = date(2026, 11, 7)
    checkins = [
        CheckIn(date=day, time=time(8, 0), pain=3, soreness=8),
        CheckIn(date=day, time=time(20, 0), pain=6, soreness=None),
        CheckIn(date=day, time=time(13, 0), pain=4, soreness=6),
        CheckIn(date=date(2026, 11, 6), time=time(9, 0), pain=7),
    ]
    summaries = daily_summaries(checkins)
    assert [s.date for s in summaries] == [date(2026, 11, 6), day]
    seventh = summaries[1]
    assert seventh.count == 3
    assert (
        seventh.scores["pain"].mean,
        seventh.scores["pain"].low,
        seventh.scores["pain"].high,
    ) == (
        13 / 3,
        3,
        6,
    )
    assert seventh.mean("soreness") == 7.0
    assert seventh.mean("sleep") is None


def test_weekly_summaries_merge_only_the_scores_asked_for():
    days = daily_summaries(
        CheckIn(date=date(2026, 11, day), time=time(9), pain=day % 5, soreness=2, sleep=3)
        for day in (2, 3, 4, 10)
    )
    weeks = weekly_summaries(days, ("pain", "soreness"))
    assert [w.date for w in weeks] == [date(2026, 11, 5), date(2026, 11, 12)]
    assert set(weeks[0].scores) == {"pain", "soreness"}  # no sleep: the chart draws none
    assert weeks[0].scores["pain"] == (3.0, 2, 4)
    assert set(weekly_summaries(days)[0].scores) == {"pain", "soreness", "sleep"}


def _weeks_the_plain_way(days, fields):
    """The weekly merge written out plainly, as it was before it was made quicker."""
    from math import fsum

    weeks = {}
    for day in days:
        weeks.setdefault(day.date - timedelta(days=day.date.weekday()), []).append(day)
    merged = []
    for monday, members in sorted(weeks.items()):
        scores = {}
        for field in fields:
            stats = [s for m in members if (s := m.scores.get(field)) is not None]
            if stats:
                means, lows, highs = zip(*stats, strict=True)
                scores[field] = (fsum(means) / len(means), min(lows), max(highs))
        count = sum(m.count for m in members)
        merged.append((monday + timedelta(days=3), count, scores))
    return merged


def test_weekly_summaries_are_the_plain_merge_of_the_days():
    import random

    rng = random.Random(7)
    checkins = [
        CheckIn(
            date=date(2026, 1, 1) + timedelta(days=rng.randrange(200)),
            time=time(rng.randrange(24)),
            pain=rng.randrange(11),
            soreness=rng.choice([None, *range(11)]),
        )
        for _ in range(500)
    ]
    days = daily_summaries(checkins)
    fields = ("pain", "soreness")
    weeks = weekly_summaries(days, fields)
    assert [(w.date, w.count, dict(w.scores)) for w in weeks] == _weeks_the_plain_way(days, fields)
    assert all(isinstance(s, ScoreStats) for w in weeks for s in w.scores.values())
