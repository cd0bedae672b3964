"""Render the appointment report: to PDF (A4 or US Letter) or to a printer.

Uses Qt's text layout (QTextDocument) so the same document goes to a PDF file and to the
system print dialog. Needs a QGuiApplication; headless callers use the offscreen platform.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.text import translate
from recovery_tracker.reports.content import STYLE, ReportRequest, build_report_html
from recovery_tracker.storage.files import write_private_file

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
CHART_DPI = 200
IMAGE_WIDTH_PT = 500  # fits the printable width of both A4 and US Letter


def build_document(snapshot: DiarySnapshot, request: ReportRequest, today: date) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    options = ChartOptions(start=request.first, end=request.last)
    for kind in request.charts:
        figure = build_figure(kind, snapshot, options, size=(9.0, 4.6))
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=CHART_DPI)
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"chart://{kind}"),
            QImage.fromData(buffer.getvalue()),
        )
    document.setHtml(build_report_html(snapshot, request, today, image_width=IMAGE_WIDTH_PT))
    return document


def paint_onto(document: QTextDocument, device: QPagedPaintDevice, paper: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 14, 16, 14),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)
    # QTextDocument lays out in points and print_() scales that to the device's resolution.
    rect = layout.paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(device)


def write_report_pdf(
    snapshot: DiarySnapshot, request: ReportRequest, path: Path, *, today: date, paper: str = "a4"
) -> Path:
    if paper not in PAPERS:
        raise ValueError(
            translate("Report", "Paper must be one of {papers}, not “{paper}”.").format(
                papers=", ".join(PAPERS), paper=paper
            )
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(translate("Report", "Recovery report"))
    writer.setCreator("Recovery Tracker")
    document = build_document(snapshot, request, today)
    paint_onto(document, writer, paper)
    del writer  # finishes the PDF
    buffer.close()
    write_private_file(Path(path), bytes(data.data()))
    return Path(path)
