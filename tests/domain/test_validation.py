from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_tracker.domain.validation import (
    MAX_NOTES_LENGTH,
    ValidationError,
    validate_checkin,
    validate_injection,
)

NOW = datetime(2026, 11, 24, 18, 5)


def checkin(**overrides):
    raw = {"date": date(2026, 11, 24), "time": time(9, 30), "pain": 5}
    raw.update(overrides)
    return validate_checkin(raw, now=NOW)


def errors_of(**overrides) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        checkin(**overrides)
    return caught.value.errors


def test_a_plain_checkin_is_accepted():
    result = checkin(soreness=7, sleep="3", notes="ok")
    assert (result.pain, result.soreness, result.sleep, result.notes) == (5, 7, 3, "ok")
    assert result.enjoyment_interference is None


@pytest.mark.parametrize("score", [0, 10, "0", " 10 ", 7.0])
def test_scores_at_the_edges_are_accepted(score):
    assert checkin(pain=score).pain == int(float(str(score).strip()))


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (11, "out of range"),
        (-1, "out of range"),
        ("eleven", "whole number"),
        ("4.5", "whole number"),
        (float("nan"), "whole number"),
        (float("inf"), "whole number"),
        (True, "whole number"),
        ([3], "whole number"),
    ],
)
def test_bad_scores_are_named_with_a_clear_message(value, fragment):
    errors = errors_of(soreness=value)
    assert set(errors) == {"soreness"}
    assert fragment in errors["soreness"]
    assert errors["soreness"].startswith("Injection-site soreness")


def test_pain_is_required_but_other_scores_are_not():
    errors = errors_of(pain=None)
    assert "Pain now is required" in errors["pain"]
    assert checkin(soreness="", sleep=None).soreness is None


def test_future_date_and_future_time_are_refused():
    assert "future" in errors_of(date=date(2026, 11, 25))["date"]
    assert "later than now (18:05)" in errors_of(time=time(18, 6))["time"]
    assert checkin(time=time(18, 5)).time == time(18, 5)  # now itself is fine
    assert checkin(date=date(2026, 11, 23), time=time(23, 59)).date == date(2026, 11, 23)


def test_all_problems_are_reported_at_once():
    errors = errors_of(pain=12, sleep="x", date="24/11/2026")
    assert set(errors) == {"pain", "sleep", "date"}
    assert "YYYY-MM-DD" in errors["date"]


@pytest.mark.parametrize(
    "notes",
    [
        "x" * 10_000,
        "Rücken 😖🔥 «très» douloureux",
        "'); DROP TABLE checkins; --",
        'He said "rest", I didn\'t',
        "line one\nline two\ttabbed",
    ],
)
def test_notes_are_kept_verbatim(notes):
    assert checkin(notes=notes).notes == notes


def test_notes_too_long_or_with_control_characters_are_refused():
    assert "too long" in errors_of(notes="x" * (MAX_NOTES_LENGTH + 1))["notes"]
    assert "U+0000" in errors_of(notes="a\x00b")["notes"]
    assert "U+D800" in errors_of(notes="broken \ud800 text")["notes"]


def test_dates_far_in_the_past_are_refused():
    assert "1900" in errors_of(date=date(1, 1, 1))["date"]
    assert "1900" in errors_of(date="0001-01-01")["date"]


def test_injection_requires_a_site_and_refuses_the_future():
    with pytest.raises(ValidationError) as caught:
        validate_injection(
            {"date": date(2026, 12, 1), "site": "  ", "kind": "PRP"}, today=NOW.date()
        )
    assert set(caught.value.errors) == {"date", "site"}
    assert caught.value.errors["site"] == "Site is required."


def test_injection_free_text_is_trimmed_and_kept():
    injection = validate_injection(
        {"date": "2026-11-01", "site": " L4-L5 facet ", "kind": "PRP", "clinic": "Dr. O'Neil"},
        today=NOW.date(),
    )
    assert (injection.site, injection.clinic, injection.side) == ("L4-L5 facet", "Dr. O'Neil", "")


def test_injection_site_must_be_a_single_line():
    with pytest.raises(ValidationError) as caught:
        validate_injection(
            {"date": "2026-11-01", "site": "knee\nleft", "kind": "PRP"}, today=NOW.date()
        )
    assert "U+000A" in caught.value.errors["site"]


# --- text forms: exactly what the README documents, whatever else Python would parse ----------

_near_numbers = st.text(st.sampled_from("0123456789٧７+-.eE: TWZ"), max_size=12)


@given(_near_numbers)
def test_a_score_in_text_is_only_ascii_digits(text):
    from recovery_tracker.domain.validation import parse_score

    try:
        value = parse_score(text, "Pain now", required=False)
    except ValueError:
        return
    cleaned = text.strip()
    assert value is None or (cleaned.isascii() and cleaned.isdigit() and int(cleaned) == value)


@given(_near_numbers)
def test_dates_and_times_in_text_are_only_the_documented_forms(text):
    import re

    from recovery_tracker.domain.validation import parse_date, parse_time

    try:
        parse_date(text, today=date(9999, 12, 31))
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip())
    except ValueError:
        pass
    try:
        parse_time(text)
        assert re.fullmatch(r"[0-9]{2}:[0-9]{2}", text.strip())
    except ValueError:
        pass
