"""Fonts for every script a patient may write: matplotlib falls back, glyph by glyph, from
DejaVu Sans to the Noto fonts and Symbola (black-and-white emoji) that scripts/setup.sh
installs, instead of drawing empty boxes.

Families not installed are left out (matplotlib would warn on each draw). Matplotlib keeps a
cache of the fonts it has seen; fonts installed after it was made are added here from their
files, so the first run after installing them needs no cache rebuild.

Only a figure with a text DejaVu Sans cannot write gets the fallback fonts (when it is drawn:
``fall_back_where_needed``): for each family in the list, matplotlib scores every installed
font again for every text size, about 40 ms of the first chart for glyphs a chart in a Latin
script never uses.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import matplotlib
from matplotlib import font_manager, rcParams
from matplotlib.figure import Figure
from matplotlib.text import Text

# In the order tried; each named with a file it comes in on Debian and Ubuntu. DejaVu Sans
# already has Latin, Greek, Cyrillic, Hebrew and Arabic; every further font costs the first
# chart a few milliseconds to open, so only what DejaVu lacks.
FALLBACK_FONTS = (
    ("DejaVu Sans", "DejaVuSans.ttf"),
    ("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf"),  # fonts-noto-core
    ("Noto Sans CJK JP", "NotoSansCJK-Regular.ttc"),  # Chinese, Japanese, Korean
    ("Symbola", "Symbola_hint.ttf"),  # emoji matplotlib can draw (it cannot draw colour)
)


def use_fallback_fonts() -> list[str]:
    """Set matplotlib's font list to the installed fallback fonts; returns their names."""
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    missing = {file: name for name, file in FALLBACK_FONTS if name not in known}
    if missing and _fonts_may_have_changed(sorted(missing.values())):
        added = False
        for path in font_manager.findSystemFonts():
            name = missing.get(os.path.basename(path))
            if name is not None:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError):  # an unreadable font file: do without it
                    continue
                known.add(name)
                added = True
        if added:  # keep them in matplotlib's cache, so the next start needs no search
            font_manager.json_dump(font_manager.fontManager, _cache_file())
    families = [name for name, _ in FALLBACK_FONTS if name in known] or ["DejaVu Sans"]
    global _fallbacks
    _fallbacks = families
    rcParams["font.family"] = families[:1]  # the others where a text needs them
    return families


LATIN_END = 0x024F
_fallbacks: list[str] = ["DejaVu Sans"]  # every installed family, in the order tried
_written_by_first: frozenset[int] | None = None  # the characters the first family has


def fall_back_where_needed(figure: Figure) -> bool:
    """Give every text of ``figure`` the fallback fonts if one of them (tick labels too) has
    a character the first font lacks; returns whether it did. Call it before drawing."""
    if len(_fallbacks) < 2:
        return False
    for axes in figure.axes:  # the tick labels this draw will show, formatted now
        axes.xaxis.get_majorticklabels()
        axes.yaxis.get_majorticklabels()
    texts = [text for text in figure.findobj(Text) if text.get_text()]
    # Latin (up to U+024F) is all in DejaVu Sans: its character map is only read for more.
    beyond_latin = {ord(c) for text in texts for c in text.get_text() if ord(c) > LATIN_END}
    if not beyond_latin or beyond_latin <= _first_font_characters():
        return False
    for text in texts:
        text.set_fontfamily(_fallbacks)
    for axes in figure.axes:  # and the ticks made while drawing
        axes.tick_params(which="both", labelfontfamily=_fallbacks)
    return True


def find_fonts(sizes: Iterable[float]) -> None:
    """Find the font of texts of these sizes: the first time matplotlib is asked for a size
    it weighs every installed font (about 2 ms each here, 400 fonts); then it remembers."""
    for size in sizes:
        font_manager.findfont(font_manager.FontProperties(size=size))


def _first_font_characters() -> frozenset[int]:
    global _written_by_first
    if _written_by_first is None:
        font = font_manager.get_font(font_manager.findfont(_fallbacks[0]))
        _written_by_first = frozenset(font.get_charmap())
    return _written_by_first


def _cache_file() -> Path:
    version = font_manager.FontManager.__version__
    return Path(matplotlib.get_cachedir(), f"fontlist-v{version}.json")


def _fonts_may_have_changed(missing: list[str]) -> bool:
    """False when the last search found none of these fonts and nothing was installed since:
    searching the font folders costs every start about 70 ms."""
    # Installing a font package runs fc-cache, which updates this folder.
    folder = Path("/var/cache/fontconfig")
    stamp = folder.stat().st_mtime if folder.is_dir() else None
    marker = Path(matplotlib.get_cachedir(), "recovery-tracker-fonts.json")
    seen = {"stamp": stamp, "missing": missing}
    try:
        if stamp is not None and json.loads(marker.read_text()) == seen:
            return False
    except (OSError, ValueError):
        pass
    with contextlib.suppress(OSError):  # a read-only cache folder: search every time
        marker.write_text(json.dumps(seen))
    return True
