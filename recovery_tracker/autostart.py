"""Start Recovery Tracker in the background when the patient logs in (opt-in).

- Linux and other freedesktop systems: an XDG autostart entry,
  ``$XDG_CONFIG_HOME/autostart/recovery-tracker.desktop`` (``~/.config`` by default).
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.recoverytracker.app.plist``
  (RunAtLoad), which launchd starts at login.
- Windows: a value in the user's registry key ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run``, the place Windows reads its per-user login programs from.

The command started is this Python running ``-m recovery_tracker --background`` (and the
diary folder, when it is not the default), so the entry keeps working however the app was
installed, as long as it stays where it is."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from recovery_tracker import APP_NAME

DESKTOP_FILE = "recovery-tracker.desktop"
LAUNCH_AGENT = "org.recoverytracker.app"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def background_command(data_dir: Path | None = None) -> list[str]:
    command = [sys.executable, "-m", "recovery_tracker", "--background"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def desktop_entry(command: list[str]) -> str:
    """An XDG autostart entry (Desktop Entry Specification 1.5)."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your recovery diary\n"
        f"Exec={_desktop_exec(command)}\n"
        "Icon=recovery-tracker\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _desktop_exec(command: list[str]) -> str:
    """Quoted as the spec asks: arguments with reserved characters in double quotes, with
    backslash before ", `, $ and \\; a literal % doubled."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if any(c in reserved for c in argument):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
            argument = f'"{escaped}"'
        parts.append(argument)
    return " ".join(parts)


class Autostart:
    """Whether the app starts at login, for the platform it runs on."""

    def __init__(self, platform: str = sys.platform, home: Path | None = None) -> None:
        self.platform = platform
        self.home = home or Path.home()

    def entry_path(self) -> Path | None:
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"
        if self.platform.startswith("win"):
            return None  # the registry, not a file
        config = os.environ.get("XDG_CONFIG_HOME") or str(self.home / ".config")
        return Path(config) / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        path = self.entry_path()
        if path is None:
            return _windows_run_value() is not None
        return path.is_file()

    def enable(self, command: list[str]) -> None:
        path = self.entry_path()
        if path is None:
            _set_windows_run_value(command)
            return
        if self.platform == "darwin":
            import plistlib  # macOS only, and its XML parser need not load before the window

            content = plistlib.dumps(
                {"Label": LAUNCH_AGENT, "ProgramArguments": command, "RunAtLoad": True}
            )
        else:
            content = desktop_entry(command).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(content)
        temporary.replace(path)

    def disable(self) -> None:
        path = self.entry_path()
        if path is None:
            _set_windows_run_value(None)
        elif path.exists():
            path.unlink()


def _windows_run_value() -> str | None:
    if sys.platform != "win32":  # the Run key is Windows's (mypy checks winreg there only)
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, APP_NAME)
    except OSError:
        return None
    return str(value)


def _set_windows_run_value(command: list[str] | None) -> None:
    if sys.platform != "win32":
        raise OSError("The Windows registry exists only on Windows.")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
        if command is None:
            with contextlib.suppress(OSError):
                winreg.DeleteValue(key, APP_NAME)
        else:
            # Windows parses the command line itself: each argument in double quotes.
            line = " ".join(f'"{part}"' for part in command)
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, line)
