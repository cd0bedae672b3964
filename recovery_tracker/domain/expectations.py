"""'What to expect' after an injection: general information, from resources/what_to_expect.csv.

Each line is for one kind of injection (PRP, Corticosteroid, Hyaluronic acid, or * for any)
and one region (spine, joint, or * for any), with its source (resources/SOURCES.md). The most
specific lines that exist for an injection are used: kind and region, then kind, then region,
then the general lines.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate

GENERAL_NOTE = QT_TRANSLATE_NOOP(
    "Expectations", "General information only: your own doctor's instructions come first."
)
ANY = "*"


@dataclass(frozen=True, slots=True)
class Expectation:
    """What is usual on some days after an injection, with its source."""

    from_day: int
    to_day: int | None  # None = from then on
    text: str
    kind: str = ANY  # treatment_area.PRP, ... or ANY
    region: str = ANY  # treatment_area.SPINE, JOINT or ANY
    source: str = ""  # keys of resources/SOURCES.md, e.g. "AAOS-PRP; Wu2017"


def parse_expectations(text: str, source: str = "what_to_expect.csv") -> list[Expectation]:
    reader = csv.DictReader(io.StringIO(text))
    items = []
    for row in reader:
        try:
            start = int((row.get("from_day") or "").strip())
            end_text = (row.get("to_day") or "").strip()
            items.append(
                Expectation(
                    start,
                    int(end_text) if end_text else None,
                    row["text"].strip(),
                    (row.get("kind") or ANY).strip() or ANY,
                    (row.get("region") or ANY).strip() or ANY,
                    (row.get("source") or "").strip(),
                )
            )
        except (ValueError, KeyError, AttributeError):
            raise ValueError(
                translate(
                    "Expectations", "{source}, line {line}: needs from_day, to_day and text."
                ).format(source=source, line=reader.line_num)
            ) from None
    return items


def lines_for(items: list[Expectation], kind: str, region: str) -> list[Expectation]:
    """The lines for this kind and region: the most specific set the file has."""
    for wanted_kind, wanted_region in ((kind, region), (kind, ANY), (ANY, region), (ANY, ANY)):
        found = [i for i in items if i.kind == wanted_kind and i.region == wanted_region]
        if found:
            return found
    return []


def expectation_for(
    days_since: int | None, items: list[Expectation], kind: str = ANY, region: str = ANY
) -> str | None:
    if days_since is None or days_since < 0:
        return None
    for item in lines_for(items, kind, region):
        if item.from_day <= days_since and (item.to_day is None or days_since <= item.to_day):
            return item.text
    return None
