"""Small arithmetic, kept here so start-up does not import the statistics module (it pulls in
fractions and decimal, a few milliseconds a patient would wait for)."""

from collections.abc import Iterable


def fmean(values: Iterable[float]) -> float:
    """The mean of a non-empty iterable of numbers, as a float."""
    total, count = 0.0, 0
    for value in values:
        total += value
        count += 1
    if count == 0:
        raise ValueError("mean of no values")
    return total / count
