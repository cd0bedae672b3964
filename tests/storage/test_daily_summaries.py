"""The daily summaries SQLite works out are the domain's, value for value and of its types:
the charts and the report draw them, and the window's state is checked against them."""

from datetime import date

from recovery_tracker.domain.recovery import ScoreStats, daily_summaries
from recovery_tracker.sample_data import synthetic_content
from recovery_tracker.storage.bulk import insert_content
from recovery_tracker.storage.resources import load_templates


def test_sqlites_daily_summaries_are_the_domains(diary):
    insert_content(diary, synthetic_content(120, 2, date(2026, 11, 20), load_templates().templates))
    stored = diary.checkins.daily_summaries()
    assert stored == daily_summaries(diary.checkins.list())
    assert len(stored) >= 100
    stats = next(iter(stored[0].scores.values()))
    assert type(stats) is ScoreStats
    assert stats.mean == stats[0] and stats.low <= stats.mean <= stats.high


def test_a_span_of_days_is_summarised_alone(diary):
    insert_content(diary, synthetic_content(30, 1, date(2026, 11, 20), load_templates().templates))
    start, end = date(2026, 11, 1), date(2026, 11, 10)
    span = diary.checkins.daily_summaries(start, end)
    assert [d.date for d in span] == [
        d.date for d in diary.checkins.daily_summaries() if start <= d.date <= end
    ]


def test_the_scores_asked_for_are_summarised_alone(diary):
    insert_content(diary, synthetic_content(30, 2, date(2026, 11, 20), load_templates().templates))
    whole = diary.checkins.daily_summaries()
    some = diary.checkins.daily_summaries(fields=("soreness", "pain"))
    assert [(d.date, d.count) for d in some] == [(d.date, d.count) for d in whole]
    assert [d.scores for d in some] == [
        {f: s for f, s in d.scores.items() if f in ("pain", "soreness")} for d in whole
    ]
