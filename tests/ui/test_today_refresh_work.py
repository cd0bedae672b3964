"""The Today panel is refreshed after every change of the diary, and after an import of
years of it on the window's thread: it works out only what it shows."""

from datetime import date

from recovery_tracker.domain import advice


def test_a_today_refresh_makes_the_advice_windows_of_its_day_only(qtbot, window, monkeypatch):
    """Every rule of every plan with its dates (720 of them for 120 injections), made twice,
    for what is in force and for what starts soon: 4-7 ms of the window's thread after an
    import of 30 years. Only the rules around the form's day are made into windows."""
    for year in range(2018, 2026):  # long over: their plans' rules end weeks after
        window.diary.save_injection({"date": date(year, 3, 1), "site": "Knee", "kind": "PRP"})
    window.diary.save_injection({"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP"})
    latest_rules = len(window.diary.plans()[-1].rules)
    made: list[object] = []
    real = advice.ActiveAdvice

    def counted(*args):
        made.append(args)
        return real(*args)

    monkeypatch.setattr(advice, "ActiveAdvice", counted)
    window.today._refresh_context()
    assert 0 < len(made) <= latest_rules  # none of the eight long-over injections' rules
    assert not window.today.advice.isHidden()  # the new injection's advice is shown
