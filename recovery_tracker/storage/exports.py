"""Exports that are files on disk, shared by the window and the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from recovery_tracker.domain.advice import advice_windows
from recovery_tracker.storage.diary import Diary
from recovery_tracker.storage.files import write_private_file
from recovery_tracker.storage.ics import build_calendar


def export_ics(diary: Diary, path: Path, now: datetime) -> int:
    """Write appointments and advice windows to ``path``; returns the number of events."""
    appointments = diary.appointments.list()
    injections = diary.injections.list()
    windows = advice_windows(diary.advice.plans(injections))  # planned ones' windows too
    planned = [i for i in injections if i.planned]
    text = build_calendar(appointments, windows, now, planned)
    write_private_file(path, text.encode("utf-8"))
    return len(appointments) + len(windows) + len(planned)
