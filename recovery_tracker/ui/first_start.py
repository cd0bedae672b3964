"""The first-start assistant: a few questions so the diary fits this patient from day one.

Skippable at every step; everything it sets can be changed later (Treatments, Advice plan,
File > Daily reminder). Help > First-start assistant opens it again.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from recovery_tracker.autostart import Autostart, background_command
from recovery_tracker.domain.advice import (
    AdviceCategory,
    AdviceRule,
    AdviceTemplate,
    default_template_for,
    plan_for_new_injection,
)
from recovery_tracker.domain.choices import INJECTION_KINDS
from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.domain.reminders import ReminderSettings
from recovery_tracker.domain.settings import DiarySettings
from recovery_tracker.domain.text import QT_TRANSLATE_NOOP, translate
from recovery_tracker.domain.validation import parse_planned_date
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.now_fields import FollowsClock, future_date_problem, past_date_edit
from recovery_tracker.ui.qt_values import qdate_to_date, qtime_to_time, to_qdate
from recovery_tracker.ui.reminders import folder_for_autostart
from recovery_tracker.ui.widgets import FieldError

AREAS = {
    QT_TRANSLATE_NOOP("FirstStart", "Lower back"): "Lumbar facet joint",
    QT_TRANSLATE_NOOP("FirstStart", "Knee"): "Knee",
    QT_TRANSLATE_NOOP("FirstStart", "Shoulder"): "Shoulder",
    QT_TRANSLATE_NOOP("FirstStart", "Hip"): QT_TRANSLATE_NOOP("Choices", "Hip"),
    QT_TRANSLATE_NOOP("FirstStart", "Tendon (elbow, Achilles, …)"): QT_TRANSLATE_NOOP(
        "Choices", "Tendon"
    ),
    QT_TRANSLATE_NOOP("FirstStart", "Other"): "",
}


def plan_with_window(template: AdviceTemplate | None, before: int, after: int) -> list[AdviceRule]:
    """The template's rules, with medicine-avoidance windows set to what the doctor said
    (the same rule as every new injection's plan)."""
    chosen = DiarySettings(
        plan_template=template.name if template else None, avoid_before=before, avoid_after=after
    )
    return list(plan_for_new_injection(template, chosen))


class _InjectionPage(QWizardPage):
    """Next waits while "Yes, I had it on" shows a date after today (said under the date)."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked = False

    def isComplete(self) -> bool:
        return not self.blocked and super().isComplete()


def _page(
    title: str, text: str, page: QWizardPage | None = None
) -> tuple[QWizardPage, QVBoxLayout]:
    page = page or QWizardPage()
    page.setTitle(title)
    label = QLabel(text, page)
    label.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    return page, layout


class FirstStartWizard(QWizard):
    def __init__(self, diary: LiveDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(translate("FirstStart", "Welcome to Recovery Tracker"))
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("FirstStart", "Skip"))

        welcome, layout = _page(
            translate("FirstStart", "Welcome"),
            translate(
                "FirstStart",
                "Recovery Tracker is your private diary after an injection: a few seconds a day "
                "to log pain and soreness, reminders of what your doctor told you, and charts to "
                "bring to your next appointment. Everything stays on this computer.\n\n"
                "It is a reminder of your doctor's instructions, not medical advice.\n\n"
                "A few questions set it up for you. You can skip them and change everything "
                "later.",
            ),
        )
        self.addPage(welcome)

        area_page, layout = _page(translate("FirstStart", "What is being treated?"), "")
        self.area = QComboBox(area_page)
        for area in AREAS:
            self.area.addItem(translate("FirstStart", area), area)
        self.area.setAccessibleName(translate("FirstStart", "What is being treated"))
        layout.addWidget(self.area)
        self.addPage(area_page)

        self.injection_page = _InjectionPage()
        injection_page, layout = _page(
            translate("FirstStart", "Your injection"),
            translate("FirstStart", "Have you had your first injection yet?"),
            self.injection_page,
        )
        self.had_it = QRadioButton(translate("FirstStart", "&Yes, I had it on:"), injection_page)
        # "N&ot yet": Alt+N is the wizard's Next.
        self.not_yet = QRadioButton(
            translate(
                "FirstStart", "N&ot yet: I am preparing for it (log a baseline week before it)"
            ),
            injection_page,
        )
        # Neither is chosen for the patient: Next, Next, Finish must not record an injection
        # nobody had. The date, site and kind wait until "Yes" is picked.
        self.injection_date = past_date_edit(
            injection_page, translate("FirstStart", "Date of the first injection")
        )
        FollowsClock(diary.clock, self.injection_date, None, self).start()  # today stays today
        self.date_problem = FieldError(injection_page)
        self.site = QComboBox(injection_page)
        self.site.setEditable(True)
        self.site.setAccessibleName(translate("FirstStart", "Site"))
        self.kind = QComboBox(injection_page)
        for kind in INJECTION_KINDS:
            self.kind.addItem(translate("Choices", kind), kind)
        self.kind.setAccessibleName(translate("FirstStart", "Kind of injection"))
        form = QFormLayout()
        form.addRow(self.had_it, self.injection_date)
        form.addRow("", self.date_problem)
        form.addRow(translate("FirstStart", "&Site:"), self.site)
        form.addRow(translate("FirstStart", "&Kind:"), self.kind)
        layout.addLayout(form)
        layout.addWidget(self.not_yet)
        # Optional: the booked day, so the plan's advice counts from it (e.g. no
        # anti-inflammatories the week before); nothing is recorded without the tick.
        self.planned_known = QCheckBox(
            translate("FirstStart", "I'm preparing for my first injection on:"), injection_page
        )
        # The same field as for a past day (no minimum or maximum, so typed digits are
        # kept as typed); a day in the past or too far ahead is refused below it.
        self.planned_date = past_date_edit(
            injection_page, translate("FirstStart", "Day of the planned injection")
        )
        self.planned_date.setDate(to_qdate(diary.today() + timedelta(days=7)))
        self.planned_problem = FieldError(injection_page)
        planned_form = QFormLayout()
        planned_form.setContentsMargins(24, 0, 0, 0)
        planned_form.addRow(self.planned_known, self.planned_date)
        planned_form.addRow("", self.planned_problem)
        layout.addLayout(planned_form)
        self.injection_date.setEnabled(False)
        self.had_it.toggled.connect(self.injection_date.setEnabled)
        for widget in (self.site, self.kind):
            widget.setEnabled(False)
            self.had_it.toggled.connect(lambda _on, w=widget: w.setEnabled(self._injection_named()))
            self.planned_known.toggled.connect(
                lambda _on, w=widget: w.setEnabled(self._injection_named())
            )
        self.planned_known.setEnabled(False)
        self.planned_date.setEnabled(False)
        self.not_yet.toggled.connect(self.planned_known.setEnabled)
        self.not_yet.toggled.connect(lambda _on: self._enable_planned_date())
        self.planned_known.toggled.connect(lambda _on: self._enable_planned_date())
        self.injection_date.dateChanged.connect(self._check_date)
        self.had_it.toggled.connect(self._check_date)
        self.planned_date.dateChanged.connect(self._check_date)
        self.planned_known.toggled.connect(self._check_date)
        self.not_yet.toggled.connect(self._check_date)
        self.area.currentIndexChanged.connect(lambda _i: self._suggest_site())
        self._suggest_site()
        self.addPage(injection_page)

        plan_page, layout = _page(
            translate("FirstStart", "What your doctor told you"),
            translate(
                "FirstStart",
                "Which plan matches your doctor's instructions? Each plan shows the days "
                "clinics commonly give; set the days your doctor gave you.",
            ),
        )
        self.template = QComboBox(plan_page)
        self.template.setAccessibleName(translate("FirstStart", "Advice plan"))
        for template in diary.templates:
            self.template.addItem(template.name)
        self.avoid_before = QSpinBox(plan_page)
        self.avoid_before.setRange(0, 60)
        self.avoid_before.setValue(7)
        self.avoid_before.setSuffix(translate("FirstStart", " days before"))
        self.avoid_before.setAccessibleName(
            translate("FirstStart", "Avoid anti-inflammatories, days before the injection")
        )
        self.avoid_after = QSpinBox(plan_page)
        self.avoid_after.setRange(0, 180)
        self.avoid_after.setValue(14)
        self.avoid_after.setSuffix(translate("FirstStart", " days after"))
        self.avoid_after.setAccessibleName(
            translate("FirstStart", "Avoid anti-inflammatories, days after the injection")
        )
        form = QFormLayout()
        form.addRow(translate("FirstStart", "&Plan:"), self.template)
        # Named after the plan's own medicine rule (PRP: no anti-inflammatories; a steroid
        # plan: no other corticosteroids), set in _show_template_numbers.
        self.avoid_label = QLabel(plan_page)
        form.addRow(self.avoid_label, self.avoid_before)
        form.addRow(translate("FirstStart", "until:"), self.avoid_after)
        layout.addLayout(form)
        # The template's other numbers (rest, no exercise) are the clinic's to fill in too.
        self.activity_form = QFormLayout()
        self.activity_days: dict[str, QSpinBox] = {}
        layout.addLayout(self.activity_form)
        self.commonly = QLabel(plan_page)
        self.commonly.setWordWrap(True)
        layout.addWidget(self.commonly)
        self.template.currentIndexChanged.connect(lambda _i: self._show_template_numbers())
        self.kind.currentIndexChanged.connect(lambda _i: self._match_template(self._kind()))
        self._match_template(self._kind())
        self._show_template_numbers()
        self.addPage(plan_page)

        reminder_page, layout = _page(
            translate("FirstStart", "A daily reminder"),
            translate("FirstStart", "When would you like to be reminded to log how you are?"),
        )
        current = diary.reminder_settings()
        self.remind = QCheckBox(translate("FirstStart", "&Remind me every day at:"), reminder_page)
        self.remind.setChecked(current.enabled)
        self.remind_at = QTimeEdit(QTime(current.at.hour, current.at.minute), reminder_page)
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.setAccessibleName(translate("FirstStart", "Reminder time"))
        form = QFormLayout()
        form.addRow(self.remind, self.remind_at)
        # Reminders reach the patient only while the app runs: offered here, never ticked by
        # itself (the patient chooses what starts with their computer).
        self.autostart = Autostart()
        self.start_at_login = QCheckBox(
            translate(
                "FirstStart",
                "Start Recovery Tracker when I &log in, in the background, so reminders come "
                "with its window closed",
            ),
            reminder_page,
        )
        self.start_at_login.setChecked(self.autostart.is_enabled())
        form.addRow(self.start_at_login)
        layout.addLayout(form)
        self.addPage(reminder_page)
        self.known_injection: Injection | None = None
        self._show_saved_answers()

        self.accepted.connect(self.apply)
        self.rejected.connect(self._mark_done)

    def _planned(self) -> bool:
        return self.not_yet.isChecked() and self.planned_known.isChecked()

    def _injection_named(self) -> bool:
        return self.had_it.isChecked() or self._planned()

    def _enable_planned_date(self) -> None:
        self.planned_date.setEnabled(self._planned())
        self.site.setEnabled(self._injection_named())
        self.kind.setEnabled(self._injection_named())

    def _show_saved_answers(self) -> None:
        """Opened again (Help > First-start assistant): the answers given before, not the
        defaults, so Finish without changes keeps them. The area first (it suggests a site),
        then the injection (its kind suggests a template), then the template (it shows its
        own days), then the saved days."""
        settings = self.diary.settings()
        area = self.area.findData(settings.treatment_area)
        if area >= 0:
            self.area.setCurrentIndex(area)
        self._show_known_injection()
        template = self.template.findText(settings.plan_template or "")
        if template >= 0:
            self.template.setCurrentIndex(template)
        for days, box in (
            (settings.avoid_before, self.avoid_before),
            (settings.avoid_after, self.avoid_after),
        ):
            if days is not None:
                box.setValue(days)

    def _show_known_injection(self) -> None:
        """The first injection the diary holds (or else its first booking) is this page's
        answer: shown, Finish neither records it again nor changes it unless the patient
        does here (then it is edited, not doubled; Edit > Undo takes it back)."""
        done = self.diary.injections()
        planned = self.diary.planned_injections()
        self.known_injection = done[0] if done else planned[0] if planned else None
        known = self.known_injection
        if known is None:
            return
        if known.planned:
            self.not_yet.setChecked(True)
            self.planned_known.setChecked(True)
            self.planned_date.setDate(to_qdate(known.date))
        else:
            self.had_it.setChecked(True)
            self.injection_date.setDate(to_qdate(known.date))
        kind = self.kind.findData(known.kind)
        if kind >= 0:
            self.kind.setCurrentIndex(kind)
        self.site.setCurrentText(translate("Choices", known.site))

    def _check_date(self, *_args: object) -> None:
        today = self.diary.today()
        problem = future_date_problem(qdate_to_date(self.injection_date.date()), today)
        shown = problem if self.had_it.isChecked() else None
        self.date_problem.show_message(shown)
        planned_problem = None
        if self._planned():
            try:
                parse_planned_date(
                    qdate_to_date(self.planned_date.date()), today=today, earliest=today
                )
            except ValueError as error:
                planned_problem = str(error)
        self.planned_problem.show_message(planned_problem)
        self.injection_page.blocked = shown is not None or planned_problem is not None
        self.injection_page.completeChanged.emit()

    def _suggest_site(self) -> None:
        site = AREAS[str(self.area.currentData())]
        self.site.setCurrentText(translate("Choices", site) if site else "")

    def _site(self) -> str:
        """The site in English when it is one of ours (shown translated), else as typed."""
        shown = self.site.currentText().strip()
        for site in AREAS.values():
            if site and shown == translate("Choices", site):
                return site
        return shown or str(self.area.currentData())

    def _kind(self) -> str:
        return str(self.kind.currentData())

    def _match_template(self, kind: str) -> None:
        template = default_template_for(kind, self.diary.templates)
        if template is not None:
            self.template.setCurrentText(template.name)

    def _template(self) -> AdviceTemplate | None:
        return next(
            (t for t in self.diary.templates if t.name == self.template.currentText()), None
        )

    def _show_template_numbers(self) -> None:
        """The chosen template's days, each shown as the common value, to be changed to the
        clinic's own."""
        template = self._template()
        rules = template.rules if template else ()
        while self.activity_form.rowCount():
            self.activity_form.removeRow(0)
        self.activity_days = {}
        common = []
        avoiding = next((r for r in rules if r.avoid), None)
        title = avoiding.title if avoiding is not None else translate("FirstStart", "Medicines")
        self.avoid_label.setText(translate("FirstStart", "{rule}, from:").format(rule=title))
        self.avoid_before.setAccessibleName(
            translate("FirstStart", "{rule}: days before the injection").format(rule=title)
        )
        self.avoid_after.setAccessibleName(
            translate("FirstStart", "{rule}: days after the injection").format(rule=title)
        )
        if avoiding is not None and avoiding.end_day is not None:
            self.avoid_before.setValue(max(0, -(avoiding.start_day or 0)))
            self.avoid_after.setValue(avoiding.end_day)
            common.append(f"{avoiding.title}: {avoiding.window_text()}")
        for rule in _activity_rules(rules):
            assert rule.end_day is not None
            days = QSpinBox(self)
            days.setRange(0, 180)
            days.setValue(rule.end_day)
            days.setSuffix(translate("FirstStart", " days after"))
            days.setAccessibleName(rule.title)
            self.activity_days[rule.title] = days
            self.activity_form.addRow(f"{rule.title}:", days)
            common.append(f"{rule.title}: {rule.window_text()}")
        self.commonly.setText(
            translate(
                "FirstStart",
                "Commonly: {values}. Clinics differ: set the days your clinic gave you.",
            ).format(values="; ".join(common))
            if common
            else ""
        )

    def _chosen_rules(self) -> list[AdviceRule]:
        template = self._template()
        own_rules = template.rules if template else ()
        rules = [
            replace(rule, end_day=self.activity_days[rule.title].value())
            if rule.title in self.activity_days and rule in _activity_rules(own_rules)
            else rule
            for rule in own_rules
        ]
        chosen = replace(template, rules=tuple(rules)) if template else None
        return plan_with_window(chosen, self.avoid_before.value(), self.avoid_after.value())

    def apply(self) -> None:
        self.diary.save_settings(
            replace(
                self.diary.settings(),
                treatment_area=str(self.area.currentData()),
                plan_template=self.template.currentText(),
                avoid_before=self.avoid_before.value(),
                avoid_after=self.avoid_after.value(),
            )
        )
        self._save_injection()
        at = qtime_to_time(self.remind_at.time())
        self.diary.save_reminder_settings(ReminderSettings(self.remind.isChecked(), at))
        try:
            if self.start_at_login.isChecked():
                self.autostart.enable(background_command(folder_for_autostart(self.diary)))
            elif self.autostart.is_enabled():
                self.autostart.disable()
        except OSError as error:  # a read-only home folder: the rest of the answers stand
            QMessageBox.warning(
                self,
                translate("FirstStart", "Start at login"),
                translate("FirstStart", "Could not set the start at login: {reason}").format(
                    reason=error.strerror or error
                ),
            )
        self._mark_done()

    def _save_injection(self) -> None:
        """Records the injection named on its page, or corrects the one shown there."""
        if self.had_it.isChecked():
            status, day = InjectionStatus.DONE, self.injection_date.date()
        elif self._planned():
            status, day = InjectionStatus.PLANNED, self.planned_date.date()
        else:
            return  # "Not yet" leaves an injection already in the diary as it is
        answer = {"date": qdate_to_date(day), "site": self._site(), "kind": self._kind()}
        known = self.known_injection
        # A done injection stays done; "preparing for it" then books another one.
        if known is not None and (known.planned or status is InjectionStatus.DONE):
            if (known.date, known.site, known.kind, known.status) == (*answer.values(), status):
                return
            fields = {**asdict(known), **answer, "status": status.value}
            rules = None  # its own plan, maybe adjusted since, stays
        else:
            fields = {**answer, "status": status.value}
            rules = self._chosen_rules()
        try:
            self.diary.save_injection(fields, rules)
        except ValueError as error:  # e.g. another injection on that day already
            QMessageBox.warning(self, translate("FirstStart", "Your injection"), str(error))

    def _mark_done(self) -> None:
        self.diary.save_settings(replace(self.diary.settings(), first_start_done=True))


def _activity_rules(rules: tuple[AdviceRule, ...]) -> list[AdviceRule]:
    """Rest and exercise rules with a set number of days after the injection."""
    return [
        r
        for r in rules
        if r.category is AdviceCategory.ACTIVITY and r.end_day is not None and not r.avoid
    ]
