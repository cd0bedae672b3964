"""Charts read right at every size: date ticks are dates, nothing is clipped, cut or piled up.

Every check draws the figure (Agg) and looks at what was drawn: tick label texts and the
extents of the artists in the figure's pixels.
"""

import re
from datetime import date, time, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from recovery_tracker.charts import build_figure
from recovery_tracker.charts.options import ChartOptions
from recovery_tracker.charts.style import refit
from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.domain.snapshot import DiarySnapshot
from recovery_tracker.storage.resources import medicine_list
from tests.charts.helpers import artist

FIRST = Injection(date=date(2026, 9, 1), site="Lumbar facet joint", kind="PRP", id=1)
SECOND = Injection(date=date(2026, 10, 13), site="Lumbar facet joint", kind="PRP", id=2)
NO_NSAIDS = AdviceRule("No NSAIDs", "", AdviceCategory.MEDICATION, -7, 14, ("nsaid",))
# Sizes in inches: the export, the window at 1366x768, the window at 800x600 (320x360 px
# canvas), the smallest canvas.
SIZES = [(10, 5.6), (6.4, 5.2), (3.2, 3.6), (3.2, 2.4)]
DATE_LABEL = re.compile(r"^(\d{1,2} [A-Z][a-z]{2}( \d{4})?|[A-Z][a-z]{2}( \d{4})?|\d{4})$")


def diary(first=date(2026, 8, 20), days=90, injections=(FIRST, SECOND)):
    checkins = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        checkins.append(CheckIn(day, time(9), 7 if day < FIRST.date else 3, soreness=2))
    return DiarySnapshot(
        injections=list(injections),
        checkins=checkins,
        plans=[Plan(i, (NO_NSAIDS,)) for i in injections],
        medications=[MedicationDose(FIRST.date + timedelta(days=2), time(9), "Advil", "400 mg")],
        impressions=[
            Impression(FIRST.date + timedelta(days=7 * w), 3) for w in range(1, 10) if injections
        ],
        medicines=medicine_list(),
    )


def drawn(kind, snapshot, size=(8, 4.5), **options):
    figure = build_figure(kind, snapshot, ChartOptions(**options), size=size)
    canvas = FigureCanvasAgg(figure)
    refit(figure)
    canvas.draw()
    return figure


def tick_labels(figure):
    return [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]


@pytest.mark.parametrize(
    ("days", "expect"),
    [
        (1, r"^\d{1,2} [A-Z][a-z]{2}"),  # one day: days, not hours
        (3, r"^\d{1,2} [A-Z][a-z]{2}"),
        (40, r"^\d{1,2} [A-Z][a-z]{2}"),  # weeks: "5 Nov", "12 Nov"
        (400, r"^[A-Z][a-z]{2}"),  # months: "Nov", "Jan 2026"
        (5 * 365, r"^(\d{4}|[A-Z][a-z]{2})"),
    ],
)
def test_date_ticks_read_as_dates_with_their_month_and_year(days, expect):
    figure = drawn("timeline", diary(first=date(2025, 11, 20), days=days, injections=()))
    labels = tick_labels(figure)
    assert len(labels) >= 2, labels
    assert all(DATE_LABEL.match(label) for label in labels), labels
    assert all(re.match(expect, label) for label in labels), labels
    assert not any(":" in label for label in labels)  # never an hour
    assert any(re.search(r"\d{4}", label) for label in labels), labels  # the year is there
    # ... in a tick, not in an offset label that can run into the legend
    assert figure.axes[0].xaxis.get_offset_text().get_text() == ""


def test_a_year_change_is_written_at_the_first_tick_of_the_new_year():
    labels = tick_labels(drawn("timeline", diary(first=date(2025, 10, 1), days=200, injections=())))
    assert any(label.startswith("Jan 2026") or label.endswith("2026") for label in labels), labels


def _inside(inner, outer, slack=1.0):
    return (
        inner.x0 >= outer.x0 - slack
        and inner.y0 >= outer.y0 - slack
        and inner.x1 <= outer.x1 + slack
        and inner.y1 <= outer.y1 + slack
    )


@pytest.mark.parametrize("kind", ["timeline", "baseline"])
def test_first_and_last_points_are_drawn_whole(kind):
    figure = drawn(kind, diary())
    axes = figure.axes[0]
    line = artist(axes, "series-pain" if kind == "timeline" else "weekly-pain")
    xs = line.get_xydata()
    box = axes.get_window_extent()
    radius = line.get_markersize() / 72 * figure.dpi / 2
    for point in (xs[0], xs[-1]):
        x, _ = axes.transData.transform(point)
        assert box.x0 + radius <= x <= box.x1 - radius


@pytest.mark.parametrize("size", SIZES)
def test_change_note_sits_outside_the_plot_and_inside_the_figure(size):
    figure = drawn("baseline", diary(), size=size)
    note = next(t for t in figure.texts if t.get_gid() == "change-summary")
    renderer = figure.canvas.get_renderer()
    extent = note.get_window_extent(renderer)
    assert _inside(extent, figure.bbox)
    assert not extent.overlaps(figure.axes[0].get_tightbbox(renderer))
    assert "6.9" not in note.get_text() or "→" in note.get_text()


