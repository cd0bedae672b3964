"""The advice plan in the real window: Today's advice, the medicine warning, plans, reminders."""

from datetime import date, datetime, time

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from recovery_tracker.ui.advice import PlanDialog
from recovery_tracker.ui.medicines import MedicationDialog
from tests.conftest import NOW

INJECTION_DAY = date(2026, 11, 20)  # NOW is day 4 after it


@pytest.fixture
def prp_window(window):
    window.diary.save_injection(
        {"date": INJECTION_DAY, "site": "Lumbar facet joint", "kind": "PRP"}
    )
    return window


def answer_next_message_box(button_text: str) -> list[str]:
    """Click ``button_text`` in the next modal message box; returns the texts it showed."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)
    return seen


def test_a_new_prp_injection_gets_the_prp_plan_and_today_shows_it(prp_window):
    plans = prp_window.diary.plans()
    titles = [r.title for r in plans[0].rules]
    assert "No anti-inflammatories" in titles
    advice = prp_window.today.advice
    assert advice.isVisible()
    assert "No anti-inflammatories</b>: 10 more days, until 4 December" in advice.text()
    assert "not medical advice" in advice.text()


def test_logging_an_nsaid_warns_before_saving_with_rule_days_and_alternative(qtbot, prp_window):
    prp_window.today.medicine_button.click()
    dialog = prp_window.medicines.findChild(MedicationDialog)
    qtbot.keyClicks(dialog.name.lineEdit(), "Advil")
    qtbot.keyClicks(dialog.dose, "400 mg")
    assert dialog.warning.isVisible()
    text = dialog.warning.text()
    assert "anti-inflammatory (NSAID)" in text
    assert "“No anti-inflammatories”: 10 more days, until 4 December" in text
    assert "Paracetamol" in text
    assert prp_window.diary.medications() == []  # nothing saved yet

    shown = answer_next_message_box("Go back")
    dialog.save()
    assert shown and "No anti-inflammatories" in shown[0]
    assert dialog.isVisible() and prp_window.diary.medications() == []

    answer_next_message_box("Log it in my diary")
    dialog.save()
    [saved] = prp_window.diary.medications()
    assert (saved.name, saved.dose) == ("Advil", "400 mg")
    history = prp_window.history.model
    prp_window.diary.save_checkin({"date": NOW.date(), "time": time(9, 0), "pain": 5})
    assert history.index(0, history.column_of("medicines")).data() == "Advil 400 mg ⚠"
    assert prp_window.medicines.model.index(0, 2).data() == "⚠ against “No anti-inflammatories”"


def test_paracetamol_and_unknown_medicines_save_without_a_warning(qtbot, prp_window):
    for name, expected in (("Tylenol", "paracetamol"), ("Grandma's tea", "not in the")):
        dialog = prp_window.medicines.add_medicine()
        qtbot.keyClicks(dialog.name.lineEdit(), name)
        assert not dialog.warning.isVisible()
        assert expected in dialog.classification.text().lower()
        dialog.save()
        assert not dialog.isVisible()
    assert [m.name for m in prp_window.diary.medications()] == ["Tylenol", "Grandma's tea"]


def test_a_medicine_without_a_name_is_refused_next_to_the_field(qtbot, prp_window):
    dialog = prp_window.medicines.add_medicine()
    qtbot.keyClicks(dialog.dose, "2 tablets")
    dialog.save()
    assert dialog.isVisible() and dialog.errors["name"].text() == "Medicine name is required."
    assert dialog.dose.text() == "2 tablets"
    dialog.reject()


def test_editing_the_plan_changes_todays_advice(qtbot, prp_window):
    prp_window.tabs.setCurrentWidget(prp_window.treatments)
    prp_window.treatments.table.selectRow(0)
    plan = prp_window.treatments.edit_plan()
    assert isinstance(plan, PlanDialog)
    row = next(i for i, r in enumerate(plan.rules) if r.title == "No anti-inflammatories")
    plan.table.selectRow(row)
    rule_dialog = plan.edit_rule()
    rule_dialog.end_day.setText("42")  # this doctor says six weeks
    rule_dialog.save()
    plan.save()
    assert "38 more days, until 1 January" in prp_window.today.advice.text()


def test_a_rule_ending_before_it_starts_is_refused_in_the_rule_dialog(qtbot, prp_window):
    prp_window.tabs.setCurrentWidget(prp_window.treatments)
    prp_window.treatments.table.selectRow(0)
    plan = prp_window.treatments.edit_plan()
    rule_dialog = plan.add_rule()
    rule_dialog.title.setText("Ice")
    rule_dialog.start_day.setText("5")
    rule_dialog.end_day.setText("2")
    rule_dialog.save()
    assert rule_dialog.isVisible()
    assert "ends (day 2) before it starts (day 5)" in rule_dialog.errors["end_day"].text()
    rule_dialog.reject()
    plan.reject()


def test_the_daily_reminder_appears_in_the_window_once_and_not_after_logging(
    qtbot, open_main_window
):
    clock = {"now": datetime(2026, 11, 24, 19, 0)}
    window = open_main_window(clock=lambda: clock["now"])
    window.reminders.tray = None  # no system tray: the reminder shows in the window
    assert window.reminders.check() == []
    clock["now"] = datetime(2026, 11, 24, 20, 1)
    [reminder] = window.reminders.check()
    assert reminder.key == "log:2026-11-24"
    assert any("Time for your check-in" in m for m in window.notices.messages())
    assert window.reminders.check() == []  # shown once
    clock["now"] = datetime(2026, 11, 25, 20, 30)
    window.diary.save_checkin({"date": date(2026, 11, 25), "time": time(8), "pain": 3})
    assert window.reminders.check() == []  # already logged today


def test_missed_days_are_shown_at_the_next_start(qtbot, open_main_window):
    first = open_main_window(clock=lambda: datetime(2026, 11, 20, 21, 0))
    first.diary.save_checkin({"date": date(2026, 11, 20), "time": time(21), "pain": 4})
    first.reminders.check()
    first.close()
    later = open_main_window(clock=lambda: datetime(2026, 11, 24, 9, 0))
    later.reminders.tray = None
    qtbot.waitUntil(lambda: any("Days without" in m for m in later.notices.messages()))
    message = next(m for m in later.notices.messages() if "Days without" in m)
    assert "Sat 21 Nov, Sun 22 Nov, Mon 23 Nov" in message


def test_days_missed_while_the_computer_slept_are_shown_on_waking(qtbot, open_main_window):
    """A laptop closed with the window open: on waking, its minute timer is the next look,
    and the days it slept through come together as one notice, as after a start."""
    clock = {"now": datetime(2026, 11, 20, 21, 0)}
    window = open_main_window(clock=lambda: clock["now"])
    window.reminders.tray = None
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(21), "pain": 4})
    window.reminders.check()
    clock["now"] = datetime(2026, 11, 24, 9, 0)  # woken four days later
    [missed] = [r for r in window.reminders.check() if r.missed]
    assert "Sat 21 Nov, Sun 22 Nov, Mon 23 Nov" in missed.message


def test_a_window_open_across_midnight_misses_no_day(qtbot, open_main_window):
    clock = {"now": datetime(2026, 11, 24, 23, 59)}
    window = open_main_window(clock=lambda: clock["now"])
    window.reminders.tray = None
    window.diary.save_checkin({"date": date(2026, 11, 20), "time": time(21), "pain": 4})
    window.reminders.check()
    clock["now"] = datetime(2026, 11, 25, 0, 0)  # the next minute's look
    assert [r for r in window.reminders.check() if r.missed] == []


def test_a_check_in_reminder_goes_once_its_day_is_over_or_logged(qtbot, open_main_window):
    """Thursday's "Time for your check-in" stayed at the top of the window on Friday, and
    above Monday's missed-days notice after the computer slept."""
    clock = {"now": datetime(2026, 11, 24, 20, 1)}
    window = open_main_window(clock=lambda: clock["now"])
    window.reminders.tray = None
    window.reminders.check()
    assert any("Time for your check-in" in m for m in window.notices.messages())
    clock["now"] = datetime(2026, 11, 25, 0, 1)
    window.reminders.check()
    assert not any("Time for your check-in" in m for m in window.notices.messages())

    clock["now"] = datetime(2026, 11, 25, 20, 1)
    window.reminders.check()
    assert any("Time for your check-in" in m for m in window.notices.messages())
    window.diary.save_checkin({"date": date(2026, 11, 25), "time": time(20), "pain": 3})
    window.reminders.check()
    assert not any("Time for your check-in" in m for m in window.notices.messages())


