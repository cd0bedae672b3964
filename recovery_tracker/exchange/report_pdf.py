"""Render the appointment report: to PDF (A4 or US Letter) or to a printer.

Uses Qt's text layout (QTextDocument) so the same document goes to a PDF file and to the
system print dialog. The charts are drawn into the page as vector graphics (matplotlib's SVG
through QtSvg): sharp at any zoom, and no PNG to encode and decode on the way. Needs a
QGuiApplication; headless callers use the offscreen platform.

Everything here may run on the window's background thread (ui/background.py): Qt's text
layout, QSvgRenderer and painting on a QPdfWriter or QPrinter are usable outside the GUI
thread, and matplotlib draws only Figures of its own there. Each step reports to a
ReportProgress, which also stops the work when the patient cancels. The QObjects made there
are handed back in ``made``, for the caller to destroy on the window's thread, and the calls
that connect objects go through qt_unlocked: see its notes on Qt's locks.
"""

from __future__ import annotations

import contextlib
import io
import os
import queue
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from functools import cache
from pathlib import Path

import matplotlib
from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.domain.text import translate
from recovery_tracker.exchange import qt_unlocked
from recovery_tracker.reports.content import (
    CHART_WIDTH_PT,
    DETAILS_ANCHOR,
    STYLE,
    SUMMARY_LIMITS,
    ReportRequest,
    build_report_html,
    report_charts,
)
from recovery_tracker.reports.progress import ReportCancelled, ReportProgress
from recovery_tracker.storage.files import make_private_target, write_private_file

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 14, 16, 10)
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_KIND = QTextFormat.Property.UserProperty + 1
CHART_HEIGHT = QTextFormat.Property.UserProperty + 2
OBJECT_CHARACTER = "\ufffc"  # an image's or a chart's place in the text
# A heading needs this much room below it on its page (itself, a table's header and first
# row, or two lines of a list), else it goes to the next page with its text.
HEADING_ROOM_PT = 80
CHARTS_NICENESS = 10  # the report's charts thread, below the window (0)
# How far along the report is after its layout, and after its pages (the rest: the file).
LAYOUT_PERCENT = 40
PAGES_PERCENT = 95
FOOTER_PT = 9
FOOTER_ROOM_PT = 2 * FOOTER_PT
TIMERS_STOP_S = 0.2  # the layout's timers wait 0-10 ms
_EVENT_LOOPS: list[QEventLoop] = []


