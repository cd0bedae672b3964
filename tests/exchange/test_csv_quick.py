"""The import's quick path accepts only rows the general validation accepts, with the same
values; everything else it leaves to the general validation (which names the problem)."""

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tracker.domain.validation import (
    ValidationError,
    validate_checkin,
    validate_medication,
)
from recovery_tracker.exchange.csv_quick import CHECKIN_CELLS, MEDICATION_CELLS, QuickRows
from recovery_tracker.storage.checkins import CHECKIN_COLUMNS, checkin_values
from recovery_tracker.storage.medications import MEDICATION_COLUMNS, medication_values

NOW = datetime(2026, 11, 24, 18, 5)
LATEST = NOW + timedelta(hours=26)  # as the import allows (csv_folder.CLOCK_ALLOWANCE)

odd_text = st.text(
    alphabet=st.characters(codec="utf-8") | st.sampled_from("\n\t\r\x00\x85\ud83d "),
    max_size=8,
)
# Per field: values as the export writes them, then values it never writes (some of which
# the general validation accepts all the same).
GOOD = {
    "date": st.sampled_from(["2026-11-23", "2026-11-24", "2000-02-29", "1900-01-01"]),
    "time": st.sampled_from(["08:00", "20:00", "23:59", "00:00"]),
    "score": st.sampled_from(["0", "7", "10", ""]),
    "flag": st.sampled_from(["yes", "no", ""]),
    "text": st.sampled_from(["", "walked 2 km", "a\tb", "a\nb", "é✓🙂", "x" * 200]),
}
ODD = {
    "date": st.sampled_from(
        ["2026-11-25", "2026-11-26", "1899-12-31", "2025-02-29", " 2026-01-01", "2026-1-01", ""]
    ),
    "time": st.sampled_from(["24:00", "8:00", " 08:00", "08:00:00", "07:60", "", "08:00Z"]),
    "score": st.sampled_from(["11", "-1", "07", " 7", "7.0", "x", "٣"]),
    "flag": st.sampled_from(["Yes", " no", "y", "true", "NO "]),
    "text": st.sampled_from([" padded ", "a\rb", "\x00", "\x85", "x" * 201, "x" * 50_001]),
}
CHECKIN_FIELDS = {
    "date": "date",
    "time": "time",
    "pain": "score",
    "soreness": "score",
    "enjoyment_interference": "score",
    "activity_interference": "score",
    "sleep": "score",
    "leg_pain": "score",
    "notes": "text",
    "for_doctor": "flag",
}
MEDICATION_FIELDS = {
    "date": "date",
    "time": "time",
    "name": "text",
    "dose": "text",
    "reason": "text",
}


@st.composite
def rows(draw, fields: dict[str, str]) -> dict[str, str]:
    """Rows as _read_table makes them (a column absent from the file is absent here): mostly
    as the export writes them, with a few cells changed."""
    row = {}
    for name, kind in fields.items():
        if draw(st.integers(0, 9)) == 0:
            continue  # the file has no such column
        row[name] = draw(GOOD[kind])
    for name in draw(st.lists(st.sampled_from(sorted(fields)), max_size=2)):
        row[name] = draw(ODD[fields[name]] | odd_text)
    return row


def general(validate, row):
    try:
        return validate(row, now=LATEST)
    except ValidationError:
        return None


@settings(max_examples=600, deadline=None)
@given(rows(CHECKIN_FIELDS))
def test_a_checkin_the_quick_path_writes_is_the_one_validation_makes(row):
    """Straight to the values the diary stores, with neither a CheckIn nor its conversion in
    between: the same as storing the check-in the general validation makes."""
    values = QuickRows(LATEST).checkin_values(row)
    if values is not None:
        checked = general(validate_checkin, row)
        assert checked is not None
        assert values == checkin_values(checked)


@settings(max_examples=600, deadline=None)
@given(rows(MEDICATION_FIELDS))
def test_a_medicine_the_quick_path_takes_is_the_one_validation_makes(row):
    quick = QuickRows(LATEST).medication(row)
    if quick is not None:
        assert quick == general(validate_medication, row)


