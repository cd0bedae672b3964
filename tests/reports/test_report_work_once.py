"""The report's work is done once and overlapped: its text is laid out once, not again from
a moved heading on, and its first page is written while the later pages' charts are drawn."""

import re
import threading
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QSizeF
from PySide6.QtGui import QPyTextObject, QTextCharFormat, QTextDocument, QTextFormat

from recovery_tracker.exchange import qt_unlocked, report_pdf
from recovery_tracker.reports.content import ReportRequest, build_report_html, report_charts
from tests.reports.test_report import TODAY, qapp_module, snapshot  # noqa: F401

PAGE = QSizeF(500, 400)
COUNTED = QTextFormat.ObjectTypes.UserObject + 9
SHORTER, LONGER = 120, 300  # rows of the two tables
BREAK = ' style="page-break-before: always"'


class CountedObjects(QPyTextObject):
    """An object in the text that counts how often the layout sizes it: once each time
    Qt lays out the line it is in."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.sized: dict[int, int] = {}

    def intrinsicSize(self, document, position, format) -> QSizeF:
        self.sized[position] = self.sized.get(position, 0) + 1
        return QSizeF(20, 12)

    def drawObject(self, painter, rect, document, position, format) -> None:
        pass


def _document(filler_lines: int, moved: bool = False) -> tuple[QTextDocument, CountedObjects]:
    """Lines of filler, a heading, a table, another heading and a long table (as the
    report's details: all injections, then all medicines); each cell of the tables with
    an object that counts how often the layout sizes it."""
    document = QTextDocument()
    document.setPageSize(QSizeF(0, 0))  # as build_document: laid out once it has its page
    document.setHtml(_html(filler_lines, moved))
    found = document.find("#")
    while not found.isNull():  # each # becomes a counted object
        counted = QTextCharFormat()
        counted.setObjectType(COUNTED)
        found.insertText("\ufffc", counted)
        found = document.find("#", found)
    qt_unlocked.create_layout(document)
    handler = CountedObjects(document)
    qt_unlocked.register_handler(document, COUNTED, handler)
    return document, handler


def _html(filler_lines: int, moved: bool = False) -> str:
    """``moved``: the heading starts a page in the HTML already."""
    filler = "".join(f"<p>Line {n}</p>" for n in range(filler_lines))

    def table(rows: int) -> str:
        cells = "".join(f"<tr><td>Row {n}</td><td>#</td></tr>" for n in range(rows))
        return f"<table border='1' cellspacing='0'>{cells}</table>"

    return (
        f"<html><body>{filler}<h2{BREAK if moved else ''}>Heading</h2>{table(SHORTER)}"
        f"<h2>Later</h2>{table(LONGER)}</body></html>"
    )


def _heading_top(filler_lines: int) -> float:
    document = QTextDocument()
    document.setHtml(_html(filler_lines))
    document.setPageSize(PAGE)
    return document.documentLayout().blockBoundingRect(document.find("Heading").block()).top()


def _sized_in_the_long_table(
    filler_lines: int, moved: bool = False
) -> tuple[QTextDocument, list[int]]:
    document, counted = _document(filler_lines, moved)
    report_pdf.lay_out(document, PAGE)
    return document, [counted.sized[p] for p in sorted(counted.sized)[-LONGER:]]


def test_a_moved_heading_does_not_lay_the_text_below_out_again(qapp_module):  # noqa: F811
    at_the_foot = next(
        n for n in range(1, 100) if _heading_top(n) > PAGE.height() - report_pdf.HEADING_ROOM_PT
    )
    # The same pages, the heading on page 2 in the HTML already: nothing to move.
    _, sized_once = _sized_in_the_long_table(at_the_foot, moved=True)
    document, sized = _sized_in_the_long_table(at_the_foot)

    heading = document.find("Heading").block()
    top = document.documentLayout().blockBoundingRect(heading).top()
    assert top // PAGE.height() == 1  # moved to page 2, with its table
    assert len(sized) == LONGER and document.pageCount() > 10
    # The long table far below was laid out once the heading had moved, not also before.
    assert sized == sized_once


def test_page_one_is_written_while_the_detail_charts_are_drawn(tmp_path, qapp_module, monkeypatch):  # noqa: F811
    page_one_written = threading.Event()
    drawn_after_page_one: dict[str, bool] = {}
    draw_chart, new_page = report_pdf.chart_svg, qt_unlocked.new_page

    def chart_svg(kind, *args):
        if kind != "timeline":  # a detail page's chart: slow, as at 30 years
            drawn_after_page_one[kind] = page_one_written.wait(timeout=5)
        return draw_chart(kind, *args)

    def next_page(device) -> None:
        page_one_written.set()  # page 1 is written: the writer starts page 2
        new_page(device)

    monkeypatch.setattr(report_pdf, "chart_svg", chart_svg)
    monkeypatch.setattr(qt_unlocked, "new_page", next_page)
    path = tmp_path / "report.pdf"
    request = ReportRequest(TODAY.replace(month=10, day=1), TODAY)
    report_pdf.write_report_pdf(snapshot(), request, path, today=TODAY)

    assert drawn_after_page_one == {"sessions": True, "baseline": True}
    assert len(PdfReader(path).pages) > 1


def test_the_report_is_not_laid_out_before_it_has_its_page_size(qapp_module, monkeypatch):  # noqa: F811
    """Made without a page size, a document's layout lays it out at once, at no width limit,
    for nothing: the page size lays it out again."""
    laid_out_early = []
    create_layout = qt_unlocked.create_layout

    def watched(document) -> None:
        create_layout(document)
        laid_out_early.append(document.begin().layout().lineCount() > 0)

    monkeypatch.setattr(qt_unlocked, "create_layout", watched)
    request = ReportRequest(TODAY.replace(month=10, day=1), TODAY)
    document = report_pdf.build_document(snapshot(), request, TODAY, QSizeF(500, 750))

    assert laid_out_early and not any(laid_out_early)
    assert document.pageCount() > 1 and document.begin().layout().lineCount() > 0


@pytest.mark.parametrize(
    "charts", [("timeline", "sessions", "baseline"), ("sessions", "baseline"), ("timeline",)]
)
def test_the_charts_drawn_ahead_are_those_the_report_places(charts):
    first, today = TODAY.replace(month=10, day=1), TODAY
    for request in (
        ReportRequest(first, today, charts=charts),
        ReportRequest(date(2020, 1, 1), date(2020, 2, 1), charts=charts),  # no check-in
    ):
        html = build_report_html(snapshot(), request, today)
        placed = [
            (kind, int(height))
            for kind, height in re.findall(r'src="chart://(\w+)" width="\d+" height="(\d+)"', html)
        ]
        assert report_charts(snapshot(), request) == placed
        assert len(placed) == (len(charts) if request.first == first else 0)
