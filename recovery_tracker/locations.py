"""Where the diary lives.

--data-dir, else $RECOVERY_TRACKER_DATA_DIR, else the operating system's app-data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from recovery_tracker import APP_NAME, ORGANIZATION_DOMAIN, __version__

DATA_DIR_VARIABLE = "RECOVERY_TRACKER_DATA_DIR"
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
