"""Planned injections in the real window: Treatments, Today, the medicine warning, the
first-start assistant and the "did it happen?" question (issue 16)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from recovery_tracker.domain.models import InjectionStatus
from recovery_tracker.ui.medicines import MedicationDialog
from recovery_tracker.ui.planned_question import PlannedInjectionDialog
from tests.ui.test_first_start import finish

PLANNED_DAY = date(2026, 12, 1)  # a Tuesday, a week after NOW
AFTER_IT = datetime(2026, 12, 2, 9, 0)


def _plan(window, day: date = PLANNED_DAY):
    return window.diary.save_injection(
        {"date": day, "site": "Lumbar facet joint", "kind": "PRP", "status": "planned"}
    )


def test_a_planned_injection_is_recorded_in_treatments_and_is_no_session(qtbot, window):
    window.tabs.setCurrentWidget(window.treatments)
    dialog = window.treatments.add_injection()
    qtbot.mouseClick(dialog.planned, Qt.MouseButton.LeftButton)
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    assert dialog.errors["date"].text() == ""  # a future day is what a booking has
    qtbot.keyClicks(dialog.site.lineEdit(), "L4-L5 facet joint")
    dialog.save()
    assert not dialog.isVisible()
    [planned] = window.diary.planned_injections()
    assert (planned.date, planned.status) == (PLANNED_DAY, InjectionStatus.PLANNED)
    assert window.diary.injections() == []
    model = window.treatments.model
    assert model.index(0, 0).data() == "Planned"
    assert window.treatments.summary.text() == "No injection recorded yet. 1 planned."
    assert "Planned injection recorded" in window.today.confirmation.text()
    # The check-in form counts towards the baseline: nothing happened yet.
    assert window.today.position_label.text() == "Baseline: 7 days before your planned injection"


def test_a_given_injection_cannot_be_in_the_future_and_two_on_one_day_are_refused(qtbot, window):
    _plan(window)
    dialog = window.treatments.add_injection()
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    assert "after today" in dialog.errors["date"].text()
    assert "tick Planned" in dialog.errors["date"].text()
    qtbot.mouseClick(dialog.planned, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.site.lineEdit(), "Knee")
    dialog.save()
    assert dialog.isVisible()
    assert "already an injection on 1 December 2026" in dialog.errors["date"].text()
    dialog.reject()


def test_today_counts_down_to_the_planned_injection_from_the_first_day_of_the_window(window):
    _plan(window)
    text = window.today.advice.text()
    assert (
        "No anti-inflammatories from today</b>: your injection is in 7 days, "
        "Tuesday 1 December" in text
    )


def test_today_mentions_a_planned_injection_before_its_window(open_main_window):
    window = open_main_window()
    _plan(window, date(2026, 12, 5))  # the window starts on 28 November
    text = window.today.advice.text()
    assert "Your planned injection is in 11 days, Saturday 5 December." in text
    assert "starts in 4 days" in text


def test_ibuprofen_before_the_planned_injection_gets_the_same_warning(qtbot, window):
    _plan(window)
    window.today.medicine_button.click()
    dialog = window.medicines.findChild(MedicationDialog)
    qtbot.keyClicks(dialog.name.lineEdit(), "Ibuprofen")
    assert dialog.warning.isVisible()
    text = dialog.warning.text()
    assert "Your plan for your planned injection of Tuesday 1 December says" in text
    assert "“No anti-inflammatories”" in text
    dialog.reject()


def test_the_assistant_records_the_planned_first_injection(qtbot, window):
    wizard = window.open_first_start()
    wizard.area.setCurrentText("Lower back")
    qtbot.mouseClick(wizard.not_yet, Qt.MouseButton.LeftButton)
    assert not wizard.planned_date.isEnabled()  # optional: nothing without the tick
    qtbot.mouseClick(wizard.planned_known, Qt.MouseButton.LeftButton)
    wizard.planned_date.setDate(QDate(2026, 11, 20))
    assert "past" in wizard.planned_problem.text()
    assert not wizard.injection_page.isComplete()
    wizard.planned_date.setDate(QDate(2026, 12, 3))
    assert wizard.injection_page.isComplete()
    wizard.avoid_before.setValue(7)
    finish(qtbot, wizard)
    [planned] = window.diary.planned_injections()
    assert (planned.date, planned.site) == (date(2026, 12, 3), "Lumbar facet joint")
    assert window.diary.injections() == []
    [nsaid] = [r for r in window.diary.plans()[0].rules if r.avoid]
    assert nsaid.start_day == -7


def test_not_yet_without_a_day_still_records_nothing(qtbot, window):
    wizard = window.open_first_start()
    qtbot.mouseClick(wizard.not_yet, Qt.MouseButton.LeftButton)
    finish(qtbot, wizard)
    assert window.diary.planned_injections() == [] and window.diary.injections() == []


def _question(open_main_window):
    before = open_main_window()
    planned = _plan(before)
    before.close()
    window = open_main_window(clock=lambda: AFTER_IT)
    dialog = window.planned_question.ask_if_due()
    assert isinstance(dialog, PlannedInjectionDialog) and dialog.isVisible()
    assert "was planned for Tuesday 1 December 2026. Did it take place?" in dialog.question.text()
    return window, dialog, planned


def _choose(qtbot, answer) -> None:
    """Click the round button itself (at its left), as a patient does."""
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton, pos=QPoint(8, answer.height() // 2))
    assert answer.isChecked()


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_it_happened_makes_it_injection_1_day_0_and_undo_takes_the_answer_back(
    qtbot, open_main_window
):
    window, dialog, planned = _question(open_main_window)
    assert dialog.happened.isChecked()  # the likely answer, one key away
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    [done] = window.diary.injections()
    assert (done.id, done.date, done.status) == (planned.id, PLANNED_DAY, InjectionStatus.DONE)
    assert window.today.position_label.text() == "Day 1 after injection 1"
    assert window.today.confirmation.text().startswith("✓ Injection of ")
    window.diary.undo()
    assert window.diary.injections() == [] and window.diary.planned_injections() == [planned]


def test_moved_moves_it_and_its_windows(qtbot, open_main_window):
    window, dialog, _planned = _question(open_main_window)
    _choose(qtbot, dialog.moved)
    assert dialog.new_day.isEnabled()
    dialog.new_day.setDate(QDate(2026, 11, 30))
    _save(qtbot, dialog)
    assert dialog.isVisible() and "past" in dialog.errors["date"].text()
    dialog.new_day.setDate(QDate(2026, 12, 9))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    [moved] = window.diary.planned_injections()
    assert moved.date == date(2026, 12, 9)
    assert "your injection is in 7 days, Wednesday 9 December" in window.today.advice.text()


def test_cancelled_takes_it_and_its_windows_away(qtbot, open_main_window):
    window, dialog, _planned = _question(open_main_window)
    _choose(qtbot, dialog.cancelled)
    _save(qtbot, dialog)
    assert window.diary.planned_injections() == [] and window.diary.plans() == []
    advice = window.today.advice
    assert not advice.isVisible() or "No anti-inflammatories" not in advice.text()


def test_the_question_is_asked_once(qtbot, open_main_window):
    window, dialog, planned = _question(open_main_window)
    not_now = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not_now.text() == "Not now"  # not "Cancel", beside "It was cancelled"
    qtbot.mouseClick(not_now, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.planned_question.ask_if_due() is None
    window.close()
    again = open_main_window(clock=lambda: AFTER_IT)
    assert again.planned_question.ask_if_due() is None
    assert again.diary.planned_injections() == [planned]  # kept, to answer in Treatments


def test_the_window_reminds_of_a_planned_injection_the_day_before(open_main_window):
    before = open_main_window()
    _plan(before)
    before.close()
    window = open_main_window(clock=lambda: datetime(2026, 11, 30, 9, 0))
    window.reminders.check()
    assert any("Your injection is tomorrow" in m for m in window.notices.messages())


def test_a_window_left_open_asks_when_the_booked_day_has_passed(qtbot, open_main_window):
    moments = [datetime(2026, 12, 1, 22, 0)]  # the evening of the booked day
    window = open_main_window(clock=lambda: moments[0])
    _plan(window, date(2026, 12, 1))
    window.planned_question.start()
    assert window.planned_question.dialog is None  # its day has not passed yet
    window.planned_question._timer.setInterval(20)  # instead of a minute
    moments[0] = datetime(2026, 12, 2, 0, 5)  # past midnight, the window still open
    qtbot.waitUntil(lambda: window.planned_question.dialog is not None, timeout=2000)
    assert window.planned_question.dialog.isVisible()
    window.planned_question.dialog.reject()


def test_after_not_now_today_says_the_booking_waits_for_an_answer(qtbot, open_main_window):
    # A tester answered "Not now" (or pressed Escape): on day 4 after her injection Today said
    # only "No injection recorded yet: this entry counts towards your baseline."
    window, dialog, _planned = _question(open_main_window)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    text = window.today.position_label.text()
    assert "Your injection booked for Tuesday 1 December is still marked planned" in text
    assert "Treatments" in text
    # a day before the booking is baseline as it was
    window.today.form.date_edit.setDate(QDate(2026, 11, 30))
    assert window.today.position_label.text() == "Baseline: 1 day before your planned injection"
