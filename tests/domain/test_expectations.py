import pytest

from recovery_tracker.domain.expectations import expectation_for, parse_expectations
from recovery_tracker.storage.resources import expectations


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (0, "peaks in the first 2-3 days"),
        (3, "peaks"),
        (4, "no better"),
        (28, "no better"),
        (29, "between 4 and 6 weeks"),
        (42, "4 and 6 weeks"),
        (43, "several months"),
        (400, "several months"),
    ],
)
def test_what_to_expect_by_day_since_the_injection(day, words):
    assert words in expectation_for(day, expectations())


def test_nothing_before_an_injection_and_a_bad_file_names_its_line():
    assert expectation_for(None, expectations()) is None
    assert expectation_for(-2, expectations()) is None
    with pytest.raises(ValueError, match=r"x\.csv, line 3"):
        parse_expectations("from_day,to_day,text\n0,3,ok\nsoon,5,bad\n", "x.csv")
