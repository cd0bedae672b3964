"""The report's few long Qt calls, made without holding Python's GIL.

PySide6 keeps the GIL during a call into Qt. The report is made on the background thread,
but laying out a 30-year report's tables (one call, 100-200 ms) or painting one of its pages
(20-30 ms) then keeps the window's thread from running any Python: every key, paint and
timer handled in Python waits that long. ctypes releases the GIL around a foreign call, so
these calls go straight to Qt's C++ functions (by their exported names, stable across Qt 6
releases on Linux). Python code that Qt calls back meanwhile (the chart objects drawn on a
page) takes the GIL as usual.

Some calls go here for another reason: Qt's locks. Qt guards signal-slot connections with a
few dozen mutexes shared by all objects (picked by the object's address). The window's thread
can hold one while it waits for the GIL (destroying a window, PySide asks Python whether a
virtual is overridden). A background thread that waits for that mutex while holding the GIL
deadlocks with it: a CI run hung in registerHandler. So the report's background thread makes
no call that connects, disconnects or destroys QObjects while holding the GIL: the document's
layout (whose image handler Qt connects) and the chart handler are registered from here, and
the report's QObjects are destroyed on the window's thread (report_pdf.build_document's
``made``). Making a QObject, or emitting on its own thread a signal nobody listens to, takes
no such lock.

Where a function cannot be found (another platform, another Qt build) the ordinary PySide
call is made: the same result, only holding the GIL.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRectF, QSizeF
from PySide6.QtGui import (
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

_ADDRESS = ctypes.c_void_p


class _RectF(ctypes.Structure):
    """A QRectF, as a call returns it."""

    _fields_ = [(name, ctypes.c_double) for name in ("x", "y", "width", "height")]


# Exported C++ names (Itanium ABI) of the calls made here: library, name, result, arguments.
_NAMES = {
    "page_count": ("Gui", "_ZNK13QTextDocument9pageCountEv", ctypes.c_int, 1),
    "set_page_size": ("Gui", "_ZN13QTextDocument11setPageSizeERK6QSizeF", None, 2),
    "draw_contents": ("Gui", "_ZN13QTextDocument12drawContentsEP8QPainterRK6QRectF", None, 3),
    "merge_block_format": (
        "Gui",
        "_ZN11QTextCursor16mergeBlockFormatERK16QTextBlockFormat",
        None,
        2,
    ),
    "new_pdf_page": ("Gui", "_ZN10QPdfWriter7newPageEv", ctypes.c_bool, 1),
    "end_painting": ("Gui", "_ZN8QPainter3endEv", ctypes.c_bool, 1),
    "render_svg": ("Svg", "_ZN12QSvgRenderer6renderEP8QPainterRK6QRectF", None, 3),
    "load_svg": ("Svg", "_ZN12QSvgRenderer4loadERK10QByteArray", ctypes.c_bool, 2),
    "document_layout": ("Gui", "_ZNK13QTextDocument14documentLayoutEv", _ADDRESS, 1),
    # Of Qt's private class QTextDocumentLayout, the one a QTextDocument makes for itself.
    "block_bounding_rect": (
        "Gui",
        "_ZNK19QTextDocumentLayout17blockBoundingRectERK10QTextBlock",
        _RectF,
        2,
    ),
    "register_handler": (
        "Gui",
        "_ZN27QAbstractTextDocumentLayout15registerHandlerEiP7QObject",
        None,
        3,
    ),
}


def _loaded_qt_library(module: str) -> Path | None:
    """The libQt6<module> this process has loaded (PySide's own, or the system's)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                path = line.split()[-1]
                if f"/libQt6{module}.so" in path:
                    return Path(path)
    except OSError:
        pass
    return None


@cache
def _function(name: str) -> Callable[..., Any] | None:
    module, symbol, result, arguments = _NAMES[name]
    library = _loaded_qt_library(module)
    if library is None:
        return None
    try:
        function = getattr(ctypes.CDLL(str(library)), symbol)  # CDLL: the GIL is released
    except (OSError, AttributeError):
        return None
    function.restype = result
    function.argtypes = [_ADDRESS] * arguments
    if name == "register_handler":
        function.argtypes = [_ADDRESS, ctypes.c_int, _ADDRESS]
    return function  # type: ignore[no-any-return]


