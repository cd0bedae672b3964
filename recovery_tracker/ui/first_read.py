"""The check-ins, read on the background thread just after the first chart.

The first chart needs only the daily summaries. Years of check-ins (21,900 CheckIns, about
0.1 s of Python objects at 30 years) read beside it competed with matplotlib's import for
the interpreter and made the chart later; so they are read right after it, as the next job
of the same background thread. Whatever needs them meanwhile (History opened at once) waits
for that read, instead of reading them again on the window's thread: that stalled the window
for 0.4 s at 30 years when History was opened right after the chart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from recovery_tracker.domain.models import CheckIn
from recovery_tracker.ui.live_diary import CHECKINS, LiveDiary

if TYPE_CHECKING:  # the background thread's code loads after the window's first paint
    from recovery_tracker.ui.background import BackgroundTask


class CheckinsOnTheWay(QObject):
    """The read under way; a child of the diary, so views find it there (``when_read``)."""

    arrived = Signal()  # once: the check-ins are kept by the diary, or will be read there

    def __init__(self, diary: LiveDiary) -> None:
        super().__init__(diary)
        self._diary = diary
        self._written = False  # check-ins changed meanwhile: the list read may lack a change
        diary.changed.connect(self._on_changed)
        from recovery_tracker.ui.background import BackgroundTask  # made after the first paint

        self._job: BackgroundTask | None = BackgroundTask(diary.checkins_for_background(), self)
        self._job.finished.connect(self._take)
        # A failed read is not reported here: whoever needs the check-ins reads them on the
        # window's thread then, and meets the error where it used to.
        self._job.failed.connect(lambda _error: self._done())
        self._job.start()

    @property
    def pending(self) -> bool:
        return self._job is not None

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if CHECKINS in kinds:
            self._written = True

    def _take(self, checkins: list[CheckIn]) -> None:
        if not self._written:
            self._diary.adopt({"checkins": checkins})
        self._done()

    def _done(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        self._diary.changed.disconnect(self._on_changed)
        self.arrived.emit()
        self.deleteLater()


def read_checkins_next(diary: LiveDiary) -> CheckinsOnTheWay:
    """Start reading the check-ins; called just after the first chart's job was started, so
    the one background thread reads them once that chart is done."""
    return CheckinsOnTheWay(diary)


def checkins_pending(diary: LiveDiary) -> bool:
    """The check-ins are being read on the background thread (not yet kept by the diary)."""
    on_the_way = diary.findChild(CheckinsOnTheWay)
    return on_the_way is not None and on_the_way.pending


def when_read(diary: LiveDiary, then: Callable[[], object]) -> None:
    """Call ``then`` (a method of a QObject: not called once that is gone) as soon as the
    check-ins are in the diary without a read on the window's thread: now if no read is
    under way, else when it has arrived."""
    on_the_way = diary.findChild(CheckinsOnTheWay)
    if on_the_way is None or not on_the_way.pending:
        then()
    else:
        on_the_way.arrived.connect(then)
