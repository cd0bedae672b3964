"""The diary file's pages checked on a thread of their own while the window's code loads.

Opening the diary checks every page (PRAGMA quick_check, storage.database): 6-8 ms at ten
years of entries and 20-25 ms at thirty, on the window's thread before its first paint.
SQLite does that work without holding Python's lock, so the command line starts it before Qt
loads, on a read-only connection of its own and at the lowest priority: it runs in the other
core's spare time while the window's Python code is imported, and the window's own open
skips the check it has done.

Only a check that found the file sound counts, and only for the very file it checked (the
same file system entry: not one restored or moved in since). Anything else (a damaged file,
one that is not SQLite, none yet, a check not finished when the window opens the diary)
leaves the window's open to check, and to explain, as always. A folder whose lock is taken
(another window, a restore from the command line) is not looked at: the start that finds it
so only asks the window there to come forward.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

# The window opens the diary 0.1-0.2 s after the check starts; a check still running then (a
# computer busy at a higher priority) is given this much longer, then dropped.
WAIT_S = 0.05


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class CheckAhead:
    """Checks the diary file at ``path`` on a thread, from now on, unless the folder's lock
    file ``unless_locked`` is there."""

    def __init__(self, path: Path, unless_locked: Path | None = None) -> None:
        self.path = Path(path)
        self._sound: tuple[int, int] | None = None  # the file found sound
        self._guard = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._dropped = False
        self._thread = threading.Thread(target=self._check, name="diary-check", daemon=True)
        if unless_locked is None or not unless_locked.exists():
            self._thread.start()

    def _check(self) -> None:
        # The lowest priority (Linux): never the window's core, only the other one's time.
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        before = _identity(self.path)
        try:
            if before is None or not os.path.getsize(self.path):
                return  # no diary yet: the window makes one
            connection = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            try:
                with self._guard:
                    if self._dropped:
                        return
                    self._connection = connection
                result = connection.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                with self._guard:
                    self._connection = None
                connection.close()
        except (sqlite3.Error, OSError):
            return  # the window's own open says what is wrong
        if result == "ok" and _identity(self.path) == before:
            self._sound = before

    def found_sound(self, wait_s: float = WAIT_S) -> bool:
        """Whether the file now at ``path`` is the one the check found sound. A check not
        finished within ``wait_s`` is stopped, and the answer is no: the window checks."""
        if self._thread.is_alive():
            self._thread.join(wait_s)
        with self._guard:
            if self._thread.is_alive():
                self._dropped = True
                if self._connection is not None:
                    self._connection.interrupt()  # its quick_check ends with an error
                return False
        return self._sound is not None and _identity(self.path) == self._sound
