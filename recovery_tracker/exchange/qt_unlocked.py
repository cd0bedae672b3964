"""The report's few long Qt calls, made without holding Python's GIL.

PySide6 keeps the GIL during a call into Qt. The report is made on the background thread,
but laying out a 30-year report's tables (one call, 100-200 ms) or painting one of its pages
(20-30 ms) then keeps the window's thread from running any Python: every key, paint and
timer handled in Python waits that long. ctypes releases the GIL around a foreign call, so
these calls go straight to Qt's C++ functions (by their exported names, stable across Qt 6
releases on Linux). Python code that Qt calls back meanwhile (the chart objects drawn on a
page) takes the GIL as usual.

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
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter, QPdfWriter, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtSvg import QSvgRenderer

_ADDRESS = ctypes.c_void_p
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
