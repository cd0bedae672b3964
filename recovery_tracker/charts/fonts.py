"""Fonts for every script a patient may write: matplotlib falls back, glyph by glyph, from
DejaVu Sans to the Noto fonts and Symbola (black-and-white emoji) that scripts/setup.sh
installs, instead of drawing empty boxes.

Families not installed are left out (matplotlib would warn on each draw). Matplotlib keeps a
cache of the fonts it has seen; fonts installed after it was made are added here from their
files, so the first run after installing them needs no cache rebuild.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import matplotlib
from matplotlib import font_manager, rcParams

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
    rcParams["font.family"] = families
    return families


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
