"""Where "now" comes from. Injected everywhere so tests never depend on the real time."""

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall-clock time, to the minute: diaries are kept in the patient's own time."""
    return datetime.now().replace(second=0, microsecond=0)
