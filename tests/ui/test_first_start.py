from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QWizard

from recovery_tracker.domain.reminders import ReminderSettings
from recovery_tracker.ui.first_start import FirstStartWizard


def finish(qtbot, wizard):
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.accept()


def test_a_new_diary_needs_the_assistant_and_a_used_one_does_not(window):
    assert window.diary.first_start_needed()
    window.diary.save_checkin({"date": date(2026, 11, 24), "time": time(8), "pain": 4})
    assert not window.diary.first_start_needed()


def test_the_assistant_records_the_injection_with_the_doctors_window(qtbot, window):
    wizard = window.open_first_start()
    assert isinstance(wizard, FirstStartWizard)
    wizard.area.setCurrentText("Lower back")
    assert wizard.site.currentText() == "Lumbar facet joint"
    wizard.had_it.setChecked(True)  # chosen by the patient, never preselected
    wizard.injection_date.setDate(QDate(2026, 11, 20))
    wizard.avoid_before.setValue(10)
    wizard.avoid_after.setValue(42)  # this doctor says six weeks
    wizard.remind_at.setTime(QTime(19, 30))
    finish(qtbot, wizard)

    [injection] = window.diary.injections()
    assert (injection.date, injection.site, injection.kind) == (
        date(2026, 11, 20),
        "Lumbar facet joint",
        "PRP",
    )
    [nsaid] = [r for r in window.diary.plans()[0].rules if r.avoid]
    assert (nsaid.start_day, nsaid.end_day) == (-10, 42)
    assert window.diary.reminder_settings().at == time(19, 30)
    assert window.diary.settings().first_start_done
    assert "38 more days" in window.today.advice.text()


def test_not_yet_keeps_the_plan_for_when_the_injection_is_recorded(qtbot, window):
    wizard = window.open_first_start()
    wizard.not_yet.setChecked(True)
    assert not wizard.injection_date.isEnabled()
    wizard.avoid_after.setValue(21)
    finish(qtbot, wizard)
    assert window.diary.injections() == []
    assert window.today.position_label.text().startswith("No injection recorded yet")
    injection = window.diary.save_injection(
        {"date": date(2026, 11, 24), "site": "Knee", "kind": "PRP"}
    )
    [nsaid] = [r for r in window.diary.service.diary.advice.rules_for(injection.id) if r.avoid]
    assert (nsaid.start_day, nsaid.end_day) == (-7, 21)


def test_skipping_is_remembered_and_changes_nothing(qtbot, window):
    wizard = window.open_first_start()
    wizard.reject()
    assert window.diary.settings().first_start_done
    assert window.diary.injections() == [] and not window.diary.first_start_needed()


def test_the_assistant_asks_for_every_number_of_the_plan_and_shows_the_common_value(qtbot, window):
    wizard = window.open_first_start()
    wizard.area.setCurrentText("Knee")
    wizard.had_it.setChecked(True)
    wizard.injection_date.setDate(QDate(2026, 11, 20))
    commonly = wizard.commonly.text()
    assert commonly.startswith("Commonly: No anti-inflammatories: from 7 days before")
    assert "Relative rest: from the injection day to 2 days after" in commonly
    assert "set the days your clinic gave you" in commonly
    rest = wizard.activity_days["Relative rest"]
    exercise = wizard.activity_days["No strenuous exercise or heavy lifting"]
    assert (rest.value(), exercise.value()) == (2, 14)  # the template's, to be changed
    rest.setValue(1)
    exercise.setValue(28)  # this clinic says four weeks
    finish(qtbot, wizard)
    rules = {r.title: r for r in window.diary.plans()[0].rules}
    assert rules["Relative rest"].end_day == 1
    assert rules["No strenuous exercise or heavy lifting"].end_day == 28


def test_a_steroid_plan_keeps_its_own_window_instead_of_the_prp_one(qtbot, window):
    wizard = window.open_first_start()
    wizard.had_it.setChecked(True)
    wizard.kind.setCurrentIndex(wizard.kind.findData("Corticosteroid"))
    assert (wizard.avoid_before.value(), wizard.avoid_after.value()) == (0, 14)
    assert list(wizard.activity_days) == ["Rest the area"]
    finish(qtbot, wizard)
    [steroids] = [r for r in window.diary.plans()[0].rules if r.avoid]
    assert (steroids.start_day, steroids.end_day) == (0, 14)


def test_the_plan_page_names_the_medicine_rule_of_the_chosen_plan(qtbot, window):
    wizard = window.open_first_start()
    wizard.template.setCurrentText("PRP")
    assert wizard.avoid_label.text() == "No anti-inflammatories, from:"
    steroid = next(t.name for t in window.diary.templates if "orticosteroid" in t.name)
    wizard.template.setCurrentText(steroid)
    assert "anti-inflammatories" not in wizard.avoid_label.text()
    assert "corticosteroid" in wizard.avoid_label.text().lower()
    wizard.reject()


