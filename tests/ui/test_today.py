from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import NOW
from tests.ui.conftest import settle


def test_typing_a_checkin_and_saving_shows_it_everywhere_and_after_restart(qtbot, open_main_window):
    window = open_main_window()
    form = window.today.form
    form.scores["pain"].setFocus()
    qtbot.keyClick(form.scores["pain"], Qt.Key.Key_7)
    soreness_button = form.scores["soreness"]._group.button(8)
    qtbot.mouseClick(soreness_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.notes_edit, "stiff after sitting; 'quoted'")
    form.notes_edit.insertPlainText(" 😖")  # QTest can only type ASCII keys
    assert form.is_dirty()

    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)

    assert window.today.confirmation.text().startswith("✓ Saved")
    assert not form.is_dirty() and form.scores["pain"].value() is None  # ready for the next one
    history = window.history.model
    assert history.rowCount() == 1
    assert history.index(0, 2).data() == "7"
    assert history.index(0, 3).data() == "8"
    assert history.index(0, history.column_of("notes")).data() == "stiff after sitting; 'quoted' 😖"

    qtbot.waitUntil(lambda: window.chart.canvas is not None)
    settle(window)
    axes = window.chart.figure.axes[0]
    pain_line = next(a for a in axes.get_children() if a.get_gid() == "series-pain")
    assert list(pain_line.get_ydata()) == [7.0]

    window.close()
    again = open_main_window()
    assert again.history.model.rowCount() == 1
    assert again.history.model.index(0, 2).data() == "7"


def test_keyboard_only_logging(qtbot, window):
    """Ctrl+L, a digit per score, Ctrl+Return: logged without touching the mouse."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    pain = window.today.form.scores["pain"]
    assert pain.hasFocus()
    qtbot.keyClick(pain, Qt.Key.Key_1)
    qtbot.keyClick(pain, Qt.Key.Key_0)  # "1" then "0" is ten
    qtbot.keyClick(pain, Qt.Key.Key_Left)
    qtbot.keyClick(pain, Qt.Key.Key_Tab)
    soreness = window.today.form.scores["soreness"]
    assert soreness.hasFocus()
    qtbot.keyClick(soreness, Qt.Key.Key_3)
    qtbot.keyClick(soreness, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [saved] = window.diary.checkins()
    assert (saved.pain, saved.soreness) == (9, 3)


def test_a_zero_typed_after_a_save_is_zero_not_ten(qtbot, window):
    """A "1" for one check-in, saved, then "0" for the next within the ten-key moment: the
    second was saved as 10. The "1" must still be the score for "0" to make it ten."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    pain = window.today.form.scores["pain"]
    soreness = window.today.form.scores["soreness"]
    qtbot.keyClick(pain, Qt.Key.Key_4)
    qtbot.keyClick(soreness, Qt.Key.Key_1)
    qtbot.keyClick(soreness, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(window.diary.checkins()) == 1  # saved; the form is empty again
    qtbot.keyClick(pain, Qt.Key.Key_4)
    qtbot.keyClick(soreness, Qt.Key.Key_0)
    assert soreness.value() == 0


def test_a_future_time_is_refused_next_to_the_field_and_nothing_typed_is_lost(qtbot, window):
    form = window.today.form
    form.scores["pain"].setValue(5)
    qtbot.keyClicks(form.notes_edit, "x" * 10)
    form.time_edit.setTime(form.time_edit.time().addSecs(2 * 3600))
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)

    assert window.diary.checkins() == []
    assert form.errors["time"].isVisible()
    assert "later than now (18:05)" in form.errors["time"].text()
    assert form.scores["pain"].value() == 5
    assert form.notes_edit.toPlainText() == "x" * 10


def test_missing_pain_is_asked_for_next_to_the_pain_scale(qtbot, window):
    form = window.today.form
    form.scores["soreness"].setValue(4)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    assert window.diary.checkins() == []
    assert form.errors["pain"].isVisible()
    assert "Pain now is required" in form.errors["pain"].text()
    assert form.scores["soreness"].value() == 4
    form.scores["pain"].setValue(2)  # picking a value clears the message
    assert not form.errors["pain"].isVisible()


def test_the_form_says_which_day_after_which_injection(qtbot, window):
    window.diary.save_injection({"date": date(2026, 10, 1), "site": "Knee", "kind": "PRP"})
    window.diary.save_injection({"date": date(2026, 11, 21), "site": "Knee", "kind": "PRP"})
    assert window.today.position_label.text() == "Day 3 after injection 2"
    window.today.form.date_edit.setDate(date(2026, 10, 2))
    assert window.today.position_label.text() == "Day 1 after injection 1"


