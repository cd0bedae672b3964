"""Screenshots of the main views on Maria's sample diary, for the README and reviews.

    .venv/bin/python scripts/screenshots.py OUT_DIR [--dark] [--text-scale 2] [--size 1024x700]

Runs offscreen (no display needed); the clock is fixed so pictures are repeatable.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
NOW = datetime(2026, 11, 24, 18, 5)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--text-scale", type=float, default=1.0, help="e.g. 2 for 200 %% text")
    parser.add_argument("--size", default="1180x760", help="window size, e.g. 1024x700")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    from PySide6.QtCore import QTimer

    from recovery_tracker.ui.app import application, create_demo_diary, open_window

    app = application()
    if args.text_scale != 1.0:  # what a patient's "large text" setting does to every font
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.text_scale)
        app.setFont(font)
    if args.dark:
        from recovery_tracker.ui.theme import apply_dark_palette

        apply_dark_palette(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        create_demo_diary(Path(folder), clock=lambda: NOW)
        window = open_window(Path(folder), clock=lambda: NOW)
        window.resize(width, height)
        window.show()

        def chart_drawn() -> None:
            """The chart is made on a background thread: wait for it, or the picture of
            Progress says "Loading chart…"."""
            deadline = time.monotonic() + 60
            while (
                window.chart.is_busy() or window.chart.figure is None
            ) and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)

        def shoot() -> None:
            chart_drawn()
            for index, name in enumerate(
                ("progress", "history", "medicines", "treatments", "appointments")
            ):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                window.grab().save(str(args.out / f"{index + 1}-{name}.png"))
            window.medicines.add_medicine()
            from recovery_tracker.ui.medicines import MedicationDialog

            dialog = window.medicines.findChild(MedicationDialog)
            dialog.name.setCurrentText("Advil")
            dialog.dose.setText("400 mg")
            app.processEvents()
            dialog.grab().save(str(args.out / "6-medicine-warning.png"))
            dialog.reject()
            window.today.form.reset(NOW)
            window.close()
            app.quit()

        QTimer.singleShot(1500, shoot)
        app.exec()
        window.diary.close()  # the LiveDiary: views hold no storage Diary
    print(f"Screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