def test_opened_again_it_shows_the_saved_answers_and_finish_keeps_them(qtbot, window):
    settings = window.diary.service.diary.settings
    saved = {
        "treatment_area": "Knee",
        "plan_template": "General injection",
        "avoid_before": "10",
        "avoid_after": "42",
    }
    for key, value in saved.items():
        settings.set(key, value)
    window.diary.save_reminder_settings(ReminderSettings(True, time(19, 30)))
    settings.set("first_start_done", "1")
    wizard = window.open_first_start()  # Help > First-start assistant
    assert wizard.area.currentText() == "Knee"
    assert wizard.template.currentText() == "General injection"
    assert (wizard.avoid_before.value(), wizard.avoid_after.value()) == (10, 42)
    assert wizard.remind.isChecked() and wizard.remind_at.time() == QTime(19, 30)
    finish(qtbot, wizard)
    assert {key: settings.get(key) for key in saved} == saved
    assert window.diary.reminder_settings() == ReminderSettings(True, time(19, 30))


def test_the_assistant_offers_to_start_at_login_and_writes_the_entry_only_when_chosen(
    qtbot, window, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "recovery-tracker.desktop"
    wizard = window.open_first_start()
    assert not wizard.start_at_login.isChecked()  # never chosen for the patient
    finish(qtbot, wizard)
    assert not entry.exists()

    wizard = window.open_first_start()
    wizard.start_at_login.setChecked(True)
    finish(qtbot, wizard)
    assert "--background" in entry.read_text()


def _click_through(qtbot, wizard) -> None:
    """Next, Next, … Finish, clicked as the patient would."""
    while wizard.currentId() != wizard.pageIds()[-1]:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_opened_again_it_shows_the_injection_already_recorded_and_adds_no_second(qtbot, window):
    window.diary.save_checkin({"date": date(2026, 11, 12), "time": time(8), "pain": 5})
    recorded = window.diary.save_injection(
        {"date": date(2026, 11, 10), "site": "Knee", "kind": "Hyaluronic acid", "side": "left"}
    )
    wizard = window.open_first_start()  # Help > First-start assistant, weeks later
    qtbot.waitExposed(wizard)
    assert wizard.had_it.isChecked() and not wizard.not_yet.isChecked()
    assert wizard.injection_date.date() == QDate(2026, 11, 10)
    assert wizard.site.currentText() == "Knee"
    assert wizard.kind.currentData() == "Hyaluronic acid"
    _click_through(qtbot, wizard)
    assert window.diary.injections() == [recorded]  # neither changed nor doubled


def test_a_date_corrected_in_the_assistant_moves_the_same_injection(qtbot, window):
    recorded = window.diary.save_injection(
        {"date": date(2026, 11, 10), "site": "Knee", "kind": "PRP", "clinic": "Dr Lee"}
    )
    wizard = window.open_first_start()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()  # the injection page
    wizard.injection_date.setFocus()
    qtbot.keyClick(wizard.injection_date, Qt.Key.Key_Down)  # it was the 9th
    _click_through(qtbot, wizard)
    [moved] = window.diary.injections()
    assert (moved.id, moved.date, moved.clinic) == (recorded.id, date(2026, 11, 9), "Dr Lee")
    assert window.diary.undo_text() == "Edit injection of 9 Nov 2026"


def test_opened_again_before_a_booked_injection_it_shows_the_booking(qtbot, window):
    booked = window.diary.save_injection(
        {"date": date(2026, 12, 1), "site": "Shoulder", "kind": "PRP", "status": "planned"}
    )
    wizard = window.open_first_start()
    qtbot.waitExposed(wizard)
    assert wizard.not_yet.isChecked() and wizard.planned_known.isChecked()
    assert wizard.planned_date.date() == QDate(2026, 12, 1)
    assert wizard.site.currentText() == "Shoulder"
    _click_through(qtbot, wizard)
    assert window.diary.planned_injections() == [booked]
    assert window.diary.injections() == []


def test_no_reminder_over_the_assistant_it_comes_when_the_assistant_closes(qtbot, open_main_window):
    """A new patient setting the app up at 20:30 was told "Time for your check-in" over the
    Welcome page: reminders wait while the assistant is open, and come when it closes."""
    window = open_main_window(clock=lambda: datetime(2026, 11, 24, 20, 30))
    window.reminders.tray = None  # no system tray: the reminder shows in the window
    assert window.diary.first_start_needed()
    wizard = window.open_first_start()
    assert window.reminders.check() == []
    assert not any("Time for your check-in" in m for m in window.notices.messages())
    wizard.reject()  # closed without answers: the diary still needs its first check-in
    qtbot.waitUntil(lambda: any("Time for your check-in" in m for m in window.notices.messages()))
