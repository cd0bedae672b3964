"""Desktop notifications through the freedesktop Notifications service on the session D-Bus.

Used where there is no system tray to show a message (GNOME, for one): the notification server
of the desktop shows the reminder even while our window is hidden, and tells us when the patient
clicks it, so that the form it is about can open.

Why jeepney and not QtDBus: PySide6's QtDBus cannot send an unsigned 32-bit integer, and
``Notify``'s ``replaces_id`` is one, so every server refuses the call. jeepney is a small
pure-Python D-Bus library; its socket is watched by a QSocketNotifier, so nothing blocks and no
thread is needed.
"""

from __future__ import annotations

import contextlib
from collections import deque
from typing import Any

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import Proxy, open_dbus_connection
from jeepney.low_level import HeaderFields
from PySide6.QtCore import QObject, QSocketNotifier, Signal

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
DEFAULT_ACTION = "default"  # what servers send when the notification itself is clicked
REPLY_TIMEOUT_S = 2.0
KEEP_IDS = 100  # notifications whose click we still answer


class DesktopNotifications(QObject):
    """Sends notifications and reports clicks on them as ``clicked(key)``."""

    clicked = Signal(str)

    def __init__(self, connection: Any, app_name: str, icon: str = "") -> None:
        super().__init__()
        # One connection for the calls and the server's signals: servers may send ActionInvoked
        # only to the connection that created the notification.
        self._connection = connection
        self._app_name = app_name
        self._icon = icon
        self._keys: dict[int, str] = {}
        self._signals: deque[Any] = deque(maxlen=KEEP_IDS)
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=INTERFACE, member=member, path=PATH)
            connection.filter(rule, queue=self._signals)
        self._watch = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._read_signals)

    @classmethod
    def connect_to_session(cls, app_name: str, icon: str = "") -> DesktopNotifications | None:
        """The session bus's notification service, or None when there is none to reach."""
        try:
            connection = open_dbus_connection(bus="SESSION")
            bus = Proxy(message_bus, connection, timeout=REPLY_TIMEOUT_S)
            (has_owner,) = bus.NameHasOwner(SERVICE)
            if not has_owner:
                connection.close()
                return None
            for member in ("ActionInvoked", "NotificationClosed"):
                # For servers that broadcast their signals instead of sending them to us.
                rule = MatchRule(type="signal", interface=INTERFACE, member=member, path=PATH)
                bus.AddMatch(rule)
        except Exception:
            # No session bus (a console login, a sandbox) or a bus that does not answer: the
            # reminders then show in the tray or the window instead. jeepney raises its own
            # DBusErrorResponse too, hence the broad catch: this is an optional convenience.
            return None
        return cls(connection, app_name, icon)

    def notify(self, title: str, message: str, key: str) -> bool:
        """Show one notification; ``key`` comes back through ``clicked``. False if refused."""
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        call = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                0,  # replaces_id: a new notification
                self._icon,
                title,
                message,
                [DEFAULT_ACTION, title],
                {},
                -1,  # the server's own timeout
            ),
        )
        try:
            reply = self._connection.send_and_get_reply(call, timeout=REPLY_TIMEOUT_S)
        except Exception:
            return False
        finally:
            self._handle_signals()  # any that arrived while we waited for the reply
        body = reply.body
        if not body or not isinstance(body[0], int):
            return False  # an error reply: the server refused
        self._keys[body[0]] = key
        while len(self._keys) > KEEP_IDS:
            del self._keys[next(iter(self._keys))]
        return True

    def close(self) -> None:
        self._watch.setEnabled(False)
        with contextlib.suppress(OSError):
            self._connection.close()

    def _read_signals(self) -> None:
        while True:
            try:
                self._connection.recv_messages(timeout=0)  # files signals into the queue
            except TimeoutError:
                break
            except (OSError, EOFError, ValueError):
                self._watch.setEnabled(False)  # the bus went away (logout): stop listening
                break
        self._handle_signals()

    def _handle_signals(self) -> None:
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, action = message.body
                key = self._keys.get(notification_id)
                if key is not None and action == DEFAULT_ACTION:
                    self.clicked.emit(key)
            elif member == "NotificationClosed":
                self._keys.pop(message.body[0], None)