def _texts(figure):
    """Every text a patient reads, as (what, extent) pairs."""
    renderer = figure.canvas.get_renderer()
    found = []
    for axes in figure.axes:
        # Only the ticks in view are drawn (and a twin's x axis is not drawn at all).
        ticks = [*axes.xaxis._update_ticks(), *axes.yaxis._update_ticks()]
        if not axes.xaxis.get_visible():
            ticks = axes.yaxis._update_ticks()
        for label in [t.label1 for t in ticks] + [
            t.label2 for t in ticks if t.label2.get_visible()
        ]:
            if label.get_text() and label.get_visible():
                found.append((label.get_text(), label.get_window_extent(renderer)))
        for text in (axes.title, axes._left_title, axes.xaxis.label, axes.yaxis.label):
            if text.get_text():
                found.append((text.get_text(), text.get_window_extent(renderer)))
        offset = axes.xaxis.get_offset_text()
        if offset.get_text():
            found.append((offset.get_text(), offset.get_window_extent(renderer)))
    for legend in figure.legends:
        if legend.get_visible():
            found.append(("legend", legend.get_window_extent(renderer)))
    found += [(t.get_text(), t.get_window_extent(renderer)) for t in figure.texts]
    return found


@pytest.mark.parametrize("kind", ["timeline", "sessions", "baseline"])
@pytest.mark.parametrize("size", SIZES)
def test_every_text_is_whole_and_none_runs_into_another(kind, size):
    figure = drawn(kind, diary(), size=size)
    texts = _texts(figure)
    for what, extent in texts:
        assert _inside(extent, figure.bbox), (what, extent, figure.bbox)
    for index, (what, extent) in enumerate(texts):
        for other, other_extent in texts[index + 1 :]:
            assert not extent.overlaps(other_extent), (what, other)


@pytest.mark.parametrize("kind", ["timeline", "sessions", "baseline"])
def test_the_legend_is_shown_whole_at_800x600_also_after_a_resize(kind):
    figure = drawn(kind, diary(), size=(10, 5.6))
    figure.set_size_inches(3.2, 3.6)  # the chart's canvas in an 800x600 window
    refit(figure)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    [legend] = figure.legends
    assert legend.get_visible()
    assert _inside(legend.get_window_extent(renderer), figure.bbox)


def test_overall_change_scale_runs_the_way_pain_does_worse_at_the_top():
    figure = drawn("timeline", diary())
    right = figure.axes[1]
    ticks = {t.get_text(): t.get_position()[1] for t in right.get_yticklabels()}
    worse = next(y for text, y in ticks.items() if "worse" in text)
    better = next(y for text, y in ticks.items() if "better" in text)
    assert worse > better
    low, high = right.get_ylim()
    assert low < high  # not an upside-down axis beside an upright one


def test_sessions_compared_shows_pain_and_soreness_when_both_are_chosen():
    figure = drawn("sessions", diary(), metrics=("pain", "soreness"))
    axes = figure.axes[0]
    for number in (1, 2):
        pain = artist(axes, f"session-{number}-pain")
        sore = artist(axes, f"session-{number}-soreness")
        assert set(sore.get_ydata()) == {2.0} and set(pain.get_ydata()) <= {3.0, 7.0}
        assert sore.get_color() == pain.get_color()  # one colour per injection
        assert sore.get_linestyle() != pain.get_linestyle()  # one line style per score
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "Pain now" in legend and "soreness" in " ".join(legend).lower()
    assert "soreness" in axes.get_title(loc="left").lower()


def test_sessions_compared_with_one_metric_draws_only_that_one():
    figure = drawn("sessions", diary(), metrics=("soreness",))
    axes = figure.axes[0]
    assert set(artist(axes, "session-1-soreness").get_ydata()) == {2.0}
    assert not any((a.get_gid() or "").endswith("-pain") for a in axes.get_children())


def test_injection_labels_never_run_into_each_other_and_are_whole_where_there_is_room():
    close = Injection(date=FIRST.date + timedelta(days=12), site="Lumbar facet joint", id=3)
    snapshot = diary(injections=(FIRST, close, SECOND))
    for size in SIZES:
        figure = drawn("timeline", snapshot, size=size)
        renderer = figure.canvas.get_renderer()
        labels = [
            t for t in figure.axes[0].texts if (t.get_gid() or "").startswith("injection-label")
        ]
        extents = [t.get_window_extent(renderer) for t in labels]
        plot = figure.axes[0].get_window_extent(renderer)
        assert all(_inside(extent, plot, slack=3) for extent in extents), size
        for index, extent in enumerate(extents):
            for other in extents[index + 1 :]:
                assert not extent.overlaps(other), size
    wide = drawn("timeline", diary(), size=(10, 5.6))
    texts = [t.get_text() for t in wide.axes[0].texts if t.get_gid() == "injection-label-1"]
    assert texts == ["#1 PRP\nLumbar facet joint"]


def test_the_overall_change_scale_follows_a_dark_theme():
    from recovery_tracker.charts.style import ChartTheme

    dark = ChartTheme(background="#2b2b2b", foreground="#eeeeee", grid="#555555")
    figure = drawn("timeline", diary(), theme=dark)
    right = figure.axes[1]
    assert {t.get_color() for t in right.get_yticklabels()} == {"#eeeeee"}
    assert artist(right, "pgic").get_color() == "#eeeeee"
