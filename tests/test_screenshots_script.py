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
    # the Progress picture shows the chart, not "Loading chart…" (pain is drawn in #D55E00)
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(tmp_path / "shots" / "1-progress.png"))
    pain = QColor("#D55E00").rgb()
    assert any(
        image.pixel(x, y) == pain
        for x in range(image.width() // 2, image.width(), 2)
        for y in range(0, image.height(), 2)
    ), "the chart was not drawn yet"
