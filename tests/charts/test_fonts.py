"""Matplotlib finds the fallback fonts, also those installed after it made its font cache."""

import matplotlib
import pytest
from matplotlib import font_manager

from recovery_tracker.charts import fonts
from recovery_tracker.charts.fonts import use_fallback_fonts


def test_every_script_has_a_font_and_a_font_installed_later_is_found(monkeypatch, tmp_path):
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    monkeypatch.setitem(matplotlib.rcParams, "font.family", matplotlib.rcParams["font.family"])
    monkeypatch.setattr(fonts, "_fallbacks", fonts._fallbacks)  # as found, for other tests
    # matplotlib's cache made before Symbola was installed
    stale = [entry for entry in font_manager.fontManager.ttflist if entry.name != "Symbola"]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    families = use_fallback_fonts()
    assert families == ["DejaVu Sans", "Noto Sans Devanagari", "Noto Sans CJK JP", "Symbola"]
    assert matplotlib.rcParams["font.family"] == ["DejaVu Sans"]  # the rest where needed
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


def _families_drawn(site: str) -> set[tuple[str, ...]]:
    from datetime import date, time

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from recovery_tracker.charts import build_figure
    from recovery_tracker.domain.models import CheckIn, Injection
    from recovery_tracker.domain.snapshot import DiarySnapshot

    injection = Injection(date=date(2026, 10, 8), site=site, kind="PRP", id=1)
    checkins = [CheckIn(date(2026, 10, d), time(9), 5) for d in range(1, 20)]
    figure = build_figure("timeline", DiarySnapshot(injections=[injection], checkins=checkins))
    FigureCanvasAgg(figure).draw()
    return {tuple(text.get_family()) for text in figure.findobj(Text) if text.get_text()}


def test_fallback_fonts_are_looked_up_only_for_a_chart_whose_text_needs_them():
    """Each font family in the list makes matplotlib score every installed font again for
    every text size: about 40 ms of the first chart, for glyphs a Latin chart never uses."""
    assert _families_drawn("Knee") == {("DejaVu Sans",)}
    fallbacks = _families_drawn("膝 Knee")
    assert fallbacks == {("DejaVu Sans", "Noto Sans Devanagari", "Noto Sans CJK JP", "Symbola")}
