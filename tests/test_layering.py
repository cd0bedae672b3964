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


# The modules that open the diary file (or wrap it for the window), or list its backups to
# restore one (restore_dialog.py, apart from diary_file.py); every other view reaches the
# diary only through LiveDiary and the service. chart_process.py is the first chart's own
# process, which reads the file the window has opened (read-only, without the service's code).
DIARY_OPENERS = {
    "app.py",
    "diary_file.py",
    "restore_dialog.py",
    "live_diary.py",
    "chart_process.py",
}
# What a view may still take from storage: the error it reports, and the app's packaged files.
VIEW_MAY_IMPORT = ("recovery_tracker.storage.database", "recovery_tracker.storage.resources")


def _reaches_into_storage(source: Path):
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        # ``self.diary.diary.checkins``: the storage Diary behind the window's LiveDiary
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "diary"
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "diary"
        ):
            yield f"{source.name}:{node.lineno} reaches diary.diary"
    if source.name not in DIARY_OPENERS:
        for module in _imported_modules(source):
            if module.startswith("recovery_tracker.storage") and module not in VIEW_MAY_IMPORT:
                yield f"{source.name} imports {module}"


def test_views_reach_the_diary_only_through_the_service():
    offenders = [
        problem
        for source in sorted((PACKAGE / "ui").rglob("*.py"))
        for problem in _reaches_into_storage(source)
    ]
    assert offenders == []


def test_the_view_checker_would_notice_a_view_reaching_into_storage(tmp_path):
    view = tmp_path / "view.py"
    view.write_text(
        "from recovery_tracker.storage.checkins import CheckInRepository\n"
        "count = self.diary.diary.checkins.count()\n"
    )
    assert len(list(_reaches_into_storage(view))) == 2
