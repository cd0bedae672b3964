"""Events the patient logged, as markers on the timeline."""

from datetime import date

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.domain.events import AdverseEvent
from tests.charts.helpers import artist, as_dates, has_artist
from tests.charts.test_timeline import snapshot

EVENTS = [
    AdverseEvent(date(2026, 10, 6), "more_pain", "moderate"),
    AdverseEvent(date(2026, 10, 21), "swelling", "severe"),
    AdverseEvent(date(2026, 12, 1), "fever", "mild"),  # after the range shown
]


def _with_events(events=EVENTS):
    shown = snapshot()
    shown.events = list(events)
    return shown


def test_each_event_is_a_marker_on_its_date_and_named_in_the_legend():
    figure = build_figure(
        "timeline", _with_events(), ChartOptions(start=date(2026, 10, 1), end=date(2026, 10, 30))
    )
    axes = figure.axes[0]
    markers = artist(axes, "events")
    assert as_dates(markers.get_offsets()[:, 0]) == [date(2026, 10, 6), date(2026, 10, 21)]
    sizes = list(markers.get_sizes())
    assert sizes[0] < sizes[1]  # severe drawn bigger than moderate
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "Events you logged (size: how bad)" in legend


def test_no_events_no_marker():
    assert not has_artist(build_figure("timeline", _with_events([])).axes[0], "events")
