"""A patient's text in a chart is drawn as typed: matplotlib reads what stands between two
dollar signs as maths, which turned "$\\alpha^2$" in an injection's site into α² (a tester
saw it) and stopped the whole chart at maths it could not read."""

from __future__ import annotations

from datetime import date, time

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from recovery_tracker.charts import build_figure
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot


@pytest.mark.parametrize(
    "site", ["Knee $\\alpha^2$ walrus", "Knee $\\frac{$ test", "Left $ and $ right"]
)
def test_dollar_signs_in_a_site_are_drawn_as_typed(site):
    injection = Injection(date=date(2026, 10, 8), site=site, kind="PRP", id=1)
    checkins = [CheckIn(date(2026, 10, d), time(9), 5) for d in range(1, 20)]
    figure = build_figure("timeline", DiarySnapshot(injections=[injection], checkins=checkins))
    FigureCanvasAgg(figure).draw()  # maths it could not read stopped the chart here
    labels = [text for text in figure.findobj(Text) if site in text.get_text()]
    assert labels
    assert not any(label._parse_math and label.get_text().count("$") >= 2 for label in labels)