def _address(thing: object) -> int:
    return int(shiboken6.getCppPointer(thing)[0])  # type: ignore[arg-type]  # value types too


def page_count(document: QTextDocument) -> int:
    """The document's page count; lays the whole document out first."""
    function = _function("page_count")
    if function is None:
        return document.pageCount()
    return int(function(_address(document)))


def set_page_size(document: QTextDocument, size: QSizeF) -> None:
    function = _function("set_page_size")
    if function is None:
        document.setPageSize(size)
    else:
        function(_address(document), _address(size))


def merge_block_format(cursor: QTextCursor, block_format: QTextBlockFormat) -> None:
    """Also lays out the document again from the cursor's block on."""
    function = _function("merge_block_format")
    if function is None:
        cursor.mergeBlockFormat(block_format)
    else:
        function(_address(cursor), _address(block_format))


def draw_contents(document: QTextDocument, painter: QPainter, rect: QRectF) -> None:
    function = _function("draw_contents")
    if function is None:
        document.drawContents(painter, rect)
    else:
        function(_address(document), _address(painter), _address(rect))


def render_svg(renderer: QSvgRenderer, painter: QPainter, rect: QRectF) -> None:
    """Draw an SVG (a chart: thousands of points at 30 years, 15-70 ms) into ``rect``."""
    function = _function("render_svg")
    if function is None:
        renderer.render(painter, rect)
    else:
        function(_address(renderer), _address(painter), _address(rect))


def new_page(device: object) -> None:
    """A new page on a QPdfWriter (compresses the last one); other devices the usual way."""
    function = _function("new_pdf_page")
    if function is None or type(device) is not QPdfWriter:
        device.newPage()  # type: ignore[attr-defined]
    else:
        function(_address(device))


def end_painting(painter: QPainter) -> None:
    """Ends the painter: for a PDF, writes its fonts and closing tables."""
    function = _function("end_painting")
    if function is None:
        painter.end()
    else:
        function(_address(painter))


def load_svg(renderer: QSvgRenderer, data: QByteArray) -> bool:
    """Parse an SVG (a chart at 30 years: 10-60 ms)."""
    function = _function("load_svg")
    if function is None:
        return renderer.load(data)
    return bool(function(_address(renderer), _address(data)))


def lays_out_to_a_block_unlocked() -> bool:
    """block_top lays a document out (as far as the block) without the GIL."""
    return _function("block_bounding_rect") is not None


def block_top(document: QTextDocument, block: QTextBlock) -> float:
    """Where ``block`` starts on the document's pages (points from the first page's top).
    Qt lays the document out up to that block first, if it has not yet."""
    layout = document.documentLayout()  # made already: create_layout
    function = _function("block_bounding_rect")
    if function is None or layout.metaObject().className() != "QTextDocumentLayout":
        return float(layout.blockBoundingRect(block).top())
    return float(function(_address(layout), _address(block)).y)


def create_layout(document: QTextDocument) -> None:
    """Make the document's layout now. Qt connects the layout's image handler to it: with
    the GIL held here, that connection's lock could meet a window thread that holds the
    same lock while it waits for the GIL (see the module notes on locks)."""
    function = _function("document_layout")
    if function is not None:
        function(_address(document))
    # else: made by the first documentLayout() call, holding the GIL as before


def register_handler(document: QTextDocument, object_type: int, handler: QObject) -> None:
    """Draw text objects of ``object_type`` with ``handler``; Qt connects the handler's
    ``destroyed`` to the layout (a signal-slot lock: made without the GIL)."""
    function = _function("register_handler")
    layout = document.documentLayout()
    if function is None:
        layout.registerHandler(object_type, handler)
    else:
        function(_address(layout), object_type, _address(handler))
