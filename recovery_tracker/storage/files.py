"""Writing files the patient exports: private (0600) and never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import StorageError


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a crash leaves the old file or the new one."""
    path = Path(path)
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise StorageError(
            translate("Storage", "Cannot write to {folder}: {reason}.").format(
                folder=path.parent, reason=error.strerror
            )
        ) from error
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates the file 0600
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StorageError(
            translate("Storage", "Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from error
