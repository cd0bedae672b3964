"""'What to expect' after an injection: general information, from resources/what_to_expect.csv."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate

WARNING_SIGNS = QT_TRANSLATE_NOOP(
    "Expectations",
    "Call your clinic now if you notice fever, redness that spreads, warmth or drainage at the "
    "injection site, or sudden weakness or numbness.",
)
GENERAL_NOTE = QT_TRANSLATE_NOOP(
    "Expectations", "General information only: your own doctor's instructions come first."
)


@dataclass(frozen=True, slots=True)
class Expectation:
    from_day: int
    to_day: int | None  # None = from then on
    text: str


def parse_expectations(text: str, source: str = "what_to_expect.csv") -> list[Expectation]:
    reader = csv.DictReader(io.StringIO(text))
    items = []
    for row in reader:
        try:
            start = int((row.get("from_day") or "").strip())
            end_text = (row.get("to_day") or "").strip()
            items.append(
                Expectation(start, int(end_text) if end_text else None, row["text"].strip())
            )
        except (ValueError, KeyError, AttributeError):
            raise ValueError(
                translate(
                    "Expectations", "{source}, line {line}: needs from_day, to_day and text."
                ).format(source=source, line=reader.line_num)
            ) from None
    return items


def expectation_for(days_since: int | None, items: list[Expectation]) -> str | None:
    if days_since is None or days_since < 0:
        return None
    for item in items:
        if item.from_day <= days_since and (item.to_day is None or days_since <= item.to_day):
            return item.text
    return None
