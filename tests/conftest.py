"""Shared fixtures: a fresh diary per test, a fixed clock, and a headless Qt."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

# Before anything imports Qt or matplotlib: no display needed, and no writes to $HOME.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="rt-mpl-"))
os.environ.setdefault("RECOVERY_TRACKER_CACHE_DIR", tempfile.mkdtemp(prefix="rt-cache-"))
os.environ.pop("RECOVERY_TRACKER_DATA_DIR", None)
# Windows under test never reach the desktop's notification service; tests that want one start
# a private bus (tests/ui/fake_notification_server.py).
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
# Window size and last folders (QSettings) of app processes the tests start: never the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="rt-config-")

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


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path_factory):
    """QSettings (window size and place, last folders) in a fresh folder per test: never the
    user's own settings, and no test sees another's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder
