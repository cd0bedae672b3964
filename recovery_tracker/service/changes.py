"""What a write changed, and who wants to hear about it (plain callbacks, no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

# What a write changed; views refresh only for the kinds they show.
CHECKINS = "checkins"
INJECTIONS = "injections"  # their advice plans belong to them
MEDICATIONS = "medications"
APPOINTMENTS = "appointments"
SETTINGS = "settings"
IMPRESSIONS = "impressions"
EVENTS = "events"  # fever, swelling, ... the patient logged
EVERYTHING = frozenset(
    (CHECKINS, INJECTIONS, MEDICATIONS, APPOINTMENTS, SETTINGS, IMPRESSIONS, EVENTS)
)
# Told with EVERYTHING when another program put a different file in the diary's place and
# the diary was opened again on it: the patient is told, as the next save goes into it.
DIARY_FILE = "diary_file"

Listener = Callable[[frozenset[str]], None]


class ChangeListeners:
    """Callbacks told the kinds that changed after every write (the observer pattern)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        # Changes of entries told so far (settings are no entries): lists of entries read
        # elsewhere before one are out of date.
        self.entry_changes = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add ``listener``; the returned function removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def notify(self, kinds: Iterable[str]) -> None:
        changed = frozenset(kinds)
        if changed - {SETTINGS}:
            self.entry_changes += 1
        for listener in list(self._listeners):  # a listener may unsubscribe while told
            listener(changed)
