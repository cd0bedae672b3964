"""Qt names whose Python types PySide6 makes when they are first used, not when imported.

PySide6 makes a Qt class's Python type, with every enum in it, the first time its name is
looked up in its module, and ``from PySide6.QtCore import Qt`` is such a look-up: the Qt
namespace alone is 93 enums with 1,195 members, 13-15 ms of Python's enum machinery. The
window's modules name Qt and a few dialogs at import, but the Today form needs none of them
before its first paint (ui/startup.py, trick 8). Imported from here, each is made when the
code first reaches into it (a key pressed, a dialog opened), after the window is up.

Type checkers see the real names; at run time each is a stand-in that looks the real one up
on every use (a dictionary look-up once it exists) and passes everything on to it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtWidgets import QMessageBox
else:

    class _Later:
        """Stands for ``module.name``; looks it up when used."""

        __slots__ = ("_module", "_name")

        def __init__(self, module: str, name: str) -> None:
            self._module, self._name = module, name

        def _real(self) -> Any:
            return getattr(importlib.import_module(self._module), self._name)

        def __getattr__(self, attribute: str) -> Any:
            return getattr(self._real(), attribute)

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return self._real()(*args, **kwargs)

        def __repr__(self) -> str:
            return f"<{self._module}.{self._name}, made when first used>"

    Qt = _Later("PySide6.QtCore", "Qt")
    QMessageBox = _Later("PySide6.QtWidgets", "QMessageBox")

__all__ = ["QMessageBox", "Qt", "make_now", "set_by_name"]


def make_now() -> None:
    """Make the Qt namespace now (MainWindow does, in the first turn after its first paint,
    so that it is not made inside another turn's work: 13-15 ms)."""
    from PySide6.QtCore import Qt  # noqa: F401  # looking it up makes it


def set_by_name(target: QObject, name: str, keys: str) -> None:
    """Set a property whose type is one of Qt's enums or flags by the names of its values
    (``"AlignRight|AlignVCenter"``), as Qt Designer's files do: Qt reads the names itself, so
    the Today form's first paint does not wait for the Qt namespace's 93 Python enums."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name} taking {keys!r}")
