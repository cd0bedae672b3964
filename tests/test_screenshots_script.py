"""scripts/screenshots.py, the reviewers' pictures of every view, runs to its end."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_screenshots_script_writes_every_view_and_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    names = sorted(path.name for path in (tmp_path / "shots").glob("*.png"))
    assert names == [
        "1-progress.png",
        "2-history.png",
        "3-medicines.png",
        "4-treatments.png",
        "5-appointments.png",
        "6-medicine-warning.png",
    ]
