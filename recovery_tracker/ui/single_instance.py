"""One running Recovery Tracker per diary folder.

The first instance holds a QLockFile in the data folder and listens on a local socket (a
Unix-domain socket or named pipe: never the network). A second start finds the lock taken,
asks the first to bring its window forward, and quits instead of fighting over the file.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads when the socket opens, after the window is up
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILENAME = ".recovery-tracker.lock"
_MESSAGE = b"show\n"
_TIMEOUT_MS = 2000


def server_name(data_dir: Path) -> str:
    import hashlib  # here: OpenSSL's loading (2 ms) need not delay the window's first paint

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:20]
    return f"recovery-tracker-{digest}"


class SingleInstance(QObject):
    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_FILENAME))
        # Never stale by age (the app may run for days); a crashed owner is still detected,
        # because QLockFile checks whether the owning process is alive.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """Take the diary folder's lock; with ``listen``, open the socket at once too (the
        window opens it a moment after it shows: a second start keeps asking for seconds)."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # QLockFile creates the file 0666 minus the umask (0644 usually); like every file in
        # the diary folder it is the user's alone (it names the user's machine and process).
        previous = os.umask(0o077)
        try:
            locked = self._lock.tryLock(100)
        finally:
            os.umask(previous)
        if not locked:
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crash; we hold the lock now
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            self.show_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


@contextmanager
def exclusive_use(data_dir: Path) -> Iterator[bool]:
    """For a command that replaces or moves the diary file: holds the folder's lock, as the
    window does, and yields False (holding nothing) when a window has the diary open. While
    held, no window can start on this diary."""
    guard = SingleInstance(data_dir)
    if not guard.acquire(listen=False):
        yield False
        return
    try:
        yield True
    finally:
        guard.release()


def ask_running_instance_to_show(data_dir: Path, patience_s: float = 5.0) -> bool:
    """True when the instance holding the diary was reached and asked to come forward.

    Retries for a few seconds: the other instance may still be starting up.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(_TIMEOUT_MS):
            socket.write(_MESSAGE)
            done = socket.waitForBytesWritten(_TIMEOUT_MS)
            socket.disconnectFromServer()
            return done
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)
