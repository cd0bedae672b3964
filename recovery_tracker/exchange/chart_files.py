"""Charts as PNG (200 dpi), SVG or PDF files: the same figures the window shows."""

from __future__ import annotations

import io
from pathlib import Path

from recovery_tracker.charts import CHARTS, build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.files import write_private_file

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
EXPORT_DPI = 200


class ExportError(ValueError):
    """A sentence for the patient: wrong file type, unknown chart."""


def export_chart(
    kind: str, snapshot: DiarySnapshot, path: Path, options: ChartOptions | None = None
) -> Path:
    if kind not in CHARTS:
        raise ExportError(
            translate("Charts", "Unknown chart “{kind}”; choose one of: {kinds}.").format(
                kind=kind, kinds=", ".join(CHARTS)
            )
        )
    file_format = FORMATS.get(Path(path).suffix.lower())
    if file_format is None:
        raise ExportError(
            translate("Charts", "Save the chart as .png, .svg or .pdf, not “{suffix}”.").format(
                suffix=Path(path).suffix or path
            )
        )
    figure = build_figure(kind, snapshot, options, size=(10, 5.6))
    buffer = io.BytesIO()
    figure.savefig(buffer, format=file_format, dpi=EXPORT_DPI)
    write_private_file(Path(path), buffer.getvalue())
    return Path(path)
