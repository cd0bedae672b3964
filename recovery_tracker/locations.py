"""Where the diary lives, and where the app keeps what it can always make again.

The diary: --data-dir, else $RECOVERY_TRACKER_DATA_DIR, else the operating system's app-data
folder. The cache: $RECOVERY_TRACKER_CACHE_DIR, else the operating system's cache folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from recovery_tracker import APP_NAME, ORGANIZATION_DOMAIN, __version__

DATA_DIR_VARIABLE = "RECOVERY_TRACKER_DATA_DIR"
CACHE_DIR_VARIABLE = "RECOVERY_TRACKER_CACHE_DIR"
APPLICATION_ID = "recovery-tracker"


def set_application_metadata() -> None:
    """Name the app for Qt, so QStandardPaths and QSettings land in the right place on each OS."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    # No organisation name: it would add a second folder level (".../Org/App") for no gain.
    QCoreApplication.setApplicationName(APPLICATION_ID)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APPLICATION_ID)


def default_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    set_application_metadata()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_data_dir(option: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    if environ.get(DATA_DIR_VARIABLE):
        return Path(environ[DATA_DIR_VARIABLE]).expanduser().resolve()
    return default_data_dir()


def cache_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    """The folder for what the app can always make again (nothing of the diary's). Worked out
    without Qt, which is not loaded yet when it is first needed; the same folders as Qt's
    QStandardPaths.CacheLocation."""
    if environ.get(CACHE_DIR_VARIABLE):
        return Path(environ[CACHE_DIR_VARIABLE]).expanduser()
    home = Path(environ.get("HOME") or Path.home())
    if platform == "win32":
        local = environ.get("LOCALAPPDATA")
        base = Path(local) if local else home / "AppData" / "Local"
        return base / APPLICATION_ID / "cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / APPLICATION_ID
    xdg = environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache") / APPLICATION_ID
