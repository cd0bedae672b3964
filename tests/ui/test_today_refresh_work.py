"""The Today panel is refreshed after every change of the diary, and after an import of
years of it on the window's thread: it works out each thing it shows once."""

from datetime import date

from recovery_tracker.domain import advice


def test_a_today_refresh_works_out_the_advice_windows_once(qtbot, window, monkeypatch):
    """Every rule of every plan with its dates (720 of them for 120 injections): worked out
    twice, for what is in force and for what starts soon, they were 2-4 ms of the window's
    thread after an import of 30 years."""
    window.diary.save_injection({"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP"})
    worked_out: list[int] = []
    real = advice._windows

    def counted(plans):
        worked_out.append(1)
        return real(plans)

    monkeypatch.setattr(advice, "_windows", counted)
    window.today._refresh_context()
    assert len(worked_out) == 1
    assert not window.today.advice.isHidden()  # the PRP plan's advice is shown
