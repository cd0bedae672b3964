"""A private session bus with a small freedesktop notification server, for tests.

The server records every Notify call and can "click" a notification, the way a desktop's
notification popup reports a click (the ActionInvoked signal)."""

from __future__ import annotations

import subprocess
import threading
from dataclasses import dataclass, field

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    message_bus,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import Proxy, open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def start_private_bus() -> tuple[subprocess.Popen[str], str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    return daemon, address


@dataclass
class Shown:
    id: int
    app_name: str
    summary: str
    body: str
    actions: list[str] = field(default_factory=list)
    sender: str = ""


class FakeNotificationServer:
    def __init__(self) -> None:
        self.shown: list[Shown] = []
        self._conn = open_dbus_connection(bus="SESSION")
        Proxy(message_bus, self._conn).RequestName(SERVICE)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            header = message.header
            if header.message_type != MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "Notify":
                app_name, _replaces, _icon, summary, body, actions, _hints, _timeout = message.body
                sender = header.fields.get(HeaderFields.sender, "")
                shown = Shown(len(self.shown) + 1, app_name, summary, body, list(actions), sender)
                self.shown.append(shown)
                self._conn.send(new_method_return(message, "u", (shown.id,)))
            elif member == "GetCapabilities":
                self._conn.send(new_method_return(message, "as", (["body", "actions"],)))

    def click(self, notification_id: int) -> None:
        """As real servers (dunst, GNOME Shell) do: the signal goes only to the connection that
        asked for the notification."""
        address = DBusAddress(PATH, interface=SERVICE)
        signal = new_signal(address, "ActionInvoked", "us", (notification_id, "default"))
        signal.header.fields[HeaderFields.destination] = self.shown[notification_id - 1].sender
        self._conn.send(signal)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._conn.close()
