import os
import subprocess
import sys
import time
from pathlib import Path

from recovery_tracker.ui.single_instance import (
    LOCK_FILENAME,
    SingleInstance,
    ask_running_instance_to_show,
)


def test_a_second_holder_is_refused_and_can_ask_the_first_to_show(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.show_requested, timeout=5000):
        assert ask_running_instance_to_show(tmp_path)
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # free again once released
    third.release()


def test_nobody_listening_means_nobody_to_ask(tmp_path):
    assert not ask_running_instance_to_show(tmp_path / "other", patience_s=0)


def test_second_start_of_the_real_app_brings_the_first_forward(tmp_path):
    # faulthandler: if the first instance dies, its last Python frames are in the failure.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "PYTHONFAULTHANDLER": "1",
    }
    command = [sys.executable, "-m", "recovery_tracker", "--data-dir", str(tmp_path)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "diary.sqlite3").exists() or not (tmp_path / LOCK_FILENAME).exists():
            assert time.monotonic() < deadline, "the first instance did not start"
            assert first.poll() is None, first.stderr.read().decode()
            time.sleep(0.1)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open with this diary" in second.stdout
        # the first one is still running, untouched
        assert first.poll() is None, first.stderr.read().decode()[-6000:]
    finally:
        first.kill()
        first.wait(10)


def test_a_crashed_instance_does_not_lock_the_diary_forever(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from recovery_tracker.ui.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\n"
            f"guard = SingleInstance({str(tmp_path)!r})\n"
            "assert guard.acquire()\n"
            "os._exit(9)  # dies holding the lock\n",
        ],
        env=env,
        timeout=60,
    )
    assert crashed.returncode == 9 and (Path(tmp_path) / LOCK_FILENAME).exists()
    after = SingleInstance(tmp_path)
    assert after.acquire()
    after.release()


def test_the_lock_file_is_readable_only_by_its_owner(tmp_path):
    import stat

    guard = SingleInstance(tmp_path)
    assert guard.acquire(listen=False)
    try:
        assert stat.S_IMODE((tmp_path / LOCK_FILENAME).stat().st_mode) == 0o600
    finally:
        guard.release()
