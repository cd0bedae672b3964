"""Matplotlib finds the fallback fonts, also those installed after it made its font cache."""

import matplotlib
import pytest
from matplotlib import font_manager

from recovery_tracker.charts.fonts import use_fallback_fonts


def test_every_script_has_a_font_and_a_font_installed_later_is_found(monkeypatch, tmp_path):
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    monkeypatch.setitem(matplotlib.rcParams, "font.family", matplotlib.rcParams["font.family"])
    # matplotlib's cache made before Symbola was installed
    stale = [entry for entry in font_manager.fontManager.ttflist if entry.name != "Symbola"]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    families = use_fallback_fonts()
    assert families == ["DejaVu Sans", "Noto Sans Devanagari", "Noto Sans CJK JP", "Symbola"]
    assert matplotlib.rcParams["font.family"] == families
    assert list(tmp_path.glob("fontlist-v*.json"))  # kept for the next start

    # The next start finds them in the cache; one without a font to find does not search
    # the font folders again (about 70 ms) until a font package is installed.
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda: pytest.fail("searched"))
    assert use_fallback_fonts() == families
    gone = [entry for entry in stale if entry.name != "Symbola"]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", gone)
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda: [])
    assert "Symbola" not in use_fallback_fonts()
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda: pytest.fail("searched"))
    assert "Symbola" not in use_fallback_fonts()
