"""The data files shipped in resources/: medicine names and advice templates.

A clinic (or patient) may put its own ``advice_templates.csv`` in the data folder; if that file
is malformed the app says which line is wrong and carries on with the shipped templates.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_tracker.domain.advice import AdviceTemplate, TemplateError, parse_templates
from recovery_tracker.domain.expectations import Expectation, parse_expectations
from recovery_tracker.domain.text import translate

if TYPE_CHECKING:
    # Imported where the list is read: the window's first paint classifies no medicine.
    from recovery_tracker.domain.medicine_list import MedicineList

TEMPLATES_FILENAME = "advice_templates.csv"
MEDICINES_FILENAME = "medications.csv"


def resources_dir() -> Path:
    """resources/ beside the package (a checkout or editable install) or inside a bundle."""
    override = os.environ.get("RECOVERY_TRACKER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


@cache
def medicine_list() -> MedicineList:
    from recovery_tracker.domain.medicine_list import MedicineList  # not before first paint

    path = resource_path(MEDICINES_FILENAME)
    return MedicineList.from_csv(path.read_text(encoding="utf-8"), str(path))


class LoadedTemplates:
    """The advice templates read, and what was wrong with any left out.

    A plain class, not a @dataclass: read once as the window starts, it needs no generated
    methods, whose making (~0.6 ms) would delay the first paint."""

    __slots__ = ("problems", "templates")

    def __init__(self, templates: list[AdviceTemplate], problems: list[str] | None = None) -> None:
        self.templates = templates
        self.problems = [] if problems is None else problems  # sentences for the patient


def load_templates(data_dir: Path | None = None) -> LoadedTemplates:
    shipped = resource_path(TEMPLATES_FILENAME)
    problems: list[str] = []
    if data_dir is not None and (data_dir / TEMPLATES_FILENAME).exists():
        custom = data_dir / TEMPLATES_FILENAME
        try:
            return LoadedTemplates(_read(custom))
        except (TemplateError, OSError, UnicodeDecodeError) as error:
            problems.append(
                translate(
                    "Templates",
                    "Your advice templates could not be read ({error}). "
                    "The built-in templates are used instead.",
                ).format(error=error)
            )
    try:
        return LoadedTemplates(_read(shipped), problems)
    except (TemplateError, OSError, UnicodeDecodeError) as error:
        problems.append(
            translate(
                "Templates", "The built-in advice templates could not be read ({error})."
            ).format(error=error)
        )
        return LoadedTemplates([], problems)


def _read(path: Path) -> list[AdviceTemplate]:
    return parse_templates(path.read_text(encoding="utf-8-sig"), str(path))


@cache
def expectations() -> list[Expectation]:
    path = resource_path("what_to_expect.csv")
    try:
        return parse_expectations(path.read_text(encoding="utf-8"), str(path))
    except (OSError, ValueError):
        return []  # the advice still shows the warning signs, which live in the code
