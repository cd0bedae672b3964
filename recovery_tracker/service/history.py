"""One undo history of the diary: every change made through the service is a step on it.

Each step knows how to put the diary back (``undo``) and forward again (``redo``). A new
change drops the steps that were undone, so a redo can never run over an edit made since
(the idea of hibtc/madgui's ``util/undo.py``, without Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple


class Step(NamedTuple):
    """One change the patient can undo and redo. A NamedTuple rather than a frozen @dataclass:
    as unchangeable, but made in ~0.1 ms instead of ~0.7 when the service is imported, before
    the window's first paint (which records no step)."""

    text: str  # "Delete check-in of 20 Nov 08:00", shown after Undo/Redo in the Edit menu
    undo: Callable[[], None]
    redo: Callable[[], None]


class History:
    def __init__(self) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def record(self, step: Step) -> None:
        """A change that has just been made; whatever was undone before it is gone for good."""
        self._done.append(step)
        self._undone.clear()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    def undo_text(self) -> str | None:
        return self._done[-1].text if self._done else None

    def redo_text(self) -> str | None:
        return self._undone[-1].text if self._undone else None

    def undo(self) -> bool:
        """Undo the newest step; False if there was none. If the step raises, the history is
        emptied (what it remembers may no longer match the diary) and the error goes on."""
        if not self._done:
            return False
        step = self._done.pop()
        self._run(step.undo)
        self._undone.append(step)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        step = self._undone.pop()
        self._run(step.redo)
        self._done.append(step)
        return True

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except BaseException:
            self.clear()
            raise
