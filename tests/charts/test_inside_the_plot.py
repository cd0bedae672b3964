"""What belongs to the plot stays inside it, also where a renderer ignores clip paths (the
report draws charts through Qt's SVG renderer, which does)."""

from datetime import date, time, timedelta

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from tests.charts.helpers import artist

KNEE = Injection(date=date(2026, 11, 20), site="Knee", kind="PRP", id=1)
NO_NSAIDS = AdviceRule("No NSAIDs", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",))


def _snapshot(last: date) -> DiarySnapshot:
    days = (last - date(2026, 11, 13)).days + 1
    checkins = [
        CheckIn(date=date(2026, 11, 13) + timedelta(days=n), time=time(9), pain=5, soreness=3)
        for n in range(days)
    ]
    return DiarySnapshot(injections=[KNEE], checkins=checkins, plans=[Plan(KNEE, (NO_NSAIDS,))])


def test_the_avoidance_band_ends_at_the_right_edge_of_the_plot():
    figure = build_figure("timeline", _snapshot(date(2026, 11, 24)))
    axes = figure.axes[0]
    low, high = axes.get_xlim()
    [band] = artist(axes, "avoid-windows").get_paths()
    xs = band.vertices[:, 0]
    assert low <= min(xs) and max(xs) <= high  # the window runs on to 4 December


def test_the_injection_day_label_stays_inside_the_plot_when_day_0_is_near_its_edge():
    figure = build_figure("sessions", _snapshot(date(2026, 11, 21)), ChartOptions(), size=(6, 3.5))
    figure.canvas.draw()
    axes = figure.axes[0]
    [label] = [t for t in axes.texts if t.get_text() == "injection day"]
    box = label.get_window_extent()
    plot = axes.get_window_extent()
    assert plot.x0 <= box.x0 and box.x1 <= plot.x1
