"""The start-up arrangements of ui/startup.py change how soon things happen, never what."""

import importlib
import sys

import pytest

from recovery_tracker.ui import startup

MODULES = [
    "recovery_tracker.ui.main_window",  # uses PySide6
    "recovery_tracker.domain.advice",  # does not
    "json",  # the standard library, as source
    "math",  # built in or an extension module: no source
    "matplotlib.figure",
    "numpy.linalg",  # a package
]


@pytest.fixture
def feature(monkeypatch):
    """PySide6's own module check (as before any window started), put back afterwards."""
    import shibokensupport.feature as feature

    check = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", getattr(check, "original", check))
    return feature


def test_pysides_check_of_each_imported_module_is_quicker_with_the_same_answers(feature):
    modules = [importlib.import_module(name) for name in MODULES]
    assert not getattr(feature._mod_uses_pyside, "quick", False)
    before = [feature._mod_uses_pyside(module) for module in modules]
    assert before[:2] == [True, False]

    startup.speed_up_pyside_imports()

    assert getattr(feature._mod_uses_pyside, "quick", False)
    assert [feature._mod_uses_pyside(module) for module in modules] == before
    assert feature._mod_uses_pyside(sys) is False
    startup.speed_up_pyside_imports()  # once is enough: not wrapped again
    assert feature._mod_uses_pyside(modules[0]) is True