class ChartObjects(QPyTextObject):
    """Draws the charts where the report's text has them, from their SVG."""

    def __init__(
        self,
        charts: ChartsAside,
        placed: list[tuple[int, tuple[str, int]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.charts = charts
        self.placed = placed  # (position in the document, (kind, height)) of each chart

    def intrinsicSize(self, document: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        return QSizeF(CHART_WIDTH_PT, format.property(CHART_HEIGHT))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        format: QTextFormat,
    ) -> None:
        key = (format.property(CHART_KIND), format.property(CHART_HEIGHT))
        renderer = self.charts.renderers.get(key)
        if renderer is not None:
            qt_unlocked.render_svg(renderer, painter, QRectF(rect))

    def by_page(self, document: QTextDocument) -> list[tuple[int, tuple[str, int]]]:
        """Each chart with the page its paragraph starts on (the chart is drawn there or,
        moved down by the layout, on the next)."""
        height = document.pageSize().height()
        return [
            (int(qt_unlocked.block_top(document, document.findBlock(position)) // height), key)
            for position, key in self.placed
        ]


def chart_svg(kind: str, snapshot: DiarySnapshot, options: ChartOptions, height: int) -> bytes:
    size = (CHART_WIDTH_PT / 72, height / 72)  # drawn 1:1, fonts true to size
    figure = build_figure(kind, snapshot, options, size=size)
    buffer = io.BytesIO()
    # Text as text, not outlines: it stays searchable and copyable in the PDF, and Qt picks
    # a font with the glyphs a label needs.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "report"}):
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def _ensure_event_dispatcher() -> None:
    """QTextDocument's layout starts timers once it has a page size; a thread Qt did not
    start (the background thread is Python's) has nothing to register them with until
    something asks for it, and Qt warns. A QEventLoop made here gives the thread its event
    dispatcher for good; the timers never need to fire, the layout is finished on demand."""
    if QAbstractEventDispatcher.instance() is None:
        _EVENT_LOOPS.append(QEventLoop())  # kept: never destroyed on this thread


@cache
def _charts_thread() -> ThreadPoolExecutor:
    """The one thread that draws the report's charts, kept for the next report: matplotlib
    caches its fonts per thread, and a new thread each time would load them again."""
    return ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="report-charts", initializer=_yield_to_the_window
    )


def _yield_to_the_window() -> None:
    """Lower this thread's CPU priority (Linux: a thread has its own nice value): on a busy
    machine the window's thread then gets the processor first. This thread draws only the
    report's charts, so the window's other background work keeps its priority."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux: as it is
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CHARTS_NICENESS)


class ChartsAside:
    """The report's charts (matplotlib's SVG) drawn on a thread of their own while this one
    lays the text out and paints the pages before them: that is Qt's work, without the GIL
    (qt_unlocked), so the two share the machine's cores. One thread, the charts one after
    another, in the order they are asked for (the page's order): matplotlib is not safe
    to use from two threads at once, and the background thread that otherwise draws the
    window's chart is busy with this report meanwhile."""

    def __init__(
        self,
        snapshot: DiarySnapshot,
        options: ChartOptions,
        progress: ReportProgress,
        made: list[object],
    ) -> None:
        self.snapshot, self.options, self.progress, self.made = snapshot, options, progress, made
        self.svgs: dict[tuple[str, int], bytes] = {}
        # Made on this thread, which paints, as each chart is needed (its SVG read without
        # the GIL); also added to ``made``.
        self.renderers: dict[tuple[str, int], QSvgRenderer] = {}
        self._asked: set[tuple[str, int]] = set()
        self._queue: queue.SimpleQueue[tuple[str, int] | None] = queue.SimpleQueue()
        self._drawn = threading.Condition()  # told after each chart, and when all are
        self._error: BaseException | None = None
        self._abandoned = self._closed = self._ended = False
        self._done = _charts_thread().submit(self._draw)

    def draw(self, charts: list[tuple[str, int]]) -> None:
        """Draw those of ``charts`` (kind, height) not drawn yet, after those asked before."""
        for chart in charts:
            if chart not in self._asked:
                self._asked.add(chart)
                self._queue.put(chart)

    def _draw(self) -> None:
        try:
            while (chart := self._queue.get()) is not None:
                if self._error is None:  # else what is left is not needed: the report stops
                    try:
                        if self.progress.cancelled or self._abandoned:
                            raise ReportCancelled
                        kind, height = chart
                        self.svgs[chart] = chart_svg(kind, self.snapshot, self.options, height)
                    except BaseException as error:  # handed to the report's thread
                        self._error = error
                with self._drawn:
                    self._drawn.notify_all()
        finally:
            with self._drawn:
                self._ended = True
                self._drawn.notify_all()

    def no_more(self) -> None:
        """No other chart will be asked for: the thread ends after those asked."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)

    def abandon(self) -> None:
        """Stop after the chart being drawn, and wait for that."""
        self._abandoned = True
        self.no_more()
        self._done.result()

    def drawn(self, charts: list[tuple[str, int]]) -> bool:
        return all(chart in self.svgs for chart in charts)

    def make_renderers(self, charts: list[tuple[str, int]]) -> None:
        """Wait until ``charts`` are drawn (and for no other), then make their renderers."""
        with self._drawn:  # waits without the GIL
            self._drawn.wait_for(
                lambda: self._error is not None or self._ended or self.drawn(charts)
            )
        if self._error is not None:
            raise self._error
        for chart in charts:
            if chart not in self.renderers and chart in self.svgs:
                renderer = QSvgRenderer()
                qt_unlocked.load_svg(renderer, QByteArray(self.svgs[chart]))
                self.renderers[chart] = renderer
                self.made.append(renderer)


def build_document(
    snapshot: DiarySnapshot,
    request: ReportRequest,
    today: date,
    page: QSizeF | None = None,
    progress: ReportProgress | None = None,
    made: list[object] | None = None,
) -> QTextDocument:
    """The report, laid out on pages of ``page`` size (points) when given: then page 1 is
    made to fit one page, with shorter lists and a smaller chart if need be.

    Every QObject made for it (each try at page 1 included) is also added to ``made``: a
    background thread's caller destroys them on the window's thread (qt_unlocked's notes)."""
    _ensure_event_dispatcher()
    made = [] if made is None else made
    progress = progress or ReportProgress()
    progress.step(0, translate("Report", "Laying out the pages…"))
    options = ChartOptions(start=request.first, end=request.last)
    charts = ChartsAside(snapshot, options, progress, made)  # each chart drawn once
    document: QTextDocument | None = None
    try:
        # Started before the text is written: the charts take about as long as the text's
        # layout, and page 1 waits for its chart.
        charts.draw(report_charts(snapshot, request))
        for limits in SUMMARY_LIMITS:
            document = QTextDocument()
            made.append(document)  # a first try too: not destroyed here
            # Laid out once, at the page's size: a document with no page size is laid out
            # the moment its layout is made (at no width limit: for nothing, as the page
            # size lays it out again); with a null one Qt waits for the page size.
            document.setPageSize(QSizeF(0, 0))
            document.setDefaultStyleSheet(STYLE)
            document.setDefaultFont(_font(10))
            document.setHtml(build_report_html(snapshot, request, today, CHART_WIDTH_PT, limits))
            placed = _charts_as_objects(document)
            charts.draw([chart for _, chart in placed])  # the layout needs only their sizes
            qt_unlocked.create_layout(document)
            # A child of the document: it lives as long as the document that draws with it.
            handler = ChartObjects(charts, placed, document)
            qt_unlocked.register_handler(document, CHART_OBJECT, handler)
            if page is None:
                break
            lay_out(document, page)
            progress.step(LAYOUT_PERCENT, translate("Report", "Laying out the pages…"))
            if details_page(document) <= 1:
                break
        progress.step(LAYOUT_PERCENT, translate("Report", "Drawing the charts…"))
    except BaseException:
        charts.abandon()  # no thread left behind; the report's own error is the one told
        raise
    # Painted as they are drawn: each page waits only for its own charts (paint_onto).
    charts.no_more()
    assert document is not None  # SUMMARY_LIMITS has at least one
    return document


def stop_timers(made: list[object]) -> None:
    """Let the timers of the report's QObjects (``made``) fire on this thread, where they
    were started, so that they stop: the layout starts one after each full layout (to tell
    its new size) and one for each lazy layout step, and this thread runs no event loop.
    Qt refuses to stop a timer from another thread (and warns): the window's thread, which
    destroys these objects, would have to. The timers find the layout done and do nothing."""
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:
        return
    timed = [
        each
        for thing in made
        if isinstance(thing, QObject)
        for each in (thing, *thing.findChildren(QObject))
    ]
    deadline = time.monotonic() + TIMERS_STOP_S
    while any(dispatcher.registeredTimers(each) for each in timed):
        if time.monotonic() > deadline:
            return  # left to the window's thread: a warning, nothing worse
        QCoreApplication.processEvents()
        time.sleep(0.001)


def _charts_as_objects(document: QTextDocument) -> list[tuple[int, tuple[str, int]]]:
    """Replace each <img src="chart://kind" height=h> by a chart object of that kind;
    returns where each is, with its kind and height. Qt finds the images (each an object
    character): a walk through every block and fragment in Python, thousands at 30 years,
    waited for the GIL at each step while the charts were drawn."""
    found = []
    cursor = document.find(OBJECT_CHARACTER)
    while not cursor.isNull():
        char_format = cursor.charFormat()  # the found character's
        if char_format.isImageFormat():
            image = char_format.toImageFormat()
            if image.name().startswith("chart://"):
                kind = image.name().removeprefix("chart://")
                found.append((cursor.selectionStart(), kind, round(image.height())))
        cursor = document.find(OBJECT_CHARACTER, cursor)
    for position, kind, height in found:
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        chart.setProperty(CHART_KIND, kind)
        chart.setProperty(CHART_HEIGHT, height)
        cursor.insertText(OBJECT_CHARACTER, chart)
    return [(position, (kind, height)) for position, kind, height in found]


def _font(points: int) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans"])  # as the style sheet; Qt falls back further
    font.setPixelSize(points)  # the page is laid out and painted in points
    return font


def _page_layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def lay_out(document: QTextDocument, page: QSizeF) -> None:
    """Pages of ``page`` size (points); no heading left alone at the foot of a page."""
    qt_unlocked.set_page_size(document, page)
    headings = _headings(document)
    if qt_unlocked.lays_out_to_a_block_unlocked():  # else it would hold the GIL meanwhile
        _move_headings_as_laid_out(document, headings, page)
    # The whole layout now: the page count taken while Qt had laid out only part of a long
    # document cut the report short (its last pages, once a heading in the middle).
    qt_unlocked.page_count(document)
    for _ in range(6):  # each pass moves headings whose section starts on the next page
        if not _keep_headings_with_their_text(document, headings, page.height()):
            return


def _headings(document: QTextDocument) -> list[QTextBlock]:
    """The headings followed by more text, in order. Tables hold none: their cells (most of
    the blocks at 30 years) are skipped, not walked through in Python."""
    found = []
    frames = [document.rootFrame()]
    while frames:
        it = frames.pop().begin()
        inner = []
        while not it.atEnd():
            frame, block = it.currentFrame(), it.currentBlock()
            if frame is not None and not isinstance(frame, QTextTable):
                inner.append(frame)
            elif block.isValid() and block.blockFormat().headingLevel() and block.next().isValid():
                found.append(block)
            it += 1
        frames.extend(reversed(inner))
    return sorted(found, key=QTextBlock.position)


def _move_headings_as_laid_out(
    document: QTextDocument, headings: list[QTextBlock], page: QSizeF
) -> None:
    """Move the headings to the next page where they need it while Qt lays the document
    out, which it does lazily, only as far as asked. A heading moved once the whole
    document was laid out made Qt lay out again what follows it (at 30 years the tables of
    every injection and medicine: 60-70 ms of a 250 ms layout); moved here, only what was
    laid out above it is laid out again. Qt starts over from the top after each move (page size
    taken away, format changed, page size given back): a layout changed while it was only
    partly done left blocks further on never laid out."""
    for heading in headings:
        if _alone_at_the_foot(qt_unlocked.block_top(document, heading), page.height()):
            qt_unlocked.set_page_size(document, QSizeF(0, 0))  # no layout meanwhile
            _page_break_before(heading)
            qt_unlocked.set_page_size(document, page)


def _alone_at_the_foot(top: float, page_height: float) -> bool:
    """A heading this far down has too little room below it on its page."""
    return int(top // page_height) != int((top + HEADING_ROOM_PT) // page_height)


def _page_break_before(block: QTextBlock) -> None:
    page_break = QTextBlockFormat()
    page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    qt_unlocked.merge_block_format(QTextCursor(block), page_break)


def _keep_headings_with_their_text(
    document: QTextDocument, headings: list[QTextBlock], page_height: float
) -> bool:
    moved = False
    for heading in headings:
        if _alone_at_the_foot(qt_unlocked.block_top(document, heading), page_height):
            _page_break_before(heading)
            moved = True
    return moved


def details_page(document: QTextDocument) -> int:
    """The page (0-based) where the detail pages start."""
    block = document.begin()
    while block.isValid():
        if DETAILS_ANCHOR in block.charFormat().anchorNames() or any(
            DETAILS_ANCHOR in f.charFormat().anchorNames() for f in _fragments(block)
        ):
            top = document.documentLayout().blockBoundingRect(block).top()
            return int(top // document.pageSize().height())
        block = block.next()
    return document.pageCount()


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    fragments = block.begin()
    while not fragments.atEnd():
        yield fragments.fragment()
        fragments += 1


def _dots_per_inch(device: QPagedPaintDevice) -> int:
    """A PDF writer's or a printer's resolution."""
    if isinstance(device, QPdfWriter | QPrinter):
        return device.resolution()
    return device.logicalDpiX()


def page_size(device: QPagedPaintDevice) -> QSizeF:
    """The text's part of the device's printable area, in points: all of it but the footer
    (inside the printable area, as a printer draws nothing outside it)."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    return QSizeF(rect.width(), rect.height() - FOOTER_ROOM_PT)


def paint_onto(
    document: QTextDocument, device: QPagedPaintDevice, progress: ReportProgress | None = None
) -> None:
    """Paint every page of the document onto the device, with a footer naming the page.

    A PDF being written can be cancelled between pages (its bytes are thrown away); a print
    run cannot: the printer may already have pages, and Qt cannot take them back
    (QPrinter.abort() does nothing for PDF and CUPS printing), so it goes to its end."""
    _ensure_event_dispatcher()
    progress = progress or ReportProgress()
    if document.pageSize() != page_size(device):
        lay_out(document, page_size(device))
    rect = document.pageSize()
    pages = document.pageCount()
    details = details_page(document)
    printing = isinstance(device, QPrinter)
    handler = document.findChild(ChartObjects)
    painter = QPainter(device)
    try:
        charts = handler.by_page(document) if handler is not None else []
        scale = _dots_per_inch(device) / 72  # the document is in points
        painter.scale(scale, scale)
        width, height = rect.width(), rect.height()
        for page in range(pages):
            percent = LAYOUT_PERCENT + (PAGES_PERCENT - LAYOUT_PERCENT) * page // pages
            if printing:
                text = translate("Report", "Sending page {page} of {pages} to the printer…")
            else:
                text = translate("Report", "Writing page {page} of {pages}…")
            if page:
                qt_unlocked.new_page(device)  # the last page written out meanwhile
            if handler is not None:  # this page's charts, waited for if still being drawn
                needed = [chart for on, chart in charts if on <= page]
                if not handler.charts.drawn(needed):
                    drawing = translate("Report", "Drawing the charts…")
                    progress.step(percent, drawing, not printing)
                handler.charts.make_renderers(needed)
            progress.step(percent, text.format(page=page + 1, pages=pages), not printing)
            painter.save()
            painter.setClipRect(QRectF(0, 0, width, height))
            painter.translate(0, -page * height)
            qt_unlocked.draw_contents(document, painter, QRectF(0, page * height, width, height))
            painter.restore()
            _footer(painter, page, pages, details, width, height)
    finally:
        qt_unlocked.end_painting(painter)
        if handler is not None:
            handler.charts.abandon()  # stopped early (cancelled, failed): no thread left behind


def _footer(
    painter: QPainter, page: int, pages: int, details: int, width: float, height: float
) -> None:
    if page == 0:
        what = translate("Report", "Summary")
    elif page >= details:
        what = translate("Report", "Details")
    else:
        what = ""
    text = translate("Report", "Recovery report · {what} · page {page} of {pages}").format(
        what=what, page=page + 1, pages=pages
    )
    painter.save()
    painter.setFont(_font(FOOTER_PT - 1))
    painter.drawText(
        QRectF(0, height + FOOTER_PT // 2, width, FOOTER_ROOM_PT),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
        text,
    )
    painter.restore()


def write_report_pdf(
    snapshot: DiarySnapshot,
    request: ReportRequest,
    path: Path,
    *,
    today: date,
    paper: str = "a4",
    progress: ReportProgress | None = None,
    made: list[object] | None = None,
) -> Path:
    """Write the report to ``path``: all of it, or (cancelled, failed) nothing at all; the
    PDF is made in memory and the file written in one go (write_private_file). The QObjects
    made for it are added to ``made`` (see build_document)."""
    if paper not in PAPERS:
        raise ValueError(
            translate("Report", "Paper must be one of {papers}, not “{paper}”.").format(
                papers=", ".join(PAPERS), paper=paper
            )
        )
    made = [] if made is None else made
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    made += [buffer, writer]
    writer.setResolution(300)
    writer.setTitle(translate("Report", "Recovery report"))
    writer.setCreator("Recovery Tracker")
    writer.setPageLayout(_page_layout(paper))
    progress = progress or ReportProgress()
    try:
        document = build_document(snapshot, request, today, page_size(writer), progress, made)
        paint_onto(document, writer, progress)  # its end writes the PDF's last bytes
    finally:
        stop_timers(made)
    progress.step(PAGES_PERCENT, translate("Report", "Saving the file…"))  # the last Cancel
    write_private_file(Path(path), bytes(data.data()))
    return Path(path)


def prepare_print_file(path: Path) -> None:
    """Before Qt prints the report to ``path``: the file made private from its first byte, as
    write_report_pdf() writes a saved report (Qt keeps the mode of a file it finds)."""
    make_private_target(path)
