"""The core stays free of Qt (DEVELOPERS.md), checked on the source itself.

import-linter checks the same contracts in .ci/run; this test keeps the rule in the test suite
too, so it also fails for someone who runs only pytest.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "recovery_tracker"
FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "recovery_tracker.ui",
        "recovery_tracker.storage",
        "recovery_tracker.charts",
        "sqlite3",
        "matplotlib",
    ),
    "storage": ("PySide6", "shiboken6", "recovery_tracker.ui", "matplotlib"),
    "charts": ("PySide6", "shiboken6", "recovery_tracker.ui", "recovery_tracker.storage"),
    "service": ("PySide6", "shiboken6", "recovery_tracker.ui", "sqlite3", "matplotlib"),
    # Only storage speaks SQL; the window reaches the diary through the service.
    "ui": ("sqlite3",),
    "reports": ("PySide6", "shiboken6", "recovery_tracker.ui", "sqlite3"),
    "exchange": ("recovery_tracker.ui", "recovery_tracker.service", "sqlite3"),
}


def _imported_modules(source: Path):
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_what_it_must_not(layer):
    offenders = [
        f"{source.relative_to(PACKAGE)} imports {module}"
        for source in sorted((PACKAGE / layer).rglob("*.py"))
        for module in _imported_modules(source)
        if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offenders == []


def test_the_checker_would_notice_an_offender(tmp_path):
    offender = tmp_path / "bad.py"
    offender.write_text("from PySide6.QtCore import QObject\nimport sqlite3\n")
    assert list(_imported_modules(offender)) == ["PySide6.QtCore", "sqlite3"]
