from datetime import date

import matplotlib.dates as mdates


def artist(axes, gid):
    found = [a for a in axes.get_children() if a.get_gid() == gid]
    assert found, f"no artist with gid {gid!r}"
    return found[0]


def has_artist(axes, gid) -> bool:
    return any(a.get_gid() == gid for a in axes.get_children())


def as_dates(values) -> list[date]:
    return [v if isinstance(v, date) else mdates.num2date(v).date() for v in values]


def marker_dates(axes) -> list[date]:
    """Dates of the injection marker lines (one collection holds them all)."""
    markers = [a for a in axes.get_children() if a.get_gid() == "injection-markers"]
    if not markers:
        return []
    return as_dates([segment[0][0] for segment in markers[0].get_segments()])