@st.composite
def full_rows(draw, fields: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    """A row's cells in the export's column order (a file with the export's header), mostly
    as the export writes them, with a few cells changed."""
    row = {name: draw(GOOD[kind]) for name, kind in fields.items()}
    for name in draw(st.lists(st.sampled_from(sorted(fields)), max_size=2)):
        row[name] = draw(ODD[fields[name]] | odd_text)
    return [row[name] for name in columns]


@settings(max_examples=600, deadline=None)
@given(full_rows(CHECKIN_FIELDS, CHECKIN_COLUMNS))
def test_checkin_cells_in_the_exports_order_give_the_values_validation_stores(cells):
    """The quick path on a row's list of cells (no dict per row): accepted only if the
    general validation accepts the same row, with the values storing its check-in gives."""
    values = QuickRows(LATEST).checkin_cells(cells)
    row = dict(zip(CHECKIN_COLUMNS, cells, strict=True))
    checked = general(validate_checkin, row)
    if values is not None:
        assert checked is not None
        assert values == checkin_values(checked)
    assert (values is None) == (QuickRows(LATEST).checkin_values(row) is None)


@settings(max_examples=600, deadline=None)
@given(full_rows(MEDICATION_FIELDS, MEDICATION_COLUMNS))
def test_medication_cells_in_the_exports_order_give_the_values_validation_stores(cells):
    values = QuickRows(LATEST).medication_cells(cells)
    row = dict(zip(MEDICATION_COLUMNS, cells, strict=True))
    checked = general(validate_medication, row)
    if values is not None:
        assert checked is not None
        assert values == medication_values(checked)
    assert (values is None) == (QuickRows(LATEST).medication(row) is None)


@settings(max_examples=400, deadline=None)
@given(st.lists(full_rows(CHECKIN_FIELDS, CHECKIN_COLUMNS), max_size=4))
def test_a_checkin_table_checked_by_columns_is_its_rows_checked_one_by_one(rows):
    """All of a file at once, column by column: the values of every row if the quick path
    takes every row, else None (and the rows go one by one)."""
    one_by_one = [QuickRows(LATEST).checkin_cells(cells) for cells in rows]
    at_once = QuickRows(LATEST).checkin_table(rows)
    assert at_once == (None if None in one_by_one else one_by_one)


@settings(max_examples=400, deadline=None)
@given(st.lists(full_rows(MEDICATION_FIELDS, MEDICATION_COLUMNS), max_size=4))
def test_a_medication_table_checked_by_columns_is_its_rows_checked_one_by_one(rows):
    one_by_one = [QuickRows(LATEST).medication_cells(cells) for cells in rows]
    at_once = QuickRows(LATEST).medication_table(rows)
    assert at_once == (None if None in one_by_one else one_by_one)


def test_the_quick_cells_are_the_exports_columns_in_the_order_stored():
    assert CHECKIN_CELLS == CHECKIN_COLUMNS
    assert MEDICATION_CELLS == MEDICATION_COLUMNS


def test_rows_as_the_export_writes_them_take_the_quick_path():
    rows = QuickRows(LATEST)
    checkin = {
        "date": "2026-11-20",
        "time": "08:00",
        "pain": "6",
        "soreness": "",
        "enjoyment_interference": "3",
        "activity_interference": "10",
        "sleep": "0",
        "notes": "stiff\nafter\tthe drive, “ok” 🙂",
        "for_doctor": "yes",
        "leg_pain": "",
    }
    assert rows.checkin_values(checkin) == checkin_values(validate_checkin(checkin, now=LATEST))
    dose = {"date": "2026-11-20", "time": "09:30", "name": "Advil", "dose": "200 mg", "reason": ""}
    assert rows.medication(dose) == validate_medication(dose, now=LATEST)
    assert rows.checkin_cells([checkin[c] for c in CHECKIN_COLUMNS]) == checkin_values(
        validate_checkin(checkin, now=LATEST)
    )
    assert rows.medication_cells([dose[c] for c in MEDICATION_COLUMNS]) == medication_values(
        validate_medication(dose, now=LATEST)
    )


def test_rows_it_is_not_sure_of_are_left_to_the_general_validation():
    rows = QuickRows(LATEST)
    base = {"date": "2026-11-20", "time": "08:00", "pain": "6"}
    assert rows.checkin_values(base) is not None
    for change in (
        {"date": "2026-11-25"},  # the last allowed day: the time decides
        {"pain": " 6"},
        {"notes": "bell\x07"},
        {"for_doctor": "YES"},
        {"time": "8:00"},
    ):
        assert rows.checkin_values(base | change) is None
    assert rows.checkin_values({k: v for k, v in base.items() if k != "pain"}) is None
