"""The report's tables: rows told apart by shading, not by a grid of cell borders.

Qt paints collapsed cell borders piece by piece: at 30 years (15 pages of tables) they were
more than half of the report's painting, 270 of its CPU ms against about 120 without them,
and the report missed its target (2× a floor of its charts alone). Shaded alternate rows
keep a printed row readable across its columns."""

from __future__ import annotations

import re

from recovery_tracker.reports.content import ReportRequest, build_report_html, stripe_rows
from tests.reports.test_report import FIRST, TODAY, snapshot


def test_no_table_of_the_report_has_cell_borders_and_every_other_row_is_shaded():
    html = build_report_html(snapshot(), ReportRequest(FIRST.date, TODAY, "Maria"), TODAY)
    tables = re.findall(r"<table[^>]*>.*?</table>", html, re.S)
    assert len(tables) >= 4
    for table in tables:
        opening = table[: table.index(">") + 1]
        assert "border='0'" in opening, opening
        rows = re.findall(r"<tr[^>]*>(?:(?!</tr>).)*</tr>", table, re.S)
        data = [row for row in rows if "<td" in row]
        shaded = [row.startswith("<tr bgcolor=") for row in data]
        assert shaded == [n % 2 == 1 for n in range(len(data))], table


def test_stripes_start_afresh_in_each_table_and_skip_the_heading_row():
    html = (
        "<table border='0'><tr><th>A</th></tr><tr><td>1</td></tr><tr><td>2</td></tr></table>"
        "<p>between</p><table border='0'><tr><td>3</td></tr><tr><td>4</td></tr></table>"
    )
    striped = stripe_rows(html)
    assert striped.count("<tr bgcolor=") == 2
    first, second = striped.split("<p>between</p>")
    assert "<tr><th>A</th></tr><tr><td>1</td></tr><tr bgcolor=" in first
    assert second.startswith("<table border='0'><tr><td>3</td></tr><tr bgcolor=")