def test_several_checkins_a_day_show_the_days_mean_and_range(qtbot, window):
    for hour, pain in ((8, 3), (13, 6), (18, 4)):
        window.diary.save_checkin({"date": NOW.date(), "time": time(hour, 0), "pain": pain})
    text = window.today.day_summary_label.text()
    assert "3 check-ins" in text and "pain 4.3 (range 3–6)" in text


def test_closing_with_an_unsaved_checkin_asks_first(qtbot, window, answer_dialogs):
    window.today.form.scores["pain"].setValue(6)
    asked = answer_dialogs(QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and len(asked) == 1 and "not saved" in asked[0]

    answer_dialogs(QMessageBox.StandardButton.Save)
    window.close()
    assert not window.isVisible()
    assert [c.pain for c in window.diary.service.diary.checkins.list()] == [6]


def test_discarding_on_close_saves_nothing(qtbot, window, answer_dialogs):
    window.today.form.scores["pain"].setValue(6)
    answer_dialogs(QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
    assert window.diary.service.diary.checkins.list() == []


def test_closing_a_clean_form_asks_nothing(qtbot, window, answer_dialogs):
    asked = answer_dialogs()
    window.close()
    assert asked == [] and not window.isVisible()


@pytest.mark.parametrize(
    ("pragma", "words"),
    [("PRAGMA query_only = ON", "read-only"), ("PRAGMA max_page_count = 1", "disk is full")],
)
def test_a_refused_save_says_why_and_keeps_everything_typed(
    qtbot, window, monkeypatch, pragma, words
):
    window.diary.save_checkin({"date": NOW.date(), "time": time(7), "pain": 2})
    if "max_page_count" in pragma:  # as full as the file already is
        pages = window.diary.service.diary.database.query("PRAGMA page_count")[0][0]
        pragma = f"PRAGMA max_page_count = {pages}"
    window.diary.service.diary.database.query(pragma)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    form = window.today.form
    form.scores["pain"].setValue(3)
    form.notes_edit.setPlainText("long day " * 3000)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    assert warnings and words in warnings[0]
    assert "what you typed is still in the form" in warnings[0]
    assert form.scores["pain"].value() == 3
    assert form.notes_edit.toPlainText() == "long day " * 3000
    assert [c.pain for c in window.diary.checkins()] == [2]


def test_the_optional_questions_open_on_demand_and_are_saved(qtbot, window):
    form = window.today.form
    assert "sleep" not in form.scores and not form.more.isVisible()
    form.more_button.click()
    assert form.more.isVisible() and {"sleep", "enjoyment_interference"} <= set(form.scores)
    form.scores["pain"].setValue(4)
    form.scores["sleep"].setValue(7)
    saved = window.today.save()
    assert (saved.pain, saved.sleep, saved.activity_interference) == (4, 7, None)
    assert form.more.isVisible()  # stays open for the next check-in


def test_editing_a_checkin_with_optional_answers_shows_them(qtbot, window):
    from recovery_tracker.ui.history import CheckInDialog

    saved = window.diary.save_checkin(
        {"date": NOW.date(), "time": time(9), "pain": 5, "enjoyment_interference": 6}
    )
    dialog = CheckInDialog(window.diary, saved, window)
    assert dialog.form.more.isVisibleTo(dialog)
    assert dialog.form.scores["enjoyment_interference"].value() == 6
    dialog.reject()


def test_a_double_click_on_save_keeps_saying_saved(qtbot, window):
    pain = window.today.form.scores["pain"]
    pain.setFocus()
    qtbot.keyClick(pain, Qt.Key.Key_4)
    save = window.today.save_button
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # the second click of a double click
    assert window.today.confirmation.text().startswith("✓ Saved")
    assert len(window.diary.checkins()) == 1


def test_before_any_injection_soreness_is_asked_where_the_injection_will_be(qtbot, window):
    # Maria's baseline week asked for "Soreness where you were injected": she had not been.
    from PySide6.QtWidgets import QLabel

    def soreness_title() -> str:
        block = window.today.form.scores["soreness"].parentWidget()
        return next(label.text() for label in block.findChildren(QLabel) if label.text())

    assert soreness_title() == "Soreness where you will be injected"
    assert window.today.form.scores["soreness"].accessibleName() == soreness_title()
    window.diary.save_injection({"date": date(2026, 11, 20), "site": "Knee", "kind": "PRP"})
    assert soreness_title() == "Soreness where you were injected"
    assert window.today.form.scores["soreness"].accessibleName() == soreness_title()
