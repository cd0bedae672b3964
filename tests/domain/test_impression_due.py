"""The weekly 'overall change' question: asked from a week after the first injection."""

from datetime import date, timedelta

from recovery_tracker.domain.impression import Impression, impression_due

INJECTION = date(2026, 11, 26)


def test_not_asked_before_there_is_an_injection():
    assert not impression_due(INJECTION, [], None)


def test_not_asked_on_the_injection_day_nor_in_its_first_week():
    for days in range(7):
        assert not impression_due(INJECTION + timedelta(days=days), [], INJECTION), days


def test_asked_a_week_after_the_injection_then_weekly():
    week = INJECTION + timedelta(days=7)
    assert impression_due(week, [], INJECTION)
    answered = [Impression(week, 3)]
    assert not impression_due(week + timedelta(days=6), answered, INJECTION)
    assert impression_due(week + timedelta(days=7), answered, INJECTION)
