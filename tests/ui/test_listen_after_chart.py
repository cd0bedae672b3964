"""The socket a second start asks to bring the window forward opens once the first chart is
up, not while it is made: importing QtNetwork then competed with the chart (issue 17)."""

from recovery_tracker.ui import app
from recovery_tracker.ui.chart_panel import ChartPanel
from recovery_tracker.ui.single_instance import SingleInstance, ask_running_instance_to_show


def test_a_second_start_is_answered_once_the_first_chart_is_up(
    qtbot, data_dir, open_main_window, monkeypatch
):
    start_chart = ChartPanel.ensure_canvas
    monkeypatch.setattr(ChartPanel, "ensure_canvas", lambda _panel: None)  # chart held back
    window = open_main_window()
    instance = SingleInstance(data_dir)
    assert instance.acquire(listen=False)
    try:
        app.listen_once_the_chart_is_up(window, instance)
        qtbot.wait(3 * app.LISTEN_CHECK_MS)
        assert not ask_running_instance_to_show(data_dir, patience_s=0)  # not yet
        start_chart(window.chart)
        qtbot.waitUntil(lambda: window.chart.canvas is not None, timeout=20_000)
        qtbot.wait(2 * app.LISTEN_CHECK_MS)
        with qtbot.waitSignal(instance.show_requested, timeout=5_000):
            assert ask_running_instance_to_show(data_dir, patience_s=0)
    finally:
        instance.release()


def test_a_window_started_hidden_answers_at_once(qtbot, data_dir):
    window = app.open_window(data_dir)  # never shown: started at login, in the tray
    instance = SingleInstance(data_dir)
    assert instance.acquire(listen=False)
    try:
        app.listen_once_the_chart_is_up(window, instance)
        with qtbot.waitSignal(instance.show_requested, timeout=5_000):
            assert ask_running_instance_to_show(data_dir, patience_s=0)
    finally:
        instance.release()
        window.deleteLater()
        window.diary.close()
