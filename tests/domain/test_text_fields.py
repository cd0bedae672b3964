"""The two kinds of text field every validator shares (validation._Collector.line and .text):
a one-line field (a name, a dose, a title) and a text of several lines (notes, questions)."""

import unicodedata
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tracker.domain.events import MAX_OTHER_LENGTH, validate_event
from recovery_tracker.domain.validation import (
    MAX_NOTES_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    ValidationError,
    clean_text,
    validate_appointment,
    validate_checkin,
    validate_injection,
    validate_medication,
    validate_rule_fields,
)

NOW = datetime(2026, 11, 24, 18, 5)
_INJECTION = {"date": date(2026, 11, 1), "site": "Knee"}
_EVENT = {"date": date(2026, 11, 20), "kind": "other", "other": "rash", "severity": "mild"}


def _entry(kind: str, raw: dict[str, object]):
    validate = {
        "checkin": lambda: validate_checkin(
            {"date": NOW.date(), "time": time(8), "pain": 3} | raw, now=NOW
        ),
        "injection": lambda: validate_injection(_INJECTION | raw, today=NOW.date()),
        "medication": lambda: validate_medication(
            {"date": NOW.date(), "time": time(8), "name": "paracetamol"} | raw, now=NOW
        ),
        "appointment": lambda: validate_appointment(
            {"date": date(2026, 12, 1), "time": time(9)} | raw
        ),
        "rule": lambda: validate_rule_fields({"title": "Rest", "category": "activity"} | raw),
        "event": lambda: validate_event(_EVENT | raw, now=NOW),
    }[kind]
    return validate()


def _refused(kind: str, raw: dict[str, object]) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        _entry(kind, raw)
    return caught.value.errors


# (kind of entry, field, its longest text)
ONE_LINE_FIELDS = [
    ("injection", "site", MAX_SHORT_TEXT_LENGTH),
    ("injection", "side", MAX_SHORT_TEXT_LENGTH),
    ("injection", "kind", MAX_SHORT_TEXT_LENGTH),
    ("injection", "clinic", MAX_SHORT_TEXT_LENGTH),
    ("injection", "guidance", MAX_SHORT_TEXT_LENGTH),
    ("medication", "name", MAX_SHORT_TEXT_LENGTH),
    ("medication", "dose", MAX_SHORT_TEXT_LENGTH),
    ("medication", "reason", MAX_SHORT_TEXT_LENGTH),
    ("appointment", "clinician", MAX_SHORT_TEXT_LENGTH),
    ("appointment", "place", MAX_SHORT_TEXT_LENGTH),
    ("rule", "title", MAX_SHORT_TEXT_LENGTH),
    ("rule", "allowed", MAX_SHORT_TEXT_LENGTH),
    ("event", "other", MAX_OTHER_LENGTH),
]
TEXT_FIELDS = [
    ("checkin", "notes"),
    ("injection", "notes"),
    ("appointment", "questions"),
    ("rule", "advice"),
    ("event", "notes"),
]
REQUIRED_LINES = [
    ("injection", "site"),
    ("medication", "name"),
    ("rule", "title"),
    ("event", "other"),
]


@pytest.mark.parametrize(("kind", "field", "_most"), ONE_LINE_FIELDS)
def test_a_one_line_field_refuses_a_line_break(kind, field, _most):
    assert field in _refused(kind, {field: "left\nknee"})


@pytest.mark.parametrize(("kind", "field", "most"), ONE_LINE_FIELDS)
def test_a_one_line_field_takes_its_most_and_not_one_more(kind, field, most):
    _entry(kind, {field: "x" * most})
    assert "the most is" in _refused(kind, {field: "x" * (most + 1)})[field]


@pytest.mark.parametrize(("kind", "field", "_most"), ONE_LINE_FIELDS)
def test_a_one_line_field_is_trimmed(kind, field, _most):
    entry = _entry(kind, {field: "  Dr. Lee  "})
    kept = getattr(entry, field)
    assert kept in ("Dr. Lee", ("Dr. Lee",))  # allowed: a tuple of names


@pytest.mark.parametrize(("kind", "field"), REQUIRED_LINES)
def test_a_required_one_line_field_refuses_blank(kind, field):
    assert "is required" in _refused(kind, {field: "   "})[field]


@pytest.mark.parametrize(("kind", "field"), TEXT_FIELDS)
def test_a_text_field_keeps_its_lines_as_typed(kind, field):
    typed = "  first line\n\tsecond line  "
    assert getattr(_entry(kind, {field: typed}), field) == typed


@pytest.mark.parametrize(("kind", "field"), TEXT_FIELDS)
def test_a_text_field_takes_its_most_and_not_one_more(kind, field):
    _entry(kind, {field: "x" * MAX_NOTES_LENGTH})
    assert "the most is" in _refused(kind, {field: "x" * (MAX_NOTES_LENGTH + 1)})[field]


@settings(max_examples=1500, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8")
        | st.characters(min_codepoint=0, max_codepoint=0xA0)
        | st.sampled_from("\ud800\udfff\u2028\u00ad\ufeff\U000e0001"),
        max_size=12,
    ),
    st.booleans(),
)
def test_text_is_refused_exactly_for_control_characters_and_lone_surrogates(text, single_line):
    """clean_text looks for refused characters with one search, not a call per character
    (advice rows are most of a CSV import's validation): the same characters as Unicode's
    categories Cc and Cs, the first of them named, tabs and newlines allowed in notes."""
    kept = text.strip() if single_line else text
    refused = [
        c
        for c in kept
        if unicodedata.category(c) in ("Cc", "Cs") and (single_line or c not in "\n\t")
    ]
    try:
        clean_text(text, "Notes", max_length=100, single_line=single_line)
    except ValueError as error:  # the field's problem, gathered by the validators
        assert refused and f"U+{ord(refused[0]):04X}" in str(error)
    else:
        assert not refused
