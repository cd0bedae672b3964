"""Kill test: a process saves check-ins in a stream and is SIGKILLed at a random moment.

Afterwards every save it reported as done must be in the diary, and PRAGMA integrity_check
must say ok. Run it directly for figures (python -m bench.durability --runs 200); the test
suite runs a smaller batch of the same harness.

What this proves: each save is one atomic transaction, and a save reported as done survives
the death of the process. It does NOT prove survival of a power cut: a killed process leaves
its writes in the operating system's cache, which the OS still writes out, so the harness
passes just the same with ``--synchronous OFF``. That the app asks SQLite to wait for the
disk (synchronous=FULL) on every connection is checked by tests/storage/test_durability.py.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# The writer saves through the app's own repository, exactly as the Save button does, and
# reports each save only after the repository call returned (i.e. after COMMIT).
WRITER = """
import sys
from datetime import date, time
from pathlib import Path
from recovery_tracker.domain.models import CheckIn
from recovery_tracker.storage.diary import Diary

diary = Diary.open(Path(sys.argv[1]))
start = int(sys.argv[2])
if sys.argv[3] != "FULL":  # only to show what the harness can and cannot tell apart
    diary.database.query(f"PRAGMA synchronous = {sys.argv[3]}")
for i in range(start, start + 100000):
    print(f"begin {i}", flush=True)
    moment = time(i // 60 % 24, i % 60)
    diary.checkins.add(CheckIn(date(2026, 1, 1), moment, i % 11, notes=f"save {i}"))
    print(f"saved {i}", flush=True)
"""


@dataclass
class KillStats:
    runs: int = 0
    reported: int = 0  # saves the writer said were done
    killed_mid_save: int = 0  # kills that landed between "begin" and "saved"
    lost: int = 0  # reported saves missing afterwards
    integrity_failures: int = 0


def kill_runs(
    data_dir: Path,
    runs: int,
    seed: int = 1,
    max_delay: float = 0.15,
    synchronous: str = "FULL",
) -> KillStats:
    rng = random.Random(seed)
    stats = KillStats()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    next_index = 0
    for _ in range(runs):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), str(next_index), synchronous],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # wait until it is saving
        assert first.startswith("begin"), first
        time.sleep(rng.uniform(0, max_delay))
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()
        writer.wait()
        lines = [first.strip()] + [line for line in rest.splitlines() if line]
        saved = [int(line.split()[1]) for line in lines if line.startswith("saved")]
        stats.runs += 1
        stats.reported += len(saved)
        if lines[-1].startswith("begin"):
            stats.killed_mid_save += 1
        stats.lost += _missing(data_dir, saved)
        stats.integrity_failures += _integrity(data_dir) != "ok"
        next_index = int(lines[-1].split()[1]) + 1
    return stats


def _missing(data_dir: Path, saved: list[int]) -> int:
    with sqlite3.connect(data_dir / "diary.sqlite3") as connection:
        present = {row[0] for row in connection.execute("SELECT notes FROM checkins")}
    return sum(1 for i in saved if f"save {i}" not in present)


def _integrity(data_dir: Path) -> str:
    with sqlite3.connect(data_dir / "diary.sqlite3") as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument(
        "--synchronous",
        choices=("FULL", "NORMAL", "OFF"),
        default="FULL",
        help="the app uses FULL; OFF passes too, see the module's docstring",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        stats = kill_runs(Path(folder), args.runs, synchronous=args.synchronous)
    print(
        f"{stats.runs} kills, {stats.reported} saves reported, {stats.killed_mid_save} kills "
        f"landed mid-save, {stats.lost} reported saves lost, {stats.integrity_failures} "
        f"integrity failures ({time.monotonic() - started:.0f} s)"
    )
    return 0 if stats.lost == 0 and stats.integrity_failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
