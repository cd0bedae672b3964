"""Fonts for every script a patient may write: matplotlib falls back, glyph by glyph, from
DejaVu Sans to the Noto fonts and Symbola (black-and-white emoji) that scripts/setup.sh
installs, instead of drawing empty boxes.

Families not installed are left out (matplotlib would warn on each draw). Matplotlib keeps a
cache of the fonts it has seen; fonts installed after it was made are added here from their
files, so the first run after installing them needs no cache rebuild.
"""

from __future__ import annotations

import os

from matplotlib import font_manager, rcParams

# In the order tried; each named with a file it comes in on Debian and Ubuntu.
FALLBACK_FONTS = (
    ("DejaVu Sans", "DejaVuSans.ttf"),
    ("Noto Sans", "NotoSans-Regular.ttf"),  # Latin, Greek, Cyrillic beyond DejaVu
    ("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf"),
    ("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf"),
    ("Noto Sans Arabic", "NotoSansArabic-Regular.ttf"),
    ("Noto Sans CJK JP", "NotoSansCJK-Regular.ttc"),  # Chinese, Japanese, Korean
    ("Symbola", "Symbola_hint.ttf"),  # emoji matplotlib can draw (it cannot draw colour)
)


def use_fallback_fonts() -> list[str]:
    """Set matplotlib's font list to the installed fallback fonts; returns their names."""
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    missing = {file: name for name, file in FALLBACK_FONTS if name not in known}
    if missing:
        for path in font_manager.findSystemFonts():
            name = missing.get(os.path.basename(path))
            if name is not None:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError):  # an unreadable font file: do without it
                    continue
                known.add(name)
    families = [name for name, _ in FALLBACK_FONTS if name in known] or ["DejaVu Sans"]
    rcParams["font.family"] = families
    return families
