"""The report says how far it got, and stops when cancelled without leaving a file."""

from datetime import date

import pytest

from recovery_tracker.exchange.report_pdf import write_report_pdf
from recovery_tracker.reports.content import ReportRequest
from recovery_tracker.reports.progress import ReportCancelled, ReportProgress
from tests.reports.test_report import qapp_module  # noqa: F401
from tests.reports.test_report_pages import TODAY, busy_diary

REQUEST = ReportRequest(date(2026, 10, 1), TODAY, "Maria Example")


def test_the_report_tells_each_step_in_order(tmp_path, qapp_module):  # noqa: F811
    steps: list[tuple[int, str, bool]] = []
    progress = ReportProgress(lambda *step: steps.append(step))
    path = tmp_path / "r.pdf"
    write_report_pdf(busy_diary(), REQUEST, path, today=TODAY, progress=progress)
    assert path.read_bytes().startswith(b"%PDF")
    texts = [text for _, text, _ in steps]
    assert texts[0] == "Laying out the pages…"
    assert texts.index("Drawing the charts…") < texts.index("Writing page 1 of 4…")
    assert any(text.startswith("Writing page 1 of ") for text in texts)
    assert texts[-1] == "Saving the file…"
    percents = [percent for percent, _, _ in steps]
    assert percents == sorted(percents) and percents[0] >= 0 and percents[-1] <= 100
    assert all(can_cancel for _, _, can_cancel in steps)  # a file is written only at the end


@pytest.mark.parametrize("after_steps", [1, 3, 6])
def test_a_cancelled_report_writes_nothing(tmp_path, qapp_module, after_steps):  # noqa: F811
    seen: list[str] = []
    progress = ReportProgress(lambda _percent, text, _stop: seen.append(text))

    def cancel_after(_percent: int, text: str, _can_cancel: bool) -> None:
        seen.append(text)
        if len(seen) == after_steps:
            progress.cancel()

    progress.tell = cancel_after
    with pytest.raises(ReportCancelled):
        write_report_pdf(busy_diary(), REQUEST, tmp_path / "r.pdf", today=TODAY, progress=progress)
    assert len(seen) == after_steps  # stopped at the next step
    assert list(tmp_path.iterdir()) == []  # no report, no half-written temporary file
