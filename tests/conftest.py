"""Shared fixtures: a fresh diary per test, a fixed clock, and a headless Qt."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

# Before anything imports Qt or matplotlib: no display needed, and no writes to $HOME.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="rt-mpl-"))
os.environ.pop("RECOVERY_TRACKER_DATA_DIR", None)
# Windows under test never reach the desktop's notification service; tests that want one start
# a private bus (tests/ui/fake_notification_server.py).
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

import pytest

from recovery_tracker.storage.diary import Diary

NOW = datetime(2026, 11, 24, 18, 5)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def diary(data_dir: Path):
    opened = Diary.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """The widgets' QApplication exists before any test runs: the command line, run in-process
    by some tests, would otherwise make a plain QGuiApplication that later widgets cannot use
    (Qt aborts the whole run)."""
    return qapp
