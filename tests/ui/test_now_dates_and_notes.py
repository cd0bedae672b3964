"""The form's "now" follows the clock, typed dates stay as typed, notes stop at the limit."""

from __future__ import annotations

import time as wall
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from recovery_tracker.domain.validation import MAX_NOTES_LENGTH
from recovery_tracker.ui.history import CheckInDialog


class MovableClock:
    """A clock the test moves forward, as a night with the window open would."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_form_left_open_overnight_saves_the_morning_checkin_on_the_new_day(
    qtbot, open_main_window
):
    clock = MovableClock(datetime(2026, 11, 25, 21, 14))
    window = open_main_window(clock)
    clock.now = datetime(2026, 11, 26, 9, 30)  # the laptop slept; no timer has fired yet
    window.today.form.scores["pain"].setValue(4)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)

    [saved] = window.diary.checkins()
    assert (saved.date, saved.time) == (date(2026, 11, 26), time(9, 30))
    assert "Thu 26 Nov at 09:30" in window.today.confirmation.text()


def test_coming_back_to_the_window_after_the_night_shows_the_new_day_at_once(
    qtbot, open_main_window
):
    from tests.ui.conftest import come_back_to

    clock = MovableClock(datetime(2026, 11, 25, 23, 58))
    window = open_main_window(clock)
    form = window.today.form
    form.follow_now._timer.stop()  # the coming back alone, before the next minute's check
    clock.now = datetime(2026, 11, 26, 7, 45)
    come_back_to(qtbot, window)
    assert form.date_edit.date() == QDate(2026, 11, 26)
    assert (form.time_edit.time().hour(), form.time_edit.time().minute()) == (7, 45)


def test_the_shown_date_and_time_follow_the_clock_until_the_patient_changes_them(
    qtbot, open_main_window
):
    clock = MovableClock(datetime(2026, 11, 25, 23, 58))
    window = open_main_window(clock)
    form = window.today.form
    clock.now = datetime(2026, 11, 26, 0, 3)  # past midnight
    form.follow_now.catch_up()  # what the timer and waking up do
    assert form.date_edit.date() == QDate(2026, 11, 26)
    assert (form.time_edit.time().hour(), form.time_edit.time().minute()) == (0, 3)
    assert "Thu 26 Nov" in window.today.day_summary_label.text()

    form.date_edit.setDate(QDate(2026, 11, 20))  # the patient back-fills a missed day
    clock.now = datetime(2026, 11, 26, 0, 9)
    form.follow_now.catch_up()
    form.scores["pain"].setValue(3)
    window.today.save()
    [saved] = window.diary.checkins()
    assert saved.date == date(2026, 11, 20)
    assert form.date_edit.date() == QDate(2026, 11, 26)  # the next one is "now" again


def test_a_new_medicine_dose_is_logged_at_now_even_if_the_dialog_waited(qtbot, open_main_window):
    clock = MovableClock(datetime(2026, 11, 25, 23, 50))
    window = open_main_window(clock)
    dialog = window.medicines.add_medicine()
    clock.now = datetime(2026, 11, 26, 0, 20)
    qtbot.keyClicks(dialog.name.lineEdit(), "paracetamol")
    dialog.save()
    [dose] = window.diary.medications()
    assert (dose.date, dose.time) == (date(2026, 11, 26), time(0, 20))


def _type_into_day(qtbot, edit, digits: str) -> None:
    """Select the day of the month ("Thu [26] Nov 2026") as a click on it would, and type."""
    edit.window().activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setCurrentSectionIndex(1)
    assert edit.currentSection() == QDateTimeEdit.Section.DaySection
    weekday, day, *_rest = edit.text().split(" ")
    edit.lineEdit().setSelection(len(weekday) + 1, len(day))
    qtbot.keyClicks(edit, digits)
    QApplication.processEvents()


def test_a_typed_day_is_the_day_typed_or_visibly_refused(qtbot, open_main_window):
    window = open_main_window(MovableClock(datetime(2026, 11, 26, 9, 0)))
    form = window.today.form
    _type_into_day(qtbot, form.date_edit, "28")
    assert form.date_edit.date() == QDate(2026, 11, 28)  # not "Mon 2 Nov"
    assert form.errors["date"].isVisible()
    assert "after today" in form.errors["date"].text()

    form.scores["pain"].setValue(5)
    qtbot.keyClick(form.scores["pain"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.diary.checkins() == []
    assert "cannot be in the future" in form.errors["date"].text()
    assert form.date_edit.date() == QDate(2026, 11, 28)

    _type_into_day(qtbot, form.date_edit, "12")
    assert form.date_edit.date() == QDate(2026, 11, 12)
    assert not form.errors["date"].isVisible()


def test_editing_an_entry_dated_after_the_clock_keeps_its_date_and_says_why(
    qtbot, open_main_window
):
    clock = MovableClock(datetime(2026, 11, 28, 10, 0))
    window = open_main_window(clock)
    window.diary.save_checkin({"date": date(2026, 11, 28), "time": time(9, 0), "pain": 6})
    clock.now = datetime(2026, 11, 26, 10, 0)  # the computer's clock went back
    [checkin] = window.diary.checkins()
    dialog = CheckInDialog(window.diary, checkin, window)
    qtbot.addWidget(dialog)
    assert dialog.form.date_edit.date() == QDate(2026, 11, 28)
    assert "after today" in dialog.form.errors["date"].text()
    dialog.form.scores["pain"].setValue(5)
    dialog.save()
    assert dialog.result() == 0  # not accepted
    assert "cannot be in the future" in dialog.form.errors["date"].text()
    [kept] = window.diary.checkins()
    assert (kept.date, kept.pain) == (date(2026, 11, 28), 6)


def _paste(edit, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    edit.insertFromMimeData(data)


def test_pasting_a_megabyte_note_takes_what_fits_at_once_and_says_so(qtbot, window):
    notes = window.today.form.notes_edit
    started = wall.perf_counter()
    _paste(notes, "x" * 1_000_000)
    QApplication.processEvents()
    took = wall.perf_counter() - started
    assert len(notes.toPlainText()) == MAX_NOTES_LENGTH
    assert window.today.form.errors["notes"].isVisible()
    assert "up to 50,000 characters" in window.today.form.errors["notes"].text()
    assert took < 5, f"pasting took {took:.1f} s"

    qtbot.keyClicks(notes, "more")  # typing past the limit is refused too
    assert len(notes.toPlainText()) == MAX_NOTES_LENGTH
    window.today.form.scores["pain"].setValue(2)
    assert window.today.save() is not None  # and what was kept can be saved


def test_every_note_field_stops_at_the_limit(qtbot, window):
    injection = window.treatments.add_injection()
    appointment = window.appointments.add_appointment()
    for dialog, field in ((injection, injection.notes), (appointment, appointment.questions)):
        _paste(field, "y" * (MAX_NOTES_LENGTH + 10))
        assert len(field.toPlainText()) == MAX_NOTES_LENGTH
        name = "notes" if dialog is injection else "questions"
        assert "up to 50,000 characters" in dialog.errors[name].text()
        dialog.reject()


def test_the_reports_last_day_keeps_a_typed_later_day_and_says_why(qtbot, window, tmp_path):
    dialog = window.open_report()
    dialog.last.setDate(QDate(2026, 11, 28))
    assert dialog.last.date() == QDate(2026, 11, 28)  # as chosen, not clamped to another day
    assert dialog.save_pdf(tmp_path / "report.pdf") is None
    assert "after today" in dialog.message.text()
    dialog.reject()


def test_a_checkin_begun_before_midnight_keeps_its_day_and_says_so(qtbot, open_main_window):
    clock = MovableClock(datetime(2026, 11, 30, 23, 58))
    window = open_main_window(clock)
    form = window.today.form
    form.scores["pain"].setValue(5)  # begun at 23:58
    clock.now = datetime(2026, 12, 1, 0, 1)
    form.follow_now.catch_up()  # the timer, past midnight
    assert form.date_edit.date() == QDate(2026, 11, 30)
    assert "It is now Tue 1 Dec" in form.errors["date"].text()
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    [saved] = window.diary.checkins()
    assert saved.date == date(2026, 11, 30)


def test_down_on_the_weekday_goes_back_day_by_day_across_the_week(qtbot, window):
    edit = window.today.form.date_edit  # Tue 24 Nov 2026, the tests' clock
    start = edit.date()
    edit.setFocus()
    edit.setCurrentSectionIndex(0)  # the weekday name, where Alt+W puts the cursor
    for _ in range(7):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == start.addDays(-7)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == start.addDays(-6)


def test_every_date_field_steps_its_weekday_day_by_day(qtbot, window):
    """The event, appointment, report and chart dates too, not only the forms' "now" ones."""
    from recovery_tracker.ui.now_fields import DayStepDateEdit

    window.log_event()
    window.appointments.add_appointment()
    from PySide6.QtWidgets import QApplication, QDateEdit

    edits = [
        e
        for top in QApplication.topLevelWidgets()
        for e in top.findChildren(QDateEdit)
        if e.isVisible()
    ]
    assert edits and all(isinstance(e, DayStepDateEdit) for e in edits)
