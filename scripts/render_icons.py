"""Render resources/icons/recovery-tracker.svg to the PNG sizes desktops ask for.

    .venv/bin/python scripts/render_icons.py

Run again after changing the SVG; the PNGs are committed beside it.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs it)
    renderer = QSvgRenderer(str(ICONS / "recovery-tracker.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"recovery-tracker-{size}.png"))
    print(f"Rendered {len(SIZES)} sizes into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
