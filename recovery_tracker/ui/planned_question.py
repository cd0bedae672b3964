"""Did the planned injection happen? Asked once, calmly, when its day has passed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.text import DateStyle, format_date, single_full_stop, translate
from recovery_tracker.service.diary_service import PlannedOutcome
from recovery_tracker.ui.form_dialog import FormDialog
from recovery_tracker.ui.live_diary import LiveDiary
from recovery_tracker.ui.now_fields import past_date_edit
from recovery_tracker.ui.qt_values import qdate_to_date, to_qdate
from recovery_tracker.ui.rich_text import escaped
from recovery_tracker.ui.widgets import tell

# How often an open window looks whether a booked day has passed (e.g. overnight).
CHECK_EVERY_MS = 60_000


class PlannedInjectionDialog(FormDialog):
    """It happened (day 0 is its booked day), it moved to another day, or it was cancelled."""

    asks_before_discarding = False  # a question: Escape means "not now", nothing typed is lost

    def __init__(self, diary: LiveDiary, injection: Injection, parent: QWidget | None = None):
        super().__init__(
            translate("PlannedInjection", "Your planned injection"), self._answer, parent
        )
        self.diary = diary
        self.injection = injection
        self.setObjectName("plannedInjectionDialog")
        question = QLabel(
            translate(
                "PlannedInjection",
                "Your injection ({kind}, {site}) was planned for {day}. Did it take place?",
            ).format(
                kind=translate("Choices", injection.kind),
                site=translate("Choices", injection.site),
                day=format_date(injection.date, DateStyle.WEEKDAY_LONG),
            ),
            self,
        )
        question.setWordWrap(True)
        self.question = question
        choices = QWidget(self)
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        self.happened = QRadioButton(
            translate("PlannedInjection", "&Yes, it took place that day"), choices
        )
        self.moved = QRadioButton(
            translate("PlannedInjection", "It &moved to another day (choose it below)"), choices
        )
        self.cancelled = QRadioButton(translate("PlannedInjection", "It was &cancelled"), choices)
        self.group = QButtonGroup(self)
        for button in (self.happened, self.moved, self.cancelled):
            self.group.addButton(button)
            column.addWidget(button)
        self.happened.setChecked(True)
        self.new_day = past_date_edit(self, translate("PlannedInjection", "The new day"))
        self.new_day.setDate(to_qdate(diary.today() + timedelta(days=7)))
        self.new_day.setEnabled(False)
        self.moved.toggled.connect(self.new_day.setEnabled)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, question)  # the question first, above the answers
        self.add_field("answer", "", choices)
        self.add_field("date", translate("PlannedInjection", "&New day:"), self.new_day)
        self.extra.addWidget(
            _small_print(
                translate(
                    "PlannedInjection",
                    "Done: it counts from then on as an injection of your series, with that "
                    "day as day 0. Moved: its advice moves with it. Cancelled: it and its "
                    "advice are taken away. Edit > Undo takes your answer back; Treatments "
                    "keeps it until you answer.",
                ),
                self,
            )
        )

        # "Cancel" beside "It was cancelled" would read as an answer: this only puts it off.
        later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setText(translate("PlannedInjection", "Not now"))
        later.setToolTip(
            translate("PlannedInjection", "Keep it planned; answer later in Treatments")
        )
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def outcome(self) -> PlannedOutcome:
        if self.moved.isChecked():
            return PlannedOutcome.MOVED
        if self.cancelled.isChecked():
            return PlannedOutcome.CANCELLED
        return PlannedOutcome.HAPPENED

    def values(self) -> dict[str, object]:
        return {"outcome": self.outcome(), "date": qdate_to_date(self.new_day.date())}

    def _answer(self, values: Mapping[str, object]) -> Injection | None:
        outcome = values["outcome"]
        assert isinstance(outcome, PlannedOutcome) and self.injection.id is not None
        day = values["date"] if outcome is PlannedOutcome.MOVED else None
        result = self.diary.confirm_planned(self.injection.id, outcome, day)  # type: ignore[arg-type]
        said = {
            PlannedOutcome.HAPPENED: translate(
                "PlannedInjection", "✓ Injection of {day} recorded as done."
            ),
            PlannedOutcome.MOVED: translate("PlannedInjection", "✓ Injection moved to {day}."),
            PlannedOutcome.CANCELLED: translate(
                "PlannedInjection", "✓ Planned injection of {day} cancelled."
            ),
        }[outcome]
        shown = day if isinstance(day, date) else self.injection.date
        said = single_full_stop(said.format(day=format_date(shown, DateStyle.DAY)))
        tell(self.parentWidget() or self, said)
        return result


def _small_print(text: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<small>{escaped(text)}</small>", parent)
    label.setWordWrap(True)
    return label


class PlannedQuestion(QObject):
    """Puts the question for each planned injection whose day has passed, once: at start and,
    with the window left open, when the day passes."""

    def __init__(self, diary: LiveDiary, window: QWidget) -> None:
        super().__init__(window)
        self.diary = diary
        self.window = window
        self.dialog: PlannedInjectionDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.ask_if_due)

    def start(self) -> None:
        self.ask_if_due()
        self._timer.start()

    def ask_if_due(self) -> PlannedInjectionDialog | None:
        if self.dialog is not None and self.dialog.isVisible():
            return None  # one question at a time; the next comes at the next look
        if not self.window.isVisible():
            return None  # running in the background: asked when the window is opened
        due = self.diary.planned_to_confirm()
        if not due or due[0].id is None:
            return None
        injection = due[0]
        self.diary.mark_planned_asked(due[0].id)
        self.dialog = PlannedInjectionDialog(self.diary, injection, self.window)
        self.dialog.open()
        return self.dialog