def test_reminder_settings_are_kept(qtbot, window):
    dialog = window.edit_reminder()
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("07:45", "HH:mm"))
    dialog.save()
    assert window.diary.reminder_settings().at == time(7, 45)


def test_appointments_are_added_flagged_when_past_and_exported_to_a_calendar(
    qtbot, prp_window, tmp_path, monkeypatch
):
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    dialog = prp_window.appointments.add_appointment()
    dialog.date_edit.setDate(date(2026, 12, 22))
    dialog.clinician.setText("Dr. Lee")
    dialog.place.setText("Spine Clinic, Room 4; 2nd floor")
    dialog.questions.setPlainText("Second injection?\nCan I run again?")
    dialog.save()
    past = prp_window.appointments.add_appointment()
    past.date_edit.setDate(date(2026, 11, 1))
    past.save()
    assert informed and "in the past" in informed[0]
    model = prp_window.appointments.model
    assert [model.index(r, 4).data() for r in range(2)] == ["past", ""]

    path = prp_window.export_calendar(tmp_path / "visits.ics")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    visit = next(e for e in events if str(e["SUMMARY"]) == "Follow-up appointment with Dr. Lee")
    assert visit.decoded("DTSTART") == datetime(2026, 12, 22, 9, 0)
    assert str(visit["LOCATION"]) == "Spine Clinic, Room 4; 2nd floor"
    assert "Can I run again?" in str(visit["DESCRIPTION"])
    assert len(visit.walk("VALARM")) == 2
    nsaid = next(e for e in events if str(e["SUMMARY"]).startswith("No anti-inflammatories"))
    assert nsaid.decoded("DTSTART") == date(2026, 11, 13)  # 7 days before
    assert nsaid.decoded("DTEND") == date(2026, 12, 5)  # exclusive: last day 4 December


