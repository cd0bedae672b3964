"""The diary as the window sees it: each write goes through here and announces itself.

Views never poll: they follow ``changed`` (the qutebrowser pattern), so a save in the Today
panel updates History, Treatments and the chart at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from recovery_tracker.domain.clock import Clock, system_clock
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.validation import validate_checkin, validate_injection
from recovery_tracker.storage.diary import Diary


class LiveDiary(QObject):
    changed = Signal()

    def __init__(self, diary: Diary, clock: Clock = system_clock, parent: QObject | None = None):
        super().__init__(parent)
        self.diary = diary
        self.clock = clock
        self._injections: list[Injection] | None = None
        self._checkins: list[CheckIn] | None = None

    # Reads are cached until the next write: several views read the same lists per change.
    def injections(self) -> list[Injection]:
        if self._injections is None:
            self._injections = self.diary.injections.list()
        return self._injections

    def checkins(self) -> list[CheckIn]:
        if self._checkins is None:
            self._checkins = self.diary.checkins.list()
        return self._checkins

    def save_checkin(self, raw: Mapping[str, object]) -> CheckIn:
        """Validate and store (add, or update when ``raw`` has an id). Raises on bad input."""
        checkin = validate_checkin(raw, now=self.clock())
        repository = self.diary.checkins
        saved = repository.update(checkin) if checkin.id else repository.add(checkin)
        self._after_write()
        return saved

    def delete_checkin(self, checkin_id: int) -> None:
        self.diary.checkins.delete(checkin_id)
        self._after_write()

    def save_injection(self, raw: Mapping[str, object]) -> Injection:
        injection = validate_injection(raw, today=self.clock().date())
        repository = self.diary.injections
        saved = repository.update(injection) if injection.id else repository.add(injection)
        self._after_write()
        return saved

    def delete_injection(self, injection_id: int) -> None:
        self.diary.injections.delete(injection_id)
        self._after_write()

    def _after_write(self) -> None:
        self._injections = None
        self._checkins = None
        self.changed.emit()
