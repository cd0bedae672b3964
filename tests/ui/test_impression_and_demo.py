from datetime import date, time

from recovery_tracker.ui.app import create_demo_diary
from tests.conftest import NOW
from tests.ui.conftest import settle


def test_the_weekly_question_appears_once_there_is_an_injection_and_once_a_week(qtbot, window):
    box = window.today.impression
    assert not box.isVisible()  # nothing to compare with yet
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    assert box.isVisible()
    assert "since your first injection on 1 November 2026" in box.question.text()
    assert not box.save() and "choose one" in box.message.text()
    box.group.button(2).click()
    assert box.save()
    assert not box.isVisible()
    [answer] = window.diary.impressions()
    assert (answer.date, answer.score, answer.label) == (NOW.date(), 2, "Much improved")


def test_answers_show_on_the_timeline(qtbot, window):
    window.diary.save_injection({"date": date(2026, 11, 1), "site": "Knee", "kind": "PRP"})
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(8), "pain": 4})
    window.diary.save_impression(3)
    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)
    twins = [a for a in window.chart.figure.axes if a is not window.chart.figure.axes[0]]
    [line] = [ln for ax in twins for ln in ax.get_lines() if ln.get_gid() == "pgic"]
    assert list(line.get_ydata()) == [3]


def test_the_demo_diary_is_a_realistic_series(qtbot, tmp_path, open_main_window, monkeypatch):
    create_demo_diary(tmp_path / "demo", clock=lambda: NOW)
    from recovery_tracker.ui.app import open_window

    window = open_window(tmp_path / "demo", clock=lambda: NOW)
    try:
        assert len(window.diary.injections()) == 2
        assert window.diary.service.diary.checkins.count() > 80
        assert any(check.breaks_a_rule for check in window.diary.medicine_checks())
        assert window.today.position_label.text() == "Day 4 after injection 2"
    finally:
        window.today.form.reset(window.diary.clock())
        window.close()
        window.diary.service.diary.close()