def test_today_says_what_to_expect_and_the_warning_signs(prp_window):
    text = prp_window.today.advice.text()
    # PRP in the lower back: the spinal lines, and the spinal emergency signs.
    assert "What to expect</b> (day 4)" in text and "After PRP in the spine" in text
    assert "Call your clinic if the increased pain has not settled after a few days" in text
    assert "Call your clinic today if you notice:</b><br>&nbsp;– a fever" in text
    assert "redness that spreads from the injection site" in text
    assert "emergency department now if you notice:</b><br>&nbsp;– new loss of bladder" in text
    assert "worse when sitting or standing" in text
    assert text.index("emergency department now") < text.index("Call your clinic today")
    assert "fever with back pain" not in text  # that one is for disc injections
    # one disclaimer, not two near-identical ones (HTML-escaped)
    assert text.count("not medical advice") == 1
    assert "your own doctor&#x27;s instructions come first" not in text


@pytest.mark.parametrize(
    ("site", "kind", "expected", "absent"),
    [
        ("Knee", "Corticosteroid", "often 3 to 5, sometimes up to about 10", "bladder"),
        ("Knee", "Hyaluronic acid", "works gradually", "bladder"),
        ("Lumbar disc", "PRP", "fever with back pain that keeps getting worse", "4 weeks"),
    ],
)
def test_today_fits_the_kind_and_site_of_the_injection(window, site, kind, expected, absent):
    window.diary.save_injection({"date": INJECTION_DAY, "site": site, "kind": kind})
    text = window.today.advice.text()
    assert expected in text and absent not in text
    assert "Call your clinic today if you notice:" in text


def test_a_medicine_the_doctor_allows_is_entered_in_the_plan_and_never_warned_about(
    qtbot, prp_window
):
    prp_window.tabs.setCurrentWidget(prp_window.treatments)
    prp_window.treatments.table.selectRow(0)
    plan = prp_window.treatments.edit_plan()
    row = next(i for i, r in enumerate(plan.rules) if r.title == "No anti-inflammatories")
    plan.table.selectRow(row)
    rule_dialog = plan.edit_rule()
    commonly = rule_dialog.findChild(QLabel, "commonly").text()
    assert "Commonly from 7 days before to 14 days after" in commonly
    assert "use the days your clinic gave you" in commonly
    qtbot.keyClicks(rule_dialog.allowed, "celecoxib")
    rule_dialog.save()
    assert "except celecoxib" in plan.table.item(row, 3).text()
    plan.save()

    prp_window.today.medicine_button.click()
    dialog = prp_window.medicines.findChild(MedicationDialog)
    qtbot.keyClicks(dialog.name.lineEdit(), "Celebrex")
    assert not dialog.warning.isVisible()
    dialog.name.lineEdit().clear()
    qtbot.keyClicks(dialog.name.lineEdit(), "Midol")
    assert dialog.warning.isVisible()
    assert "check the label" in dialog.warning.text()
    dialog.reject()


def test_a_brand_sold_with_different_ingredients_names_what_to_look_for(qtbot, window):
    # Ahmed's cold powder, with no rule against it in force: the line said only "Recognised as
    # brand sold with different ingredients: check the label." (check it for what?)
    dialog = window.medicines.add_medicine()
    qtbot.keyClicks(dialog.name.lineEdit(), "Beechams")
    text = dialog.classification.text()
    assert text.startswith("Recognised as a brand sold with different ingredients")
    assert "aspirin" in text and "paracetamol" in text
    dialog.reject()


def test_escape_in_a_changed_plan_asks_before_dropping_the_change(
    qtbot, prp_window, answer_dialogs
):
    prp_window.tabs.setCurrentWidget(prp_window.treatments)
    prp_window.treatments.table.selectRow(0)
    plan = prp_window.treatments.edit_plan()
    qtbot.waitUntil(plan.isVisible)
    before = list(plan.rules)
    plan.table.selectRow(0)
    remove = next(b for b in plan.findChildren(QPushButton) if b.text() == "&Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    asked = answer_dialogs(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(plan.table, Qt.Key.Key_Escape)
    assert len(asked) == 1 and plan.isVisible() and len(plan.rules) == len(before) - 1
    answer_dialogs(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(plan.table, Qt.Key.Key_Escape)
    assert not plan.isVisible()
    assert prp_window.diary.rules_for(prp_window.diary.injections()[0].id) == before
